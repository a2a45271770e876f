"""Lists, ranges and neighbours: ranks of the places named around a stated rank ("gefolgt von", "hinter X",
"auf den Plätzen fünf bis sieben", "knapp vor X")."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from articleparse.assembly.draft import Subject
from articleparse.assembly.words import (
    BEHIND_CUES,
    CATEGORY_LIST_WORDS,
    CATEGORY_NOUNS,
    CLAUSE_BREAKS,
    EACH_YEAR_WORDS,
    CLAUSE_JOINERS,
    CLOSE_BY,
    CLOSE_BY_PAIRS,
    CONTRAST_WORDS,
    DISTANCE_NOUNS,
    FAR_WORDS,
    FIRST_PERSON_OBJECTS,
    FOLLOW_ADVERBS,
    HELD_AFTER,
    HOLD_ADVERBS,
    LEADER_TITLES,
    LIKEWISE_WORDS,
    LIST_ARTICLES,
    LIST_ADVERBS,
    LIST_JOINERS,
    LIST_NOUNS,
    NEGATIONS,
    NEIGHBOUR_NOUNS,
    NEIGHBOUR_ADVERBS,
    RANK_PARTICIPLES,
    RIVAL_ADVERBS,
    UNIT_TYPES,
    UNIT_WORDS,
    YEAR_LIST_FILLERS,
)
from articleparse.report import Movement


class Lists:
    """Ranks of places listed after, before or beside a stated rank."""

    def _neighbours_and_lists(self, phrase, phrases, ranking, category, year, rank, subject) -> None:
        if rank > 1:
            self._behind(phrase, ranking, category, year, rank, subject)
        elif (second := next((self.place_at[t.i + 1] for t in phrase if t.lower_ == "vor" and t.i + 1 in self.place_at), None)) \
                and second.label_ != subject.name:  # "führt das Feld vor Schwerin an"
            self._placement(Subject(second.label_, second.kb_id_, True), ranking, category, year, 2, self._span(phrase))
        later = [p for p in phrases if p.start >= phrase.end]
        end, answer = self.sent(phrase).end, self._answer_sentence(phrase)
        if answer is not None:  # "Wer liegt vorn? München, vor Hamburg und Stuttgart." ("gefolgt von" continues any list)
            later += [p for p in self.phrases_in.get(answer, []) if p.label_ != "follow"]
            end = self.doc[end].sent.end
        statements = [p for p in later if p.label_ == "rank" or (p.label_ == "move" and not p._.ap_phrase.get("needs_rank"))]
        limit = statements[0].start if statements else end
        for p in phrases:  # "Bochum liegt knapp vor Dortmund auf Rang 12": neighbours earlier in the rank's own clause
            if p.label_ == "neighbours" and p.end <= phrase.start and p.start >= self.sent(phrase).start \
                    and self._before_its_own_rank(p, [phrase]) and not self._at_a_distance(p) \
                    and not any(q.label_ in ("rank", "move") and p.end <= q.start < phrase.start for q in phrases):
                self._neighbours(p, ranking, category, year, rank, subject, self._span(self.doc, p.start_char, phrase.end_char))
        for p in later:
            if p.start >= limit:
                break
            if p.label_ == "neighbours" and not self._at_a_distance(p) and not self._before_its_own_rank(p, phrases):
                self._neighbours(p, ranking, category, year, rank, subject, self._span(self.doc, phrase.start_char, p.end_char))
            elif (p.label_ == "follow" or (p.label_ == "ahead_of" and rank == 1 and self.doc[p.start - 1].lower_ not in RIVAL_ADVERBS)) \
                    and not self._followers_ranked(p, phrases):
                self._place_followers(p, ranking, category, year, rank, phrase.start_char)

    def _neighbours(self, neighbours, ranking, category, year, rank, subject, evidence) -> None:
        """The places right behind and ahead of `subject` on `rank` ("hinter Hagen und vor Solingen")."""
        groups, reverse = self._place_groups(neighbours), neighbours._.ap_phrase.get("reverse")
        if len(groups) == 2:  # "hinter Hagen und vor Solingen": the place behind which, then the one ahead of which
            sides = ((groups[1], -1), (groups[0], 1)) if reverse else ((groups[0], -1), (groups[1], 1))
        else:  # ", gleich hinter Melbourne", ", direkt vor Nürnberg"
            sides = ((groups[0], 1 if reverse else -1),) if len(groups) == 1 else ()
        for place, offset in sides:
            self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, rank + offset, evidence,
                            derived=True, derived_from=f"neighbour of {subject.name} on rank {rank}", from_place=True)

    def _neighbours_of_the_rank_told(self, phrase, phrases) -> None:
        """"Halle belegt Platz 10. Damit liegt Halle direkt hinter Braunschweig": neighbours named in a sentence that
        states no rank are those of the rank told last (in the sentence before, or in its paragraph when the sentence
        names its place again), when the sentence names no other place before them."""
        last = self.last_placement
        if last is None or self._at_a_distance(phrase) or any(p.label_ in ("rank", "move", "claim") for p in phrases):
            return
        evidence = self._span(phrase)
        named = {s.label_ for s in self.places_in.get(self.sentence_of[phrase.start], []) if s.end <= phrase.start}
        beside = {s.label_ for s in self._place_groups(phrase)}
        near = self._close_sentences(last.evidence, evidence) or (  # "Kiel belegt Platz 7. … Mit 48,2 Prozent liegt Kiel hinter …"
            last.entity in named and self._paragraph(last.evidence.start) == self._paragraph(evidence.start)
            and not self.categories_in.get(self.sentence_of[phrase.start]))  # not "Beim Breitbandausbau liegt Kiel knapp vor …"
        categories = {c.label_ for c in self.categories_in.get(self.sentence_of[phrase.start], [])}
        if not near or named - {last.entity} or last.entity in beside or (categories and last.category not in categories):
            return  # not of a rank in another table: "… auf Platz 74. In der Kategorie Gesellschaft sind wir …, hinter Hagen"
        evidence = self._span(self.doc, last.evidence.start, phrase.end_char)
        self._neighbours(phrase, last.ranking, last.category, last.year, last.rank, self._subject_of(last), evidence)

    def _before_its_own_rank(self, neighbours: SpacySpan, phrases) -> bool:
        """Neighbours told before a rank of their own clause, with no place between ("Köln liegt knapp hinter Düsseldorf
        auf Rang 12"): that rank's, not the one of a clause before ("Bonn kommt auf Rang 20, Köln liegt …")."""
        return any(q.label_ in ("rank", "move") and q.start >= neighbours.end and not self._clause_break(neighbours.end, q.start)
                   and CLAUSE_JOINERS.isdisjoint(self.lowers[neighbours.end : q.start])
                   and not any(neighbours.end <= i < q.start for i in self.place_at) for q in phrases)

    def _at_a_distance(self, neighbours: SpacySpan) -> bool:
        """"zwei Plätze hinter Bonn und direkt vor Essen", "weit hinter Bonn …": not the places right beside."""
        before = self.doc[max(self.sent(neighbours).start, neighbours.start - 2) : neighbours.start]
        return any(t.lower_ in DISTANCE_NOUNS or t.lower_ in FAR_WORDS for t in before)

    def _place_followers(self, follow, ranking, category, year, rank, start_char) -> None:
        """The places listed after "gefolgt von", "dahinter folgen": one rank each after `rank`, held from the edition
        before when the clause after them says so."""
        places = self._following_places(follow)
        held = bool(places) and year is not None and (self._followers_held(places[-1]) or self._same_order_as_before(places[-1]))
        total = self._total_of(ranking, year)
        info = self.knowledge.ranking(ranking)
        unit = info.unit if info else "mixed"
        for offset, place in enumerate(places, start=1):
            if total is not None and rank + offset > total:
                return  # "Rostock auf dem letzten Platz (40). … gefolgt von Erfurt": no 41st of 40
            if place.kb_id_ == "district" and unit != "mixed":
                return  # "Die Hafencity gilt als Vorzeigeprojekt; dahinter liegt Altona": a district is no city's follower
            follower, evidence = Subject(place.label_, place.kb_id_, True), self._span(self.doc, start_char, place.end_char)
            self._placement(follower, ranking, category, year, rank + offset, evidence)
            if held:
                self._held(follow, follower, ranking, category, year, rank + offset, evidence)

    def _followers_held(self, last: SpacySpan) -> bool:
        """"Dahinter folgen Stuttgart und Ingolstadt, die ihre Plätze aus dem Vorjahr halten" / ", beide auf denselben
        Rängen wie im Vorjahr": the clause right after the followers says they hold their ranks."""
        doc, end = self.doc, self.sent(last).end
        if last.end + 1 >= end or doc[last.end].text != ",":
            return False
        tail = doc[last.end + 1 : end]
        if tail[0].lower_ not in ("die", "beide", "jeweils") or any(t.lower_ in NEGATIONS for t in tail):
            return False  # not "…, die ihre Plätze nicht halten konnten"
        return any(t.lower_ in HELD_AFTER for t in tail) or (any(t.lower_ in DISTANCE_NOUNS for t in tail) and any(
            y.label_ == "compare" and y[0].lower_ == "wie" and last.end < y.start for y in self.years_in.get(self.sentence_of[last.start], [])))

    def _gapped_categories(self, phrase, ranking, year, rank) -> None:
        """"im Bereich Verwaltung liegt Nürnberg vorn, bei Energie und Umwelt Ingolstadt und bei IT und Kommunikation
        Hamburg", "Paderborn gewinnt das Themenfeld Energie und Umwelt, Gelsenkirchen den Bereich IT und Kommunikation":
        the verb left out, each further category with its place after a rank takes the same rank."""
        end = self.sent(phrase).end
        categories = {c.start: c for c in self.categories_in.get(self.sentence_of[phrase.start], []) if ranking in c._.ap_gaz["rankings"]}
        start = categories[phrase.end].end if phrase.end in categories else phrase.end  # "gewinnt das Themenfeld X, …"
        if self.doc[start - 1].text == ",":  # the phrase took the comma: "siegte … Heidelberg, in der Disziplin X Karlsruhe"
            start -= 1

        def item(i: int):
            found = self._category_and_place(i, end, categories)
            return (found, max(found[0].end, found[1].end)) if found else None

        for category, place in self._left_out(start, end, item, separators=LIST_JOINERS | {":"}):
            evidence = self._span(self.doc, phrase.start_char, max(category.end_char, place.end_char))
            subject = Subject(place.label_, place.kb_id_, True)
            self._placement(subject, ranking, category.label_, year, rank, evidence)
            if category.end < place.start and not HOLD_ADVERBS.isdisjoint(self.lowers[category.end : place.start]):
                self._held(phrase, subject, ranking, category.label_, year, rank, evidence)  # "bei der Gesellschaft erneut Hamburg"

    def _category_leaders(self, phrase, ranking, year) -> None:
        """"Kategoriesieger wurden München bei der Mobilität (100 Punkte), Nürnberg bei der Verwaltung und …": each
        place of the list is first in the category named with it."""
        end = self.sent(phrase).end
        categories = {c.start: c for c in self.categories_in.get(self.sentence_of[phrase.start], []) if ranking in c._.ap_gaz["rankings"]}

        def item(i: int):
            found = self._category_and_place(i, end, categories)
            if found is None:
                return None
            after = max(found[0].end, found[1].end)
            if after < end and self.doc[after].text == "(":  # "(100 Punkte)"
                after = next((t.i + 1 for t in self.doc[after:end] if t.text == ")"), after)
            return found, after

        first = item(phrase.end)
        if first is None:
            return
        for category, place in [first[0], *self._left_out(first[1], end, item)]:
            evidence = self._span(self.doc, phrase.start_char, max(category.end_char, place.end_char))
            self._placement(Subject(place.label_, place.kb_id_, True), ranking, category.label_, year, 1, evidence)

    def _left_out(self, i: int, end: int, item, separators=LIST_JOINERS) -> list:
        """The items of a list with the verb left out, from token i on: each after a separator, parsed by `item`
        (position -> (item, position after it) or None); none unless the list ends its clause."""
        doc, found = self.doc, []
        while i < end and doc[i].text in separators:
            i += 1 + (i + 1 < end and doc[i + 1].lower_ == "und")  # ", und"
            parsed = item(i)
            if parsed is None:
                break
            found.append(parsed[0])
            i = parsed[1]
        return found if i == end or doc[i].text in (",", ".", ";", ":", "–") or not doc[i].text.strip() else []

    def _category_and_place(self, i: int, end: int, categories) -> tuple[SpacySpan, SpacySpan] | None:
        """A category and a place from token i on, in either order, joined by prepositions and articles only: "bei
        Energie und Umwelt Ingolstadt", "Heidelberg beim Themenfeld Energie und Umwelt", "Köln bei der Verwaltung"."""
        def skip(j: int) -> int:
            while j < end and (self.doc[j].lower_ in CATEGORY_LIST_WORDS or self.doc[j].lower_ in CATEGORY_NOUNS
                               or self.doc[j].lower_ == "das"):
                j += 1
            return j
        place = self.place_at.get(i)
        if place is not None:
            j = skip(place.end)
            return (categories[j], place) if j > place.end and j in categories else None
        j = skip(i)
        category = categories.get(j) if j > i else None
        if category is None:
            return None
        k = category.end + (category.end < end and self.lowers[category.end] in HOLD_ADVERBS)  # "bei der Gesellschaft erneut Hamburg"
        place = self.place_at.get(k)
        return (category, place) if place is not None else None

    def _each_year_of_a_range(self, phrase, years, ranking, year) -> tuple[list[int], int]:
        """"stand Hamburg von 2019 bis 2022 jedes Jahr auf Platz eins": a rank said of every edition of a range of years
        that its clause names before it with a word of each ("jedes Jahr", "jeweils", "durchgehend"), the range ending in
        the phrase's year. The other editions of the range, and where the range starts."""
        if year is None or sum(y.end <= phrase.start for y in years) < 2:
            return [], phrase.start_char
        sent_start = self.sent(phrase).start
        clause_start = next((i + 1 for i in range(phrase.start - 1, sent_start - 1, -1) if self.texts[i] in CLAUSE_BREAKS), sent_start)
        if not any(self.lowers[i] in EACH_YEAR_WORDS for i in range(clause_start, phrase.start)):
            return [], phrase.start_char
        for first, last in zip(years, years[1:]):
            if (clause_start <= first.start and last.end <= phrase.start and last._.ap_year["year"] == year
                    and self.lowers[first.end : last.start][-1:] == ["bis"] and first._.ap_year["year"] < year):
                return [y for y in self._edition_years(ranking) or range(first._.ap_year["year"], year)
                        if first._.ap_year["year"] <= y < year], first.start_char
        return [], phrase.start_char

    def _listed_years(self, phrase, phrases, subject, ranking, category, year, rank) -> list[int]:
        """"Köln war 2019 (83,5 Punkte) und 2020 (82,0) Erster", "Bei den Tests 2018 und 2020 hatte die Stadt jeweils
        Rang eins belegt", "Sieger der Jahre 2018, 2020 und 2022": a rank said of years listed before it, or after it
        with "der Jahre", holds in each, when its clause states no other rank ("2019 und 2022 auf Platz 3 und 5"). The
        other years it holds in."""
        doc = self.doc
        if any(p.label_ == "rank" and p is not phrase and not self._clause_break(min(p.end, phrase.end), max(p.start, phrase.start))
               for p in phrases) or (phrase.end + 1 < len(doc) and doc[phrase.end].lower_ == "und" and doc[phrase.end + 1]._.ap_kind):
            return []
        years = [y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y.label_ in ("explicit", "edition")]
        ranged, start_char = self._each_year_of_a_range(phrase, years, ranking, year)
        for other in ranged:
            self._placement(subject, ranking, category, other, rank, self._span(self.doc, start_char, phrase.end_char))
        if ranged:
            return ranged
        after = [y for y in years if 0 < y.start - phrase.end <= 2 and self.lowers[y.start - 1] in ("jahre", "ausgaben")]
        if after:  # "Bremen, Sieger der Jahre 2018, 2020 und 2022, …"
            chain = [after[0]]
            for later in (y for y in years if y.start > after[0].start):
                if not self._joined(chain[-1].end, later.start):
                    break
                chain.append(later)
            for other in chain[1:]:
                self._placement(subject, ranking, category, other._.ap_year["year"], rank,
                                self._span(doc, phrase.start_char, other.end_char))
            return [other._.ap_year["year"] for other in chain[1:]]
        before = [y for y in years if y.end <= phrase.start]
        if not before or before[-1]._.ap_year["year"] != year or not self._shared_by_the_years(before[-1].end, phrase.start):
            return []  # not "hat seine Ausgaben 2024 und 2025 verdoppelt und landet auf Platz drei"
        chain = [before[-1]]
        for earlier in reversed(before[:-1]):
            if not self._joined(earlier.end, chain[0].start):
                break
            chain.insert(0, earlier)
        for other in chain[:-1]:
            evidence = self._span(doc, other.start_char, phrase.end_char)
            self._placement(subject, ranking, category, other._.ap_year["year"], rank, evidence)
        return [other._.ap_year["year"] for other in chain[:-1]]

    def _shared_by_the_years(self, start: int, end: int) -> bool:
        """Whether the rank at `end` is said of each year listed before `start`: only fillers and places between them
        ("2022, 2023 und 2024 war Wien jeweils auf Platz eins"), anything of the same clause with "jeweils" ("2018 und
        2020 belegte Münster in seiner Größenklasse jeweils Platz 2"), or "beide Male" in a clause of its own ("2018 und
        2020 war Karlsruhe Erster, Münster beide Male Zweiter")."""
        between = self._outside_parentheses(start, end)
        lowers = [t.lower_ for t in between]
        if all(t.lower_ in YEAR_LIST_FILLERS or t._.ap_place for t in between):
            return True
        if any(lowers[i : i + 2] == ["beide", "male"] for i in range(len(lowers))):
            return True
        return ("jeweils" in lowers and not self._clause_break(start, end) and CLAUSE_JOINERS.isdisjoint(lowers)
                and not any(word in self.directions for word in lowers))  # not "2022 und 2023 stieg Köln jeweils um zwei Plätze"

    def _held_through(self, subject, ranking, category, years: list[int], rank: int, evidence) -> None:
        """The same rank said again of later editions ("Platz drei, ebenso 2020 und 2022"): held from each edition to the
        next (ranks merely listed by year, "2018 und 2020 jeweils Platz 2", set nothing against each other)."""
        years, editions = sorted(set(years)), self._edition_years(ranking)
        for earlier, later in zip(years, years[1:]):
            following = [y for y in editions if y > earlier]
            if (following[0] if following and earlier in editions else earlier + 1) == later:  # the next edition
                self._movement(Movement(entity=subject.name, ranking=ranking, category=category, from_year=earlier,
                                        to_year=later, places=0, evidence=evidence))

    def _likewise_years(self, phrase, subject, ranking, category, year, rank) -> None:
        """"2018 reichte es für Platz drei, ebenso 2020 und 2022": years after "ebenso" that end the sentence take the
        same rank."""
        doc, end = self.doc, self.sent(phrase).end
        i = phrase.end
        if not (i + 2 < end and doc[i].text == "," and doc[i + 1].lower_ in LIKEWISE_WORDS):
            return
        years = {y.start: y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y.label_ in ("explicit", "edition")}
        i, listed = i + 2, []
        while i < end:
            if i in years:
                listed.append(years[i])
                i = years[i].end
            elif doc[i].text in LIST_JOINERS or doc[i].lower_ in ("im", "in", "den", "jahren", "jahr"):
                i += 1
            else:
                break
        if not listed or not (i == end or doc[i].is_punct and doc[i].text != ","):
            return  # not "…, ebenso 2020 der zweite Platz in der Kategorie …"
        for other in listed:
            self._placement(subject, ranking, category, other._.ap_year["year"], rank, self._span(doc, phrase.start_char, other.end_char))
        self._held_through(subject, ranking, category, [year, *(y._.ap_year["year"] for y in listed)], rank,
                           self._span(doc, phrase.start_char, listed[-1].end_char))

    def _gapped_years(self, phrase, subject, ranking, category, year, rank) -> None:
        """"2019 war Mannheim Erster im Bereich Verwaltung, 2020 Karlsruhe (83,7 Punkte), 2021 Stuttgart": the verb left
        out, each further year and place after a rank take the same rank."""
        doc, end = self.doc, self.sent(phrase).end
        years = {y.start: y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y.label_ == "explicit"}
        i = phrase.end
        category_after = next((c for c in self.categories_in.get(self.sentence_of[phrase.start], [])
                               if c.start > i and all(t.lower_ in CATEGORY_LIST_WORDS or t.lower_ in CATEGORY_NOUNS
                                                      for t in doc[i : c.start])), None)
        if category_after is not None:
            i = category_after.end  # "Erster im Bereich Verwaltung, 2020 Karlsruhe"
        own = years.get(i)
        if own is not None and own._.ap_year["year"] == year and getattr(self.place_at.get(own.end), "label_", None) == subject.name:
            i = self._after_score(self.place_at[own.end].end, end)  # "hießen die Sieger 2019 Hamburg (61,4 Punkte), 2020 …"

        def item(j: int):
            year_span = years.get(j)
            place = self.place_at.get(year_span.end) if year_span is not None else None
            return ((year_span, place), self._after_score(place.end, end)) if place is not None else None

        for year_span, place in self._left_out(i, end, item):
            evidence = self._span(doc, phrase.start_char, place.end_char)
            self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year_span._.ap_year["year"], rank, evidence)

    def _outside_parentheses(self, start: int, end: int) -> list:
        """The tokens from start to end that stand outside parentheses ("(82,0) Erster" -> "Erster")."""
        depth, kept = 0, []
        for t in self.doc[start:end]:
            depth += (t.text == "(") - (t.text == ")")
            if depth == 0 and t.text != ")":
                kept.append(t)
        return kept

    def _joined(self, start: int, end: int) -> bool:
        """Only "und", commas and parentheses between two listed items ("2019 (83,5 Punkte) und 2020")."""
        between = [t.text for t in self._outside_parentheses(start, end)]
        return bool(between) and all(word in LIST_JOINERS for word in between)

    def _relative(self, phrase, phrases, categories, category_focus, ranking, year, unit) -> None:
        """"Essen liegt zwei Plätze vor Dortmund": Essen's rank follows once Dortmund's is stated."""
        others = [self.place_at[i] for i in range(phrase.start, phrase.end) if i in self.place_at]
        subjects = self._subjects(phrase, phrases, unit, "relative")  # "Direkt vor Hannover liegt Düsseldorf"
        if not others or not subjects:
            return
        ahead = any(t.lower_ == "vor" for t in phrase)
        places = phrase._.ap_phrase["places"]
        category = self._category_at(phrase, phrases, categories, category_focus, ranking)
        self.draft.relatives.append((subjects[0].name, others[0].label_, -places if ahead else places,
                                     ranking, category, year, self._span(phrase)))

    def _followers_ranked(self, follow: SpacySpan, phrases) -> bool:
        """"gefolgt von Melbourne (4.) …", "gefolgt von Düsseldorf als 6.", "Dahinter folgt Hessen auf Rang vier", "In den
        Jahren danach kam Berlin 2021 auf Rang 9", "Es folgen Hamburg und München, die sich Rang 27 teilen": the followers
        state their own ranks."""
        starts = {p.start for p in phrases if p.label_ == "rank"}
        followers = self._following_places(follow)
        return any(self._states_its_rank(place, starts) for place in followers) or any(
            self._in_relative_clause_after(followers[-1], p) and self._tied(p) for p in phrases if p.label_ == "rank" and followers)

    def _states_its_rank(self, place: SpacySpan, starts: set[int]) -> bool:
        """A rank phrase opens at the place, right after it or after "auf"/"als" there, past a year or an adverb between
        ("Danach kommt Aachen erst auf Platz neun")."""
        end = place.end + (place.end < len(self.doc) and self.doc[place.end]._.ap_kind == "year")
        while end < len(self.doc) and self.lowers[end] in FOLLOW_ADVERBS | {"erst"}:
            end += 1
        return place.start in starts or end in starts or (end + 1 in starts and self.lowers[end] in ("auf", "als"))

    def _continue_list(self, follow: SpacySpan) -> None:
        """"Dahinter folgen Erfurt und Aachen." continues the ranks of the last placement stated before; "Hinter
        Frankfurt folgen …", "Damals … auf Kassel folgten …" those of the named place's rank (its own, not one derived
        from another place) in the year the sentence names before the list, else its latest."""
        last = self.last_placement
        named = next((self.place_at[i] for i in range(follow.start, follow.end) if i in self.place_at), None)
        if named is not None:
            own = [p for p in self.draft.placements if p.entity == named.label_ and (p.ranking, p.category) == (last.ranking, last.category)
                   and p.year is not None and (p.entity, p.ranking, p.category, p.year, p.rank) not in self.ranks_from_places]
            year = self._year_at(follow, self.phrases_in.get(self.sentence_of[follow.start], []), last.ranking)
            if not any(y.start < follow.start for y in self.years_in.get(self.sentence_of[follow.start], [])):
                own = [p for p in own if p.year == year] or own  # a year only after the list ("…, die 2024 noch vorn lagen")
            else:
                own = [p for p in own if p.year == year]
            if not own:
                return  # "Hinter Frankfurt folgen …" with no rank of Frankfurt known for the sentence's year
            last = max(own, key=lambda p: p.year)
        followers = self._following_places(follow)
        if followers and followers[0].label_ == last.entity:
            return  # "2022 war Köln Zehnter. Danach lagen Köln und Bonn …": a later time of the same place, not its follower
        self._place_followers(follow, last.ranking, last.category, last.year, last.rank, follow.start_char)

    def _preceding_places(self, phrase: SpacySpan) -> list[SpacySpan]:
        """"Nürnberg, Leipzig und Heidelberg folgen auf den Plätzen acht bis zehn": the list before a range."""
        by_end = self.place_ending
        i, skipped = phrase.start, 0
        while i > self.sent(phrase).start and i not in by_end and skipped < 10:
            if self.doc[i - 1].text in CLAUSE_BREAKS:
                if self.doc[i - 1].text == "," and self._skip_parenthesis_back(i - 1) in by_end:
                    i -= 1  # "Nur München und Hamburg, auf den Plätzen eins und zwei, …", "… und Karlsruhe (3,05), die die Plätze …"
                break
            before = self._skip_parenthesis_back(i)  # "Bremen (70,8) belegen die Plätze …"
            i, skipped = (before, skipped) if before != i else (i - 1, skipped + 1)
        places = []
        while i > self.sent(phrase).start:
            i = self._skip_parenthesis_back(i)
            if i not in by_end:
                break
            place = by_end[i]
            places.insert(0, place)
            i = place.start
            if i > self.sent(phrase).start + 1 and self.doc[i - 1].lower_ in LIST_NOUNS and self.doc[i - 2].lower_ in LIST_ARTICLES:
                i -= 2  # "…, Erlangen und die Stadt München belegen …"
            if i > self.sent(phrase).start and self.doc[i - 1].text in (",", "und", "sowie", "vor"):  # "Bremen vor Frankfurt und Hannover"
                i -= 1
            else:
                break
        return places

    def _range(self, phrase, info, ranking, category, year) -> None:
        """"Auf den Plätzen fünf bis sieben folgen Dresden, Freiburg und Stuttgart": one rank each, in order; "Die
        letzten beiden Plätze gehen an …" counted back from the total written; "An der Spitze stehen Wien, Kopenhagen
        und Melbourne": the top, in the order listed; "Ulm und Jena komplettieren die Top 5": up to N from the rank told last."""
        if "last_count" in info:
            total = self._text_total(ranking, year)
            if total is None or info["last_count"] >= total:
                return
            info = {**info, "rank": total - info["last_count"] + 1, "to_rank": total}
        if info.get("completes_top"):  # "… komplettieren die Top 5": the ranks after the one told last, up to N
            claim = next((p for p in self.phrases_in.get(self.sentence_of[phrase.start], [])
                          if p.label_ == "claim" and p._.ap_phrase.get("claim") == "top" and p._.ap_phrase.get("n")
                          and (0 <= p.start - phrase.end <= 2 or 0 <= phrase.start - p.end <= 1)  # "komplettieren damit die Top 5"
                          and not (p.end < len(self.doc) and self.lowers[p.end] in ("der", "des", "im", "in", "aus"))), None)
            # not the top of another list or year: "die Top 5 der größten Aufsteiger", "der Vorjahreswertung"
            last = self.last_placement
            if claim is None or last is None or (last.ranking, last.category, last.year) != (ranking, category, year) \
                    or last.rank >= claim._.ap_phrase["n"] or any(  # "…, wobei Aachen knapp vor Dresden liegt": another order
                        p.start >= max(phrase.end, claim.end) and p.label_ in ("rank", "move", "neighbours", "ahead_of", "ahead_list", "follow")
                        for p in self.phrases_in.get(self.sentence_of[phrase.start], [])):
                return
            info = {**info, "rank": last.rank + 1, "to_rank": claim._.ap_phrase["n"]}
            phrase = self.doc[min(phrase.start, claim.start) : max(phrase.end, claim.end)]  # the evidence holds "die Top 5"
        if "top_listed" in info:
            count = len(self._following_places(phrase))
            if count < 3:
                return
            info = {**info, "to_rank": count}
        first, last = info["rank"], info["to_rank"]
        ranks = [first, last] if info.get("pair") else list(range(first, last + 1))
        starts = {p.start for p in self.phrases_in.get(self.sentence_of[phrase.start], []) if p.label_ == "rank"}
        following = [p for p in self._following_places(phrase, skip=6) if p.end not in starts]  # not "es folgen Köln (5.)"
        places = next((found for found in (following, self._preceding_places(phrase)) if len(found) == len(ranks)), None)
        if places is None:
            return
        held = (self._holds(phrase, self.phrases_in.get(self.sentence_of[phrase.start], [])) or self._same_order_as_before(places[-1])
                or self._opened_by_a_comparison(phrase))
        for place, rank in zip(places, ranks):
            start, end = min(phrase.start_char, place.start_char), max(phrase.end_char, place.end_char)
            subject, evidence = Subject(place.label_, place.kb_id_, True), self._span(self.doc, start, end)
            self._placement(subject, ranking, category, year, rank, evidence)
            if held:  # "Auf den Rängen zwei und drei folgen wie schon 2022 Erlangen und die Stadt München"
                self._held(phrase, subject, ranking, category, year, rank, evidence)

    def _same_order_as_before(self, last: SpacySpan) -> bool:
        """"… folgen Stuttgart und Ingolstadt – in derselben Reihenfolge wie 2024": the listed places hold their ranks."""
        end = self.sent(last).end
        order = next((i for i in range(last.end, min(end, last.end + 5)) if self.lowers[i] == "reihenfolge"), None)
        return order is not None and self.lowers[order - 1] in ("derselben", "gleichen", "selben") and any(
            y.label_ == "compare" and y[0].lower_ == "wie" and order < y.start for y in self.years_in.get(self.sentence_of[last.start], []))

    def _opened_by_a_comparison(self, phrase) -> bool:
        """"Wie damals führt der Landkreis München, auf den Plätzen zwei und drei folgen Erlangen und die Stadt München": a
        comparison opening the sentence (or its part after a colon) holds the list that goes on from its first rank, in a
        clause with no word of contrast ("…, auf Platz zwei folgt nun Bonn")."""
        sent = self.sent(phrase)
        colon = next((t.i for t in self.doc[sent.start : phrase.start] if t.text == ":"), None)
        first = sent.start if colon is None else colon + 1
        if self.lowers[first] != "wie" or not any(
                y.label_ in ("compare", "then") and first <= y.start <= first + 3 for y in self.years_in.get(self.sentence_of[phrase.start], [])):
            return False
        start = next((t.i + 1 for t in reversed(self.doc[sent.start : phrase.start]) if t.text in CLAUSE_BREAKS), sent.start)
        end = next((t.i for t in self.doc[phrase.end : sent.end] if t.text in CLAUSE_BREAKS), sent.end)
        return CONTRAST_WORDS.isdisjoint(self.lowers[start:end])

    def _ahead_list(self, phrase, ranking, category, year, unit) -> None:
        """"Vor Mainz liegen München, Stuttgart und Ingolstadt – in dieser Reihenfolge", "Vor ihr liegt nur Kopenhagen":
        places that fill every rank above one whose rank the text gave hold those ranks, in the order listed; one place
        named right after the verb further down the table is the neighbour ("Vor ihr liegt (nun) Hagen", "… liegt das
        Saarland"; not "… liegt auch/unter anderem Hagen")."""
        inside = [self.place_at[i] for i in range(phrase.start, phrase.end) if i in self.place_at]
        allowed = UNIT_TYPES.get(unit, UNIT_TYPES["mixed"])
        if inside:
            anchor = Subject(inside[0].label_, inside[0].kb_id_, True)
        else:  # "Vor ihr liegt", "Vor uns liegen", "Vor dem Land lagen": the place referred to, the city writing
            first_person = len(phrase) > 1 and phrase[1].lower_ in FIRST_PERSON_OBJECTS
            epithet = self.shared_epithets.get(self.lowers[phrase.start - 1])  # "Knapp vor der Hauptstadt liegt …"
            anchor = self.focus_entity if first_person else self._referent(phrase.start, allowed, epithet)
        known = [p for p in self.draft.placements if anchor is not None  # a rank of its own ("den vorletzten Rang"), not a neighbour's
                 and not (p.derived and (p.entity, p.ranking, p.category, p.year, p.rank) in self.ranks_from_places)
                 and (p.entity, p.ranking, p.category, p.year) == (anchor.name, ranking, category, year)]
        if not known:
            return
        rank, listed = known[-1].rank, self._following_places(phrase, skip=4)  # "… liegen (jetzt nur noch | in dieser Reihenfolge) A, B"
        if listed and not NEGATIONS.isdisjoint(self.lowers[phrase.end : listed[0].start]):
            return  # "Vor der Stadt liegt nicht München"
        if len(listed) == 1 and rank > 2 and all(t.lower_ in NEIGHBOUR_ADVERBS or t.lower_ in LIST_ARTICLES
                                                 for t in self.doc[phrase.end : listed[0].start]):
            if (len(phrase) == 1 and not self._close_before(phrase.start)) or listed[0].kb_id_ not in allowed:
                return  # "Vor der Hansestadt liegt Travemünde" is where it lies; "Knapp vor der Hauptstadt liegt …" a rank
            place = listed[0]  # "Vor ihr liegt Hagen": the neighbour, not all the ranks above
            self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, rank - 1,
                            self._span(self.doc, phrase.start_char, place.end_char), derived=True,
                            derived_from=f"one rank ahead of {anchor.name} on rank {rank}", from_place=True)
            return
        in_order = len(listed) == 1 or any(  # "in (genau) dieser Reihenfolge", "in der genannten Reihenfolge", not "in umgekehrter …"
            t.lower_ == "reihenfolge" and t.i > 0 and self.doc[t.i - 1].lower_ in ("dieser", "genannten") for t in self.sent(phrase))
        if not in_order or len(listed) != rank - 1 or anchor.name in {p.label_ for p in listed}:
            return
        for ahead, place in enumerate(listed, start=1):
            self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, ahead,
                            self._span(self.doc, phrase.start_char, place.end_char), derived=True,
                            derived_from=f"listed ahead of {anchor.name} on rank {rank}", from_place=True)

    def _behind(self, phrase, ranking, category, year, rank, subject) -> None:
        """"hinter Schleswig-Holstein auf Platz zwei" or "auf Platz 2 hinter Kassel": that place is one rank up."""
        doc, by_end, by_start = self.doc, self.place_ending, self.place_at
        start = phrase.start
        while start > 0 and phrase.start - start < 2 and doc[start - 1].lower_ in ("auf", "den", "dem", "für"):
            start -= 1  # "hinter Hamburg auf dem zweiten Platz", "reicht es hinter Potsdam für Platz zwei"
        place = by_end.get(start)
        if place is not None and place.start > 0 and doc[place.start - 1].lower_ == "hinter":
            if place.start > 1 and doc[place.start - 2].lower_ in FAR_WORDS:
                return  # "weit hinter Hamburg Zehnter"
            ahead = [place]
        elif place is not None and (first := self._first_behind(place)) is not None:
            ahead = [first, place]  # "als sie hinter Hamburg und München Dritte wurde"
        elif (after := self._after_rank_clause(phrase.end)) < self.sent(phrase).end and \
                (cue := self._behind_cue(after)) and (cue in by_start or (cue + 1 in by_start and doc[cue].lower_ in ("dem", "der", "den"))) \
                and not any(p.label_ == "neighbours" and p.start <= after < p.end for p in self.phrases_in.get(self.sentence_of[after], [])):
            # "auf Platz zwei hinter Berlin", "Zweiter hinter dem Landkreis München", "…, hinter Mainz" (not "…, hinter
            # Hagen und vor Solingen", read as neighbours), "auf dem zweiten Platz, übertroffen nur von Hamburg"
            ahead = self._following_places(doc[after : cue])
            joiner = ahead[-1].start - 1
            while joiner > after and self.lowers[joiner] in LIST_ADVERBS:
                joiner -= 1  # "hinter Spitzenreiter Münster und ausgerechnet Freiburg"
            if len(ahead) > 1 and self.lowers[joiner] not in ("und", "sowie"):
                ahead = ahead[:1]  # "auf Platz zwei hinter Berlin, Gera landet …": a list ends with "und"
            if len(ahead) > 1 and after != phrase.end and len(ahead) != rank - 1:
                return  # "auf Platz 12, hinter Lübeck und Flensburg": behind them, not right behind (but "auf Rang
                # drei, hinter München und Stuttgart" names all the places above)
        else:
            self._close_by(phrase, ranking, category, year, rank, subject)
            return
        if len(ahead) > 1:  # "Dritter hinter München und Ingolstadt": the places right above, in order
            if len(ahead) < rank:
                first, last = min(ahead[0].start_char, phrase.start_char), max(ahead[-1].end_char, phrase.end_char)
                for offset, place in enumerate(ahead):
                    self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year,
                                    rank - len(ahead) + offset, self._span(doc, first, last),
                                    derived=True, derived_from=f"{subject.name} on rank {rank} is behind them", from_place=True)
            return
        place = ahead[0]
        evidence = self._span(doc, min(place.start_char, phrase.start_char), max(place.end_char, phrase.end_char))
        self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, rank - 1, evidence,
                        derived=True, derived_from=f"{subject.name} on rank {rank} is behind it", from_place=True)

    def _after_rank_clause(self, end: int) -> int:
        """Where words after a rank phrase ending at `end` begin, past a participle and a comma closing its clause
        ("auf Rang zwei gelegen, hinter Schleswig-Holstein")."""
        doc = self.doc
        if end + 1 < len(doc) and self.lowers[end] in RANK_PARTICIPLES and doc[end + 1].text == ",":
            return end + 2
        return end + (end < len(doc) and doc[end].text == ",")

    def _close_before(self, verb: int) -> bool:
        """"Knapp vor der Hauptstadt liegt …": a word of closeness before the verb, in its sentence."""
        sent_start = self.sent(self.doc[verb]).start
        return any(self.lowers[i] in CLOSE_BY for i in range(max(sent_start, verb - 5), verb))

    def _first_behind(self, place: SpacySpan) -> SpacySpan | None:
        """The first of two places right after "hinter" when `place` is the second ("hinter Hamburg und München"; not
        "weit hinter …")."""
        i = place.start - 1
        first = self.place_ending.get(i) if i > 0 and self.lowers[i] in ("und", "sowie") else None
        if first is None or first.start < 1 or self.lowers[first.start - 1] != "hinter":
            return None
        return None if first.start > 1 and self.lowers[first.start - 2] in FAR_WORDS else first

    def _close_by(self, phrase, ranking, category, year, rank, subject) -> None:
        """"auf Rang 6, knapp vor Schleswig-Holstein" (7), "…, dicht hinter Kiel" (5), "– einen Rang hinter Lübeck",
        "liegt damit nur noch vor Bremen": the neighbour one rank away."""
        doc, i = self.doc, phrase.end
        if phrase._.ap_phrase.get("total") is not None:  # "Platz 72 von 72 kreisfreien Städten, knapp hinter Duisburg"
            comma = next((k for k in range(i, min(i + 4, len(doc))) if doc[k].text == ","), None)
            if comma is not None and all(t.is_alpha for t in doc[i:comma]):
                i = comma
        if i < len(doc) and doc[i].text in (",", "–", "-"):
            i += 1
        while i < len(doc) and doc[i].lower_ in ("und", "liegt", "damit", "somit", "also", "nur"):  # "… und liegt damit nur noch vor"
            i += 1
        distance = 1
        if i + 1 < len(doc) and " ".join((doc[i].lower_, doc[i + 1].lower_)) in CLOSE_BY_PAIRS:
            i += 1  # "einen Platz vor", "nur noch vor"
        elif i + 2 < len(doc) and doc[i]._.ap_kind in ("card", "cardord") and doc[i + 1].lower_ in DISTANCE_NOUNS \
                and isinstance(doc[i]._.ap_card, int):
            distance, i = doc[i]._.ap_card, i + 1  # "sieben Ränge hinter der TU München"
        close = CLOSE_BY | DISTANCE_NOUNS | {"platz", "rang", "position"} | ({"noch"} if doc[i - 1].lower_ == "nur" else set())
        if i + 2 > len(doc) or doc[i].lower_ not in close or doc[i + 1].lower_ not in ("vor", "hinter"):
            return  # "nur noch vor X" is the next rank, "noch vor X" only ahead
        if doc[i + 1].lower_ == "hinter" and doc[i].lower_ == "noch":
            return
        j = i + 2
        if j < len(doc) and doc[j].lower_ in ("dem", "der", "den"):
            j += 1  # "direkt hinter dem Landkreis Starnberg"
        if j + 1 < len(doc) and doc[j].lower_ in NEIGHBOUR_NOUNS:
            j += 1  # "direkt hinter dem Nachbarn Oberhausen"
        place = self.place_at.get(j)
        if place is None or (place.end < len(doc) and doc[place.end].lower_ in ("und", "sowie", "auf")):
            return  # not "knapp hinter Trier auf Platz 20": the place's own rank
        offset = distance if doc[i + 1].lower_ == "vor" else -distance
        if rank + offset < 1:
            return
        evidence = self._span(doc, phrase.start_char, place.end_char)
        side = "ahead of" if offset > 0 else "behind"
        self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, rank + offset, evidence, derived=True,
                        derived_from=f"{subject.name} on rank {rank} is {'right' if distance == 1 else f'{distance} ranks'} {side} it",
                        from_place=True)

    def _behind_cue(self, i: int) -> int | None:
        """Where the places start after words at token i that put them ahead ("hinter", "übertroffen nur von"), past a
        title of the leader ("hinter Spitzenreiter München und Hamburg", "hinter Sieger Erlangen"), or None."""
        for cue in BEHIND_CUES:
            if self.lowers[i : i + len(cue)] == cue:
                after = i + len(cue)
                return after + (after < len(self.lowers) and self.lowers[after] in LEADER_TITLES)
        return None

    def _following_places(self, follow: SpacySpan, skip: int = 0) -> list[SpacySpan]:
        """Places listed right after "gefolgt von" (or, with `skip`, after a few words such as "folgen"),
        separated by commas and "und"."""
        places, i = [], follow.end
        sent_end = self.sent(follow).end
        by_start = self.place_at
        while i < sent_end and self.doc[i].lower_ in FOLLOW_ADVERBS:  # "Dahinter folgen diesmal Hannover …"
            i += 1
        while skip and i < sent_end and i not in by_start:
            i, skip = i + 1, skip - 1
        closing = False
        while i < sent_end:
            if i in by_start:
                places.append(by_start[i])
                i = by_start[i].end
                if closing:
                    break
            elif self.doc[i].text in (",", "und", "sowie", "dann", "bzw.") or ((self.doc[i].lower_ in LIST_ARTICLES or (
                    places and self.doc[i].lower_ == "von")) and (  # "gefolgt vom Saarland, von Bremen und von Berlin"
                    i + 1 in by_start or (i + 2 in by_start and self.doc[i + 1].lower_ in LIST_NOUNS))):
                closing = closing or self.doc[i].text in ("und", "sowie", "bzw.")  # "Rang 1 und 2 belegten Münster bzw. Freiburg"
                i += 2 if i + 1 < sent_end and i + 1 not in by_start and self.doc[i + 1].lower_ in LIST_NOUNS else 1
            elif self.doc[i].lower_ == "mit" and places and i + 1 < sent_end and self.doc[i + 1]._.ap_kind:
                i += 2
                if i < sent_end and self.doc[i].lower_ in UNIT_WORDS:
                    i += 1
            elif self.doc[i].text == "(" and places:
                close = next((j for j in range(i, min(sent_end, i + 8)) if self.doc[j].text == ")"), None)
                if close is None:
                    break
                i = close + 1
            elif closing and self.doc[i].lower_ in LIST_ADVERBS:  # "… und ausgerechnet Freiburg"
                i += 1
            else:
                break
        return places
