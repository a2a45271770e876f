"""Derivation after reading: movements implied by two ranks, ranks implied by a movement or a distance, goals
and repeats dropped, first and last claims."""
from __future__ import annotations

import re

from articleparse.assembly.draft import HELD_FROM_BEFORE, Subject
from articleparse.assembly.words import COMPARISON_WORDS, CORRECTION_CUES, GIVEN_UP_VERBS, GOAL_WORDS, UNIT_WORDS
from articleparse.report import Movement, Placement, Span

_LISTED_BETWEEN = re.compile(r"(?:[\s,;:·|/–—-]|und|sowie|(?:19|20)\d\d|\(\d[\d.,]*\))*")  # "2021: 6 (81); 2022: 3", "· 2023: 6"
_YEAR = re.compile(r"(?:19|20)\d\d")


class Derivation:
    """Records that follow from the records read."""

    def _drop_corrected(self) -> None:
        """"Freiburg sei auf Platz zwölf gelandet. Die Zahl stimmt so nicht. … belegt Freiburg Rang 14": a rank that a
        later one of the same place, table and edition replaces, within three sentences and with a word of correcting
        after the first, was reported and corrected; it goes, and so do movements told with it."""
        stated = [(p, self._sentence_at(p.evidence.start)) for p in self.draft.placements if not p.derived]
        corrected = [first for first, one in stated if any(
            (second.entity, second.ranking, second.category, second.year) == (first.entity, first.ranking, first.category, first.year)
            and second.rank != first.rank and one < two and (self._denies_rank(two, first.rank) or two <= one + 3 and any(
                CORRECTION_CUES.search(self.sentences[i].text.lower()) for i in range(one + 1, two + 1)))
            for second, two in stated) or any(
            (second.ranking, second.category, second.year, second.rank) == (first.ranking, first.category, first.year, first.rank)
            and second.entity != first.entity and one < two and self._denies_place(two, first.entity)
            for second, two in stated)]
        if not corrected:
            return
        self.draft.placements = [p for p in self.draft.placements if not any(p is c for c in corrected)]
        self.placement_keys = {(p.entity, p.ranking, p.category, p.year, p.rank): i for i, p in enumerate(self.draft.placements)}
        for c in corrected:
            self.stated_evidence.pop((c.entity, c.ranking, c.category, c.year, c.rank), None)
        self.draft.movements = [m for m in self.draft.movements if not any(
            m.entity == c.entity and m.evidence.start < c.evidence.end and c.evidence.start < m.evidence.end for c in corrected)]

    def _drop_overruled_holds(self) -> None:
        """"Münster war Zweiter. … „Wir sind wieder die Nummer eins“": a rank read as held into the edition before goes,
        with its movement of 0, where the text writes another rank of that place and edition."""
        written = {(p.entity, p.ranking, p.category, p.year, p.rank) for p in self.draft.placements if not p.derived}
        overruled = [p for p in self.draft.placements if p.derived and p.derived_from == HELD_FROM_BEFORE and any(
            key[:4] == (p.entity, p.ranking, p.category, p.year) and key[4] != p.rank for key in written)]
        if not overruled:
            return
        self.draft.placements = [p for p in self.draft.placements if not any(p is o for o in overruled)]
        self.placement_keys = {(p.entity, p.ranking, p.category, p.year, p.rank): i for i, p in enumerate(self.draft.placements)}
        self.draft.movements = [m for m in self.draft.movements if not (m.places == 0 and any(
            (m.entity, m.ranking, m.category, m.from_year) == (o.entity, o.ranking, o.category, o.year)
            and m.evidence.start < o.evidence.end and o.evidence.start < m.evidence.end for o in overruled))]

    def _denies_rank(self, sentence: int, rank: int) -> bool:
        """"Leverkusen steht auf Platz 74, nicht 47", "…, nicht auf Rang 47": the sentence denies the rank written before (a
        number right after "nicht" or its "Platz"/"Rang", not "nicht mehr als drei Plätze")."""
        sent, doc = self.sentences[sentence], self.doc
        for t in sent:
            if t.lower_ != "nicht":
                continue
            i = t.i + 1 + (t.i + 1 < sent.end and doc[t.i + 1].lower_ == "auf")
            i += i < sent.end and doc[i].lower_ in ("platz", "rang")
            if i < sent.end and (doc[i]._.ap_card == rank or doc[i]._.ap_ord == rank) and not (
                    i + 1 < sent.end and (doc[i + 1].lower_ in UNIT_WORDS or doc[i + 1].lower_.startswith(("plätz", "räng")))):
                return True
        return False

    def _denies_place(self, sentence: int, entity: str) -> bool:
        """"Nicht Niedersachsen, sondern Nordrhein-Westfalen liegt auf Rang vier": the sentence denies the place named before
        with the rank."""
        sent = self.sentences[sentence]
        return any(t.lower_ == "nicht" and (place := self.place_at.get(t.i + 1)) is not None and place.label_ == entity
                   and any(u.lower_ == "sondern" for u in self.doc[place.end : min(place.end + 2, sent.end)]) for t in sent)

    def _sentence_at(self, char: int) -> int:
        """The index of the sentence holding the character."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.sentence_of[span.start] if span is not None else -1

    def _implied_movements(self) -> None:
        """Two written ranks of consecutive editions set against each other — in one sentence or neighbouring ones
        of a paragraph ("im Vorjahr noch Rang 9, ist nun Zehnter"), or anywhere when a verb of climbing or falling
        stands beside the later one — state a movement; ranks of editions further apart, or merely listed one after
        another, only with a word of comparison or change."""
        groups: dict[tuple, list[Placement]] = {}
        for p in self.draft.placements:
            if not p.derived and p.year is not None:
                groups.setdefault((p.entity, p.ranking, p.category), []).append(p)
        have = {(m.entity, m.ranking, m.category, m.from_year, m.to_year) for m in self.draft.movements}
        for (entity, ranking, category), stated in groups.items():
            for later in stated:
                previous = self._edition_before(ranking, later.year)
                # the edition before, else the latest earlier one told ("Vor drei Jahren stand sie noch auf Platz acht")
                earlier_years = sorted({p.year for p in stated if p.year < later.year}, key=lambda y: (y != previous, -y))
                for earlier in sorted((p for p in stated if p.year in earlier_years[:1]), key=lambda p: p.rank):
                    if (entity, ranking, category, earlier.year, later.year) in have:
                        continue
                    if self._set_against_a_later_edition(earlier, later):
                        continue
                    earlier_key = (entity, ranking, category, earlier.year, earlier.rank)  # told, or also derived later on
                    pair = self._set_against(self.stated_evidence[earlier_key] + self.derived_evidence.get(earlier_key, []),
                                             self.stated_evidence[(entity, ranking, category, later.year, later.rank)])
                    if pair is None or ((earlier.year != previous or self._told_in_a_row(*pair)) and (not self._compared(*pair) or any(
                            key[:3] == (entity, ranking, category) and key[4] == later.year for key in have))):
                        continue  # a later rank already reached by a stated movement is not measured again
                    start, end = min(pair[0].start, pair[1].start), max(pair[0].end, pair[1].end)
                    evidence = self._span(self.doc, start, end)
                    self._movement(Movement(
                        entity=entity, ranking=ranking, category=category, from_year=earlier.year,
                        to_year=later.year, places=earlier.rank - later.rank, evidence=evidence))
                    direction = self._worded_direction(start, end)
                    if direction is not None:
                        self.draft.directions.append((entity, direction, earlier.rank - later.rank, evidence))
                    have.add((entity, ranking, category, earlier.year, later.year))
        self._moved_from_a_derived_rank(groups, have)

    def _set_against_a_later_edition(self, earlier: Placement, later: Placement) -> bool:
        """"Im Index 2023 standen wir noch auf Rang 70; seitdem sind wir um vier Plätze abgerutscht": the sentence of the
        earlier rank goes on to state its movement to an edition after the later one, so sets it against that one only."""
        told: dict[int, int] = {}  # sentence → where the earlier rank told in it ends first
        for e in self.stated_evidence[(earlier.entity, earlier.ranking, earlier.category, earlier.year, earlier.rank)]:
            sentence = self._sentence_at(e.start)
            told[sentence] = min(told.get(sentence, e.end), e.end)
        return any((m.entity, m.ranking, m.category, m.from_year) == (earlier.entity, earlier.ranking, earlier.category, earlier.year)
                   and m.to_year is not None and m.to_year > later.year
                   and m.evidence.start >= told.get(self._sentence_at(m.evidence.start), len(self.text) + 1)
                   for m in self.draft.movements)

    def _moved_from_a_derived_rank(self, groups: dict[tuple, list[Placement]], have: set[tuple]) -> None:
        """"Stuttgart verdrängt Köln vom dritten Platz. Die Domstadt rutscht auf Rang vier ab": a rank of the edition
        before that the text gives in one step (the place ousted, a neighbour) and a written rank with a verb of climbing
        or falling beside it in one sentence or neighbouring ones, or a word of comparison in one sentence ("…, die
        Domstadt ist nun Vierte"), state a movement."""
        for p in self.draft.placements:
            if not p.derived or p.year is None:
                continue
            stated = groups.get((p.entity, p.ranking, p.category), [])
            for later in stated:
                if (later.year != self._shift(p.ranking, p.year, 1) or (p.entity, p.ranking, p.category, p.year, later.year) in have
                        or any(q.year == p.year for q in stated)):
                    continue
                told = self.derived_evidence.get((p.entity, p.ranking, p.category, p.year, p.rank), [p.evidence])
                written = self.stated_evidence[(p.entity, p.ranking, p.category, later.year, later.rank)]
                first, second = next(((d, e) for d in told for e in written if e.start >= d.end and self._moved_to(d, e)), (None, None))
                if second is None:  # each telling of the derived rank ("entthront Wien" in the headline, "verdrängt … Wien" later)
                    continue
                evidence = self._span(self.doc, first.start, second.end)
                self._movement(Movement(entity=p.entity, ranking=p.ranking, category=p.category, from_year=p.year,
                                        to_year=later.year, places=p.rank - later.rank, evidence=evidence))
                have.add((p.entity, p.ranking, p.category, p.year, later.year))

    def _moved_to(self, derived: Span, later: Span) -> bool:
        """The later rank is told as a move from the derived one: with a verb of climbing or falling beside it in the
        derived one's paragraph, or with a word of comparison in its own sentence ("…, die Domstadt ist nun Vierte") in
        the derived one's sentence or the next."""
        if self._direction_beside(later):
            return self._paragraph(later.start) == self._paragraph(derived.start)
        span = self.doc.char_span(later.start, later.end, alignment_mode="expand")
        return span is not None and self._close_sentences(derived, later) and any(  # "musste den Spitzenplatz … abgeben und wurde Zweite"
            t.lower_ in COMPARISON_WORDS or t.lower_ in GIVEN_UP_VERBS for t in self.doc[self.sent(span).start : self.sent(span).end])

    def _set_against(self, earlier: list[Span], later: list[Span]) -> tuple[Span, Span] | None:
        """Two written ranks set against each other: in one sentence or neighbouring ones, anywhere when a verb of
        climbing or falling stands beside the later one ("rutschte auf Rang 5"), or further on in the paragraph when
        the earlier one looks back."""
        pairs = [(first, second) for first in earlier for second in later
                 if not (first.start < second.end and second.start < first.end)]  # one statement of both years
        for first, second in pairs:  # ("2023 und 2024 jeweils auf Platz eins") compares nothing
            if self._close_sentences(first, second):
                return first, second
        for first, second in pairs:
            if self._direction_beside(second) or self._looks_back(first, second):
                return first, second
        return None

    def _looks_back(self, earlier: Span, later: Span) -> bool:
        """The earlier edition's rank told after the later one, further on in its paragraph or in the sentence opening
        the next, with "noch" or "damals" ("Kiel kommt auf Rang 7. In die Bewertung flossen … ein. Im Vorjahr hatte die
        Landeshauptstadt noch auf Platz zwölf gelegen")."""
        span = self.doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
        if span is None or earlier.start < later.end:
            return False
        if self._paragraph(earlier.start) != self._paragraph(later.start) and (
                self.sentence_of[span.start] != self._sentence_at(later.start) + 1):
            return False
        sent = self.sent(span)
        return any(t.lower_ in ("noch", "damals") for t in self.doc[sent.start : span.end])

    def _compared(self, first: Span, second: Span) -> bool:
        """Ranks of editions further apart are set against each other only in close sentences with a word of
        comparison or change ("noch", "zuvor", "nun", "verbessert") between or beside them."""
        if not (self._close_sentences(first, second) or self._looks_back(first, second)):
            return False
        span = self.doc.char_span(min(first.start, second.start), max(first.end, second.end), alignment_mode="expand")
        if span is None:
            return False
        window = self.doc[max(self.sent(span).start, span.start - 4) : span.end]
        return any(t.lower_ in COMPARISON_WORDS or t.lower_ in self.directions for t in window)

    def _told_in_a_row(self, first: Span, second: Span) -> bool:
        """"2021 Platz 6, 2022 Platz 3 und 2023 Platz 6": ranks merely listed one after another, with a year and
        nothing but years, commas and "und" between them, set nothing against each other (WRITING.md, a story of
        several editions) — unless a verb of climbing or falling follows them in their sentence."""
        between = self.text[min(first.end, second.end) : max(first.start, second.start)]
        if "\n" in between and all(self._on_a_bullet_line(span.start) for span in (first, second)):
            return True  # "• Smart City Index 2024: Platz 6\n• Smart City Index 2025: Platz 13": items of a list
        if not (_LISTED_BETWEEN.fullmatch(between) and _YEAR.search(between)):
            return False
        last = self.doc.char_span(max(first.start, second.start), max(first.end, second.end), alignment_mode="expand")
        return last is None or not any(t.lower_ in self.directions for t in self.doc[last.end : self.sent(last).end])  # "– Kiel klettert weiter"

    def _direction_beside(self, evidence: Span) -> bool:
        span = self.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if span is None:
            return False
        sent = self.sent(span)
        window = self.doc[max(sent.start, span.start - 4) : min(sent.end, span.end + 3)]
        return any(t.lower_ in self.directions for t in window)

    def _worded_direction(self, start_char: int, end_char: int) -> int | None:
        """+1 or -1 when a verb of climbing or falling stands between two ranks ("noch Achter, fällt auf Rang elf")."""
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        signs = {self.directions[t.lower_] for t in span if t.lower_ in self.directions} if span is not None else set()
        return signs.pop() if len(signs) == 1 else None

    def _drop_repeats_and_goals(self) -> None:
        """A rank read without a category that the text also gives in a category is that one when its ranking has no
        overall table ("IW-Städteranking 2024: Stuttgart auf Platz zwei") or a headline calls it a category win; so is
        such a movement. Ranks of editions still to come are goals and go too, with movements into such a year that no rank
        is left of ("Bis 2030 will Köln …, und Köln liegt wieder auf Platz 6"), and so does a rank taken from a neighbour's
        where the text writes another for the same place and edition ("hinter Hamburg, das den Index anführt")."""
        in_category = {(p.entity, p.ranking, p.year, p.rank) for p in self.draft.placements if p.category is not None}
        written: dict[tuple, set[int]] = {}
        for p in self.draft.placements:
            if not p.derived:
                written.setdefault((p.entity, p.ranking, p.category, p.year), set()).add(p.rank)
        headline_end = self.text.find("\n") if "\n" in self.text else len(self.text)
        self.draft.placements = [
            p for p in self.draft.placements
            if not (p.category is None and (p.entity, p.ranking, p.year, p.rank) in in_category and (
                # "Kategoriesieger Karlsruhe und Heidelberg" over the story that names the categories
                (p.evidence.start < headline_end and any(word in p.evidence.text.lower() for word in ("kategorie", "klassen")))
                or ((info := self.knowledge.ranking(p.ranking)) is not None and not info.overall)))
            and not self._a_goal(p)
            and not (p.derived and (p.entity, p.ranking, p.category, p.year, p.rank) in self.ranks_from_places
                     and p.rank not in written.get((p.entity, p.ranking, p.category, p.year), {p.rank}))]
        moved_in_category = {(m.entity, m.ranking, m.from_year, m.to_year, m.places) for m in self.draft.movements if m.category is not None}
        placed = {(p.entity, p.ranking, p.category, p.year) for p in self.draft.placements}
        self.draft.movements = [  # "Fahrradklima-Test 2024: Kiel gewinnt einen Rang hinzu" over the story in its size class
            m for m in self.draft.movements
            if not (m.category is None and (m.entity, m.ranking, m.from_year, m.to_year, m.places) in moved_in_category
                    and (info := self.knowledge.ranking(m.ranking)) is not None and not info.overall)
            and not (self._after_every_edition(m.ranking, m.to_year) and (m.entity, m.ranking, m.category, m.to_year) not in placed)]

    def _a_goal(self, placement: Placement) -> bool:
        """A rank in a year after every known edition and after the article, said as a goal ("will bis 2027 unter die
        ersten 30", "nennt Platz 30 als Ziel"); a new edition the knowledge does not know yet keeps its ranks."""
        if not self._after_every_edition(placement.ranking, placement.year):
            return False
        span = self.doc.char_span(placement.evidence.start, placement.evidence.end, alignment_mode="expand")
        sentences = {self.sentence_of[span.start]} if span is not None else set()
        sentences |= {index - 1 for index in sentences if index > 0}
        return any(t.lower_ in GOAL_WORDS for index in sentences for t in self.sentences[index])

    def _after_every_edition(self, ranking: str, year: int | None) -> bool:
        """A year after every known edition of the ranking and after the article's date."""
        info = self.knowledge.ranking(ranking)
        if year is None or info is None or not info.editions:
            return False
        published = int(self.draft.published[:4]) if self.draft.published else 0
        return year > max(max(e.year for e in info.editions), published)

    def _first_and_last_claims(self) -> None:
        """A written first place is a claim of being first; a written last place (rank = written total) of being last."""
        for p in self.draft.placements:
            if p.derived:
                continue
            if p.rank == 1:
                self._claim(Subject(p.entity, "city", True), p.ranking, p.category, p.year, {"claim": "first", "n": 1}, p.evidence)
            elif p.total is not None and p.rank == p.total:
                self._claim(Subject(p.entity, "city", True), p.ranking, p.category, p.year, {"claim": "last", "n": 1}, p.evidence)

    def _derive(self) -> None:
        """Ranks that follow from a stated movement and one stated rank."""
        stated = {(p.entity, p.ranking, p.category, p.year): p for p in self.draft.placements if not p.derived}
        for m in self.draft.movements:
            if m.from_year is None or m.to_year is None:
                continue
            to_key = (m.entity, m.ranking, m.category, m.to_year)
            from_key = (m.entity, m.ranking, m.category, m.from_year)
            subject = Subject(m.entity, "city", True)
            if to_key in stated and from_key not in stated:
                self._placement(subject, m.ranking, m.category, m.from_year, stated[to_key].rank + m.places, m.evidence,
                                derived=True, derived_from=f"rank {stated[to_key].rank} in {m.to_year} and a movement of {m.places:+d}")
            elif from_key in stated and to_key not in stated:
                self._placement(subject, m.ranking, m.category, m.to_year, stated[from_key].rank - m.places, m.evidence,
                                derived=True, derived_from=f"rank {stated[from_key].rank} in {m.from_year} and a movement of {m.places:+d}")
        for entity, other, offset, ranking, category, year, evidence in self.draft.relatives:
            if (other, ranking, category, year) in stated and (entity, ranking, category, year) not in stated:
                rank = stated[(other, ranking, category, year)].rank + offset
                self._placement(Subject(entity, "city", True), ranking, category, year, rank, evidence, derived=True,
                                derived_from=f"{abs(offset)} places {'ahead of' if offset < 0 else 'behind'} {other} on rank {rank - offset}",
                                from_place=True)
        totals = {key: value[0] for key, value in self.draft.text_totals.items()}
        self.draft.placements = [
            p.model_copy(update={"total": totals.get((p.ranking, p.year))}) if p.total is None and (p.ranking, p.year) in totals else p
            for p in self.draft.placements
        ]
