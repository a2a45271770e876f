"""Sentence boundaries for German press text.

A number with a period ("70.", "2023.") ends a sentence when a new sentence visibly starts after it, and is
an ordinal when what follows is a month ("am 3. Oktober"), a noun it counts ("der 5. Platz"), a comma, or
lower-case text, or when it opens a line ("2. Hamburg (89,6 Punkte)"). Line and paragraph breaks end a sentence.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from articleparse.resources import load_yaml

NOT_START = numpy.uint64(2**64 - 1)  # -1 in spaCy's uint64 attribute arrays
_NUM_PERIOD = re.compile(r"^\d+\.$")
_CLOSERS = {'"', "“", "”", "»", "«", "‘", "’", "'", ")", "]"}


class SentenceSplitter:
    """Sets `is_sent_start` on every token."""

    def __init__(self, nlp: Language, name: str):
        words = load_yaml("sentences.yaml")
        self.ordinal_followers = set(words["ordinal_followers"])
        self.abbreviations = set(words["abbreviations"])
        self.rank_nouns = set(words["rank_nouns"])
        self.number_words = set(words["number_words"])

    def __call__(self, doc: Doc) -> Doc:
        tokens = list(doc)
        if not tokens:
            return doc
        starts = numpy.full((len(tokens), 1), NOT_START, dtype="uint64")
        starts[0, 0] = 1
        for i in range(1, len(tokens)):
            if self._starts(tokens, i):
                starts[i, 0] = 1
        # One array write: setting Token.is_sent_start one by one rescans the Doc each time.
        doc.from_array([SENT_START], starts)
        return doc

    def _starts(self, tokens, i: int) -> bool:
        token, prev = tokens[i], tokens[i - 1]
        if token.is_space:
            return False
        if "\n\n" in prev.whitespace_ or ("\n" in prev.text and prev.is_space):
            return True
        j = i - 1
        while j > max(0, i - 4) and (tokens[j].text in _CLOSERS or tokens[j].is_space):
            j -= 1
        last = tokens[j]
        if "\n" in last.whitespace_ and i - 1 == j:
            return True
        if not (last.text.endswith((".", "!", "?", ":")) or last.text in {".", "!", "?", "…"}):
            return False
        if last.text.endswith(":"):
            return False
        first_char = token.text[0]
        if not (first_char.isupper() or first_char.isdigit() or first_char in "„\"»(«"):
            return False
        if last.text in {".", "!", "?", "…"}:
            return True
        if _NUM_PERIOD.match(last.text):
            return not (self._starts_line(tokens, j) or self._is_ordinal_context(token, last))
        return last.text.lower() not in self.abbreviations

    @staticmethod
    def _starts_line(tokens, j: int) -> bool:
        """"2. Hamburg (89,6 Punkte)": a number opening a line, or following a colon or comma ("Die Top 3: 1. Hamburg,
        2. Karlsruhe"), numbers a list item."""
        if j == 0:
            return True
        before = tokens[j - 1]
        return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text) or before.text in (":", ",")

    def _is_ordinal_context(self, nxt, number) -> bool:
        """True when "N." before `nxt` is an ordinal, not the end of a sentence."""
        if nxt.text in self.rank_nouns and nxt.i + 1 < len(nxt.doc):
            after = nxt.nbor(1)
            if after.text.isdigit() or after.lower_ in self.number_words:
                return False  # "… noch 81. Platz eins belegt München"
        if nxt.text in self.ordinal_followers or nxt.text.rstrip(".") in self.ordinal_followers:
            return True
        value = int(number.text[:-1])
        if value <= 31 and nxt.i + 1 < len(nxt.doc) and nxt.nbor(1).like_num and len(nxt.nbor(1).text) == 4:
            return True  # "am 3. Oktober 2024" also covers a month written in another form
        return False


@Language.factory("articleparse_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
