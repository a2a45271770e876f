"""Year and category focus: which edition and which category a rank phrase is about, as the text is read."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from articleparse.assembly.draft import Subject
from articleparse.assembly.words import (
    CATEGORY_LEAD_WORDS,
    CATEGORY_LIST_WORDS,
    CATEGORY_NOUNS,
    CLAUSE_BREAKS,
    CONTRAST_WORDS,
    FLASHBACK_WORDS,
    GAPPED_CLAUSE_WORDS,
    LIKEWISE_WORDS,
    LIST_JOINERS,
    LIST_NOUNS,
    OBJECT_RELATIVE_PRONOUNS,
    OTHER_TIME_WORDS,
    PAST_RANK_VERBS,
    PLURAL_EDITION_NOUNS,
    PRESENT_WORDS,
    RANK_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SAME_COUNT_WORDS,
    SINCE_WORDS,
    WIN_VERBS,
)


class Focus:
    """The year and the category of a phrase: written beside it, carried by a narrative, or in focus."""

    def _narrate(self, sent: SpacySpan) -> None:
        """Years that set the time of a narrative for the rest of the paragraph: a year opening the
        sentence ("2021 blieb Hamburg …"), "ein Jahr später", "in der ersten Ausgabe"; "In diesem Jahr" ends it."""
        flashback = (not FLASHBACK_WORDS.isdisjoint(self._lowers_of(sent))
                     and any(t.lower_ in FLASHBACK_WORDS and not _once_more(t) for t in sent))
        phrases = self.phrases_in.get(self.sentence_of[sent.start], [])
        statements = [p for p in phrases if p.label_ in ("rank", "claim", "move")]
        totals = [p for p in phrases if p.label_ == "total"]
        for year in self.years_in.get(self.sentence_of[sent.start], []):
            if any(t.start <= year.start < t.end for t in totals) or self._closed_apposition(year, sent.end) or self._parenthetical(year):
                continue  # "nach 81 im Jahr 2023", "Kiel, 2019 Gründungsmitglied, …", "1. München (2024: 1)": the year tells no story
            opening = year.start - sent.start <= 3 or not any(p.start < year.start for p in statements)
            if ((year.label_ == "explicit" and year.start - sent.start <= 3) or (year.label_ == "edition" and opening)) and not flashback:
                self.narrative_year = year._.ap_year["year"]
            elif year.label_ == "relative" and year._.ap_year.get("offset") == 0 and year.start - sent.start <= 1:
                self.narrative_year = None  # "In diesem Jahr …": back to the edition reported on
            elif year.label_ == "narrative" and opening and not year._.ap_year.get("aside"):  # not "Rang zwölf, ein Jahr zuvor noch Rang sieben"
                base = self._narrative_base(year, None)
                if base is not None:
                    if year._.ap_year["offset"] < 0 and any(t.lower_ in FLASHBACK_WORDS and not _once_more(t)
                                                            and not year.start <= t.i < year.end for t in sent):
                        self.looked_back_from = (self.narrative_year,)  # "Zwei Jahre zuvor hatte es noch für Rang 19
                        # gereicht": a look back for this sentence only, the story stays where it was
                    self.narrative_year = base + year._.ap_year["offset"]
            elif year.label_ == "first_edition":
                info = self.knowledge.ranking(self._ranking_at(year)) if self.ranking_mentions else None
                if info and info.editions:
                    self.narrative_year = min(e.year for e in info.editions)

    def _narrative_base(self, year: SpacySpan, fallback: int | None) -> int | None:
        """What "zwei Jahre später/zuvor" counts from: a year written before it in its sentence ("lag 2022 auf
        Rang 9, zwei Jahre später …"); the edition reported on when the sentence turns to now after it ("Drei Jahre
        zuvor noch Zehnter, diesmal nur Zwanzigster"); else the year of the statement before it, else `fallback`."""
        years = self.years_in.get(self.sentence_of[year.start], [])
        before = [y for y in years if y.end <= year.start and y.label_ in ("explicit", "edition")]
        if before:
            return before[-1]._.ap_year["year"]
        if year._.ap_year["offset"] < 0 and self.ranking_mentions and any(
                y.label_ == "relative" and y._.ap_year.get("now") and y.start > year.end and self._rank_told_from(y.end) for y in years):
            edition = self.editions.get(self._ranking_at(year))
            if edition is not None:
                return edition
        return self.last_year if self.last_year is not None else fallback

    def _rank_told_from(self, i: int) -> bool:
        """A rank phrase of the sentence starts at token i or after it in its clause ("diesmal nur Zwanzigster"; not "…, wie
        man heute kaum noch weiß")."""
        return any(p.label_ in ("rank", "claim") and p.start >= i and not self._clause_break(i, p.start)
                   for p in self.phrases_in.get(self.sentence_of[i], []))

    def _year_at(self, phrase: SpacySpan, phrases, ranking: str) -> int | None:
        """The year a phrase is about: a year written before it in its sentence (with another statement between
        only a written year, and no word of contrast), or right after it; else the year a narrative has reached,
        else the edition year of its ranking."""
        edition = self.editions.get(ranking)
        statements = [p for p in phrases if p.label_ in ("rank", "claim") and p is not phrase]
        best = None
        for year in self.years_in.get(self.sentence_of[phrase.start], []):
            if self._when_clause(year, phrase):  # "Verglichen mit 2022, als Darmstadt noch Zehnter war"
                best = year
                continue
            if self._rank_of_that_year(year) or (year.label_ == "last" and not self._right_before(year, phrase)) or (
                    year._.ap_year.get("streak") and not self._streak_told(year)):
                continue  # "hält seinen Platz von 2018 und wird 18.": the year of the rank held, not of the statement
            if year[0].lower_ in ROLE_NOUNS and not phrase.start <= year.start < phrase.end:
                continue  # "Der Vorjahressieger muss nur München den Vortritt lassen": the role's time, not the statement's
            if year.label_ not in ("explicit", "relative", "edition", "narrative", "then", "last") or (
                    self._parenthetical(year) and not phrase.start <= year.start < phrase.end) or self._closed_apposition(year, phrase.start) or (
                    year.label_ == "then" and ((year.start > 0 and self.doc[year.start - 1].lower_ == "wie")
                                               or (year.end < len(self.doc) and self.lowers[year.end] == "wie"))):
                continue  # "ist wie damals Zehnter", "damals wie heute": they compare, they are not the time of the statement
            before = year.end <= phrase.start or year.start < phrase.start < year.end  # "zwei Jahre zuvor Zehnter": "zuvor" shared
            gapped = before and self._gapped_after(year, phrase, statements)
            if before and year.start not in self.years_used_after and not any(
                s.start <= year.start < s.end and not s._.ap_phrase.get("displaced") for s in statements
            ) and (not any(year.end <= s.start < phrase.start for s in statements) or (
                (year.label_ in ("explicit", "edition", "narrative") or gapped)  # "2018: Platz eins, Münster Zweiter"
                and not any(t.lower_ in CONTRAST_WORDS and not _once_more(t) and not self._in_a_year_told_after(t.i, phrase)
                            for t in self.doc[self._contrast_from(year, phrase, statements, gapped) : phrase.end])
            )):
                if not (year._.ap_year.get("now") and best is not None and best.label_ in ("explicit", "edition")
                        and not any(best.end <= p.start < year.start for p in phrases if p.label_ in ("rank", "claim", "move"))):
                    best = year  # "Im Index 2024 liegt Kiel nun auf Platz 3": "nun" does not override 2024
            elif year.start not in self.years_used_after and (
                year.start == phrase.end
                or (0 < year.start - phrase.end <= 2 and all(
                    t.lower_ in ("im", "in", "bei", "beim", "der", "des", "dem", "jahr", "jahre", "ausgaben", "(")
                    for t in self.doc[phrase.end : year.start])
                    and not (year.end < len(self.doc) and self.doc[year.end].text == ":"))  # "nach Rang fünf in der Vorjahresausgabe", not "(Vorjahr: 15)"
                or (year.label_ == "then" and 0 < year.start - phrase.end <= 2 and not self._clause_break(phrase.end, year.start))
            ):  # "Die Plätze eins bis vier belegten seinerzeit München, …"
                best = year  # also over a year before: "Im Index 2025 fiel Köln von Rang 26 im Vorjahr auf Rang 65"
                self.years_used_after.add(year.start)
            elif phrase.start <= year.start and year.end <= phrase.end and "prev_rank" not in phrase._.ap_phrase:
                best = year
        if best is None and not statements:  # "Schlusslicht … war 2018 Bagdad": the one year of a one-statement sentence
            named = [y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y.label_ == "explicit"
                     and not phrase.start <= y.start < phrase.end  # "auf Rang 30 (2023: 25)": the earlier rank's year
                     and not (y.end < len(self.doc) and self.doc[y.end].text == ":")  # "mit 61 Punkten (2024: 58)"
                     and not self._other_time(y) and not self._rank_of_that_year(y)
                     and not any(t.text in (";", ":") for t in self.doc[min(y.end, phrase.end) : max(y.start, phrase.start)])
                     and not self._closed_apposition(y, phrase.start) and not self._likewise(y)
                     and not self._in_a_clause_looking_back(y, phrase)]
            if len({y._.ap_year["year"] for y in named}) == 1:
                best = named[0]
        if best is None and self.narrative_year is not None and not any(  # "Remscheid auf Rang 82 … liegen diesmal knapp vor uns"
                y.label_ == "relative" and y._.ap_year.get("now") and y.start >= phrase.end and not self._clause_break(phrase.end, y.start)
                for y in self.years_in.get(self.sentence_of[phrase.start], [])):
            self.last_year = self.narrative_year
            return self.narrative_year
        if best is None and self._past_relative_clause(phrase):
            self.last_year = self._shift(ranking, edition, -1)
            return self.last_year
        self.last_year = self._resolve_year(best, edition, ranking)
        return self.last_year

    def _past_relative_clause(self, phrase: SpacySpan) -> bool:
        """"Wien, das dreimal in Folge an der Spitze stand, muss sich den zweiten Platz nun teilen": a rank in a relative
        clause told in the past, in a sentence whose main clause speaks of now, is of the edition before."""
        sent = self.sent(phrase)
        start = next((i for i in range(phrase.start - 1, sent.start, -1) if self.texts[i] == ","), None)
        end = next((i for i in range(phrase.end, sent.end) if self.texts[i] in (",", ";", "–")), None)
        if start is None or end is None or self.lowers[start + 1] not in RELATIVE_PRONOUNS or self.lowers[end - 1] not in PAST_RANK_VERBS:
            return False
        return not PRESENT_WORDS.isdisjoint(self.lowers[end:sent.end])

    def _streak_told(self, streak: SpacySpan) -> bool:
        """"Nach zwei Jahren auf Rang drei ist Köln auf den vierten Platz gerutscht": the count of editions on a rank is a
        streak before the year only when the sentence tells a rank of that year after it (not "ist nach zwei Jahren auf
        Rang drei zurückgekehrt")."""
        ranks = [p for p in self.phrases_in.get(self.sentence_of[streak.start], []) if p.label_ in ("rank", "claim")]
        first = next((p for p in ranks if p.start >= streak.end), None)
        return first is not None and any(p.start >= first.end for p in ranks)

    def _gapped_after(self, year: SpacySpan, phrase: SpacySpan, statements) -> bool:
        """"Im Vorjahr lag Wien noch auf Rang eins, Kopenhagen auf Rang zwei und Zürich auf Rang drei", "…, im Bereich
        Mobilität auf Rang fünf", "…, der Landkreis auf Platz zwei": the statements after the year's own are clauses
        without a verb (places, references, categories, "auf" and the like, joined by commas and "und"), so they share its
        time; not "…, und Zürich blieb Zweiter", a clause with a verb of its own, nor after "nun", no time told of the past."""
        own = next((s for s in statements if s.start >= year.end), None)
        if own is None or own.start >= phrase.start or year._.ap_year.get("now"):
            return False
        inside = {i for s in statements for i in range(s.start, s.end)}
        in_category = {i for c in self.categories_in.get(self.sentence_of[phrase.start], []) for i in range(c.start, c.end)}
        return (phrase._.ap_phrase.get("elliptic") or self.lowers[phrase.start - 1] == "auf") and all(
            i in inside or i in in_category or self.texts[i] in LIST_JOINERS or self.lowers[i] in GAPPED_CLAUSE_WORDS
            or self.lowers[i] in LIST_NOUNS or self.doc[i]._.ap_place for i in range(own.end, phrase.start))

    def _in_a_year_told_after(self, i: int, phrase: SpacySpan) -> bool:
        """Token `i` in a look back another phrase took as its year, right after it: "im Zukunftsatlas 2022 …, von Platz 26
        drei Jahre zuvor auf Platz 65": "zuvor" is Platz 26's, no contrast for Platz 65."""
        return any(y.start <= i < y.end and y.start in self.years_used_after and y.start != phrase.end
                   and y._.ap_year.get("offset", 0) < 0 for y in self.years_in.get(self.sentence_of[i], []))

    def _contrast_from(self, year: SpacySpan, phrase: SpacySpan, statements, gapped: bool) -> int:
        """Where a word of contrast would set a phrase apart from a year before it: after an "als" clause; for an
        elliptic or gapped phrase after the statement it continues ("Hamburg war 2018 noch Zweiter, Hessen Dritter")."""
        start = self._after_als_clause(year)
        if phrase._.ap_phrase.get("elliptic") or gapped:
            start = max([start, *(s.end for s in statements if s.end <= phrase.start)])
        return start

    def _right_before(self, year: SpacySpan, phrase: SpacySpan) -> bool:
        """"Zuletzt war Bochum Vierter", "lag zuletzt auf Rang 4": a year at most three words before the phrase in its
        clause (five when it opens the sentence: "Zuletzt hatte es noch für Rang 28 gereicht"), not "bis zuletzt", "wie
        zuletzt", "als zuletzt", "nicht zuletzt"."""
        reach = 5 if year.start == self.sent(year).start else 3
        return (0 <= phrase.start - year.end <= reach and not self._clause_break(year.end, phrase.start)
                and not (year.start > 0 and self.lowers[year.start - 1] in ("bis", "wie", "als", "nicht")))

    def _rank_of_that_year(self, year: SpacySpan) -> bool:
        """"seinen Platz von 2018", "den Rang aus dem Vorjahr": a year that names whose rank is meant."""
        lowers = self.lowers
        i = year.start - (year.start > 0 and lowers[year.start - 1] in ("dem", "der"))
        return i >= 2 and lowers[i - 1] in ("von", "aus") and lowers[i - 2] in RANK_NOUNS

    def _likewise(self, year: SpacySpan) -> bool:
        """"…, ebenso 2021": a year after a word of likeness repeats the statement before it for that year."""
        return any(t.lower_ in LIKEWISE_WORDS for t in self.doc[max(self.sent(year).start, year.start - 3) : year.start])

    def _in_a_clause_looking_back(self, year: SpacySpan, phrase: SpacySpan) -> bool:
        """"verteidigt den ersten Platz, den sie 2024 erstmals erobert hatte": a year in a relative clause after the
        phrase that looks back (a word of flashback in it) tells of another time than the phrase. (Unlike the subjects'
        `_in_relative_clause_after`, the clause may open a few words after the phrase and with an object pronoun.)"""
        between = self.doc[phrase.end : year.start]
        comma = next((t.i for t in between if t.text == ","), None)
        if comma is None or comma + 1 >= year.start or self.lowers[comma + 1] not in (RELATIVE_PRONOUNS | OBJECT_RELATIVE_PRONOUNS):
            return False
        end = self.sent(year).end
        clause_end = next((i for i in range(comma + 1, end) if self.texts[i] in CLAUSE_BREAKS), end)
        return year.end <= clause_end and not FLASHBACK_WORDS.isdisjoint(self.lowers[comma + 1 : clause_end])

    def _closed_apposition(self, year: SpacySpan, end: int) -> bool:
        """"Karlsruhe, 2022 noch Zweiter, rutscht auf Rang drei", "Bremen, Sieger der Jahre 2018, 2020 und 2022, rutscht
        …": a year (or a list of years) in an apposition to a place, set off by commas that close before token `end` (a
        phrase's start, or the sentence's end), is the apposition's own."""
        texts, sent = self.texts, self.sent(year)  # token texts, not Token objects: this runs for every year and phrase
        if year.end > end:
            return False
        listed = [y for y in self.years_in.get(self.sentence_of[year.start], []) if y.label_ == "explicit"]
        start, stop = year.start, year.end  # the whole list of years it stands in ("Sieger der Jahre 2018, 2020 und 2022")
        for other in reversed([y for y in listed if y.end <= start]):
            if all(t in (",", "und") for t in texts[other.end : start]):
                start = other.start
        for other in (y for y in listed if y.start >= stop):
            if all(t in (",", "und") for t in texts[stop : other.start]):
                stop = other.end
        opening = next((i for i in range(start - 1, sent.start - 1, -1) if texts[i] in CLAUSE_BREAKS), None)
        closing = next((i for i in range(stop, end) if texts[i] in CLAUSE_BREAKS), None)
        return (opening is not None and closing is not None and texts[opening] == "," and texts[closing] == ","
                and opening in self.place_ending)

    def _parenthetical(self, year: SpacySpan) -> bool:
        """"(Vorjahr: 84,2)", "(2023: 25)", "(Vorjahr 7)": a year that labels a value in parentheses, not the time of a
        statement."""
        doc = self.doc
        return year.start > 0 and doc[year.start - 1].text == "(" and year.end < len(doc) and (doc[year.end].text == ":" or (
            year.end + 1 < len(doc) and doc[year.end].like_num and doc[year.end + 1].text == ")"))

    def _each_year(self, phrase: SpacySpan, ranking: str) -> list[int]:
        """"2019 und 2022 wurden jeweils 81 Städte verglichen": the years a "jeweils" total holds for — those of its
        clause, else every year the sentence tells before it ("2020 Rang 22, zwei Jahre später Platz 17 – damals unter
        jeweils 81 Großstädten"); without "jeweils", years listed after a plural ("In den Ausgaben 2018 und 2019 wurden 19
        Regionen verglichen")."""
        each = any(t.lower_ == "jeweils" for t in self.doc[max(phrase.start - 3, 0) : phrase.end])
        years = [y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y.end <= phrase.start]
        written = [y for y in years if y.label_ == "explicit"]
        explicit = [y for y in written if not self._clause_break(y.end, phrase.start)]
        for earlier in reversed([y for y in written if explicit and y.end <= explicit[0].start]):
            if self._joined(earlier.end, explicit[0].start):  # "der Jahre 2022, 2023 und 2025 … jeweils 71"
                explicit.insert(0, earlier)
        if not each:
            plural = len(explicit) > 1 and explicit[0].start > 0 and self.lowers[explicit[0].start - 1] in PLURAL_EDITION_NOUNS
            return self._with_editions_between(explicit, ranking) if plural else []
        if explicit:
            return self._with_editions_between(explicit, ranking)
        told = {self._resolve_year(y, self.editions.get(ranking), ranking) for y in years
                if y.label_ in ("explicit", "edition", "narrative")}
        return sorted(told) if len(told) > 1 and None not in told else []

    def _with_editions_between(self, years: list[SpacySpan], ranking: str) -> list[int]:
        """The years written, and for "2020 bis 2023" the ranking's editions between them too."""
        editions = self._edition_years(ranking)
        found = [y._.ap_year["year"] for y in years]
        for first, last in zip(years, years[1:]):
            if last.start - first.end == 1 and self.lowers[first.end] == "bis":
                found += [e for e in editions if first._.ap_year["year"] < e < last._.ap_year["year"]]
        return sorted(set(found))

    def _other_time(self, year: SpacySpan) -> bool:
        """"den sie schon 2022 belegt hatte": a year that is not the time of its sentence's statement."""
        return year.start > 0 and self.lowers[year.start - 1] in OTHER_TIME_WORDS

    def _repeated_year(self, phrase: SpacySpan, ranking: str) -> list[int]:
        """The earlier year a total is said to repeat: "Wie im Vorjahr wurden 173 Städte bewertet" (no rank in the
        sentence: "Wie im Vorjahr steht Sachsen an der Spitze der 16 Länder" repeats the rank), "173 Städte –
        genauso viele wie ein Jahr zuvor"."""
        sentence = self.sentence_of[phrase.start]
        if any(p.label_ in ("rank", "claim") for p in self.phrases_in.get(sentence, [])):
            return []
        doc = self.doc
        for year in self.years_in.get(sentence, []):
            before = (year.end <= phrase.start or phrase.start <= year.start < phrase.end) and year[0].lower_ == "wie" and not (
                self._clause_break(year.end, phrase.start))  # "Bewertet wurden wie im Vorjahr 173 Städte"
            wie = year.start if year[0].lower_ == "wie" else year.start - 1
            after = (phrase.end <= wie and wie >= 2 and doc[wie].lower_ == "wie"
                     and doc[wie - 2].lower_ in SAME_COUNT_WORDS and doc[wie - 1].lower_ == "viele")
            if year.label_ in ("compare", "relative", "narrative", "explicit") and (before or after):
                resolved = self._resolve_year(year, self.editions.get(ranking), ranking)
                return [resolved] if resolved is not None else []
        return []

    def _clause_year(self, phrase: SpacySpan, ranking: str) -> int | None:
        """The year named nearest to the phrase in its own clause ("bei der Premiere", "2019", "im Vorjahr"), if any."""
        own = [y for y in self.years_in.get(self.sentence_of[phrase.start], [])
               if y.label_ in ("explicit", "edition", "relative", "first_edition") and not y._.ap_year.get("now")
               and not self._clause_break(min(y.end, phrase.end), max(y.start, phrase.start))]
        if not own:
            return None
        year = min(own, key=lambda y: min(abs(y.start - phrase.end), abs(phrase.start - y.end)))
        if year.label_ == "first_edition":
            info = self.knowledge.ranking(ranking)
            return min((e.year for e in info.editions), default=None) if info else None
        return self._resolve_year(year, self.editions.get(ranking), ranking)

    def _after_als_clause(self, year: SpacySpan) -> int:
        """Where the year's statements begin: after its "als" clause ("2019, als noch 401 Kreise bewertet wurden,")."""
        doc, sent_end = self.doc, self.sent(year).end
        if year.end + 1 < sent_end and doc[year.end].text == "," and doc[year.end + 1].lower_ == "als":
            return next((t.i + 1 for t in doc[year.end + 2 : sent_end] if t.text == ","), year.end)
        return year.end

    def _when_clause(self, year: SpacySpan, phrase: SpacySpan) -> bool:
        """The phrase stands in an "als" clause right after a comparison year: "mit 2022, als Darmstadt noch Zehnter war",
        "besser als im Vorjahr, als die Stadt auf Rang 14 lag"."""
        doc = self.doc
        return (year.label_ == "compare" and year.end + 1 < phrase.start
                and doc[year.end].text == "," and doc[year.end + 1].lower_ == "als"
                and not any(t.text in (",", ";", "–") for t in doc[year.end + 2 : phrase.start]))

    def _resolve_year(self, year: SpacySpan | None, edition: int | None, ranking: str) -> int | None:
        if year is None:
            return edition
        if year.label_ == "then":  # "damals": the year written or narrated last before it
            earlier = [y for y in self.years if y.start < year.start and (y.label_ in ("explicit", "edition", "narrative") or (
                y.label_ == "relative" and not y._.ap_year.get("now")) or "year" in y._.ap_year)]  # "Vor zwei Jahren …. Damals …"
            then = self._resolve_year(earlier[-1], edition, ranking) if earlier else None
            # "damals" is never the edition reported on: with no other year before it, it is the edition before
            # ("Karlsruhe, damals Sieger, fällt auf Rang zwei")
            latest = max((y for y in self.editions.values() if y is not None), default=None)  # of any ranking of the text
            if then is not None and (then != edition or (latest is not None and then < latest)):
                return then  # "In der Deutschland-Studie kam der Kreis 2018 auf Rang drei. Erster wurde damals München" (a text on 2025)
            return self._shift(ranking, edition, -1)
        if year.label_ == "narrative":  # "ein Jahr später": after the year of the statement before it, once
            if year.start not in self.narrated:
                base = self._narrative_base(year, edition)
                self.narrated[year.start] = base + year._.ap_year["offset"] if base is not None else None
            return self.narrated[year.start]
        if "year" in year._.ap_year:
            return year._.ap_year["year"]
        if year._.ap_year.get("calendar"):  # "vor vier Jahren"
            return edition + year._.ap_year["offset"] if edition is not None else None
        return self._shift(ranking, edition, year._.ap_year["offset"])

    def _edition_years(self, ranking: str) -> list[int]:
        """The years of the ranking's known editions, in order (none when the ranking is not known)."""
        info = self.knowledge.ranking(ranking)
        return info.edition_years() if info else []

    def _shift(self, ranking: str, year: int | None, offset: int) -> int | None:
        """The edition `offset` editions before or after `year` ("Vorjahr" of a triennial ranking is its
        previous edition); plain years when the ranking's editions are not known."""
        if year is None:
            return None
        editions = self._edition_years(ranking)
        for _ in range(-offset):
            earlier = [y for y in editions if y < year]
            year = earlier[-1] if earlier and year in editions else year - 1
        return year + offset if offset > 0 else year

    def _since_in_another_clause(self, year: SpacySpan, phrase: SpacySpan) -> bool:
        """"Köln, seit 2019 mit einem eigenen Digitalamt, liegt wieder auf Platz 6", "Ich lebe seit 2019 in Hamburg, und …":
        "seit" a year of an apposition or of another main clause before the phrase (not "Seit 2021, als …, hat sie drei
        Plätze verloren")."""
        return year[0].lower_ == "seit" and year.end <= phrase.start and (self._closed_apposition(year, phrase.start) or any(
            self.texts[i] == "," and self.lowers[i + 1] == "und" for i in range(year.end, phrase.start - 1)))

    def _could_be_edition(self, ranking: str, year: int) -> bool:
        """Whether the ranking may have appeared in `year`: a year among or between its known editions must be one of
        them; one before the first must keep the step of editions that come at a fixed interval (2011 is no edition of
        a test held in even years)."""
        editions = self._edition_years(ranking)
        if not editions or year > editions[-1] or year in editions:
            return True
        if year > editions[0]:
            return False
        steps = {b - a for a, b in zip(editions, editions[1:])}
        return len(steps) != 1 or (editions[0] - year) % steps.pop() == 0

    def _edition_before(self, ranking: str, year: int | None) -> int | None:
        """The edition before `year`; where the knowledge only infers it (an annual ranking's year without listed facts),
        the latest year between the last listed edition and it that the text tells a rank of: of a placement in this
        ranking, or written in a sentence that tells a rank ("Wie schon 2016 steht Wien an der Spitze. Düsseldorf hält
        seinen Platz." on Mercer 2018 compares with 2016, though Mercer appeared in 2017 too; a year told of anything
        else, "Seit 2019 erhebt die SKL die Daten", is no edition)."""
        before = self._shift(ranking, year, -1)
        info = self.knowledge.ranking(ranking)
        if before is None or info is None or not info.annual or info.edition(before) is not None:
            return before
        listed = max((e.year for e in info.editions if e.year < before), default=None)
        told = [p.year for p in self.draft.placements if p.ranking == ranking and p.year is not None]
        told += [y._.ap_year["year"] for y in self.years if "year" in y._.ap_year and any(  # "– wie schon in der Ausgabe 2016"
            p.label_ in ("rank", "claim", "move", "range") for p in self.phrases_in.get(self.sentence_of[y.start], []))]
        return max((y for y in told if (listed is None or listed <= y) and y < before), default=before)

    def _compare_year(self, phrase: SpacySpan, to_year: int | None, ranking: str, subject: Subject,
                      category: str | None) -> int | None:
        """The year a movement or a held rank is measured from: one the sentence names ("als im Vorjahr",
        "gegenüber 2022", "in sechs Jahren"); in a sentence that spans time ("drei Jahre später", "bis 2022",
        "seitdem", "verglichen damit") the year of the subject's last rank told earlier in the paragraph; else the
        edition before."""
        last_told = self._spans_time(phrase)
        sentence, answer = self.sentence_of[phrase.start], self._answer_sentence(phrase)
        moves = [p for p in self.phrases_in.get(sentence, []) if p.label_ == "move" and p is not phrase]
        years = sorted(self.years_in.get(sentence, []), key=lambda y: (  # those of the phrase's clause first, the nearest first
            self._clause_break(min(y.end, phrase.end), max(y.start, phrase.start)),
            min(abs(y.start - phrase.end), abs(phrase.start - y.end))))
        for year in [*years, *self.years_in.get(answer, [])]:  # "Wer …? Wie schon 2022 Kiel."
            if year.label_ == "then" and phrase.start <= year.start < phrase.end:  # "wie damals": the year told before
                return self._resolve_year(year, self.editions.get(ranking), ranking)
            low, high = min(year.start, phrase.start), max(year.end, phrase.end)
            if year.label_ == "compare" and not any(low <= m.start < high for m in moves):  # the nearest movement's
                if "year" in year._.ap_year:
                    if not self._could_be_edition(ranking, year._.ap_year["year"]) or self._since_in_another_clause(year, phrase):
                        continue  # "Ich fahre seit 2011 … steht wieder ganz oben": no edition of a biennial test
                    return year._.ap_year["year"]
                if year._.ap_year.get("last_told"):  # "verglichen damit": with the rank told just before
                    last_told = True
                    break
                if year._.ap_year.get("calendar"):  # "ein Minus von 29 Plätzen in sechs Jahren"
                    return to_year + year._.ap_year["offset"] if to_year is not None else None
                return self._shift(ranking, to_year, year._.ap_year["offset"])
        paragraph = self._paragraph(phrase.start_char)
        if not last_told:
            return self._edition_before(ranking, to_year)
        told = [(evidence.end, key[3]) for key, evidences in self.stated_evidence.items()
                if key[:3] == (subject.name, ranking, category) and key[3] is not None and to_year is not None
                and key[3] < to_year for evidence in evidences
                if evidence.end <= phrase.start_char and self._paragraph(evidence.start) == paragraph]
        told += [(m.evidence.end, m.to_year) for m in self.draft.movements  # "büßte sie 2018 einen Platz ein und ist um weitere …"
                 if (m.entity, m.ranking, m.category) == (subject.name, ranking, category) and m.to_year is not None
                 and to_year is not None and m.to_year < to_year and m.evidence.end <= phrase.start_char
                 and self._paragraph(m.evidence.start) == paragraph]
        return max(told)[1] if told else self._edition_before(ranking, to_year)

    def _spans_time(self, phrase: SpacySpan) -> bool:
        """The phrase's sentence spans time since a rank told before: "seitdem", "seither", "um weitere N Plätze",
        "bis 2022", or a narrative year ("drei Jahre später")."""
        sent, doc = self.sent(phrase), self.doc
        if any(t.lower_ in SINCE_WORDS for t in sent) or any(t.lower_ in ("weitere", "weiteren") for t in phrase):
            return True  # "seitdem", "um neun weitere Ränge": on from the rank told last
        if any(t.lower_ == "bis" and t.i + 1 < sent.end and doc[t.i + 1]._.ap_kind == "year" for t in sent):
            return True
        return any(y.label_ == "narrative" for y in self.years_in.get(self.sentence_of[phrase.start], []))

    def _category_at(self, phrase, phrases, categories, category_focus, ranking) -> str | None:
        """The category a phrase is about: one named before it in its sentence ("bei diesem Thema" reaches
        back further), one named right after it, else the category in focus; only the ranking's own."""
        own = [c for c in categories if ranking in c._.ap_gaz["rankings"]]
        inside = [c for c in own if phrase.start <= c.start and c.end <= phrase.end]
        if inside:  # "führt 2022 erstmals das Dynamikranking des IW-Städterankings an"
            return inside[0].label_
        joined = next((c for c in own if self._right_after_rank(phrase, c)), None)
        if joined is not None:  # "Bonn liegt auf Rang 8 bei der Mobilität", "auf Platz fünf des Niveaurankings"
            return joined.label_
        before = [c for c in own if c.end <= phrase.start]
        won = [c for c in before if self._won(c) and self._own_year_after_semicolon(c.end, phrase.start)]
        before = [c for c in before if c not in won]
        markers = [p for p in phrases if p.label_ in ("category_ref", "overall") and not any(0 <= c.start - p.end <= 1 for c in won)]
        if phrase[0].lower_.startswith("gesamt"):  # "Gesamtsieger wird Hamburg"
            return None
        marker = next((m for m in reversed(markers) if m.end <= phrase.start), None) or next(
            (m for m in markers if m.start >= phrase.end and not self._clause_break(phrase.end, m.start)
             and not any(t.lower_ in ("als", "wie") for t in self.doc[phrase.end : m.start])), None)  # not "besser als in der Gesamtwertung"
        if marker is not None and marker.label_ == "overall":
            between = [c for c in before if c.start >= marker.end]  # "im Gesamtranking nur Vierzehnter, in der Kategorie X Erster"
            return between[-1].label_ if between else None
        if marker is not None and any(m.label_ == "overall" and m.end <= marker.start for m in markers) and not any(
                c.start < marker.start for c in before):
            return None  # "Im Gesamtindex …: Dort kommt Nürnberg auf Rang acht"
        if marker is not None and marker.label_ == "category_ref" and not before and self._overall_before(phrase):
            return None  # "In der Gesamtwertung fällt die Bilanz gemischter aus. Dort landet Stuttgart auf Rang acht"
        if marker is not None:  # "bei diesem Thema", "Sieger dieser Kategorie"
            if before:
                return before[-1].label_
            if self.last_category and ranking in self.last_category[1]._.ap_gaz["rankings"]:
                return self.last_category[0]
        if before:
            return before[-1].label_
        after = [c for c in own if (phrase.end <= c.start <= phrase.end + 4
                 and not any(t.lower_ in ("und", "sowie", "aber", "doch") or t.is_punct for t in self.doc[phrase.end : c.start]))
                 or (phrase.end <= c.start <= phrase.end + 8 and all(w in CATEGORY_LEAD_WORDS for w in self.lowers[phrase.end : c.start]))]
        # "Platz 11 in der Klasse der Städte über 500.000 Einwohner"
        if after:
            return after[0].label_
        if category_focus and ranking in category_focus[1]._.ap_gaz["rankings"]:
            return category_focus[0]
        return None

    def _own_year_after_semicolon(self, start: int, end: int) -> bool:
        """A semicolon between the tokens and a year of its own after it: "…; 2024 fiel die Stadt auf Rang 46 zurück" (not
        "…; dort liegt Hamburg auf Rang zwei")."""
        semicolon = next((i for i in range(start, end) if self.texts[i] == ";"), None)
        return semicolon is not None and any(semicolon < y.start < end for y in self.years_in.get(self.sentence_of[start], [])) and not any(
            self.lowers[i] in ("dort", "hier", "dieser") for i in range(semicolon, end))  # "…; 2024 lag die Stadt dort auf Rang drei"

    def _won(self, category: SpacySpan) -> bool:
        """"gewann zugleich die Kategorie IT und Kommunikation": a category won, which is no setting for a next part of the
        sentence about another year ("; 2024 fiel die Stadt auf Rang 46 zurück")."""
        return any(t.lower_ in WIN_VERBS for t in self.doc[max(0, category.start - 4) : category.start])

    def _overall_before(self, phrase: SpacySpan) -> bool:
        """The sentence before names the overall table and no category after it."""
        index = self.sentence_of[phrase.start] - 1
        if index < 0:
            return False
        overall = [p.end for p in self.phrases_in.get(index, []) if p.label_ == "overall"]
        return bool(overall) and not any(c.start >= max(overall) for c in self.categories_in.get(index, []))

    def _coordinated_categories(self, phrase: SpacySpan, categories, category: str | None) -> list[str | None]:
        """"In den Kategorien Digitale Infrastruktur sowie Governance steht Hamburg jeweils an der Spitze", "gewinnt die
        Bereiche Mobilität und Gesellschaft": a rank said of categories joined before or right after it holds in each
        of them — unless another rank of the sentence takes one ("Erster bei Mobilität und bei Verwaltung nur Dritter")."""
        ranks = [p for p in self.phrases_in.get(self.sentence_of[phrase.start], []) if p.label_ == "rank" and p is not phrase]
        after = [c for c in categories if c.start >= phrase.end]
        if (category is not None and after and after[0].label_ == category and after[0].start - phrase.end <= 4
                and not any(p.start >= phrase.end for p in ranks)):
            shared = [after[0]]
            for right in after[1:]:
                between = self.doc[shared[-1].end : right.start]
                if not (len(between) <= 3 and any(t.lower_ in ("und", "sowie") for t in between)
                        and all(t.lower_ in ("und", "sowie", ",") or t.lower_ in CATEGORY_LIST_WORDS for t in between)):
                    break
                shared.append(right)
            return [c.label_ for c in shared]
        before = [c for c in categories if c.end <= phrase.start]
        if category is None or not before or before[-1].label_ != category:
            return [category]
        shared = [before[-1]]
        for left in reversed(before[:-1]):
            if any(0 <= left.start - p.end <= 3 for p in ranks):
                break  # Mobilität is the first rank's
            between = self.doc[left.end : shared[0].start]
            if not (len(between) <= 4 and any(t.lower_ in ("und", "sowie", ",") for t in between)
                    and all(t.lower_ in ("und", "sowie", ",") or t.lower_ in CATEGORY_LIST_WORDS or t.lower_ in CATEGORY_NOUNS
                            for t in between)):
                break
            shared.insert(0, left)
        return [c.label_ for c in shared]

    def _only_categories(self, focus) -> bool:
        """A category stays in focus across paragraphs for rankings without an overall table."""
        if focus is None:
            return False
        info = self.knowledge.ranking(self._ranking_at(focus[1]))
        return info is not None and not info.overall


def _once_more(token: Token) -> bool:
    """"noch einmal", "noch mal": once more, not the "noch" of an earlier time."""
    return token.lower_ == "noch" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("einmal", "mal")
