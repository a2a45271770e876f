"""Rank phrases: "Platz 74 von insgesamt 83", "um 14 Plätze verbessert", "unter den letzten zehn",
"Spitzenreiter", "(Platz 4, Vorjahr: 11)", "hinter Hagen und vor Solingen", "die Stadt", … .

The patterns live in `data/rank_phrases.yaml`; this stage compiles them into a spaCy Matcher over the
number and place annotations of the earlier stages, keeps the longest non-overlapping matches and writes
them to the span group `ap_phrases` (label: kind; `span._.ap_phrase`: the values the match states).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from articleparse.stages.gazetteer import PLACE_LABELS
from articleparse.stages.numbers import number_kind
from articleparse.stages.patterns import AnchoredMatcher, DataStage

if not Span.has_extension("ap_phrase"):
    Span.set_extension("ap_phrase", default=None)

DEPENDENT_KINDS = {"neighbours", "ahead_of"}  # only read next to a rank in the same sentence
WORDS_IN_E_BEFORE_PREDICATE = {"heute", "gerade", "alleine", "lange", "gerne", "nie", "sie"}  # "ist heute Dritter", "ist sie Dritte"
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen"}
CLAUSE_ENDS = {",", ";", ":", "und", "aber", "während", "sondern"}  # where a movement's clause ends, for its direction
WHOLE_NUMBERS = {"rank", "total", "prev_rank", "places", "from_rank", "to_rank", "n", "from_last"}
VALUE_FIELDS = ("rank", "total", "prev_rank", "places", "from_rank", "to_rank", "n", "score", "from_last", "approx", "beside_last",
                "last_count")


class RankPhraseMatcher(DataStage):
    source = "rank_phrases.yaml"

    def compile(self, data: dict) -> None:
        self.rules = data["rules"]
        self.regional = set(data["regional_qualifiers"])
        self.group_prefixes = tuple(data["group_prefixes"])
        self.group_regions = set(data["group_regions"])
        self.negations = set(data["negations"])
        self.never = set(data["never"])
        self.negations_before_article = set(data["negations_before_article"])
        self.negation_skips = set(data["negation_skips"])
        self.missing_verbs = set(data["missing_verbs"])
        self.comparisons = set(data["comparisons"])
        self.figurative = set(data["figurative"])
        self.approximators = set(data["approximators"])
        self.bounds = set(data["bounds_before_als"])
        self.unordered = set(data["unordered_words"])
        self.units = set(data["units_after_numbers"])
        self.total_after = {key: set(words) for key, words in data["total_after_rank"].items()}
        self.directions = {word: sign for sign, key in ((1, "up"), (-1, "down")) for word in data["directions"][key]}
        self.after_kept = set(data["after_kept"])
        self.rank_nouns = set(data["nouns"])
        self.now_words = set(data["now_words"])
        rows = data["table_rows"]
        self.bullets = set(rows["bullets"])
        self.table_heading, self.movers_heading, self.legend, self.short_legend = (
            re.compile(rows[key], re.IGNORECASE) for key in ("heading", "movers_heading", "legend", "short_legend"))
        self.not_heading = re.compile(f"{rows['not_heading']}|{rows['movers_heading']}", re.IGNORECASE)
        self.series_heading = re.compile(rows["series_heading"], re.IGNORECASE)
        self.not_series_heading = re.compile(f"{rows['not_series_heading']}|{rows['not_heading']}", re.IGNORECASE)
        self.matcher = AnchoredMatcher(self.vocab, self.source, keep_order=False)  # candidates are sorted below
        for i, rule in enumerate(self.rules):
            anchored = rule["kind"] not in DEPENDENT_KINDS and not rule.get("elliptic")
            self.matcher.add(str(i), rule, anchored=anchored)

    def __call__(self, doc: Doc) -> Doc:
        self.ensure()
        candidates = []
        for key, start, end in self.matcher(doc):
            candidates.append((start, end, int(key)))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
        totals = [c for c in candidates if self.rules[c[2]]["kind"] == "total" and not self.rules[c[2]].get("elliptic")]
        taken: set[int] = set()
        spans = []
        for start, end, rule_index in candidates:
            rule = self.rules[rule_index]
            if "keep_from" in rule:  # the words between the verb and "vorn" stay free for other phrases
                kept = next((i for i in range(start, end) if doc[i].lower_ in rule["keep_from"]), start)
                if self._restricted(doc, start, kept, end):
                    continue
                start = kept
            if rule.get("not_before") and end < len(doc) and doc[end].lower_ in rule["not_before"]:
                continue  # "als zweitbeste Stadt zum Studieren genannt": another ranking than the table's
            if rule.get("not_in_sentence") and not set(rule["not_in_sentence"]).isdisjoint(t.lower_ for t in doc[start].sent):
                continue  # "Zur Begründung hatte Köln die Kategorie Verwaltung angeführt": cited, not led
            if rule.get("order_adverb") and not any(t.lower_ == "erstens" and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ in PLACE_LABELS
                                                    for t in doc[start].sent):
                continue  # "zweitens Kopenhagen" only in an enumeration of places that opens with "erstens" and a place
            if rule.get("verb_only"):
                end = start + 1
            if rule.get("up_to_place"):
                end = next(i for i in range(start, end) if doc[i].ent_type_ in PLACE_LABELS)
            if rule.get("before_a_list") and (not _before_a_list(doc, end) or any(
                    (t.lower_ in self.unordered and not start <= t.i < end)
                    or (t.i > end and t.lower_ in self.negations and doc[t.i - 1].ent_type_ in PLACE_LABELS)
                    for t in doc[start].sent)):
                continue  # "An der Spitze stehen Wien, Kopenhagen und Melbourne", not "…, die sich den ersten Platz teilen", "… Köln nicht"
                # ("Die Reihenfolge lautet: …" names its own order, "… lautet alphabetisch: …" none)
            if any(i in taken for i in range(start, end)):
                continue
            if rule["kind"] in ("rank", "claim") and (self._regional(doc, end) or self._negated(doc, start) or self._group_before(doc, start)):
                continue
            if rule["kind"] == "claim" and self._missed(doc, start):
                continue
            if rule["kind"] in ("rank", "claim") and (self._compared(doc, start) or (start and doc[start - 1].lower_ in self.figurative)):
                continue  # "weniger als der Sieger", "der große Gewinner"
            if rule.get("needs_subject") and start > 1 and doc[start - 1].lower_ in ARTICLES and doc[start - 2].lower_ in ("hinter", "vor"):
                continue  # "Halle liegt 5,4 Prozentpunkte hinter dem Spitzenreiter": the leader's rank, not the subject's
            if rule.get("standalone") and not self._predicative(doc, start, end):
                continue
            if rule.get("table_row"):
                row = self._table_row(doc, start, end, "prev_rank" in rule)
                if row is None:
                    continue
                start, end = row
            if rule.get("clause_end") and end < len(doc) and not (doc[end].is_punct or doc[end].is_space or doc[end].is_sent_start or (
                    doc[end].lower_ == "als" and end + 1 < len(doc) and doc[end + 1].ent_type_ not in PLACE_LABELS)):
                continue  # "Zwei Plätze weiter vorn liegt Lübeck", "… weiter vorn als Lübeck": where, not how far it moved
            if rule.get("not_after_quantity") and _after_a_quantity(doc, start):
                continue  # "45 Punkte (zuvor 38)": the parenthesis holds last year's score, not a rank
            if rule.get("not_moved") and any(self.directions.get(t.lower_) for t in doc[end : _clause_end(doc, end)]):
                continue  # "Hinter ihr ist Lübeck zurückgefallen": it fell behind, not to the next place
            if rule.get("legend_row") and not self._legend_row(doc, start, end):
                continue
            if rule.get("category_inside") and not any(start <= c.start and c.end <= end for c in doc.spans["ap_categories"]):
                continue  # ", im Vorjahr noch 12.": no category, so not this rule's (and the tokens stay free for others)
            if rule.get("not_separable") and _last_word(doc[start].sent) in rule["not_separable"]:
                continue  # "Köln führt im Bereich Mobilität, wie angekündigt, ein Tempolimit ein": "einführen"
            if rule.get("year_series"):
                if not self._in_a_year_series(doc, start, end):
                    continue
                start += 3  # the rank (and its total) alone: its year is the one written right before it
            if rule.get("list_index") and self._movers_list(_heading_of_rows(doc.text, doc[start].idx)):
                continue  # "Die größten Absteiger:\n1. Dresden": the first of the list, not of the table
            if rule.get("elliptic") and doc[start].text == "(" and (_among_scores(doc, start, end) or _after_a_year_item(doc, start)):
                continue  # "vor Hamburg (47,7) und Köln (46)": the parentheses of one list hold scores, not ranks; "2021: 6 (81)"
            if rule["kind"] == "total" and start and (doc[start - 1].lower_ in self.approximators or (
                    start > 1 and doc[start - 1].lower_ == "als" and doc[start - 2].lower_ in self.bounds)):
                continue  # "rund 400 Kreise", "mehr als 400 Städte"
            if rule.get("not_before_number") and end < len(doc) and number_kind(doc[end]) in ("card", "cardord", "dec"):
                continue  # "insgesamt 83 Städte" is a total, not the overall table
            if rule.get("fact_box") and not _in_a_fact_box(doc, start, end):
                continue  # "12 Millionen Euro (2024: 9)", "71 kreisfreie Städte (2024: 72)": last year's figure, no rank
            if rule["kind"] == "move" and self._apart_from_a_place(doc, end):
                taken.update(range(start, end))  # nor does a shorter phrase inside it ("zehn Plätze") tell a step
                continue  # "zehn Plätze schlechter als (heute) Lübeck": how far apart two places are, no movement
            span = Span(doc, start, end, label=rule["kind"])
            values = self._values(span, rule)
            if values is None or (rule.get("next_ranks") and values.get("to_rank") != values.get("rank", 0) + 1):
                continue  # "Platz eins und zwei", not "2019 und 2022 auf Platz 3 und 5" (a rank of each year)
            if ("from_last" in values or values.get("claim") == "first") and self._end_of_a_group(doc, start):
                continue  # "Unter den Ruhrgebietsstädten ist Gelsenkirchen Schlusslicht", "Im Bergischen Städtedreieck bleibt
                # Solingen vorn": not the table's last or first
            if rule["kind"] == "rank" and "total" not in values and "rank" in values:
                values = self._with_total_inside(span, values, totals)
            span._.ap_phrase = values
            if rule["kind"] == "rank" and "total" not in values and "rank" in values:
                span = self._with_total_after(span, taken)
            taken.update(range(span.start, span.end))
            spans.append(span)
        doc.spans["ap_phrases"] = sorted(spans, key=lambda s: s.start)
        return doc

    def _with_total_inside(self, span: Span, values: dict, totals) -> dict:
        """The rank's values with the total of a total phrase inside it ("führt die Tabelle der 16 Bundesländer an");
        `totals`: the document's total matches, longest first."""
        for start, end, rule_index in totals:
            if span.start < start and end <= span.end:
                rule = self.rules[rule_index]
                inner = self._values(Span(span.doc, start, end, label="total"), rule)
                if inner and isinstance(inner.get("total"), int) and inner["total"] >= values["rank"]:
                    return {**values, "total": inner["total"]}
        return values

    def _with_total_after(self, span: Span, taken: set[int]) -> Span:
        """The rank span extended by a total written right after it ("…, 2022 noch auf Platz 74 von 81")."""
        doc, i = span.doc, span.end
        end = span.sent.end
        if i >= end or doc[i].lower_ not in self.total_after["words"]:
            return span
        i += 1
        if i < end and doc[i].lower_ in self.total_after["fillers"]:
            i += 1
        if i >= end or i in taken or number_kind(doc[i]) not in ("card", "cardord"):
            return span
        if i + 1 < len(doc) and doc[i + 1].lower_ in self.total_after["not_before"]:
            return span
        total = _value(doc[i])
        if not isinstance(total, int) or total < span._.ap_phrase["rank"]:
            return span
        extended = Span(doc, span.start, i + 1, label=span.label_)
        extended._.ap_phrase = {**span._.ap_phrase, "total": total}
        return extended

    def _compared(self, doc: Doc, start: int) -> bool:
        """"fast 100 Punkte weniger als der Sieger": a rank named as the object of a comparison."""
        if not (start >= 3 and doc[start - 1].lower_ in ("der", "die", "dem", "den") and doc[start - 2].lower_ in self.comparisons):
            return False
        word = doc[start - 3]  # "weniger als der Sieger", "so gut wie die Zweite"; not "als der Sieger gefeiert"
        return word.lower_ in ("so", "ebenso", "genauso", "mehr", "weniger") or (word.is_lower and word.lower_.endswith("er"))

    def _missed(self, doc: Doc, start: int) -> bool:
        """A verb of missing earlier in the claim's clause: "verpasst als Sechster knapp die Top 5"."""
        i = start - 1
        while i >= 0 and doc[i].text not in (",", ";", ":") and doc[i].lower_ not in ("und", "aber", "sondern"):
            if doc[i].lower_ in self.missing_verbs:
                return True
            if doc[i].is_sent_start:
                break
            i -= 1
        return False

    def _negated(self, doc: Doc, start: int) -> bool:
        """"keinen Sieger", "nicht auf Platz 1", "verpasst knapp die Top 5", "fällt aus den Top 10": a negation right
        before the phrase or before its preposition, article or adverb (at most two of them)."""
        i = start - 1
        while i >= 0 and start - i <= 2 and doc[i].lower_ in self.negation_skips:
            i -= 1
        if i >= 0 and doc[i].lower_ in self.negations_before_article:
            return i + 1 < start and doc[i + 1].lower_ in ARTICLES
        return i >= 0 and (doc[i].lower_ in self.negations or doc[i].lower_ in self.never or doc[i].lower_ in self.missing_verbs)

    @staticmethod
    def _predicative(doc: Doc, start: int, end: int) -> bool:
        """An ordinal noun standing alone as a predicate ("ist in diesem Jahr Erster"), not "der Zweite Weltkrieg",
        "die ewige Dritte" or "nicht Hamburg Erster"."""
        if end < len(doc) and (doc[end].is_title or doc[end].like_num):
            return False
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.lower_ in ARTICLES or (
                before.is_lower and before.text.endswith("e") and before.lower_ not in WORDS_IN_E_BEFORE_PREDICATE)):
            return False  # "die ewige Dritte", not "ist heute Dritter"
        return not any(t.lower_ == "nicht" for t in doc[max(doc[start].sent.start, start - 3) : start])

    def _restricted(self, doc: Doc, start: int, kept: int, end: int) -> bool:
        """A match whose words before `kept` are only context ("liegt … vorn") denies or narrows its rank there ("in
        keiner Kategorie", "in Bayern", "unter den ostdeutschen Städten" but not "unter den 19 Regionen", "mit vorn"), or
        goes on after it ("steht ganz oben auf der Agenda")."""
        if self._negated(doc, start) or doc[kept - 1].lower_ == "mit" or (
                end < len(doc) and doc[end].lower_ in self.after_kept and not self._rank_after(doc, end + 1)):
            return True
        return any(doc[i].lower_ in self.negations or (doc[i].lower_ in ("in", "im") and i + 1 < end and _is_region(doc, i + 1))
                   or (doc[i].lower_ == "unter" and i + 2 < end and number_kind(doc[i + 2]) not in ("card", "cardord"))
                   for i in range(start, end))

    def _rank_after(self, doc: Doc, i: int) -> bool:
        """A rank right at `i` ("knapp vor Dortmund auf Rang 12", "… auf dem zwölften Platz"), not "auf der Agenda"."""
        words = [t.lower_ for t in doc[i : i + 2]]
        return bool(words) and (words[0] in self.rank_nouns or words[0] in ("dem", "den") and len(words) > 1
                                and number_kind(doc[i + 1]) is not None or number_kind(doc[i]) is not None)

    def _table_row(self, doc: Doc, start: int, end: int, previous: bool) -> tuple[int, int] | None:
        """The row "Verwaltung: 8 (5)" of a match ": 8 (5)" in a line "- Verwaltung: 8 (5)": the line opens with a
        bullet, a category or a place stands between it and the colon, the number ends the line, and the heading line
        of the list names ranks; "(5)" is the edition before only under a legend in that heading, else the row takes
        in the parenthesis and states nothing of it."""
        sent = doc[start].sent
        if doc[sent.start].text not in self.bullets or not (end == sent.end or not doc[end].text.strip() or doc[end].text == "("):
            return None
        if not any(span.start == sent.start + 1 and span.end == start for span in (*doc.spans["ap_categories"], *doc.ents)):
            return None
        heading = sent
        while heading.start > 0 and doc[heading.start].text in self.bullets:
            heading = doc[heading.start - 1].sent
        if (heading is sent or not self.table_heading.search(heading.text) or self.not_heading.search(heading.text)
                or (previous and not self.legend.search(heading.text))):
            return None
        if end < sent.end and doc[end].text == "(":
            end = next((i + 1 for i in range(end, min(end + 5, sent.end)) if doc[i].text == ")"), end)
        return sent.start + 1, end

    def _in_a_year_series(self, doc: Doc, start: int, end: int) -> bool:
        """"…, Gesamtrang: 2019: 3; 2020: 6": the rank ends its item (a separator, "von" or a parenthesis follows), and the
        heading of the series — the words before its first item after the last clause break outside parentheses — names
        ranks (in a parenthesis too: "(Rang; Schulnote):") and, outside parentheses, no points, counts or money."""
        sent = doc[start].sent
        if end < sent.end and doc[end].text not in (";", ",", ".", "(", "von", "und", "·", "|", "/"):
            return False
        first = next(i for i in range(sent.start, start + 2) if number_kind(doc[i]) == "year" and doc[i + 1].text == ":")
        depth, heading_start = 0, sent.start
        for i in range(sent.start, first):
            depth += doc[i].text.count("(") - doc[i].text.count(")")
            if depth == 0 and doc[i].text in (",", ";", ".", "–"):
                heading_start = i + 1  # "Stuttgart (Rang 8), Schulden je Einwohner in Tausend Euro: 2019: 3": not a heading of ranks
        heading = doc[heading_start:first].text
        if heading.lower().startswith(("in klammern", "in klammer")):  # a legend of the parentheses ("…, in Klammern die
            heading = doc[sent.start : heading_start].text           # Zahl der bewerteten Städte"): the words before it head
        if self.not_series_heading.search(_PARENTHESES.sub("", heading)):
            return False
        # its own words, else the sentence's before it ("Gesamtrang, in Klammern die Zahl der Städte: 2020: 24 (81)"),
        # name ranks, or the sentence names a ranking before it ("Im Zukunftsatlas lag Dresden so: 2022: 2 (400)")
        return bool(self.series_heading.search(heading) or self.series_heading.search(doc[sent.start : first].text)) or any(
            sent.start <= r.start and r.end <= first for r in doc.spans.get("ap_rankings", []))

    def _movers_list(self, heading: str) -> bool:
        """A heading of those who moved most ("Die größten Absteiger:"), not of the table ("Top 3 und größte Absteiger")."""
        return bool(self.movers_heading.search(heading)) and not self.table_heading.search(heading)

    def _apart_from_a_place(self, doc: Doc, end: int) -> bool:
        """"… als (heute) Lübeck" right after a number of places: a distance between two places."""
        if end + 1 >= len(doc) or doc[end].lower_ != "als":
            return False
        i = end + 1 + (doc[end + 1].lower_ in self.now_words)
        i += i < len(doc) and doc[i].lower_ in ARTICLES
        return i < len(doc) and doc[i].ent_type_ in PLACE_LABELS

    def _legend_row(self, doc: Doc, start: int, end: int) -> bool:
        """A numbered row ("1. München 90,2 (1)") opening its line or following its label ("Dynamik: 1. Mainz (Vj. 1)"),
        under no head of scores or of winners and losers, whose parenthesis says it holds the edition before ("(2022:
        2.)", "(Vj. 1)") or whose text does, in a key that is not about scores ("Pl. Stadt Pkt. (Vj.)", "in Klammern:
        Vorjahr")."""
        text = doc.text
        line_start = text.rfind("\n", 0, doc[start].idx) + 1
        before = text[line_start : doc[start].idx].strip()
        if (before and not before.endswith(":")) or self.not_heading.search(before):
            return False
        if self.not_heading.search(_heading_of_rows(text, line_start)):
            return False
        parenthesis = max((i for i in range(start, end) if doc[i].text == "("), default=start)
        scored = any(number_kind(t) == "dec" for t in doc[start:parenthesis])
        if any(t.lower_.startswith(("vj", "vorjahr")) for t in doc[parenthesis:end]) or (
                any(number_kind(t) == "year" for t in doc[parenthesis:end])  # "(2022: 2.)"; beside a score "(2024: 88)" is one
                and (not scored or number_kind(doc[end - 2]) in ("ord", "cardord"))):
            return True
        keys = [m for regex in (self.legend, self.short_legend) for m in regex.finditer(text)]
        return any(not self.not_heading.search(text[text.rfind("\n", 0, m.start()) + 1 : m.end()]) for m in keys)

    def _regional(self, doc: Doc, end: int) -> bool:
        """"die Nummer eins im Revier", "Platz drei in NRW", "die Stadt Bayerns", "die Nummer eins unter den deutschen Städten": a rank
        within a region or a group, not in the ranking; never in the next sentence ("auf Platz 64. In NRW …")."""
        sent_end = doc[end - 1].sent.end
        if end + 2 < sent_end and doc[end].lower_ == "unter" and doc[end + 1].lower_ == "den":
            group = doc[end + 2].lower_
            if self._a_group(doc, end + 2):  # "Schlusslicht unter den Revierstädten", "… unter den ostdeutschen"
                return True
            # "die Nummer eins unter den deutschen Städten" of a world ranking; "Platz zehn unter den deutschen
            # Großstädten" of the Smart City Index is the whole table
            if group == "deutschen" and any(t.lower_ == "nummer" for t in doc[max(0, end - 3) : end]):
                return True
        if end < sent_end and _is_region(doc, end) and doc[end].text.endswith("s") or (
                end + 1 < sent_end and doc[end].lower_ == "des" and (_is_region(doc, end + 1) or doc[end + 1].lower_ in self.regional)):
            return True  # "die zweitbeste Stadt Nordrhein-Westfalens", "die drittbeste Stadt des Ruhrgebiets"
        if end >= sent_end or doc[end].lower_ not in ("im", "in"):
            return False
        for token in doc[end + 1 : min(end + 3, sent_end)]:
            if token.lower_ in self.regional or _is_region(doc, token.i):
                return True
            if token.lower_ not in ("der", "dem", "des", "den"):
                return False
        return False

    def _end_of_a_group(self, doc: Doc, start: int) -> bool:
        """"Unter den Ruhrgebietsstädten ist Gelsenkirchen Schlusslicht", "In NRW ist Remscheid Letzter": a group of
        places opening the clause makes the first or a rank counted from the end the group's, not the table's (not "Das im Ruhrgebiet
        gelegene Gelsenkirchen ist Schlusslicht"); also before a colon ("Unter den Landeshauptstädten: Ganz hinten ist
        Mainz") and after "im Vergleich der/zu den" ("Im Vergleich der Landeshauptstädte ganz hinten ist Mainz")."""
        i = _clause_start(doc, start)
        if doc[i].lower_ in ("der", "die", "das") and i + 1 < start and doc[i + 1].lower_ in self.group_regions:
            return True  # "Der Süden bleibt vorn, Mainz rückt auf", "Die Region bleibt vorn": the region is what is first
        label = i > doc[start].sent.start and doc[i - 1].text == ":"
        if label:  # the group names only "unter den …" or "im Vergleich der …" there, not "Im Westen nichts Neues:"
            i = _clause_start(doc, i - 1)
        word = doc[i].lower_
        if word == "unter" and i + 2 < start and doc[i + 1].lower_ == "den":
            return self._a_group(doc, i + 2)
        if word in ("in", "im") and i + 3 < start and doc[i + 1].lower_ == "vergleich" and doc[i + 2].lower_ in ("der", "zu", "mit"):
            return self._a_group(doc, i + 3 + (doc[i + 3].lower_ == "den"))
        return not label and word in ("in", "im") and i + 1 < start and (
            doc[i + 1].lower_ in self.group_regions or _is_region(doc, i + 1))

    def _group_before(self, doc: Doc, start: int) -> bool:
        """"Dresden ist unter den ostdeutschen Städten die Nummer eins": a group named right before the rank, in its clause."""
        first = _clause_start(doc, start)
        return any(doc[j].lower_ == "unter" and doc[j + 1].lower_ == "den" and self._a_group(doc, j + 2)
                   for j in range(max(first, start - 6), start - 2))

    def _a_group(self, doc: Doc, i: int) -> bool:
        """Token i names a group of places within a ranking: "(unter den) Ruhrgebietsstädten / ostdeutschen / Revierstädten"."""
        return doc[i].lower_.startswith(self.group_prefixes) or doc[i].lower_ in self.regional or _is_region(doc, i)

    def _values(self, span: Span, rule: dict) -> dict | None:
        counted = ("card", "ord", "cardord", "dec", "year") if rule["kind"] in ("total", "approx_total") else ("card", "ord", "cardord", "dec", "prevord")
        kinds = [(t, number_kind(t)) for t in span]
        numbers = [t for t, kind in kinds if kind in counted]
        from_last = [t for t, kind in kinds if kind == "last"]
        info = {key: rule[key] for key in ("tie", "needs_subject", "claim", "reverse", "pair", "subject_inside", "elliptic", "needs_rank",
                                           "needs_ranking", "displaced", "passive", "table_row", "alone", "past", "top_listed", "known_only",
                                           "completes_top", "object_inside", "needs_category", "handed_over")
                if key in rule}
        for key in VALUE_FIELDS:
            if key not in rule:
                continue
            value = rule[key]
            if value == "$W":
                value = span[0].lower_
            elif isinstance(value, str) and value.lstrip("-").startswith("$"):
                index = int(value.lstrip("-$")) - 1
                pool = from_last if key == "from_last" else numbers
                if index >= len(pool):
                    return None
                token = pool[index]
                value = token._.ap_from_last if key == "from_last" else _value(token)
                if value is None:
                    return None
                value = -value if value and value.__class__ is not bool and rule[key].startswith("-") else value
            if key in WHOLE_NUMBERS and isinstance(value, float):
                if not value.is_integer():
                    return None
                value = int(value)
            info[key] = value
        if rule.get("direction") == "sentence":
            sign = self._direction(span)
            if sign is None:
                return None
            info["places"] = sign * info["places"]
        elif rule.get("direction") == "before":  # needs a verb of climbing or falling right before it
            sign = self._direction_before(span)
            if sign is None:
                return None
            if "places" in info:
                info["places"] = sign * info["places"]
            else:  # "springt von 15 auf 12": the ranks must move the way the verb says, and be no amount
                after = span.doc[span.end] if span.end < len(span.doc) else None
                if (after is not None and after.lower_ in self.units) or (info["from_rank"] - info["to_rank"]) * sign <= 0:
                    return None
                info["direction"] = sign
        elif "from_rank" in info:
            direction = self._direction(span)  # "rutscht von Platz 12 auf 15 ab": the verb's word, checked later
            if direction is not None:
                info["direction"] = direction
        doc, end = span.doc, span.end
        if "places" in info and end + 1 < len(doc) and doc[end].lower_ == "als" and doc[end + 1].lower_ in self.now_words:
            info["against_now"] = True  # "2021 lag sie 44 Plätze besser als heute": the step from then to now, the other way
        written = [t for t, kind in kinds if kind == "year"]
        if "prev_rank" in info and written:  # "auf Rang 30 (2023: 25)": the earlier rank's year is written
            info["prev_year"] = _value(written[0])
        return info

    def _direction(self, span: Span) -> int | None:
        """+1 or -1 from the direction word nearest to an undirected movement in its clause, else in its sentence ("war
        2022 auf Rang 20 zurückgefallen und hat sich seitdem um vier Plätze … verbessert": the second clause's)."""
        sent, doc = span.sent, span.doc
        start = next((t.i + 1 for t in reversed(doc[sent.start : span.start]) if t.lower_ in CLAUSE_ENDS), sent.start)
        end = next((t.i for t in doc[span.end : sent.end] if t.lower_ in CLAUSE_ENDS), sent.end)
        for tokens in (doc[start:end], sent):
            signs = [(abs(t.i - span.start), self.directions[t.lower_]) for t in tokens if t.lower_ in self.directions]
            if signs:
                return min(signs, key=lambda s: s[0])[1]
        return None

    def _direction_before(self, span: Span) -> int | None:
        """+1 or -1 from a verb of climbing or falling at most seven words before the phrase, in its clause (or the clause
        a comma or colon right before it closes), or
        right after it ("Sieben Plätze verliert damit die Fächerstadt"), or ending, with no negation, the clause of at
        most nine words that the phrase opens at the start of its sentence."""
        for token in reversed(span.doc[max(span.sent.start, span.start - 7) : span.start]):  # "verliert die Stadt gegenüber dem Vorjahr sieben Plätze"
            if token.is_punct and token.text not in ("–", "—") and not (token.i == span.start - 1 and token.text in (",", ":")):
                return None  # "stürzt ab – von 8 auf 19", "rutscht ab, von 43 auf 47", not over a second break
            if token.lower_ in self.directions:
                return self.directions[token.lower_]
        if span.end < span.sent.end and span.doc[span.end].lower_ in self.directions:
            return self.directions[span.doc[span.end].lower_]
        if span.start == span.sent.start:  # "Sieben Plätze hat die Stadt gegenüber dem Vorjahr gutgemacht": the verb ends the clause
            doc = span.doc
            for token in doc[span.end : min(span.sent.end, span.end + 9)]:
                if token.is_punct or token.lower_ in self.negations:
                    break
                if token.lower_ in self.directions and (token.i + 1 == len(doc) or doc[token.i + 1].is_punct or doc[token.i + 1].is_space):
                    return self.directions[token.lower_]
        return None


def _after_a_quantity(doc: Doc, i: int) -> bool:
    """Token i follows a quantity with no rank before it in its clause: "45 Punkte (zuvor 38)", "investierte 12 Millionen
    Euro (vorher 8)"; not "Platz 12 (Vorjahr: 8)", "Platz 4 mit 84,5 Punkten (Vorjahr: 2)", "Platz 13 von 83 Großstädten
    (Vorjahr: Platz 6)"."""
    quantity = False
    for j in range(i - 1, max(doc[i].sent.start, i - 9) - 1, -1):
        if doc[j].is_punct or doc[j].lower_ == "und":
            break
        if number_kind(doc[j]) in ("ord", "cardord") or doc[j].lower_ in ("platz", "rang", "position", "rangplatz"):
            return False
        quantity = quantity or number_kind(doc[j]) in ("card", "dec")
    return quantity


def _before_a_list(doc: Doc, i: int) -> bool:
    """Token i opens a list of at least three places ("Wien, Kopenhagen und Melbourne"): a place, a comma, a place."""
    while i < len(doc) and doc[i].lower_ in ARTICLES:
        i += 1
    if i >= len(doc) or doc[i].ent_type_ not in PLACE_LABELS:
        return False
    while i < len(doc) and doc[i].ent_type_ in PLACE_LABELS:
        i += 1
    return i + 1 < len(doc) and doc[i].text == "," and (doc[i + 1].ent_type_ in PLACE_LABELS or doc[i + 1].lower_ in ARTICLES)


def _clause_start(doc: Doc, i: int) -> int:
    """The first token of the clause holding token i: after the punctuation before it (not an opening quote)."""
    first = doc[i].sent.start
    while i > first and not (doc[i - 1].is_punct and doc[i - 1].text not in ("„", '"')):
        i -= 1
    return i


def _clause_end(doc: Doc, i: int) -> int:
    """The end of the clause holding token i: the next punctuation (not a closing quote) or the sentence's end."""
    last = doc[i].sent.end if i < len(doc) else i
    while i < last and not (doc[i].is_punct and doc[i].text not in ("“", '"')):
        i += 1
    return i


def _heading_of_rows(text: str, at: int) -> str:
    """The line above the numbered rows ("1. …", "2. …") whose line holds the character at `at` (empty at the
    start of the text)."""
    head = text.rfind("\n", 0, at) + 1
    while head > 0 and _ROW_START.match(text, text.rfind("\n", 0, head - 1) + 1):
        head = text.rfind("\n", 0, head - 1) + 1
    return text[text.rfind("\n", 0, head - 1) + 1 : head] if head > 0 else ""


def _is_region(doc: Doc, i: int) -> bool:
    """True when token i starts a state or region name (the gazetteer's entities)."""
    return doc[i].ent_iob_ == "B" and doc[i].ent_type_ in ("STATE", "REGION")


_ROW_START = re.compile(r"\s*\d+\.\s")
_FACT_BOX_LINE = re.compile(r"\s*(?:[-•*–]\s*)?(?:(?:Platz|Rang|Position)\s+\S+|\d+\.|[A-ZÄÖÜ][\w .()/-]{0,40}):")


_PARENTHESES = re.compile(r"\([^()]*\)")


def _last_word(sent) -> str:
    """The sentence's last word, lower-case (punctuation and spaces left out)."""
    return next((t.lower_ for t in reversed(sent) if not (t.is_punct or t.is_space)), "")


def _after_a_year_item(doc: Doc, start: int) -> bool:
    """"2021: 6 (81)": a parenthesis after an item of a series of editions holds another figure of that edition."""
    return start >= 3 and number_kind(doc[start - 1]) is not None and doc[start - 2].text == ":" and number_kind(doc[start - 3]) == "year"


def _in_a_fact_box(doc: Doc, start: int, end: int) -> bool:
    """The match closes a line that opens with a rank or a name and a colon ("Platz 1: Landkreis München (2022: 1)")."""
    text = doc.text
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    line_end = text.find("\n", doc[end - 1].idx)
    rest = text[doc[end - 1].idx + len(doc[end - 1].text) : line_end if line_end != -1 else len(text)]
    label = _FACT_BOX_LINE.match(text, line_start)  # its colon before the match: not the one of "(2024: 9)"
    return label is not None and label.end() <= doc[start].idx and not rest.strip(" .,;")


def _among_scores(doc: Doc, start: int, end: int) -> bool:
    """"vor Hamburg (47,7) und Köln (46)": a parenthesis beside "(46)" in the same list (only places, commas and "und"
    between) holds a decimal, so the list's parentheses are scores, not ranks."""
    sent = doc[start].sent
    joiners = (",", "und", "sowie")
    i = start - 1
    while i > sent.start and (doc[i].ent_type_ or doc[i].text in joiners):
        i -= 1
    if i - 2 >= sent.start and doc[i].text == ")" and number_kind(doc[i - 1]) == "dec" and doc[i - 2].text == "(":
        return True
    i = end
    while i < sent.end and (doc[i].ent_type_ or doc[i].text in joiners):
        i += 1
    return i + 2 < sent.end and doc[i].text == "(" and number_kind(doc[i + 1]) == "dec" and doc[i + 2].text == ")"


def _value(token):
    kind = number_kind(token)
    value = token._.ap_ord if kind in ("ord", "prevord") else token._.ap_card
    if isinstance(value, float) and value.is_integer() and kind != "dec":
        return int(value)
    return value


@Language.factory("articleparse_rank_phrases", assigns=["doc.spans"])
def make_rank_phrases(nlp: Language, name: str) -> RankPhraseMatcher:
    return RankPhraseMatcher(nlp, name)
