"""Reading the statements: each rank phrase of each sentence, top to bottom, into placements, movements,
claims, scores and totals."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from articleparse.assembly.draft import HELD_FROM_BEFORE, Subject
from articleparse.assembly.words import (
    CLAUSE_BREAKS,
    CLAUSE_JOINERS,
    GIVEN_UP_OBJECTS,
    GIVEN_UP_VERBS,
    LOSE_VERBS,
    HELD_AFTER,
    HOLD_BEFORE_ONLY,
    HOLD_VERBS,
    HOLD_WORDS,
    IN_A_ROW,
    LATER_WORDS,
    LED_BODIES,
    NEGATIONS,
    OTHERS_WORDS,
    PREPOSITIONS,
    QUESTION_VERBS,
    RANKING_WORDS,
    RANKING_WORD_ENDINGS,
    RANK_NOUNS,
    RETURN_SPAN_NOUNS,
    RETURN_WORDS,
    SAME_TIME_WORDS,
    SHARED_RANK_PRONOUNS,
    SHARED_RANK_RELATIVES,
    SHARED_RANK_WORDS,
    SINCE_WORDS,
    SMALLEST_TOTAL,
    STAY_VERBS,
    STUDY_VERB_STEMS,
    TIE_NOT_NOW,
    TIE_VERBS,
    TIMES_WORDS,
    TOGETHER_WORDS,
    UNIT_TYPES,
    WIN_VERBS,
    WISH_WORDS,
)
from articleparse.knowledge import Knowledge
from articleparse.report import Claim, Movement, Placement


class Statements:
    """Reads the sentences in order and turns each phrase into records."""

    def _read(self) -> None:
        paragraph = -1
        category_focus: tuple[str, SpacySpan] | None = None
        for sent in self.sentences:
            sent_paragraph = self._paragraph(sent.start_char)
            if sent_paragraph != paragraph:
                paragraph, self.narrative_year, self.looked_back_from = sent_paragraph, None, None
                if not self._only_categories(category_focus):
                    category_focus = None
            if self.looked_back_from is not None:  # the story goes back to where it was, unless it stays in the year looked
                # back to ("Zwei Jahre zuvor hatte es noch für Rang 19 gereicht. Der damalige Sieger …")
                if SAME_TIME_WORDS.isdisjoint(self._lowers_of(sent)):
                    self.narrative_year = self.looked_back_from[0]
                self.looked_back_from = None
            phrases = self.phrases_in.get(self.sentence_of[sent.start], [])
            if any(p.label_ == "block" for p in phrases):
                continue
            self._narrate(sent)
            categories = self.categories_in.get(self.sentence_of[sent.start], [])
            totals_first = sorted(phrases, key=lambda p: p.label_ not in ("total", "approx_total"))
            records = self._record_count()
            for phrase in totals_first:
                self._phrase(phrase, phrases, categories, category_focus)
            if any(p.label_ == "overall" for p in phrases) and not categories:
                category_focus = None  # "… steht im aktuellen Index auf Platz 46": back to the overall table
            # only the categories of the ranking in focus at them ("Im Niveauranking, das den Stand von Wirtschaft und
            # Arbeitsmarkt misst": the IW table, not the Zukunftsatlas' topics)
            categories = [c for c in categories if (named := self._ranking_at(c)) is None or named in c._.ap_gaz["rankings"]]
            if categories and len({c.label_ for c in categories}) < 3:  # an enumeration of the categories focuses none
                self.last_category = (categories[-1].label_, categories[-1])
                statements = [p for p in phrases if p.label_ in ("rank", "move", "claim")]
                # a category after a statement is that statement's, unless the ranking has no overall table or
                # the sentence is a heading ("Die Top 5 bei …:"); else it leads on
                one = len({c.label_ for c in categories}) == 1  # "Mobilität: Stuttgart war 2019 Sieger in der Mobilität, …"
                if (not any(s.end <= categories[0 if one else -1].start for s in statements) or self._record_count() == records
                        or self._only_categories(self.last_category)):
                    category_focus = self.last_category

    def _asks_whether(self, phrase) -> bool:
        """"Liegt Schleswig-Holstein wieder vorn?", "Faktencheck: Ist Köln abgestürzt?": a question opening with a verb
        asks whether, and states nothing in its main clause (the ranks in an aside or a clause of its own, "Ist Kiel, im
        Vorjahr noch Erster, …?", "Ist es Zufall, dass Kiel auf Platz 12 liegt?", are taken as given)."""
        sent = self.sent(phrase)
        if "?" not in self.texts[max(sent.start, sent.end - 2) : sent.end]:
            return False
        first = sent.start
        colon = next((i for i in range(sent.start, min(sent.end, sent.start + 4)) if self.texts[i] == ":"), None)
        if colon is not None:  # "Faktencheck: Ist …?"
            first = colon + 1
        return first < phrase.start and self.lowers[first] in QUESTION_VERBS and not self._clause_break(first, phrase.start)

    def _counted_from_the_end(self) -> None:
        """Ranks counted from the end ("Letzter", "Vorletzter") read before the text wrote their total, unless the text
        gives the place another rank in that table."""
        for subject, ranking, category, year, from_last, evidence in self.counted_from_last:
            total = self._text_total(ranking, year)
            told = {p.rank for p in self.draft.placements if not p.derived
                    and (p.entity, p.ranking, p.category, p.year) == (subject.name, ranking, category, year)}
            if total is not None and total > from_last and told <= {total - from_last}:
                self._placement(subject, ranking, category, year, total - from_last, evidence, total=total, derived=from_last > 0,
                                derived_from="the total written in the text" if from_last > 0 else None)

    def _denied_at_clause_end(self, phrase) -> bool:
        """"nicht" (or "nicht mehr") closing the phrase's clause right after it and its subject denies it."""
        doc, end = self.doc, self.sent(phrase).end
        i = phrase.end
        while i < end and i - phrase.end < 4 and not doc[i].is_punct and doc[i].lower_ not in NEGATIONS:
            i += 1
        if i >= end or doc[i].lower_ not in NEGATIONS:
            return False
        i += 1 + (i + 1 < end and doc[i + 1].lower_ == "mehr")
        return i >= end or doc[i].is_punct

    def _won_something_else(self, phrase, categories) -> bool:
        """"Den Sonderpreis gewinnt Kiel", "Gewonnen hat Kiel den Sonderpreis": what is won stands before the verb
        (after the winner when the participle opens the sentence) and names neither a ranking nor a category (not "Das
        Ranking gewinnt Kiel", "Bei der Mobilität siegt Stuttgart")."""
        doc, start = self.doc, phrase.start
        if phrase[0].lower_ == "gewonnen":
            article, noun = (doc[phrase.end], doc[phrase.end + 1]) if phrase.end + 1 < len(doc) else (None, None)
        elif start >= 2 and phrase[0].lower_ in WIN_VERBS:
            article, noun = doc[start - 2], doc[start - 1]
        else:
            return False
        return (noun is not None and noun.is_title and article.lower_ in ("den", "das", "die") and not noun._.ap_place
                and not any(c.start <= noun.i < c.end for c in categories)
                and not (noun.lower_ in RANKING_WORDS or noun.lower_.endswith(RANKING_WORD_ENDINGS)))

    def _heads_a_body(self, phrase) -> bool:
        """"stand er an der Spitze des Rathauses": the first place is of a body a person leads, not of a table."""
        doc, i = self.doc, phrase.end
        if phrase[-1].lower_ != "spitze" or i >= len(doc) or doc[i].lower_ not in ("des", "der", "eines", "einer"):
            return False
        i += 1
        start = i
        while i < len(doc) and doc[i].is_lower and doc[i].is_alpha:  # "der städtischen Verwaltung"
            i += 1
        named = any(c.start <= start < c.end or c.start <= i < c.end for c in self.doc.spans["ap_categories"])
        return i < len(doc) and doc[i].lower_ in LED_BODIES and not named  # not "an der Spitze der digitalen Verwaltung" (a category)

    def _record_count(self) -> int:
        return len(self.draft.placements) + len(self.draft.movements) + len(self.draft.claims)

    def _phrase(self, phrase: SpacySpan, phrases, categories, category_focus) -> None:
        kind, info = phrase.label_, phrase._.ap_phrase
        if kind == "follow" and self.last_placement and not any(p.label_ == "rank" and p.end <= phrase.start for p in phrases) \
                and not self._followers_ranked(phrase, phrases):
            # "Dahinter folgen Erfurt und Aachen." — not "… folgen Melbourne (4.) und Genf (5.)", which state their ranks
            self._continue_list(phrase)
            return
        if kind == "neighbours" and self.sent(phrase).start != 0:  # not in the headline
            self._neighbours_of_the_rank_told(phrase, phrases)
        if kind == "as_before":
            self._as_before(phrase)
        if kind in ("coref", "category_cue", "category_ref", "overall", "block", "idiom", "score_delta", "follow", "neighbours", "ahead_of",
                    "as_before"):
            return
        if self._vorn_explained(phrase, phrases) or self._asks_whether(phrase):
            return
        ranking = self._ranking_at(phrase)
        if ranking is None:
            return
        year = self._year_at(phrase, phrases, ranking)
        if kind == "rank" and "total" in info:  # "Rang 4 unter 417 Städten": the total tells which ranking
            ranking, year = self._edition_of_total(ranking, year, info["total"])
        elif kind == "rank" and isinstance(info.get("rank"), int):
            ranking = self._ranking_that_fits(phrase, ranking, year, info["rank"])
        if kind in ("total", "approx_total"):
            others = [p for p in phrases if p.label_ == "total" and p is not phrase]
            years = self.years_in.get(self.sentence_of[phrase.start], [])
            named = {y._.ap_year["year"] for y in years
                     if y.label_ in ("explicit", "edition") and not any(o.start <= y.start < o.end for o in others) and not self._other_time(y)
                     and not any(n.label_ == "narrative" and y.end <= n.start and n.end <= phrase.start for n in years)}
            own = self._clause_year(phrase, ranking)
            sentence = self.sentence_of[phrase.start]
            if info.get("elliptic") and (not (any(p.label_ == "total" and p is not phrase for p in phrases) or (
                    self._known_total(ranking, own) == info.get("total")
                    and any(p.label_ == "total" for p in self.phrases_in.get(sentence - 1, [])))) or not (
                    phrase[-1].text.endswith(".") or self.doc[phrase.end : phrase.end + 1].text in (".", ",", ";", "und"))):
                return  # "2025 sind es 83." only beside another total, or after one as the edition's known total ("… 83
                # Großstädte untersucht. 2024 waren es noch 82."; not "Köln kommt auf 80,1 Punkte. 2023 waren es noch 81.")
            if own is not None:  # "Bei der Premiere waren es 81 Städte, 2025 wurden alle 83 bewertet"
                year = own
            elif len(named) == 1:  # "der 173 Städte vergleicht, teilten sich … 2024 Platz 27": the sentence's one year
                year = named.pop()
            for each in self._each_year(phrase, ranking) or [year, *self._repeated_year(phrase, ranking)]:
                self._total(phrase, ranking, each, info)
            return
        if kind == "relative":
            self._relative(phrase, phrases, categories, category_focus, ranking, year, unit_of(self.knowledge, ranking))
            return
        if kind == "range":
            category = self._category_at(phrase, phrases, categories, category_focus, ranking)
            self._range(phrase, info, ranking, category, year)
            return
        if kind == "category_leaders":
            self._category_leaders(phrase, ranking, year)
            return
        if kind == "ahead_list":
            self._ahead_list(phrase, ranking, self._category_at(phrase, phrases, categories, category_focus, ranking), year,
                             unit_of(self.knowledge, ranking))
            return
        if info.get("needs_ranking") and not self._names_a_ranking(phrase):
            return  # "führt als Grund die Datenlage an" leads no ranking
        if info.get("needs_category") and not any(phrase.start <= c.start < phrase.end for c in categories):
            return  # "Leipzig führt beim Bevölkerungswachstum": an indicator, no category of the ranking
        if kind in ("rank", "claim") and (self._denied_at_clause_end(phrase) or self._won_something_else(phrase, categories)
                                          or self._heads_a_body(phrase)):
            return  # "Ganz oben steht Karlsruhe diesmal nicht.", "Den Sonderpreis gewinnt Kiel.", "an der Spitze des Rathauses"
        if kind in ("rank", "claim", "move") and self._wished(phrase):
            return  # "„Wir wollen auf Platz 1“", "Bis 2027 will Kiel um fünf Plätze klettern"
        if info.get("alone") and any(p.label_ == "rank" and p is not phrase and not self._clause_break(
                min(p.end, phrase.end), max(p.start, phrase.start)) for p in phrases):
            return  # "Am unteren Ende der Tabelle steht Gera auf Rang 80"
        if info.get("past") and year is not None and year == self.editions.get(ranking):
            year = self._shift(ranking, year, -1)  # "…, das die Tabelle lange angeführt hatte": before this edition
        if kind in ("rank", "claim") and year is not None and self._not_held(phrase):
            year = self._shift(ranking, year, -1)  # "konnte den dritten Platz nicht verteidigen": the rank of the edition before
        if (kind == "claim" and self._heads_a_list(phrase)) or (kind == "rank" and "from_last" in info and self._introduces_listed_places(phrase)):
            return
        category = self._category_at(phrase, phrases, categories, category_focus, ranking)
        if kind == "move" and info.get("needs_rank") and (ranks := [p for p in phrases if p.label_ == "rank"]):
            # "Wie im Vorjahr steht München an der Spitze des Niveaurankings", "hat die Kategorie Verwaltung gewonnen und liegt
            # in der Gesamtwertung wie im Vorjahr auf dem dritten Platz": the step is of the table of the rank nearest to it
            rank = min(ranks, key=lambda p: _gap(p, phrase))
            category = self._category_at(rank, phrases, categories, category_focus, ranking)
        unit = unit_of(self.knowledge, ranking)
        subjects = self._subjects(phrase, phrases, unit, kind)
        if not subjects:
            known = self._known_total(ranking, year)
            if kind == "rank" and info.get("total", 0) >= SMALLEST_TOTAL and known in (None, info["total"]):
                # "landet das Land auf Platz zwei von 16": the field, whoever holds it (not "im Weltglücksbericht … von 143")
                self._set_total(ranking, year, info["total"], self._span(phrase))
            return
        evidence = self._span(phrase)
        for subject in subjects:
            if kind == "rank":
                for shared in self._coordinated_categories(phrase, categories, category):
                    self._rank(phrase, info, subject, ranking, shared, year, phrases, evidence)
            elif kind == "move":
                self._move(phrase, info, subject, ranking, category, year, phrases, evidence)
            elif kind == "claim":
                self._claim(subject, ranking, category, year, info, evidence)
            elif kind == "score":
                self._score(subject, ranking, category, year, info["score"], evidence)
            elif kind == "held_on":
                self._held_on(phrase, phrases, subject, ranking, category, year, evidence)

    def _held_on(self, phrase, phrases, subject, ranking, category, year, evidence) -> None:
        """"… auf Rang 35 und hielt diese Position im Jahr darauf": the rank told last of the subject's table before the
        phrase, in an earlier year, is the rank of the phrase's year too; a movement of 0 between them; neighbours after
        it are that year's ("hielt diese Position 2019 hinter Spitzenreiter Berlin")."""
        told = [(y, rank) for y, rank, end in self.told_of_table.get((subject.name, ranking, category), [])
                if end <= phrase.start_char and y is not None and year is not None and y < year]
        if not told:
            return
        earlier, rank = told[-1]
        self._placement(subject, ranking, category, year, rank, evidence, derived=True, derived_from=f"rank {rank} of {earlier} held")
        self._movement(Movement(entity=subject.name, ranking=ranking, category=category, from_year=earlier, to_year=year,
                                places=0, evidence=self._span(self.doc, phrase.start_char, phrase.end_char)))
        self._neighbours_and_lists(phrase, phrases, ranking, category, year, rank, subject)

    def _vorn_explained(self, phrase: SpacySpan, phrases) -> bool:
        """"liegt knapp vorn, auf Rang drei": ahead of a rival, on the rank written right after it — not first."""
        if phrase.label_ != "rank" or not any(t.lower_ in ("vorn", "vorne") for t in phrase):
            return False
        i = phrase.end
        while i < len(self.doc) and self.lowers[i] in (",", "auf", "dem", "nämlich", "also"):
            i += 1
        after = next((p for p in phrases if p.start == i and p.label_ == "rank"), None)
        return i > phrase.end and after is not None and after._.ap_phrase.get("rank") not in (None, 1)

    def _heads_a_list(self, phrase: SpacySpan) -> bool:
        """"Die Top 5 im Überblick:": a heading that opens with the group and lists its members after the colon
        claims nothing of them ("Die Top 10 komplettieren Nürnberg (4.) …" and "… Bochum (5., Vorjahr: 4.)" do)."""
        sent = self.sent(phrase)
        return (phrase.start == sent.start + 1 and self.doc[sent.start].lower_ in ("die", "der")
                and any(t.text == ":" for t in self._outside_parentheses(phrase.end, sent.end)))

    def _introduces_listed_places(self, phrase: SpacySpan) -> bool:
        """"Am Ende der Rangliste finden sich drei Städte: Duisburg auf Platz 399, …": a phrase before a colon that
        names no place of its own introduces the places listed after it, and one before two places joined by "und"
        names them together ("… finden sich Ludwigshafen und Trier"); it gives none of them its rank."""
        sent, sentence = self.sent(phrase), self.sentence_of[phrase.start]
        places = self.places_in.get(sentence, [])
        colon = next((t.i for t in self.doc[phrase.end : sent.end] if t.text == ":"), None)
        if colon is None:  # "Am Ende der Tabelle finden sich Ludwigshafen und Trier": two at the end, neither the last
            after = [p for p in places if p.start >= phrase.end]
            return (len(after) >= 2 and not any(p.start < phrase.start for p in places)
                    and (TOGETHER_WORDS | SHARED_RANK_WORDS).isdisjoint(self.lowers[sent.start : sent.end])  # not "punktgleich"
                    and self.lowers[after[0].end : after[1].start] in (["und"], ["sowie"])
                    and not any(p.label_ in ("rank", "claim") and p.start >= after[1].end for p in self.phrases_in.get(sentence, [])))
        if any(p.start < colon for p in places):
            return False
        return sum(1 for p in places if p.start > colon) >= 2

    def _placement(self, subject, ranking, category, year, rank, evidence, *, total=None, derived=False, derived_from=None, score=None,
                   from_place=False):
        """Add a placement once per key; a stated one replaces a derived one. `from_place`: derived from another place's rank.
        Returns its key (its category may be the place's size class), None when no placement is made."""
        if rank is None or rank < 1 or (derived and from_place and rank > (self._total_of(ranking, year) or rank)):
            return None  # "… steht Damaskus, knapp vor Tripolis" at the end of the list: no neighbour past the last rank
        category = self._table_of(subject.name, ranking, category, year, evidence.start)
        key = (subject.name, ranking, category, year, rank)
        if derived and from_place:
            self.ranks_from_places.add(key)
        if not derived:
            self.stated_evidence.setdefault(key, []).append(evidence)
            self.told_of_table.setdefault(key[:3], []).append((year, rank, evidence.end))
        else:
            self.derived_evidence.setdefault(key, []).append(evidence)
        if key in self.placement_keys:
            index = self.placement_keys[key]
            old = self.draft.placements[index]
            if old.derived and not derived:
                self.draft.placements[index] = old.model_copy(update={"derived": False, "derived_from": None, "evidence": evidence})
            if not derived:  # told again ("Hanau startet auf Rang 81" over "… den vorletzten Platz. Nur Salzgitter …")
                self._told_again(key, evidence)
            return key
        self.placement_keys[key] = len(self.draft.placements)
        placement = Placement(
            entity=subject.name, ranking=ranking, category=category, year=year, rank=rank, total=total,
            score=score, derived=derived, derived_from=derived_from, evidence=evidence,
        )
        self.draft.placements.append(placement)
        if not derived:
            self.last_placement = placement
        return key

    def _table_of(self, entity: str, ranking: str | None, category: str | None, year: int | None, at: int | None = None) -> str | None:
        """The category a record is of: the one the text names, else, for a ranking that only ranks within size classes
        (the ADFC test), the class of the place's size ("Münster ist beim Fahrradklima-Test wieder vorn"); a class named
        in another sentence (at: the record's first character) that the place's size clearly does not fit gives way to
        its own (not one named beside the rank: the text knows the ranking's count of inhabitants better)."""
        info, place = self.knowledge.ranking(ranking), self.knowledge.place(entity)
        if info is None or place is None or place.state is None:  # no class for a city abroad
            return category
        if category is None:
            return info.size_class(place.population, year)
        if info.outside_class(category, place.population) and not self._named_in_sentence(category, at):
            return info.size_class(place.population, year) or category
        return category

    def _named_in_sentence(self, category: str, at: int | None) -> bool:
        """The category is named in the sentence holding character `at`."""
        if at is None:
            return False
        sentence = self._sentence_at(at)
        return any(c.label_ == category for c in self.categories_in.get(sentence, []))

    def _holder_of(self, phrase, subject, ranking, category, year, rank, written_only: bool = False) -> Subject:
        """The subject of a rank held: the one place already told on it when the subject found is told on another rank of
        the table ("München an der Spitze, gefolgt von Stuttgart und Ingolstadt. Die Stadt verteidigt ihren dritten
        Platz"), else the subject found; a reference in the sentence that took up the subject found takes up the holder
        instead, for the references after it ("… Im Infrastrukturranking belegt die Stadt ebenfalls Rang drei")."""
        holder = self._holder(ranking, category, year, rank)
        if holder is None or holder.name == subject.name or holder.type != subject.type:
            return subject  # "die Stadt" takes up no Landkreis
        if not any(y == year and r != rank for y, r, _ in self.told_of_table.get((subject.name, ranking, category), [])):
            return subject  # only a subject told on another rank of this table is not the holder ("In Lübeck … Die Stadt hält …")
        sent = self.sent(phrase)
        references = [position for position, referent in self.resolved_references.items()
                      if sent.start <= position < phrase.start and referent.name == subject.name]
        if written_only and not references:
            return subject  # a step's subject found by no written reference (the article's place) stays
        for position in references:
            self.resolved_references[position] = holder
        return holder

    def _holder(self, ranking, category, year, rank) -> Subject | None:
        """The one place already told to be on `rank` of this table: what "die Fahrradstadt" or "sie" takes up when it
        defends that rank ("Münster auf Platz eins … Kiel wird Vierter. Damit verteidigt die Fahrradstadt ihren
        Spitzenplatz")."""
        holders = {p.entity for p in self.draft.placements
                   if not p.derived and (p.ranking, p.category, p.year, p.rank) == (ranking, category, year, rank)}
        if len(holders) != 1 or (ranking, category, year, rank) in self.draft.ties:
            return None
        name = holders.pop()
        place = next((span for span in self.places if span.label_ == name), None)
        return Subject(name, place.kb_id_, False) if place is not None else None

    def _told_in_sentence(self, phrase, ranking, category, year) -> list[Placement]:
        """The placements of this table that the phrase's sentence has given so far."""
        sent = self.sent(phrase)
        return [p for p in self.draft.placements if (p.ranking, p.category, p.year) == (ranking, category, year)
                and sent.start_char <= p.evidence.start < sent.end_char]

    def _wished(self, phrase) -> bool:
        """A word of wishing or supposing earlier in the phrase's clause (which "und" ends): "„Wir wollen nächstes Jahr auf
        Platz 1“", "Bochum könnte Platz 3 erreichen", "Ziel ist Platz zehn"; or a rank said of no one, opening a quote with "ein"."""
        sent = self.sent(phrase)
        start = next((i + 1 for i in range(phrase.start - 1, sent.start - 1, -1)
                      if self.texts[i] in CLAUSE_BREAKS or self.lowers[i] in ("und", "aber", "doch")), sent.start)
        if (phrase.start - 1 > sent.start and self.lowers[phrase.start - 1] == "ein"
                and self.texts[phrase.start - 2] in ("„", '"', "»", "«")):
            return True  # "„Ein zweiter Platz ist ein Spitzenergebnis“": any second place in a quote, no one's
        goal = any(self.lowers[i] in ("ziel", "ziele") and any(t in ("ist", "war", "bleibt", "sei", ":")
                                                             for t in self.texts[i + 1 : min(i + 5, phrase.start)])
                   for i in range(start, phrase.start))  # "Ziel ist Platz zehn", "Das Ziel der Stadt war Platz 10"
        return goal or not WISH_WORDS.isdisjoint(self.lowers[start : phrase.end])  # not "… will mehr und steigt …"

    def _told_again(self, key: tuple, evidence) -> None:
        """A placement already made is told here once more: lists and neighbours go on from it, at this evidence."""
        self.last_placement = self.draft.placements[self.placement_keys[key]].model_copy(update={"evidence": evidence})

    def _total_of(self, ranking, year) -> int | None:
        """The total written in the text, else the known total of the edition."""
        return self._text_total(ranking, year) or self._known_total(ranking, year)

    def _known_total(self, ranking, year) -> int | None:
        """The total the knowledge holds for the edition, None when the edition or its total is not known."""
        info = self.knowledge.ranking(ranking)
        edition = info.edition(year) if info and year is not None else None
        return edition.total if edition else None

    def _text_total(self, ranking, year) -> int | None:
        found = self.draft.text_totals.get((ranking, year))
        return found[0] if found else None

    def _rank(self, phrase, info, subject, ranking, category, year, phrases, evidence) -> None:
        if "total" in info and info["total"] >= SMALLEST_TOTAL:
            self._set_total(ranking, year, info["total"], evidence)
        total = self._text_total(ranking, year)
        rank, derived = info.get("rank"), False
        last = self.last_placement
        if "beside_last" in info:  # "Wiesbaden landet direkt dahinter", "davor liegt Tripolis"
            sentence = self.sentence_of[phrase.start]
            ranking_info = self.knowledge.ranking(ranking)  # not an ADFC size class: those come from the place's population
            if last is not None and category is None and last.category is not None and not self.categories_in.get(sentence) \
                    and ranking_info is not None and ranking_info.overall and not any(p.label_ == "overall" for p in self.phrases_in.get(sentence, [])):
                category = last.category  # "In der Kategorie Mobilität ist Berlin Zweiter. Nur München liegt davor."
            if (last is None or (last.ranking, last.category, last.year) != (ranking, category, year)
                    or last.entity == subject.name or not self._close_sentences(last.evidence, evidence)
                    or (phrase[0].text == "," and not self.sent(phrase).start_char <= last.evidence.start)):
                return  # ", Hamburg direkt dahinter" goes on from a rank of its own sentence
            side, distance = ("behind" if info["beside_last"] > 0 else "ahead of"), abs(info["beside_last"])
            self._placement(subject, ranking, category, year, last.rank + info["beside_last"], evidence, total=total, derived=True,
                            derived_from=f"{'one rank' if distance == 1 else f'{distance} ranks'} {side} {last.entity} on rank {last.rank}",
                            from_place=True)
            return
        if info.get("displaced") and year is not None and rank is not None:
            # "verdrängt Köln vom dritten Platz": Köln held that rank in the edition before; the place named last in
            # the phrase ("verdrängte Münster Karlsruhe von der Spitze"), first in the passive ("wurde München von …")
            order = range(phrase.start, phrase.end) if info.get("passive") else range(phrase.end - 1, phrase.start - 1, -1)
            ousted = next((self.place_at[i] for i in order if i in self.place_at), None)
            if ousted is not None and ousted.label_ != subject.name:
                previous = self._shift(ranking, year, -1)
                self._placement(Subject(ousted.label_, ousted.kb_id_, True), ranking, category, previous, rank, evidence,
                                derived=True, derived_from=f"{subject.name} ousted it from rank {rank}")
        if info.get("handed_over"):
            # "Wien musste den Spitzenplatz an Kopenhagen abgeben": the place the rank went to holds it now, the subject
            # held it in the edition before
            receiver = next((self.place_at[i] for i in range(phrase.end - 1, phrase.start - 1, -1) if i in self.place_at), None)
            if receiver is None or receiver.label_ == subject.name or year is None or rank is None:
                return
            taker = Subject(receiver.label_, receiver.kb_id_, True)
            self._placement(taker, ranking, category, year, rank, evidence)
            if info.get("claim"):
                self._claim(taker, ranking, category, year, {"claim": info["claim"], "n": info.get("n")}, evidence)
            self._placement(subject, ranking, category, self._shift(ranking, year, -1), rank, evidence, derived=True,
                            derived_from=f"{subject.name} handed it to {receiver.label_}")
            return
        if rank is not None and year is not None and not subject.explicit and self._holds(phrase, phrases):
            subject = self._holder_of(phrase, subject, ranking, category, year, rank)
        if "from_last" in info:
            if total is not None:
                rank, derived = total - info["from_last"], info["from_last"] > 0
            elif "\n" in self.text[: phrase.start_char]:
                # the total may come later ("Trier als Vorletzter … wurden 72 kreisfreie Städte untersucht"), but not
                # for a headline ("zwischen Spitzenplatz und Schlusslicht")
                self.counted_from_last.append((subject, ranking, category, year, info["from_last"], evidence))
        told = self._told_in_sentence(phrase, ranking, category, year) if rank is not None else []
        if info.get("tie") or self._tied(phrase):
            self.draft.ties.add((ranking, category, year, rank))
        elif any(p.entity == subject.name and p.rank != rank for p in told):
            # the sentence already gave the subject another rank of this table: "Bochum landet auf Platz 7, vor Köln auf
            # Platz 9" is the place the rank follows; a rank already given to another place is that place's ("an die
            # Spitze, knapp vor Berlin auf Rang zwei")
            before = self.place_ending.get(phrase.start - (self.lowers[phrase.start - 1] == "auf"))
            if before is not None and before.label_ != subject.name and not any(p.entity == before.label_ for p in told):
                subject = Subject(before.label_, before.kb_id_, True)
            elif any(p.entity != subject.name and p.rank == rank for p in told):
                return
        if rank is not None:
            key = self._placement(subject, ranking, category, year, rank, evidence, total=total, derived=derived,
                                  derived_from="the total written in the text" if derived else None)
            if derived and key is not None:  # "Remscheid Vorletzter, davor liegt Cottbus": a rank counted from the end is told all the same
                self._told_again(key, evidence)
        if "prev_rank" in info and year is not None:
            previous, current = info.get("prev_year") or self._shift(ranking, year, -1), self.last_placement
            self._placement(subject, ranking, category, previous, info["prev_rank"], evidence)
            self.last_placement = current  # a list goes on from this year's ranks, not from "Vorjahres-Dritte"
            if rank is not None:
                self._movement(Movement(entity=subject.name, ranking=ranking, category=category,
                                                     from_year=previous, to_year=year,
                                                     places=info["prev_rank"] - rank, evidence=evidence))
        held = not ("prev_rank" in info and year is not None) and rank is not None and self._holds(phrase, phrases)
        if held:
            self._held(phrase, subject, ranking, category, year, rank, evidence)
        other_years = []
        if rank is not None:  # what the rest of the sentence says of the same rank
            if year is not None:
                self._in_a_row(phrase, phrases, subject, ranking, category, year, rank)
                self._streak(phrase, subject, ranking, category, year, rank, held)
            self._tie_partner(phrase, subject, ranking, category, year, rank)
            self._gapped_categories(phrase, ranking, year, rank)
            if year is not None:
                other_years = self._listed_years(phrase, phrases, subject, ranking, category, year, rank)
                self._gapped_years(phrase, subject, ranking, category, year, rank)
                self._likewise_years(phrase, subject, ranking, category, year, rank)
        if info.get("claim") and not info.get("from_last"):  # "Vorletzter" is no claim of being last
            self._claim(subject, ranking, category, year, {"claim": info["claim"], "n": info.get("n")}, evidence)
        if rank is not None:
            for each_year in [year, *other_years]:  # "2018 und 2020 jeweils Platz 2 hinter Karlsruhe": behind it in each
                self._neighbours_and_lists(phrase, phrases, ranking, category, each_year, rank, subject)

    def _in_a_row(self, phrase, phrases, subject, ranking, category, year, rank) -> None:
        """"führt den Index zum dritten Mal in Folge an", "Zweimal in Folge war sie Zweite": the same rank in the
        editions before, as many as the sentence counts (this one included), held from each to the next — when the
        count stands in the rank's own clause (or closes its sentence: "…an, zum vierten Mal in Folge."), no word of
        climbing, falling or negation stands beside it, and no other rank of the sentence is nearer to it."""
        sent = self.sent(phrase)
        count = self._times_in_a_row(sent)
        if count is None:
            return
        times, start, end = count
        doc = self.doc
        low, high = min(phrase.end, end), max(phrase.start, start)  # the words between the count and the phrase
        closing = start > phrase.end and all(t.is_punct or t.is_space for t in doc[end : sent.end])
        if not closing and (self._clause_break(low, high) or any(t.lower_ in CLAUSE_JOINERS for t in doc[low:high])):
            return  # "verbessert sich zum dritten Mal in Folge und steht nun auf Platz sieben"
        beside = [*doc[max(sent.start, start - 3) : end], *doc[low:high]]
        if any(t.lower_ in self.directions or t.lower_ in NEGATIONS for t in beside):
            return
        ranks = [p for p in phrases if p.label_ == "rank"]
        if min(ranks, key=lambda p: max(p.start - end, start - p.end, 0)) is not phrase:
            return
        evidence = self._span(doc[min(phrase.start, start) : max(phrase.end, end)])
        self._held_in_a_row(subject, ranking, category, year, rank, times, evidence)

    def _streak(self, phrase, subject, ranking, category, year, rank, held: bool) -> None:
        """"Nach zwei Jahren auf Rang drei ist Köln … gerutscht": the rank right after a count of editions holds for as
        many editions up to its year; a held one for those its comparison counts ("Spitzenreiter ist wie in den beiden
        Vorjahren München")."""
        streak = next((y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y._.ap_year.get("streak") and (
            0 <= phrase.start - y.end <= 1 and self._streak_told(y) if y.label_ == "relative" else held)), None)
        if streak is not None:
            evidence = self._span(self.doc[min(streak.start, phrase.start) : max(streak.end, phrase.end)])
            self._held_in_a_row(subject, ranking, category, year, rank, streak._.ap_year["streak"], evidence)

    def _held_in_a_row(self, subject, ranking, category, year, rank, times, evidence) -> None:
        """The rank in the editions before `year`, `times` editions in all, held from each to the next."""
        info = self.knowledge.ranking(ranking)
        first = min((e.year for e in info.editions), default=None) if info else None
        earlier = year
        for _ in range(times - 1):
            later, earlier = earlier, self._shift(ranking, earlier, -1)
            if first is not None and earlier < first:
                return
            self._placement(subject, ranking, category, earlier, rank, evidence, derived=True,
                            derived_from=f"rank {rank} {times} times in a row up to {year}")
            self._movement(Movement(entity=subject.name, ranking=ranking, category=category, from_year=earlier,
                                    to_year=later, places=0, evidence=evidence))

    def _tie_partner(self, phrase, subject, ranking, category, year, rank) -> None:
        """The place a rank is shared with: "gemeinsam mit Calgary auf dem siebten Rang", "auf Rang 27, gleichauf mit
        Hamburg", "… und teilt sich diesen Platz nun mit Hamburg"."""
        partner = self._partner_before(phrase) or self._partner_after(phrase)
        if partner is None or partner.label_ == subject.name or partner.kb_id_ not in UNIT_TYPES.get(unit_of(self.knowledge, ranking), ()):
            return
        self.draft.ties.add((ranking, category, year, rank))
        evidence = self._span(self.doc[min(phrase.start, partner.start) : max(phrase.end, partner.end)])
        self._placement(Subject(partner.label_, partner.kb_id_, True), ranking, category, year, rank, evidence)

    def _partner_before(self, phrase) -> SpacySpan | None:
        """"gemeinsam mit Calgary auf dem siebten Rang": the place right before the phrase (only a preposition and an
        article between) after "gemeinsam mit"."""
        doc = self.doc
        i = phrase.start
        while i > 0 and doc[i - 1].lower_ in ("auf", "dem", "den", "der"):
            i -= 1
        place = self.place_ending.get(i)
        if place is not None and place.start >= 2 and doc[place.start - 1].lower_ == "mit" and doc[place.start - 2].lower_ in TOGETHER_WORDS:
            return place
        return None

    def _partner_after(self, phrase) -> SpacySpan | None:
        """", gleichauf mit Hamburg" right after the phrase; "und teilt sich diesen Platz (nun) mit Hamburg" when the
        sentence states no other rank after it (but in a relative clause on the partner: "…, das 2023 noch Rang 22
        belegt hatte")."""
        doc, end = self.doc, self.sent(phrase).end
        i = phrase.end + (phrase.end < end and doc[phrase.end].text == ",")
        if i + 2 < end and doc[i].lower_ in SHARED_RANK_WORDS and doc[i + 1].lower_ == "mit":
            return self.place_at.get(i + 2)
        k = phrase.end  # past a verb's particle or infinitive: "fällt auf Platz zwei zurück, den …", "… begnügen und teilt ihn sich …"
        while k < min(end, phrase.end + 2) and self.texts[k].isalpha() and self.texts[k].islower() and self.texts[k] != "und":
            k += 1
        partner = self._sharer_after(k + (k < end and self.texts[k] == ","), end, {t.lower_ for t in phrase})
        if partner is None or any(p.start > phrase.end and p.label_ in ("rank", "move") and not self._in_relative_clause_after(partner, p)
                                  for p in self.phrases_in.get(self.sentence_of[phrase.start], [])):
            return None
        return partner

    def _sharer_after(self, i: int, end: int, phrase_words: set[str]) -> SpacySpan | None:
        """The place after "mit" in a clause from token i that shares the rank before it: "und teilt sich diesen Platz
        (nun) mit Hamburg", "und teilt ihn (sich) mit Bayern", "und muss sich den Rang mit Bayern teilen", ", den es sich
        mit Bayern teilt" (the relative pronoun of the rank's noun: not ", das sich mit Köln einen Flughafen teilt"); the
        "und" clause must take up the rank (a rank noun or "ihn"), not "teilt sich die Freude mit X"; a tie denied or of
        another time ("diesmal nicht", "vor zwei Jahren") is none."""
        lowers = self.lowers
        if i + 1 >= end:
            return None
        relative = (not SHARED_RANK_RELATIVES.get(lowers[i], frozenset()).isdisjoint(phrase_words) and self.texts[i - 1] == ","
                    and self.texts[i + 1].islower())  # not ", die Freude teilt …"
        if not (lowers[i] == "und" or relative):
            return None
        stop = next((k for k in range(i + 1, end) if self.texts[k] in CLAUSE_BREAKS or lowers[k] == "und"), end)
        words = lowers[i + 1 : stop]
        denied = [k for k, w in enumerate(words) if w in TIE_NOT_NOW and not (w == "nicht" and words[k + 1 : k + 2] == ["nur"])]
        ago = any(w == "vor" and "jahren" in words[k + 1 : k + 4] for k, w in enumerate(words))  # "vor zwei Jahren", not "seit Jahren"
        if TIE_VERBS.isdisjoint(words) or denied or ago:
            return None
        mit = next((k for k in range(i + 1, stop - 1) if lowers[k] == "mit" and k + 1 in self.place_at), None)
        if mit is None or not (lowers[i] != "und" or any(w in RANK_NOUNS or w in SHARED_RANK_PRONOUNS for w in lowers[i + 1 : mit])):
            return None
        return self.place_at[mit + 1]

    def _times_in_a_row(self, sent: SpacySpan) -> tuple[int, int, int] | None:
        """How many times in a row a sentence counts ("zum dritten Mal in Folge", "im dritten Jahr in Folge", "dreimal
        hintereinander"), and the token range of the count."""
        doc, lowers = self.doc, self._lowers_of(sent)
        if TIMES_WORDS.keys().isdisjoint(lowers) and "zum" not in lowers and "im" not in lowers:
            return None
        for t in sent:
            i = t.i
            if (t.lower_ in ("zum", "im") and i + 3 < sent.end and doc[i + 1]._.ap_kind == "ord"
                    and doc[i + 2].lower_ in ("mal", "jahr")):  # "zum dritten Mal", "im dritten Jahr"
                times, rest = doc[i + 1]._.ap_ord, i + 3
            elif t.lower_ in TIMES_WORDS and i + 1 < sent.end:
                times, rest = TIMES_WORDS[t.lower_], i + 1
            else:
                continue
            for length in (1, 2):  # "hintereinander", "in Folge"
                if rest + length <= sent.end and " ".join(w.lower_ for w in doc[rest : rest + length]) in IN_A_ROW and times >= 2:
                    return int(times), i, rest + length
        return None

    def _not_held(self, phrase) -> bool:
        """"hat Platz 3 nicht gehalten", "verteidigt ihre Spitzenposition nicht": "nicht" right after the rank, with a
        verb of holding in its clause; "muss den Spitzenplatz aus dem Vorjahr abgeben": a verb of giving up after it; "den
        Verlust des ersten Platzes"."""
        sent, lowers = self.sent(phrase), self.lowers
        article = next((i for i in range(max(sent.start, phrase.start - 1), phrase.start + 1) if lowers[i] in GIVEN_UP_OBJECTS), None)
        verb = next((i for i in range(phrase.end, min(sent.end, phrase.end + 5)) if lowers[i] in GIVEN_UP_VERBS), None)
        if (article is not None and verb is not None and (article == sent.start or lowers[article - 1] not in PREPOSITIONS)
                and not any(t in CLAUSE_BREAKS or t in ("an", "und") for t in lowers[phrase.end : verb])
                and NEGATIONS.isdisjoint(lowers[max(sent.start, phrase.start - 4) : verb])):
            return True  # the rank as the object; not "an Hamburg abgeben" (whose rule gives Hamburg the rank), "nicht abgegeben"
        if lowers[max(sent.start, phrase.start - 2) : phrase.start] == ["verlust", "des"]:
            return True  # "bedeutet das den Verlust des ersten Platzes": held in the edition before
        lost = phrase.start - 1 - (article is not None and article == phrase.start - 1)
        if lost >= sent.start and lowers[lost] in LOSE_VERBS and "nicht" not in lowers[phrase.end : min(sent.end, phrase.end + 3)]:
            return True  # "Wien verliert Spitzenplatz", "verlor den dritten Platz" (not "verliert den Spitzenplatz nicht")
        after = lowers[phrase.end : min(sent.end, phrase.end + 2)]
        if "nicht" not in after:
            return False
        clause_start = next((i + 1 for i in range(phrase.start - 1, sent.start - 1, -1) if self.texts[i] in CLAUSE_BREAKS), sent.start)
        clause_end = next((i for i in range(phrase.end, sent.end) if self.texts[i] in CLAUSE_BREAKS or lowers[i] == "und"), sent.end)
        return any(w in HOLD_VERBS or w in HELD_AFTER for w in lowers[clause_start:clause_end])

    def _back_again(self, again, sent) -> bool:
        """"wieder" of a return, not of a hold: "endlich wieder", "kehrt wieder auf Platz eins zurück", "Nach drei Jahren ist
        Köln wieder …", "2022 noch Spitzenreiter, ist wieder auf Platz eins"."""
        words = self.lowers[sent.start : sent.end]
        return (not RETURN_WORDS.isdisjoint(words) or "noch" in self.lowers[sent.start : again.i]
                or any(w == "nach" and not RETURN_SPAN_NOUNS.isdisjoint(words[k + 1 : k + 4]) for k, w in enumerate(words)))

    def _holds(self, phrase, phrases) -> bool:
        """A rank held from the edition before: a word of holding near it ("hält", "verteidigt", "erneut", "blieb",
        "Platz 3 halten", "wie schon im Vorjahr"), with no movement, no climbing or falling and no "nicht" nearby."""
        if any(p.label_ == "move" and p._.ap_phrase.get("places") != 0 for p in phrases):
            return False  # a step in the sentence ("… wie damals Zweiter" holds, and so may another rank beside it)
        sent = self.sent(phrase)
        if any(t.lower_ in LATER_WORDS for t in self.doc[phrase.end : min(sent.end, phrase.end + 3)]):
            return False  # "belegte 2022 erstmals Platz eins und verteidigte den Spitzenplatz danach": held in the editions after
        clause_start = next((t.i + 1 for t in reversed(self.doc[sent.start : phrase.start]) if t.text in CLAUSE_BREAKS), sent.start)
        before = self.doc[max(clause_start, phrase.start - 8) : phrase.end]  # its clause up to the phrase: "ist erneut Zwölfter"
        after = self.doc[phrase.end : min(sent.end, phrase.end + 8)]
        if any(t.lower_ in self.directions and self.doc[t.i - 1].lower_ != "ganz" and t.i < phrase.start for t in before) or any(
                t.lower_ == "nicht" for t in (*before, *after)):
            return False  # "fällt erneut zurück auf Platz 12", "konnte Platz 3 nicht halten" (not "Ganz unten bleibt …", not the
            # phrase's own verb: "gewinnt erneut Münster")
        if any((t.lower_ in HOLD_WORDS or (t.lower_ in HOLD_BEFORE_ONLY and phrase.start - t.i <= 3 and not self._back_again(t, sent)))
               and not any(p.label_ == "rank" and t.i < p.end <= phrase.start for p in phrases) for t in before):
            return True  # not the hold word of another rank between ("hält Rang drei hinter Spitzenreiter München")
        verb = next((t for t in self.doc[max(clause_start, phrase.start - 16) : before.start] if t.lower_ in HOLD_VERBS), None)
        if verb is not None and not any(t.lower_ in ("und", "sowie", "oder") or t.lower_ in self.directions
                                        for t in self.doc[verb.i : phrase.start]):
            return True  # "verteidigt die bayerische Landeshauptstadt mit 90,2 von 100 möglichen Punkten ihren Spitzenplatz"
        joined, named = False, self._named_table_words(phrase)
        for t in after:
            if t.text in (";", ":", "–") or t.lower_ in ("aber", "doch", "während", "dagegen") or (
                    t.text == "," and (t.i + 1 in self.place_at or self._category_follows(t.i + 1))):
                break  # "München auf Rang eins, Kiel weiterhin auf Rang zwölf", "siegt Paderborn, bei der Gesellschaft erneut Hamburg"
            joined = joined or t.lower_ == "und"  # "landet auf Platz 5 und liegt erneut vor Lübeck": not held
            gap = sum(1 for i in range(phrase.end, t.i) if i not in named)
            if (t.lower_ in HELD_AFTER or (t.lower_ in HOLD_WORDS and gap <= 2 and not joined)) and self.doc[t.i + 1 : t.i + 2].text != "sich":
                # "konnte seinen zwölften Platz verteidigen", "… halten ihre Plätze" (not "halten sich unter den besten
                # zehn"), "An der Spitze steht erneut Sachsen",
                # "An der Spitze des Niveaurankings steht erneut München"
                return True
            if t.lower_ in STAY_VERBS and gap == 0 and self._place_follows(t.i + 1):  # "Spitzenreiter (im Niveauranking) bleibt
                return True  # München", not "Der Sieger der Studie bleibt bescheiden"
        ranks = [p for p in phrases if p.label_ in ("rank", "claim") and p is not phrase]
        if any(y.label_ == "compare" and y[0].lower_ == "wie" and (abs(y.start - phrase.start) <= 6 or not self._clause_break(
                min(y.end, phrase.end), max(y.start, phrase.start)) or self._closing_comparison(y, phrase, sent)) and (
                    not "".join(self.texts[sent.start : y.start]).strip() or not any(_gap(p, y) < _gap(phrase, y) for p in ranks))
               for y in self.years_in.get(self.sentence_of[phrase.start], [])):
            return True  # "landet wie schon im Vorjahr auf Platz zwei", "Wie schon 2021 reicht es für Solingen für Platz 35" (all
            # ranks of a sentence it opens); not "hat die Kategorie gewonnen und liegt wie im Vorjahr auf dem dritten Platz"
        answer = self._answer_sentence(phrase)
        if answer is not None:  # "Wer liegt vorn? Wie im Vorjahr München, vor Hamburg.", "… Hamburg, wie im Vorjahr."
            said = [p.start for p in self.phrases_in.get(answer, [])
                    if p.label_ == "rank" or (p.label_ == "move" and not p._.ap_phrase.get("needs_rank"))]
            first = next(iter(self.places_in.get(answer, [])), None)
            if first is not None and any(  # right before or after the answer's place, not "Wie im Vorjahr gibt es …: Stuttgart"
                    y.label_ == "compare" and y[0].lower_ == "wie" and y.start < min(said, default=len(self.doc))
                    and (0 <= first.start - y.end <= 1 or 0 <= y.start - first.end <= 1) for y in self.years_in.get(answer, [])):
                return True
        for t in reversed(self.doc[max(sent.start, phrase.start - 8) : phrase.end]):  # "Ganz oben im Ranking bleibt München"
            if t.text in CLAUSE_BREAKS or t.lower_ == "und":
                break
            if t.lower_ in STAY_VERBS:
                return True  # "2021 blieb Hamburg an der Spitze", "bleibt im Smart City Index 2025 zwar Zweite"
        return False

    def _category_follows(self, i: int) -> bool:
        """A category named after a preposition (and an article) from token i on: "bei der Gesellschaft"."""
        return i < len(self.doc) and any(self._category_preposition(c) == i for c in self.categories_in.get(self.sentence_of[i], []))

    def _closing_comparison(self, compare, phrase, sent) -> bool:
        """A comparison after a comma or dash that closes the sentence of the rank before it: "…, wie schon zwei Jahre
        zuvor.", "… an – wie schon im Jahr zuvor."; not after another clause joined to the rank's ("… und investiert
        viel, wie schon 2023.")."""
        return (phrase.end < compare.start and self.texts[compare.start - 1] in (",", "–") and compare.end + 1 == sent.end
                and self.texts[compare.end] in (".", "!") and CLAUSE_JOINERS.isdisjoint(self.lowers[phrase.end : compare.start])
                and not any(phrase.end <= i < compare.start for i in self.place_at))  # not "…, Bonn dagegen verliert, wie …"

    def _place_follows(self, i: int) -> bool:
        """A place (or a reference to one) starts at token i, or after an article there."""
        if i < len(self.doc) and self.lowers[i] in ("die", "der", "das"):
            i += 1
        return i < len(self.doc) and (i in self.place_at or self.lowers[i] in ("sie", "es", "er", "stadt"))

    def _named_table_words(self, phrase) -> set[int]:
        """Tokens that only name the table a phrase is about: category and ranking mentions and words for a table in the
        genitive, with the article or preposition before them ("des Niveaurankings", "im Smart City Index", "der Klasse")."""
        sentence = self.sentence_of[phrase.start]
        spans = [*self.categories_in.get(sentence, []), *(span for span, _ in self.rankings_in.get(sentence, []))]
        named = {i for span in spans for i in range(span.start, span.end)}
        named |= {t.i for t in self.sent(phrase) if t.i > 0 and self.doc[t.i - 1].lower_ in ("des", "der")
                  and (t.lower_ in RANKING_WORDS or t.lower_.endswith(RANKING_WORD_ENDINGS)) and not t.lower_.startswith("vorjahr")}
        return named | {i - 1 for i in list(named) if i > 0 and self.doc[i - 1].lower_ in ("des", "der", "im", "in", "dem", "beim")}

    def _as_before(self, phrase) -> None:
        """"Münster ist auf Platz eins. Das war 2022 auch schon so.": the ranks told just before (all that the sentence of
        the last one told of its table: "Kiel liegt auf Platz 3, Lübeck auf Platz 5"), held since the year the phrase
        names, or since the edition before when it names none ("Auch das ist unverändert."), or into a later year named
        before it ("Zwei Jahre später blieb die Reihenfolge unverändert."); not in a quote, which may speak of anything."""
        if phrase.start > 0 and self.texts[phrase.start - 1] in ("„", '"', "»", "«"):
            return
        last = self.last_placement
        years = [y for y in self.years_in.get(self.sentence_of[phrase.start], []) if phrase.start <= y.start < phrase.end]
        if last is None or len(years) > 1 or last.year is None or not self._close_sentences(last.evidence, self._span(phrase)):
            return
        later_year = next((self._resolve_year(y, self.editions.get(last.ranking), last.ranking) for y in self.years_in.get(
            self.sentence_of[phrase.start], []) if y.end <= phrase.start and not years), None)  # "Zwei Jahre später blieb die Reihenfolge …"
        told = self.doc.char_span(last.evidence.start, last.evidence.end, alignment_mode="expand")
        sent = self.sent(told) if told is not None else None
        if sent is None or any(t.lower_ in self.directions for t in sent) or any(
                p.label_ == "move" for p in self.phrases_in.get(self.sentence_of[sent.start], [])):
            return  # "Kiel rutscht auf Platz 15 ab. Wie schon 2023.": what was so then is not this rank
        if later_year is not None and later_year > last.year:  # held into a later year the sentence names before the phrase
            earlier, later = last.year, later_year
        elif years:
            earlier = self._resolve_year(years[0], self.editions.get(last.ranking), last.ranking)
            later = last.year
        elif any(t.text in CLAUSE_BREAKS for t in self.doc[told.end : sent.end]):
            return  # "Hamburg liegt auf Platz zwei, der Anteil … beträgt 60 Prozent. Das ist unverändert.": of the clause after it
        elif last.year == self.editions.get(last.ranking, last.year):  # "Auf Platz zwei: Hamburg. Auch das ist unverändert."
            earlier, later = self._edition_before(last.ranking, last.year), last.year
        else:  # "Im Vorjahr lag Kiel auf Rang fünf. Daran hat sich nichts geändert.": so it is now
            earlier, later = last.year, self.editions[last.ranking]
        if earlier is None or later is None or earlier >= later:
            return
        held = [p for p in self.draft.placements if not p.derived and p.entity != last.entity
                and (p.ranking, p.category, p.year) == (last.ranking, last.category, last.year)
                and sent.start_char <= p.evidence.start < sent.end_char]
        untold = earlier if later == last.year else later
        for placement in [*held, last]:
            evidence = self._span(self.doc, min(placement.evidence.start, last.evidence.start), phrase.end_char)
            self._placement(self._subject_of(placement), placement.ranking, placement.category, untold, placement.rank, evidence,
                            derived=True, derived_from=f"the rank told again for {untold}")
            self._movement(Movement(entity=placement.entity, ranking=placement.ranking, category=placement.category,
                                    from_year=earlier, to_year=later, places=0, evidence=evidence))

    def _subject_of(self, placement: Placement) -> Subject:
        """The place a placement already made is of, as the subject of a statement that goes on from it."""
        place = self.knowledge.place(placement.entity)
        return Subject(placement.entity, place.type if place else "city", True)

    def _held(self, phrase, subject, ranking, category, year, rank, evidence) -> None:
        """A rank held: the same rank in the edition compared with (derived) and a movement of 0."""
        previous = self._compare_year(phrase, year, ranking, subject, category)
        self._placement(subject, ranking, category, previous, rank, evidence, derived=True,
                        derived_from=HELD_FROM_BEFORE)
        self._movement(Movement(entity=subject.name, ranking=ranking, category=category, from_year=previous,
                                to_year=year, places=0, evidence=evidence))

    def _move(self, phrase, info, subject, ranking, category, year, phrases, evidence) -> None:
        if info.get("needs_rank") and not any(p.label_ in ("rank", "claim") for p in phrases):
            return
        ranks = [p._.ap_phrase for p in phrases if p.label_ == "rank"]
        if info.get("needs_rank") and ranks and all("rank" not in r and "from_last" in r for r in ranks) and (
                self._text_total(ranking, year) is None):
            return  # "bildet wie im Vorjahr das Schlusslicht" with no total written: no rank, so nothing held
        if any(t.lower_ in SINCE_WORDS for t in self.sent(phrase)) and self.editions.get(ranking):
            year = self.editions[ranking]  # "Seither ist die Stadt um 29 Plätze abgerutscht": up to the edition reported on
        if info.get("against_now"):  # "2021 lag sie 44 Plätze weiter vorn als heute": from that year to the edition reported on
            info = {**info, "places": -info["places"]}
            from_year, year = year, self.editions.get(ranking)
            if from_year is None or year is None or from_year >= year:
                return
        else:
            from_year = self._compare_year(phrase, year, ranking, subject, category)
            told = self._step_between_told_ranks(phrase, info, subject, ranking, category, year, from_year, phrases)
            if told is not None:
                from_year, year = told
            elif from_year is not None and year is not None and from_year >= year:
                # "seit 2018 acht Plätze eingebüßt" inside a story about 2016: measured up to the edition reported on
                year = self.editions.get(ranking)
                if year is None or year <= from_year:
                    return
        if "places" in info and abs(info["places"]) >= (self._total_of(ranking, year) or abs(info["places"]) + 1):
            return  # "300 Plätze mehr als im Vorjahr" in a ranking of 83 cities: the nurseries' places, no step
        if "from_rank" in info:
            self._placement(subject, ranking, category, from_year, info["from_rank"], evidence)
            self._placement(subject, ranking, category, year, info["to_rank"], evidence)
            self._tie_partner(phrase, subject, ranking, category, year, info["to_rank"])
            places = info["from_rank"] - info["to_rank"]
            if "direction" in info:
                self.draft.directions.append((subject.name, info["direction"], places, evidence))
        else:
            places = info["places"]
            if "rank" in info and places == 0 and year is not None and not subject.explicit:
                # "… gefolgt von Stuttgart und Ingolstadt. Die Stadt verteidigt damit ihren dritten Platz": its holder
                subject = self._holder_of(phrase, subject, ranking, category, year, info["rank"], written_only=True)
            if "rank" in info:
                self._placement(subject, ranking, category, year, info["rank"], evidence)
                if places == 0:
                    self._placement(subject, ranking, category, from_year, info["rank"], evidence, derived=True,
                                    derived_from=HELD_FROM_BEFORE)
        self._movement(Movement(entity=subject.name, ranking=ranking, category=category,
                                             from_year=from_year, to_year=year, places=places, evidence=evidence))

    def _step_between_told_ranks(self, phrase, info, subject, ranking, category, year, from_year, phrases) -> tuple[int, int] | None:
        """A movement with no rank of its own that is the step between two ranks of its subject told before it, one
        of them the rank told last ("Bochum kommt auf Platz 52. Im Jahr davor stand die Stadt auf Rang 48: ein Minus
        von vier Rängen", "2019 noch Rang 15 … nun Platz 12, drei Plätze besser"): (earlier year, later year); the
        earlier one is the year compared with when the sentence writes one ("ein Plus von drei Plätzen gegenüber 2023"),
        the later one the movement's year or the edition reported on (not "verlor einen weiteren Platz und landete auf
        Rang drei", nor "Im Jahr darauf ging es einen Platz nach unten")."""
        if "rank" in info or "from_rank" in info or any(p.label_ == "rank" and p.start >= phrase.end for p in phrases):
            return None
        told = [(year_, rank, end) for year_, rank, end in self.told_of_table.get((subject.name, ranking, category), [])
                if year_ is not None and end <= phrase.start_char]
        if len({t[:2] for t in told}) < 2:
            return None
        written = any(y.label_ == "compare" for y in self.years_in.get(self.sentence_of[phrase.start], []))
        last = max(told, key=lambda t: t[2])  # the rank written last before the movement
        steps = [(earlier[0], later[0]) for earlier in told for later in told
                 if earlier[0] < later[0] and later[0] in (year, self.editions.get(ranking))
                 and earlier[1] - later[1] == info["places"] and last in (earlier, later)
                 and (not written or earlier[0] == from_year)]
        return max(steps) if steps else None

    def _movement(self, movement: Movement) -> None:
        """Keep a movement once, with the evidence that states it first; never one within a single edition."""
        table = self._table_of(movement.entity, movement.ranking, movement.category, movement.to_year, movement.evidence.start)
        if table != movement.category:
            movement = movement.model_copy(update={"category": table})
        key = (movement.entity, movement.ranking, movement.category, movement.from_year, movement.to_year, movement.places)
        if movement.from_year is not None and movement.from_year == movement.to_year:
            return
        if key not in self.movement_keys:
            self.movement_keys.add(key)
            self.draft.movements.append(movement)

    def _claim(self, subject, ranking, category, year, info, evidence) -> None:
        category = self._table_of(subject.name, ranking, category, year, evidence.start)
        claim = Claim(entity=subject.name, ranking=ranking, category=category, year=year, kind=info["claim"],
                      n=info.get("n"), evidence=evidence)
        key = (claim.entity, claim.ranking, claim.category, claim.year, claim.kind, claim.n)
        if key not in self.claim_keys:
            self.claim_keys.add(key)
            self.draft.claims.append(claim)

    def _score(self, subject, ranking, category, year, score, evidence) -> None:
        category = self._table_of(subject.name, ranking, category, year, evidence.start)
        for index in range(len(self.draft.placements) - 1, -1, -1):
            p = self.draft.placements[index]
            if (p.entity, p.ranking, p.category, p.year) == (subject.name, ranking, category, year) and p.score is None:
                self.draft.placements[index] = p.model_copy(update={"score": float(score)})
                return

    def _total(self, phrase, ranking, year, info) -> None:
        if info["total"] < SMALLEST_TOTAL:
            return
        evidence = self._span(phrase)
        if phrase.label_ == "total":
            number = next(t.i for t in phrase if t._.ap_kind in ("card", "cardord"))
            total = info["total"] + (number > 0 and self.lowers[number - 1] in OTHERS_WORDS)  # "vor allen anderen 81 Großstädten": 82
            ranking, year = self._edition_of_total(ranking, year, total)
            fronted_in = (number > 0 and self.lowers[number - 1] == "in" and self.doc[number - 1].is_sent_start
                          and not any(w.startswith(STUDY_VERB_STEMS) for w in self._lowers_of(self.sent(phrase))))
            if info.get("known_only") and (self._known_total(ranking, year) != total or fronted_in
                                           or self.lowers[phrase.end - 1].startswith("teilnehmer")):
                return  # "12 Städte und Gemeinden des Kreises", "In 71 Städten sind die Mieten gestiegen" (not "… hat IW Consult
                # die Lebensqualität untersucht"), "1.047 Teilnehmer"
            self._set_total(ranking, year, total, evidence)
        else:
            self.draft.approx_totals.append((ranking, year, info["approx"], info["total"], evidence))

    def _set_total(self, ranking, year, total, evidence) -> None:
        self.draft.text_totals.setdefault((ranking, year), (total, evidence))


def unit_of(knowledge: Knowledge, ranking: str | None) -> str:
    info = knowledge.ranking(ranking)
    return info.unit if info else "mixed"


def _gap(a: SpacySpan, b: SpacySpan) -> int:
    """How many tokens lie between two spans (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)
