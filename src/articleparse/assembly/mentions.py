"""Rankings and categories named in the text, and the edition an article reports on."""
from __future__ import annotations

import bisect
import datetime

from spacy.tokens import Span as SpacySpan

from articleparse.assembly.words import (
    CATEGORY_LIST_WORDS,
    CATEGORY_NOUNS,
    CATEGORY_PREPOSITIONS,
    COMPARED_EDITION_WORDS,
    DATA_NOUN_ENDINGS,
    DISTINCTIVE_ENDINGS,
    FLASHBACK_WORDS,
    GENITIVE_WORDS,
    LED_TABLE_WORDS,
    NEW_EDITION_WORDS,
    NO_WIN_WORDS,
    PRESENT_WORDS,
    RANKING_HEAD_NOUNS,
    RANKING_WORDS,
    RANKING_WORD_ENDINGS,
    RANK_TO_CATEGORY_WORDS,
    RELEASE_PARTICIPLES,
)


class Mentions:
    """The rankings and categories a text names, and which ranking a phrase speaks of."""

    def _ranking_mentions(self) -> list[tuple[SpacySpan, str]]:
        """Every ranking named: by its name, by a name it shares (resolved by the publisher named nearest in its sentence
        or the one before, for a headline also in the lead), or by its publisher (the ranking just named, else the publisher's ranking the text names, else its first)."""
        named = [(s, s.label_) for s in self.doc.spans["ap_rankings"] if not s._.ap_gaz.get("rankings")]
        publishers = list(self.doc.spans["ap_publishers"])
        names = {name for _, name in named}
        mentions = list(named)
        for span in self.doc.spans["ap_rankings"]:
            candidates = span._.ap_gaz.get("rankings")
            if candidates:
                by_publisher = sorted(
                    (abs(p.start - span.start), r) for p in publishers for r in p._.ap_gaz["rankings"] if r in candidates
                    and (0 <= self.sentence_of[span.start] - self.sentence_of[p.start] <= 1  # its sentence or the one before,
                         or (self.sentence_of[span.start] == 0 and self.sentence_of[p.start] <= 3))  # a headline's: the lead
                )
                # else the one named by its own name, else the part of a ranking named before it ("der Glücksatlas … Im
                # Städteranking": the Glücksatlas-Städteranking), else the first listed
                before = {name for s, name in named if s.end <= span.start}
                mentions.append((span, by_publisher[0][1] if by_publisher else next(
                    (r for r in candidates if r in names), next((r for r in candidates if any(r.startswith(n + "-") for n in before)),
                                                                candidates[0]))))
        mentions = self._counted_by_a_sibling(self._appositions(sorted(mentions, key=lambda m: m[0].start)))
        names |= {name for _, name in mentions}
        for span in publishers:
            candidates = span._.ap_gaz["rankings"]
            # "im Glücksatlas-Städteranking 2025 der SKL": the publisher of the ranking just named stands for that ranking
            just_named = [name for s, name in mentions if name in candidates and 0 <= span.start - s.end <= 4
                          and self.sentence_of[s.start] == self.sentence_of[span.start]]
            mentions.append((span, just_named[-1] if just_named else next((r for r in candidates if r in names), candidates[0])))
        return sorted(mentions, key=lambda m: m[0].start)

    def _head_noun_mentions(self) -> list[tuple[int, str]]:
        """(token, ranking) for "der Index", "beim Test": a head noun after an article that ends the name of exactly one
        ranking the text names; it turns the focus back to that ranking, but is no mention of its name."""
        names = list(dict.fromkeys(name for _, name in self.ranking_mentions))
        named = {i for span, _ in self.ranking_mentions for i in range(span.start, span.end)}
        found = []
        for i, word in enumerate(self.lowers):
            head = RANKING_HEAD_NOUNS.get(word)
            if head is None or i in named or i == 0 or self.lowers[i - 1] not in ("der", "dem", "den", "des", "im", "beim", "vom", "zum"):
                continue
            owners = [name for name in names if any(part.lower().endswith(head) for part in name.replace("-", " ").split())]
            if len(owners) == 1:
                found.append((i, owners[0]))
        return found

    def _counted_by_a_sibling(self, mentions: list[tuple[SpacySpan, str]]) -> list[tuple[SpacySpan, str]]:
        """"Der Glücksatlas hat die 40 größten Städte geordnet": a name whose sentence counts only what one other ranking
        of its publisher counts (no edition of its own has that total) stands for that ranking."""
        counts_in: dict[int, set[int]] = {}
        for phrase in self.phrases:
            if phrase.label_ == "total":
                counts_in.setdefault(self.sentence_of[phrase.start], set()).add(phrase._.ap_phrase["total"])
        result = []
        for span, name in mentions:
            info, counts = self.knowledge.ranking(name), counts_in.get(self.sentence_of[span.start])
            if info is not None and counts and not counts & {e.total for e in info.editions}:
                siblings = [other_name for other_name, other in self.knowledge.rankings.items() if other_name != name
                            and other.publisher == info.publisher and counts & {e.total for e in other.editions}]
                name = siblings[0] if len(siblings) == 1 else name
            result.append((span, name))
        return result

    def _appositions(self, mentions: list[tuple[SpacySpan, str]]) -> list[tuple[SpacySpan, str]]:
        """"den Bitkom Länderindex 2024, das erste Digitalranking aller 16 Bundesländer": a name in apposition to the
        ranking just named, of the same publisher, stands for that ranking."""
        result = []
        for span, name in mentions:
            if result:
                before, before_name = result[-1]
                between = self.lowers[before.end : span.start]
                info, other = self.knowledge.ranking(name), self.knowledge.ranking(before_name)
                if (before_name != name and info and other and info.publisher == other.publisher and "," in between
                        and len(between) <= 5 and self.sentence_of[before.start] == self.sentence_of[span.start]
                        and all(w == "," or w.isdigit() or self.doc[before.end + k].is_lower for k, w in enumerate(between))):
                    name = before_name
            result.append((span, name))
        return result

    def _category_mentions(self) -> list[SpacySpan]:
        named = {name for _, name in self.ranking_mentions}
        cues = self._by_sentence([p for p in self.phrases if p.label_ in ("category_cue", "category_ref")])
        kept, left = [], []
        in_list = self._listed_categories()
        for span in self.doc.spans["ap_categories"]:
            if named and not named.intersection(span._.ap_gaz["rankings"]):
                continue
            distinctive = len(span) > 1 or span.text.lower().endswith(DISTINCTIVE_ENDINGS)
            sentence = self.sentence_of[span.start]
            cued = (span.start > 0 and self.lowers[span.start - 1] in CATEGORY_NOUNS) or any(  # "gewinnt die Kategorie Verwaltung"
                0 <= span.start - c.end <= 3 for c in cues.get(sentence, [])) or any(
                (p.label_ == "rank" and (0 <= p.start - span.end <= 1 or self._right_after_rank(p, span) or (
                    p._.ap_phrase.get("needs_category") and p.start <= span.start and span.end <= p.end)))  # "führt bei der Mobilität."
                or (p.label_ == "category_leaders" and p.end <= span.start)  # "Kategoriesieger wurden München bei der Mobilität, …"
                for p in self.phrases_in.get(sentence, [])) or any(
                c.label_ == "category_ref" and c.start > span.end  # "bei der Mobilität …. … in dieser Kategorie"
                for c in cues.get(sentence, []) + cues.get(sentence + 1, [])) or self._topic_of_ranked_sentence(span) or (
                self._owned_by_a_place(span) and any(p.label_ == "rank" for p in self.phrases_in.get(sentence, [])))
            if distinctive or cued or span.start in in_list or self._quoted(span) or self._label(span):
                kept.append(self._of_the_ranking_in_focus(span))
            else:
                left.append(span)
        kept += [self._of_the_ranking_in_focus(span) for span in left if self._parallel_to_a_kept_one(span, kept)]
        return sorted(kept, key=lambda span: span.start)

    def _parallel_to_a_kept_one(self, span: SpacySpan, kept: list[SpacySpan]) -> bool:
        """"Bei der Mobilität führt Stuttgart, bei der Verwaltung Mannheim": a category word after a preposition is a
        category when its sentence names a kept one after a preposition too."""
        sentence = self.sentence_of[span.start]
        return self._category_preposition(span) is not None and any(
            self.sentence_of[other.start] == sentence and self._category_preposition(other) is not None for other in kept)

    def _category_preposition(self, span: SpacySpan) -> int | None:
        """Where the preposition stands that a category follows, directly or over an article ("bei der Verwaltung")."""
        i = span.start - 1 - (span.start > 1 and self.lowers[span.start - 1] in ("der", "dem", "den"))
        return i if i >= 0 and self.lowers[i] in CATEGORY_PREPOSITIONS else None

    def _of_the_ranking_in_focus(self, span: SpacySpan) -> SpacySpan:
        """The category mention as the category of the ranking named nearest to it in its sentence, else last before
        it, when its words name categories of several rankings ("Dynamik" in a text about the IW-Städteranking is its
        Dynamikranking, not the Zukunftsatlas' Dynamik)."""
        labels = span._.ap_gaz.get("labels", {})
        if len(labels) < 2:
            return span
        sentence = self.sentence_of[span.start]
        same = [(abs(s.start - span.start), name) for s, name in self.ranking_mentions if self.sentence_of[s.start] == sentence]
        before = [name for s, name in self.ranking_mentions if s.start < span.start]
        focus = min(same)[1] if same else (before[-1] if before else next((name for _, name in self.ranking_mentions), None))
        label = labels.get(focus, span.label_)
        if label == span.label_:
            return span
        relabelled = SpacySpan(self.doc, span.start, span.end, label=label)
        relabelled._.ap_gaz = span._.ap_gaz
        return relabelled

    def _right_after_rank(self, phrase: SpacySpan, span: SpacySpan) -> bool:
        """"Spitzenreiter bei der Mobilität", "Erster im Bereich IT", "führt in der Kategorie Mobilität": a category joined to
        the rank before it by a preposition."""
        between = self.doc[phrase.end : span.start]
        joining = CATEGORY_LIST_WORDS | CATEGORY_NOUNS | {"des"}
        return 1 <= len(between) <= 3 and not self.doc[phrase.end - 1].is_punct and all(t.lower_ in joining for t in between) and (
            between[0].lower_ in ("bei", "beim", "im", "in", "des"))

    def _label(self, span: SpacySpan) -> bool:
        """"Mobilität: Stuttgart war 2019 Sieger …", "- Verwaltung: 8 (5)": a category opening its line before a colon."""
        doc = self.doc
        start = span.start - (span.start > 0 and doc[span.start - 1].text in ("-", "–", "•", "*"))
        return (span.end < len(doc) and doc[span.end].text == ":"
                and (start == 0 or doc[start - 1].text.strip() == ""))  # a line break is a token of its own

    def _owned_by_a_place(self, span: SpacySpan) -> bool:
        """"Kölns Verwaltung liegt auf Platz eins": a category right after a place in the genitive."""
        before = self.place_ending.get(span.start)
        return before is not None and self.doc[span.start - 1].text.endswith(("s", "’", "'"))

    def _topic_of_ranked_sentence(self, span: SpacySpan) -> bool:
        """"Bei der Verwaltung dagegen reicht es nur für Platz 31": a category opening a sentence that states a rank;
        "Berlin holt in der Mobilität volle 100 Punkte und Platz eins": one after "in der", "bei" with a rank a few
        words on in its clause, or closing the clause of a rank a few words before ("Ganz hinten liegt Trier bei der
        Dynamik.")."""
        sent = self.sent(span)
        ranks = [p for p in self.phrases_in.get(self.sentence_of[span.start], []) if p.label_ == "rank"]
        if span.end < sent.end and self.lowers[span.end] in GENITIVE_WORDS:
            return False  # "Auch in Gesellschaft anderer Städte …": a common noun
        first = sent.start + (self.lowers[sent.start] in ("auch", "und", "doch", "aber"))  # "Auch beim Niveau … legt Mainz zu: …"
        if span.start - first <= 2 and self.lowers[first] in ("bei", "beim", "in", "im"):
            return bool(ranks) or any(p.label_ == "move" and "rank" in p._.ap_phrase for p in self.phrases_in.get(self.sentence_of[span.start], []))
        article = span.start > 0 and self.lowers[span.start - 1] in ("der", "dem", "den")
        i = span.start - article
        if not (i > 0 and self.lowers[i - 1] in (("bei", "in") if article else ("beim", "im"))):
            return False
        closes_clause = span.end == sent.end or self.doc[span.end].is_punct
        return any((0 <= p.start - span.end <= 6 and not self._clause_break(span.end, p.start)) or (
            closes_clause and 0 <= i - 1 - p.end <= 4  # only the verb and its subject between: not "Platz 1 dank Stärken in der Verwaltung"
            and all(t.lower_ in RANK_TO_CATEGORY_WORDS or t.ent_type_ for t in self.doc[p.end : i - 1])) for p in ranks)

    def _listed_categories(self) -> set[int]:
        """Starts of category names of one ranking listed together ("In der Gesundheitsversorgung, bei der Bildung
        und bei der Infrastruktur …"): two or more in a row name the categories, even as single common words."""
        spans = list(self.doc.spans["ap_categories"])
        listed: set[int] = set()
        for left, right in zip(spans, spans[1:]):
            between = self.doc[left.end : right.start]
            if (self.sentence_of[left.start] == self.sentence_of[right.start] and len(between) <= 4
                    and set(left._.ap_gaz["rankings"]) & set(right._.ap_gaz["rankings"])
                    and any(t.text in (",", "und", "sowie", "oder") for t in between)
                    and all(t.text in (",", "und", "sowie", "oder", ":", "–") or t.lower_ in CATEGORY_LIST_WORDS for t in between)):
                listed.update((left.start, right.start))
        return listed

    def _edition_year(self, ranking: str) -> int | None:
        """The edition an article reports on: in an article dated after an edition appeared that speaks of "the
        current index" or "this year", that edition; else the latest year written next to the ranking's name,
        else "in diesem Jahr" in a dated article, else the latest year in the text that is an edition."""
        info = self.knowledge.ranking(ranking)
        published_year = int(self.draft.published[:4]) if self.draft.published else None
        publishers = {span.start for span in self.doc.spans["ap_publishers"]}
        beside = [
            (year, span)
            for span, name in self.ranking_mentions if name == ranking and span.start not in publishers
            for year in self.years_in.get(self.sentence_of[span.start], [])
            if (year.label_ in ("explicit", "edition") or self._edition_aus_dem_jahr(year, info))
            and (0 <= year[-1].i - span.end <= 6 or 0 <= span.start - year.end <= 1
                 or (year[0].lower_ == "aus" and 0 <= year.start - span.end <= 6))  # "Deutschland-Studie von Prognos und ZDF aus dem Jahr 2018"
            and (FLASHBACK_WORDS - {"noch"}).isdisjoint(self._lowers_of(self.sent(span)))
            and not self._year_of_a_later_name(span, year) and not self._in_a_range(year)
        ]
        # not a year set off by a dash when the name has one of its own ("Neujahrsempfang 2026 – IW-Städteranking 2025")
        own = [year for year, span in beside if not any(t.is_punct for t in self.doc[year.end : span.start])]
        named = [year._.ap_year["year"] for year in (own or [year for year, _ in beside])]
        if not named and (released := self._named_by_its_release(ranking)) is not None:
            named = [year for year in [self._released_edition(info, released._.ap_year)] if year is not None]
        present = any(y.label_ == "relative" and y._.ap_year["offset"] == 0 and (not y._.ap_year.get("now") or self._released_today(y))
                      for y in self.years)
        current = info.edition(published_year) if info and published_year else None
        if current is not None and present and (current.published is None or self.draft.published >= current.published) \
                and (not named or published_year > max(named)):
            return published_year  # "im aktuellen Index" in an article dated after that edition appeared
        if named:
            return max(named)
        if published_year and present:
            return published_year
        edition_years = {e.year for e in info.editions} if info else set()
        if published_year in edition_years:
            return published_year
        explicit = sorted({y._.ap_year["year"] for y in self.years if y.label_ in ("explicit", "edition")
                           and (published_year is None or y._.ap_year["year"] <= published_year)}, reverse=True)
        for year in explicit:
            if year in edition_years:
                return year
        return explicit[0] if explicit and not edition_years else None

    def _in_a_range(self, year: SpacySpan) -> bool:
        """"die Indexwerte der Jahre 2019 bis 2025": a year bounding a range names no one edition."""
        after = self.lowers[year.end : year.end + 2]
        return (after[:1] in (["bis"], ["-"], ["–"]) and len(after) == 2 and self.doc[year.end + 1]._.ap_kind == "year") or (
            year.start > 1 and self.lowers[year.start - 1] == "bis" and self.doc[year.start - 2]._.ap_kind == "year")

    def _edition_aus_dem_jahr(self, year: SpacySpan, info) -> bool:
        """"(Deutschland-Studie von Prognos und ZDF) aus dem Jahr 2018": a known edition of the ranking, not the year of
        its data ("beruht auf Daten aus dem Jahr 2023", "einer Umfrage aus dem Jahr 2023")."""
        return (year.label_ == "compare" and year[0].lower_ == "aus" and "year" in year._.ap_year and info is not None
                and year._.ap_year["year"] in info.edition_years() and year.start > 0
                and not self.lowers[year.start - 1].endswith(DATA_NOUN_ENDINGS))

    def _named_by_its_release(self, ranking: str) -> SpacySpan | None:
        """"Im Glücksatlas-Städteranking aus dem vergangenen Jahr …": the release right after the ranking's first mention,
        when no word of comparison stands before the name ("Anders als im …", "Seit dem …", "Wie schon im …"), its
        sentence tells nothing of now ("… nun auf Platz drei") and no mention calls the ranking new ("im neuen Index")."""
        mentions = [span for span, name in self.ranking_mentions if name == ranking]
        if not mentions or any(self.lowers[span.start - 1] in NEW_EDITION_WORDS for span in mentions if span.start):
            return None
        first = mentions[0]
        released = next((y for y in self.years_in.get(self.sentence_of[first.start], [])
                         if y.label_ == "released" and y.start == first.end), None)
        before = self.lowers[max(self.sent(first).start, first.start - 4) : first.start]
        if released is None or not COMPARED_EDITION_WORDS.isdisjoint(before) or not PRESENT_WORDS.isdisjoint(self._lowers_of(self.sent(first))):
            return None
        return released

    def _released_edition(self, info, released: dict) -> int | None:
        """The edition that appeared when "aus dem vergangenen Jahr" or "vom vergangenen November" says, counted back
        from the article's date: the one the knowledge dates to that year, else that year (None in an undated text)."""
        if not self.draft.published:
            return None
        published = datetime.date.fromisoformat(self.draft.published)
        if "month" in released:
            year = published.year if released["month"] < published.month else published.year - 1
        else:
            year = published.year + released["offset"]
        dated = [e.year for e in info.editions if e.published and int(e.published[:4]) == year] if info else []
        return dated[0] if dated else year

    def _year_of_a_later_name(self, name: SpacySpan, year: SpacySpan) -> bool:
        """A year after the name that follows another ranking's name (or its publisher's, but before "aus dem Jahr"), a
        semicolon, or another year and a capitalised word:
        it belongs to the next name ("Glücksatlas 2024, Bitkom-DESI-Index 2025", "im Glücksatlas nicht auf; im Zukunftsatlas
        2025"), not to this one ("Glücksatlas 2023 und auch 2024")."""
        between = self.doc[name.end : year.start]
        # a publisher before "aus dem Jahr" is the name's own: "Deutschland-Studie von Prognos und ZDF aus dem Jahr 2018"
        publishers = {span.start for span in self.doc.spans["ap_publishers"]} if year[0].lower_ == "aus" else set()
        if any(name.end <= span.start < year.start and span.start not in publishers for span, _ in self.ranking_mentions) \
                or any(t.text == ";" for t in between):
            return True  # "Glücksatlas nicht auf; im Zukunftsatlas 2025"
        first = next((t.i for t in between if t._.ap_kind == "year"), None)
        return first is not None and any(t.text[:1].isupper() for t in self.doc[first : year.start])

    def _released_today(self, year: SpacySpan) -> bool:
        """"im heute veröffentlichten Bildungsmonitor": the edition that came out on the day the article is dated."""
        return year[0].lower_ == "heute" and year.end < len(self.doc) and self.doc[year.end].lower_.startswith(RELEASE_PARTICIPLES)

    def _ranking_at(self, phrase: SpacySpan) -> str | None:
        """The ranking named nearest to the phrase in its sentence, else the last one named (or taken up by its head
        noun, "der Index") before it — unless the sentence names a category only another ranking of the text has
        ("Vorn im Niveauranking liegt München" after a paragraph on the Zukunftsatlas)."""
        sentence = self.sentence_of[phrase.start]
        same = [(self._clause_break(min(span.end, phrase.end), max(span.start, phrase.start)), abs(span.start - phrase.start), name)
                for span, name in self.rankings_in.get(sentence, [])]
        if same:  # the one of its own clause first: "Beim Radtest ist sie Dritte, im Glücksranking dagegen Vorletzte"
            return min(same)[2]
        before = bisect.bisect_right(self.ranking_starts, phrase.start)
        focus = self.ranking_mentions[before - 1][1] if before else (self.ranking_mentions[0][1] if self.ranking_mentions else None)
        head = bisect.bisect_right(self.head_noun_starts, phrase.start)
        if head and (not before or self.head_noun_mentions[head - 1][0] > self.ranking_starts[before - 1]):
            focus = self.head_noun_mentions[head - 1][1]  # "Mit 81 Städten ist der Index so umfangreich wie nie. An der Spitze …"
        categories = [c for c in self.categories_in.get(sentence, []) if c.text.lower().endswith(DISTINCTIVE_ENDINGS)]
        if categories and not any(focus in c._.ap_gaz["rankings"] for c in categories):
            owners = {name for c in categories for name in c._.ap_gaz["rankings"] if name in self.editions}
            if len(owners) == 1:
                return owners.pop()
        return focus

    def _ranking_that_fits(self, phrase: SpacySpan, ranking: str, year: int | None, rank: int) -> str:
        """A rank beyond the known total of the ranking in focus belongs to the one other ranking of its publisher
        the text names that has room for it ("Glücksatlas" for its Großstadt ranking: "Berlin kommt auf Rang 37");
        the mention in focus then stands for that ranking ("Vorletzter ist Karlsruhe")."""
        info = self.knowledge.ranking(ranking)
        edition = info.edition(year) if info else None
        if edition is None or edition.total is None or rank <= edition.total:
            return ranking
        fitting = []
        for name in self.editions:
            other = self.knowledge.ranking(name)
            if name != ranking and other and other.publisher == info.publisher:
                other_edition = other.edition(year)
                if other_edition is None or other_edition.total is None or rank <= other_edition.total:
                    fitting.append(name)
        if len(fitting) != 1:
            return ranking
        focus = bisect.bisect_right(self.ranking_starts, phrase.start) - 1
        if focus >= 0 and not self.rankings_in.get(self.sentence_of[phrase.start]):
            self.ranking_mentions[focus] = (self.ranking_mentions[focus][0], fitting[0])
        return fitting[0]

    def _edition_of_total(self, ranking: str, year: int | None, total: int) -> tuple[str, int | None]:
        """The edition a written total belongs to: the one in focus, unless its known total differs and exactly
        one other edition named in the text (of this ranking first, then of the others) has that total, or else one
        edition of the same year by the same publisher ("Glücksatlas … unter den 40 größten Städten": its city ranking)."""
        info = self.knowledge.ranking(ranking)
        edition = info.edition(year) if info else None
        if edition is None or edition.total in (None, total):
            return ranking, year
        for names in ([ranking], [name for name in self.editions if name != ranking]):
            matches = [(name, e.year) for name in names if self.knowledge.ranking(name)
                       for e in self.knowledge.ranking(name).editions if e.total == total and e.year in self.named_years]
            if len(matches) == 1:
                return matches[0]
        siblings = [(name, year) for name, other in self.knowledge.rankings.items() if name != ranking and other.publisher == info.publisher
                    and other.edition(year) is not None and other.edition(year).total == total]
        return siblings[0] if len(siblings) == 1 else (ranking, year)

    def _names_a_ranking(self, phrase: SpacySpan) -> bool:
        """"führt wie im Vorjahr das Smart-City-Ranking von Haselhorst an": a ranking or a word for one inside the phrase
        (not a place, not "Protest" or "Wahlliste"), and no gain of places or points ("hat drei Plätze gewonnen"); a score
        may stand inside ("führt den Index mit 86,1 Punkten an")."""
        score = {i for t in phrase if t.lower_ == "mit" for i in range(t.i, self._after_score(t.i, phrase.end))}
        total = phrase._.ap_phrase.get("total")  # "führt die Liste der 19 Regionen an"
        categories = [c for c in self.categories_in.get(self.sentence_of[phrase.start], []) if phrase.start <= c.start and c.end <= phrase.end
                      and all(t.lower_ in LED_TABLE_WORDS for t in self.doc[phrase.start + 1 : c.start]) and c.end >= phrase.end - 1]
        # the category is what is led, right before "an": not "führt die Delegation der Städte mit …", "… bei den Unfallzahlen an"
        in_category = {i for c in categories for i in range(c.start, c.end)}  # "führt die Städte mit 50.000 bis 100.000 Einwohnern an"
        if any((t.lower_ in NO_WIN_WORDS or (t._.ap_kind in ("card", "cardord") and t._.ap_card != total)) and t.i not in score
               and t.i not in in_category for t in phrase[:-1]):
            return False  # not the final "an"
        if categories or any(phrase.start <= span.start < phrase.end for span, _ in self.rankings_in.get(self.sentence_of[phrase.start], [])):
            return True
        return any(not t._.ap_place and (t.lower_ in RANKING_WORDS or t.lower_.endswith(RANKING_WORD_ENDINGS)) for t in phrase)
