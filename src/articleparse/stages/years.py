"""Years and dates: explicit years, relative ones ("Vorjahr", "im Jahr zuvor"), comparison years
("verglichen mit 2024"), and calendar dates ("17.09.2024", "Stand: 24. November 2025").

Span group `ap_years`: label "explicit" (info: year), "relative" or "compare" (info: offset against the
edition year in focus, or year), "released" (info: offset in calendar years or month, counted back from the
article's date). Span group `ap_dates`: label "date" (info: iso, published).
Relative years are resolved later, in assembly, where the ranking's edition year is known.
"""
from __future__ import annotations

import datetime
import re

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span

from articleparse.stages.numbers import KIND_PREFIX
from articleparse.stages.patterns import AnchoredMatcher, DataStage
from articleparse.stages.sentences import doc_text

YEAR_NORM = KIND_PREFIX + "year"
CARD_NORMS = {KIND_PREFIX + "card", KIND_PREFIX + "cardord"}

for _attr in ("ap_year", "ap_date"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)

_DATE_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")


class YearReader(DataStage):
    source = "years.yaml"

    def compile(self, data: dict) -> None:
        self.matcher = AnchoredMatcher(self.vocab, self.source)
        self.rules = data["patterns"]
        for i, rule in enumerate(self.rules):
            self.matcher.add(str(i), rule)
        self.markers = set(data["published_markers"])
        self.ranking_nouns = set(data["ranking_nouns"])
        self.months = data["months"]
        months = "|".join(sorted(self.months, key=len, reverse=True))
        self.date_words = re.compile(r"\b(\d{1,2})\.\s?(%s)\.?\s+((?:19|20)\d{2})\b" % months, re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        self.ensure()
        dates = self._dates(doc)
        in_date = {i for span in dates for i in range(span.start, span.end)}
        years, taken = [], set(in_date)
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        for key, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            rule = self.rules[int(key)]
            if end < len(doc) and doc[end].lower_ in rule.get("not_before", ()) and not self._ranking_after(doc, end):
                continue  # "in der vorigen Ausgabe dieser Zeitung": not the ranking's
            if "keep" in rule:  # the match's other words are context: "Zuletzt war Bochum Vierter", "Nach zwei Jahren auf …"
                keep = rule["keep"]
                start, end = (start, start + 1) if keep == "first" else (end - 1, end) if keep == "last" else (start, start + keep)
                if start in taken:
                    continue
            span = Span(doc, start, end, label=rule["kind"])
            if rule.get("last_told"):
                span._.ap_year = {"offset": -1}
            elif rule.get("year"):
                year_token = next(t for t in span if t.norm_ == YEAR_NORM)
                span._.ap_year = {"year": year_token._.ap_card}
            elif rule.get("month"):
                span._.ap_year = {"month": self.months[span[-1].lower_]}
            elif str(rule["offset"]).endswith("$1"):
                count = next(t._.ap_card for t in span if t.norm_ in CARD_NORMS)
                span._.ap_year = {"offset": -count if str(rule["offset"]).startswith("-") else count}
            else:
                span._.ap_year = {"offset": rule["offset"]}
            if "streak" in rule:  # "Nach zwei Jahren auf Rang drei", "wie in den beiden Vorjahren": editions of the same rank
                count = 2 if any(t.lower_ == "beiden" for t in span) else next(t._.ap_card for t in span if t.norm_ in CARD_NORMS)
                span._.ap_year["streak"] = count + rule["streak"]
            for flag in ("calendar", "last_told", "now", "aside"):
                if rule.get(flag):
                    span._.ap_year[flag] = True
            years.append(span)
            taken.update(range(start, end))
        year_norm = self.vocab.strings[YEAR_NORM]
        for i in (doc.to_array(NORM) == year_norm).nonzero()[0].tolist():
            if i not in taken:
                span = Span(doc, i, i + 1, label="explicit")
                span._.ap_year = {"year": doc[i]._.ap_card}
                years.append(span)
        doc.spans["ap_years"] = sorted(years, key=lambda s: s.start)
        doc.spans["ap_dates"] = dates
        return doc

    def _ranking_after(self, doc: Doc, i: int) -> bool:
        """A ranking named, or a ranking's head noun, right after the word at i ("der vorigen Ausgabe des Index")."""
        return any(i < span.start <= i + 2 for span in doc.spans.get("ap_rankings", [])) or (
            i + 1 < len(doc) and doc[i + 1].lower_ in self.ranking_nouns)

    def _dates(self, doc: Doc) -> list[Span]:
        spans = []
        text = doc_text(doc)
        for regex in (_DATE_NUMERIC, self.date_words):
            for m in regex.finditer(text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                iso = self._iso(*m.groups())
                if iso is None:
                    continue
                span = Span(doc, span.start, span.end, label="date")
                span._.ap_date = {"iso": iso, "published": self._dates_article(doc, text, span)}
                spans.append(span)
        return sorted(spans, key=lambda s: s.start)

    def _iso(self, day: str, month: str, year: str) -> str | None:
        """ISO form of a date the regexes found ("17", "09" or "September", "2024"); None for "31.02.2024"."""
        number = int(month) if month.isdigit() else self.months[month.lower()]
        try:
            return datetime.date(int(year), number, int(day)).isoformat()
        except ValueError:
            return None

    def _dates_article(self, doc: Doc, text: str, span: Span) -> bool:
        """A date dates the article when a marker precedes it ("Stand:") or it stands in the dateline."""
        before = doc[max(0, span.start - 4) : span.start]
        if any(t.lower_ in self.markers for t in before):
            return True
        return text.count("\n\n", 0, span.start_char) <= 1 and span.start_char < 300


@Language.factory("articleparse_years", assigns=["doc.spans"])
def make_years(nlp: Language, name: str) -> YearReader:
    return YearReader(nlp, name)
