"""Positions in the Doc the other parts share: sentences, paragraphs, clause breaks, evidence spans."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span as SpacySpan, Token

from articleparse.assembly.words import CLAUSE_BREAKS, SCORE_UNITS
from articleparse.report import Span

LIST_BULLETS = ("-", "•", "–", "*", "·")  # the marks that open a list item's line


class TextIndex:
    """Where things stand in the Doc: sentence and paragraph of a token, clause breaks, contract spans."""

    def _by_sentence(self, spans: list[SpacySpan]) -> dict[int, list[SpacySpan]]:
        grouped: dict[int, list[SpacySpan]] = {}
        for span in spans:
            grouped.setdefault(self.sentence_of[span.start], []).append(span)
        return grouped

    def sent(self, item: SpacySpan | Token) -> SpacySpan:
        """The sentence of a span or token (precomputed: `Span.sent` walks the Doc on every call)."""
        return self.sentences[self.sentence_of[item.i if isinstance(item, Token) else item.start]]

    def _lowers_of(self, span: SpacySpan) -> list[str]:
        """The lower-case forms of a span's tokens, without Token objects."""
        return self.lowers[span.start : span.end]

    def _span(self, item: SpacySpan | Token | Doc, start_char: int | None = None, end_char: int | None = None) -> Span:
        """A contract Span for a spaCy span or token, or for explicit character offsets."""
        if isinstance(item, Token):
            start_char, end_char = item.idx, item.idx + len(item.text)
        elif isinstance(item, SpacySpan):
            start_char = item.start_char if start_char is None else start_char
            end_char = item.end_char if end_char is None else end_char
        return Span(start=start_char, end=end_char, text=self.text[start_char:end_char])

    def _on_a_bullet_line(self, char: int) -> bool:
        """The character stands on a line opened by a list's bullet."""
        line_start = self.text.rfind("\n", 0, char) + 1
        return self.text[line_start : line_start + 1] in LIST_BULLETS

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def _clause_break(self, start: int, end: int) -> bool:
        """True when a comma, colon, semicolon or dash stands between tokens start and end."""
        return not CLAUSE_BREAKS.isdisjoint(self.texts[start:end])

    @staticmethod
    def _heading(sent: SpacySpan) -> bool:
        """A line without a sentence's final punctuation ("Prominente Namen am Ende der Liste") speaks of no one;
        a list item ("- 2022: Platz 26") does."""
        text = sent.text.rstrip()
        ends_line = "\n" in sent.text[len(text):] or sent.end == len(sent.doc)
        list_item = text[:1] in LIST_BULLETS or text[:1].isdigit()  # "- 2022: Platz 26"
        return ends_line and not list_item and not text.endswith((".", "!", "?", ":", "“", "\"", "»", ")"))

    def _quoted(self, span: SpacySpan) -> bool:
        doc = self.doc
        return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in "„\"»“'‚" and doc[span.end].text in "“\"«”'‘"

    def _close_sentences(self, first: Span, second: Span) -> bool:
        """Two evidence spans in one sentence, or in neighbouring sentences of one paragraph."""
        a, b = (self.doc.char_span(s.start, s.end, alignment_mode="expand") for s in (first, second))
        if a is None or b is None:
            return False
        one, two = self.sentence_of[a.start], self.sentence_of[b.start]
        return abs(one - two) <= 1 and self._paragraph(a.start_char) == self._paragraph(b.start_char)

    def _place_groups(self, span: SpacySpan) -> list[SpacySpan]:
        return [self.place_at[i] for i in range(span.start, span.end) if i in self.place_at and self.place_at[i].end <= span.end]

    def _skip_parenthesis_back(self, i: int) -> int:
        """Position before a parenthesis that ends at token i ("Karlsruhe (3,05)" -> after "Karlsruhe")."""
        if i > 0 and self.doc[i - 1].text == ")":
            for j in range(i - 2, max(-1, i - 10), -1):
                if self.doc[j].text == "(":
                    return j
        return i

    def _after_score(self, i: int, end: int) -> int:
        """Position after a score that stands at token i ("Karlsruhe (83,7 Punkte)", "Hamburg mit 96,8 Punkten", "mit 98,4
        von 100 möglichen Punkten"), else i."""
        doc = self.doc
        if i < end and doc[i].text == "(":
            return next((j + 1 for j in range(i, min(end, i + 8)) if doc[j].text == ")"), i)
        if i + 1 < end and doc[i].lower_ == "mit" and doc[i + 1]._.ap_kind:
            j = i + 2
            if j + 1 < end and doc[j].lower_ == "von" and doc[j + 1]._.ap_kind:
                j += 2 + (j + 2 < end and doc[j + 2].lower_ == "möglichen")
            return j + (j < end and doc[j].lower_ in SCORE_UNITS)
        return i
