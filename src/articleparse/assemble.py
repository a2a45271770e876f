"""Assembly: link the rank phrases of a Doc to entity, ranking, category and year, and build the records.

Focus model, read from top to bottom:
- ranking: the one named nearest in the phrase's sentence, else the last one named (or whose publisher was
  named) before it; a name several rankings share is resolved by the publisher named nearest.
- year: a year written before the phrase in its sentence (or right after it), relative ones ("im Vorjahr")
  resolved against the ranking's editions; else the year a narrative has reached ("2021 blieb Hamburg …",
  "ein Jahr später"); else the edition the article reports on.
- category: one named before (or right after) the phrase in its sentence, else the one in focus in the
  paragraph (for rankings without an overall table, in the whole text); only the ranking's own categories.
- entity: a place in the phrase's own clause, else the nearest before or after it in the sentence; "die
  Stadt", "sie" and an unstated subject refer to the place named last in a subject position.
Then ranks are derived from movements and neighbours, movements from two ranks of consecutive editions.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from articleparse.knowledge import Knowledge, RankingInfo
from articleparse.report import Claim, Entity, Movement, Placement, Ranking, Span, Theme
from articleparse.resources import load_yaml

UNIT_TYPES = {
    "city": {"city", "district"},
    "state": {"state", "city", "region"},
    "county": {"county", "city"},
    "mixed": {"city", "county", "state", "district", "region"},
    "country": {"country"},
    "university": {"organization"},
}
DISTINCTIVE_ENDINGS = ("ranking", "index", "wertung", "klasse")
UNIT_WORDS = {"prozent", "punkte", "punkten", "euro", "millionen", "milliarden", "grad", "meter", "kilometer", "stimmen"}
FLASHBACK_WORDS = {"noch", "damals", "zuvor", "gewesen", "gelegen", "hatte", "hatten", "vorher", "einst"}
# A year does not carry over these to a later statement ("2015 noch Vierter, ist nun Dritter"), unless they stand
# in the year's own "als" clause ("2019, als noch 401 Kreise bewertet wurden, …").
CONTRAST_WORDS = {"nun", "jetzt", "aktuell", "inzwischen", "mittlerweile", "diesmal", "heute", "nunmehr", "zuletzt",
                  "noch", "damals", "einst", "zuvor", "vorher", "hält", "behält", "verteidigt", "behauptet"}
RELEASE_PARTICIPLES = ("veröffentlicht", "vorgestellt", "erschienen", "präsentiert", "publiziert", "bekanntgegeben")
GOAL_WORDS = {"will", "wollen", "soll", "sollen", "möchte", "ziel", "zielt", "anvisiert", "angestrebt", "anpeilen", "peilt",
              "wünsche", "wünschen", "hoffen", "hofft", "vielleicht", "irgendwann"}
COMPARISON_WORDS = {"noch", "zuvor", "damals", "nun", "jetzt", "inzwischen", "mittlerweile", "heute", "einst", "vorher"}
LIST_ARTICLES = {"der", "die", "das", "dem", "den", "vom"}
LIST_NOUNS = {"stadt", "landkreis", "kreis", "hansestadt", "bundesland", "land"}  # "die Stadt München"
RELATIVE_PRONOUNS = {"das", "die", "der", "welche", "welches", "welcher"}
HOLD_WORDS = {"hält", "hielt", "behauptet", "behauptete", "verteidigt", "verteidigte", "behält", "behielt", "erneut", "abermals"}
SINCE_WORDS = {"seitdem", "seither"}
TIE_WORDS = {"gleichauf", "punktgleich", "zeitgleich"}
TIE_VERBS = {"teilen", "teilten", "teilt", "teilte"}  # "teilen sich Platz 3"
STAY_VERBS = {"bleibt", "blieb", "bleiben", "blieben", "verharrt", "verharrte"}
HELD_AFTER = {"verteidigen", "verteidigt", "halten", "hielten", "gehalten", "behaupten", "behauptet", "behalten"}
NOT_SUBJECT_BEFORE = {"hinter", "vor", "als", "gegenüber", "wie", "nach", "gefolgt", "mit"}
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-"}
COREF_TYPES = {"landkreis": {"county"}, "kreis": {"county"}, "bundesland": {"state"}, "land": {"state"}, "freistaat": {"state"},
               "stadtstaat": {"state", "city"}}
INNER_REFERENCES = {"stadt", "kommune", "metropole", "großstadt"}  # "ist die Stadt nun Dritte"
CATEGORY_LIST_WORDS = {"bei", "beim", "in", "im", "der", "dem", "den", "die", "auch"}
CATEGORY_NOUNS = {"bereich", "kategorie", "themenfeld", "feld", "teilbereich", "disziplin", "wertung"}
FOLLOW_ADVERBS = {"diesmal", "nun", "jetzt", "erneut", "wieder", "knapp", "dicht", "direkt", "unmittelbar", "zunächst", "sich"}
NEIGHBOUR_NOUNS = {"nachbarn", "nachbarin", "nachbarstadt", "rivalen", "rivalin", "konkurrenten", "konkurrentin", "erzrivalen"}
RANKING_WORD_ENDINGS = ("ranking", "rankings", "rangliste", "wertung", "index", "atlas", "monitor", "klassement")
RANKING_WORDS = {"liste", "tabelle", "feld", "test", "studie", "kategorie", "klasse", "größenklasse", "themenfeld", "bereich",
                 "disziplin", "teilranking", "vergleich", "gruppe"}
LIST_HEADINGS = {"überblick", "platzierungen", "plätze", "ränge", "top", "reihenfolge", "ergebnisse"}
NO_WIN_WORDS = {"an", "plätze", "ränge", "punkte", "punkten", "positionen", "boden", "allem", "deutlichsten", "meisten"}
CLOSE_BY = {"knapp", "dicht", "direkt", "unmittelbar", "kurz"}
DISTANCE_NOUNS = {"plätze", "ränge", "positionen", "rangplätze"}  # "sieben Ränge hinter …"
CLOSE_BY_PAIRS = {"einen platz", "einen rang", "eine position", "nur noch"}  # "einen Platz vor Frankfurt"


@dataclass
class Subject:
    name: str
    type: str
    explicit: bool


@dataclass
class Draft:
    """What assembly found, before checks: records plus the facts checks need."""

    entities: list[Entity] = field(default_factory=list)
    rankings: list[Ranking] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    text_totals: dict[tuple, tuple[int, Span]] = field(default_factory=dict)
    approx_totals: list[tuple[str | None, int | None, str, int, Span]] = field(default_factory=list)
    ties: set[tuple] = field(default_factory=set)
    directions: list[tuple[str, int, int, Span]] = field(default_factory=list)  # (entity, +1/-1 worded, places by ranks)
    relatives: list[tuple] = field(default_factory=list)  # (entity, other, rank offset, ranking, category, year, evidence)
    published: str | None = None


class Assembler:
    def __init__(self, knowledge: Knowledge, directions: dict[str, int]):
        """`directions`: words of climbing (+1) and falling (-1), as the rank-phrase stage reads them."""
        self.knowledge = knowledge
        self.theme_keywords = load_yaml("theme_keywords.yaml")
        self.shared_epithets = {word: set(names) for word, names in load_yaml("shared_epithets.yaml").items()}
        self.directions = directions

    def __call__(self, doc: Doc) -> Draft:
        return _Run(doc, self.knowledge, self.theme_keywords, self.directions, self.shared_epithets).draft


class _Run:
    """One document's assembly; state is the focus as the text is read from top to bottom."""

    def __init__(self, doc: Doc, knowledge: Knowledge, theme_keywords: dict, directions: dict[str, int],
                 shared_epithets: dict[str, set[str]]):
        self.doc, self.knowledge, self.theme_keywords, self.directions = doc, knowledge, theme_keywords, directions
        self.shared_epithets = shared_epithets
        self.text = doc.text
        self.sentences = list(doc.sents)
        self.sentence_of = [0] * len(doc)
        for index, sent in enumerate(self.sentences):
            self.sentence_of[sent.start : sent.end] = [index] * (sent.end - sent.start)
        self.draft = Draft()
        self.places = list(doc.spans["ap_places"])
        self.phrases = list(doc.spans["ap_phrases"])
        self.years = list(doc.spans["ap_years"])
        self.places_in = self._by_sentence(self.places)
        self.place_at = {p.start: p for p in self.places}
        self.place_ends = [p.end for p in self.places]
        self.place_ending = {p.end: p for p in self.places}
        self.phrases_in = self._by_sentence(self.phrases)
        self.years_in = self._by_sentence(self.years)
        self.ranking_mentions = self._ranking_mentions()
        self.ranking_starts = [span.start for span, _ in self.ranking_mentions]
        self.rankings_in: dict[int, list[tuple[SpacySpan, str]]] = {}
        for mention in self.ranking_mentions:
            self.rankings_in.setdefault(self.sentence_of[mention[0].start], []).append(mention)
        self.categories = self._category_mentions()
        self.categories_in = self._by_sentence(self.categories)
        self.paragraph_starts = [0] + [i + 2 for i in _find_all(self.text, "\n\n")]
        self.draft.published = next((d._.ap_date["iso"] for d in doc.spans["ap_dates"] if d._.ap_date["published"]), None)
        self.editions = {name: self._edition_year(name) for name in dict.fromkeys(m[1] for m in self.ranking_mentions)}
        self.named_years = {y._.ap_year["year"] for y in self.years if "year" in y._.ap_year} | {
            year for year in self.editions.values() if year is not None}
        self.focus_entity: Subject | None = self._first_place()
        self.non_subjects = self._non_subject_positions()
        self.last_category: tuple[str, SpacySpan] | None = None
        self.narrative_year: int | None = None
        self.last_placement: Placement | None = None
        self.years_used_after: set[int] = set()
        self.claim_keys: set[tuple] = set()
        self.movement_keys: set[tuple] = set()
        self.narrated: dict[int, int | None] = {}
        self.last_year: int | None = None
        self.placement_keys: dict[tuple, int] = {}
        self.stated_evidence: dict[tuple, list[Span]] = {}  # every place a rank is written, for implied movements
        self._read()
        self._implied_movements()
        self._derive()
        self._drop_repeats_and_goals()
        self._first_and_last_claims()
        self._entities()
        self._rankings()
        self._themes()

    def _by_sentence(self, spans: list[SpacySpan]) -> dict[int, list[SpacySpan]]:
        grouped: dict[int, list[SpacySpan]] = {}
        for span in spans:
            grouped.setdefault(self.sentence_of[span.start], []).append(span)
        return grouped

    def sent(self, item: SpacySpan | Token) -> SpacySpan:
        """The sentence of a span or token (precomputed: `Span.sent` walks the Doc on every call)."""
        return self.sentences[self.sentence_of[item.i if isinstance(item, Token) else item.start]]

    def _span(self, item: SpacySpan | Token | Doc, start_char: int | None = None, end_char: int | None = None) -> Span:
        """A contract Span for a spaCy span or token, or for explicit character offsets."""
        if isinstance(item, Token):
            start_char, end_char = item.idx, item.idx + len(item.text)
        elif isinstance(item, SpacySpan):
            start_char = item.start_char if start_char is None else start_char
            end_char = item.end_char if end_char is None else end_char
        return Span(start=start_char, end=end_char, text=self.text[start_char:end_char])

    # mentions -------------------------------------------------------------------------------------------
    def _ranking_mentions(self) -> list[tuple[SpacySpan, str]]:
        """Every ranking named: by its name, by a name it shares (resolved by the publisher named
        nearest), or by its publisher (the publisher's ranking the text names, else its first)."""
        named = [(s, s.label_) for s in self.doc.spans["ap_rankings"] if not s._.ap_gaz.get("rankings")]
        publishers = list(self.doc.spans["ap_publishers"])
        names = {name for _, name in named}
        mentions = list(named)
        for span in self.doc.spans["ap_rankings"]:
            candidates = span._.ap_gaz.get("rankings")
            if candidates:
                by_publisher = sorted(
                    (abs(p.start - span.start), r) for p in publishers for r in p._.ap_gaz["rankings"] if r in candidates
                )
                mentions.append((span, by_publisher[0][1] if by_publisher else next(
                    (r for r in candidates if r in names), candidates[0])))
        names |= {name for _, name in mentions}
        for span in publishers:
            candidates = span._.ap_gaz["rankings"]
            mentions.append((span, next((r for r in candidates if r in names), candidates[0])))
        return sorted(mentions, key=lambda m: m[0].start)

    def _category_mentions(self) -> list[SpacySpan]:
        named = {name for _, name in self.ranking_mentions}
        cues = self._by_sentence([p for p in self.phrases if p.label_ in ("category_cue", "category_ref")])
        kept = []
        in_list = self._listed_categories()
        for span in self.doc.spans["ap_categories"]:
            if named and not named.intersection(span._.ap_gaz["rankings"]):
                continue
            distinctive = len(span) > 1 or span.text.lower().endswith(DISTINCTIVE_ENDINGS)
            sentence = self.sentence_of[span.start]
            cued = any(0 <= span.start - c.end <= 3 for c in cues.get(sentence, [])) or any(
                p.label_ == "rank" and 0 <= p.start - span.end <= 1 for p in self.phrases_in.get(sentence, [])) or any(
                c.label_ == "category_ref" and c.start > span.end  # "bei der Mobilität …. … in dieser Kategorie"
                for c in cues.get(sentence, []) + cues.get(sentence + 1, [])) or self._topic_of_ranked_sentence(span)
            if distinctive or cued or span.start in in_list or self._quoted(span) or self._label(span):
                kept.append(span)
        return kept

    def _label(self, span: SpacySpan) -> bool:
        """"Mobilität: Stuttgart war 2019 Sieger …", "- Verwaltung: 8 (5)": a category opening its line before a colon."""
        doc = self.doc
        start = span.start - (span.start > 0 and doc[span.start - 1].text in ("-", "–", "•", "*"))
        return (span.end < len(doc) and doc[span.end].text == ":"
                and (start == 0 or doc[start - 1].text.strip() == ""))  # a line break is a token of its own

    def _topic_of_ranked_sentence(self, span: SpacySpan) -> bool:
        """"Bei der Verwaltung dagegen reicht es nur für Platz 31": a category opening a sentence that states a rank."""
        sent = self.sent(span)
        return (span.start - sent.start <= 2 and self.doc[sent.start].lower_ in ("bei", "beim", "in", "im")
                and any(p.label_ == "rank" for p in self.phrases_in.get(self.sentence_of[span.start], [])))

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

    def _quoted(self, span: SpacySpan) -> bool:
        doc = self.doc
        return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text in "„\"»“'‚" and doc[span.end].text in "“\"«”'‘"

    def _non_subject_positions(self) -> set[int]:
        """Token positions of places that are compared with, listed or neighbours, not talked about."""
        positions = set()
        for span in self.places:
            if span.start > 0 and self.doc[span.start - 1].lower_ in NOT_SUBJECT_BEFORE:
                # "hinter München und Ingolstadt": every place of the list
                for place in self._following_places(self.doc[span.start - 1 : span.start]):
                    positions.add(place.start)
        for p in self.phrases:
            if p.label_ == "neighbours":
                positions.update(range(p.start, p.end))
            elif p.label_ in ("follow", "range"):
                listed = self._following_places(p, skip=3 if p.label_ == "range" else 0)
                if p.label_ == "follow" and p[0].lower_ != "gefolgt" and len(listed) == 1:
                    continue  # "Dahinter folgt Franken": the one follower is the clause's subject
                for place in listed:
                    positions.update(range(place.start, place.end))
        return positions

    def _first_place(self) -> Subject | None:
        for span in self.places:
            if span.kb_id_ in ("city", "county", "state", "organization"):
                return Subject(span.label_, span.kb_id_, True)
        return None

    def _edition_year(self, ranking: str) -> int | None:
        """The edition an article reports on: in an article dated after an edition appeared that speaks of "the
        current index" or "this year", that edition; else the latest year written next to the ranking's name,
        else "in diesem Jahr" in a dated article, else the latest year in the text that is an edition."""
        info = self.knowledge.ranking(ranking)
        published_year = int(self.draft.published[:4]) if self.draft.published else None
        publishers = {span.start for span in self.doc.spans["ap_publishers"]}
        named = [
            year._.ap_year["year"]
            for span, name in self.ranking_mentions if name == ranking and span.start not in publishers
            for year in self.years_in.get(self.sentence_of[span.start], [])
            if year.label_ in ("explicit", "edition")
            and (0 <= year[-1].i - span.end <= 6 or 0 <= span.start - year.end <= 1)
            and not any(t.lower_ in FLASHBACK_WORDS - {"noch"} for t in self.sent(span))
        ]
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

    def _released_today(self, year: SpacySpan) -> bool:
        """"im heute veröffentlichten Bildungsmonitor": the edition that came out on the day the article is dated."""
        return year[0].lower_ == "heute" and year.end < len(self.doc) and self.doc[year.end].lower_.startswith(RELEASE_PARTICIPLES)

    # reading --------------------------------------------------------------------------------------------
    def _read(self) -> None:
        paragraph = -1
        category_focus: tuple[str, SpacySpan] | None = None
        for sent in self.sentences:
            sent_paragraph = self._paragraph(sent.start_char)
            if sent_paragraph != paragraph:
                paragraph, self.narrative_year = sent_paragraph, None
                if not self._only_categories(category_focus):
                    category_focus = None
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
            if categories and len({c.label_ for c in categories}) < 3:  # an enumeration of the categories focuses none
                self.last_category = (categories[-1].label_, categories[-1])
                statements = [p for p in phrases if p.label_ in ("rank", "move", "claim")]
                # a category after a statement is that statement's, unless the ranking has no overall table or
                # the sentence is a heading ("Die Top 5 bei …:"); else it leads on
                if (not any(s.start < categories[-1].start for s in statements) or self._record_count() == records
                        or self._only_categories(self.last_category)):
                    category_focus = self.last_category

    def _record_count(self) -> int:
        return len(self.draft.placements) + len(self.draft.movements) + len(self.draft.claims)

    def _only_categories(self, focus) -> bool:
        """A category stays in focus across paragraphs for rankings without an overall table."""
        if focus is None:
            return False
        info = self.knowledge.ranking(self._ranking_at(focus[1]))
        return info is not None and not info.overall

    def _narrate(self, sent: SpacySpan) -> None:
        """Years that set the time of a narrative for the rest of the paragraph: a year opening the
        sentence ("2021 blieb Hamburg …"), "ein Jahr später", "in der ersten Ausgabe"; "In diesem Jahr" ends it."""
        flashback = any(t.lower_ in FLASHBACK_WORDS and not _once_more(t) for t in sent)
        phrases = self.phrases_in.get(self.sentence_of[sent.start], [])
        statements = [p for p in phrases if p.label_ in ("rank", "claim", "move")]
        totals = [p for p in phrases if p.label_ == "total"]
        for year in self.years_in.get(self.sentence_of[sent.start], []):
            if any(t.start <= year.start < t.end for t in totals):
                continue  # "nach 81 im Jahr 2023": the year of a total tells no story
            opening = year.start - sent.start <= 3 or not any(p.start < year.start for p in statements)
            if ((year.label_ == "explicit" and year.start - sent.start <= 3) or (year.label_ == "edition" and opening)) and not flashback:
                self.narrative_year = year._.ap_year["year"]
            elif year.label_ == "relative" and year._.ap_year.get("offset") == 0 and year.start - sent.start <= 1:
                self.narrative_year = None  # "In diesem Jahr …": back to the edition reported on
            elif year.label_ == "narrative":
                base = self._narrative_base(year, None)
                if base is not None:
                    self.narrative_year = base + year._.ap_year["offset"]
            elif year.label_ == "first_edition":
                info = self.knowledge.ranking(self._ranking_at(year)) if self.ranking_mentions else None
                if info and info.editions:
                    self.narrative_year = min(e.year for e in info.editions)

    def _narrative_base(self, year: SpacySpan, fallback: int | None) -> int | None:
        """What "zwei Jahre später/zuvor" counts from: a year written before it in its sentence ("lag 2022 auf
        Rang 9, zwei Jahre später …"), else the year of the statement before it, else `fallback`."""
        before = [y for y in self.years_in.get(self.sentence_of[year.start], [])
                  if y.end <= year.start and y.label_ in ("explicit", "edition")]
        if before:
            return before[-1]._.ap_year["year"]
        return self.last_year if self.last_year is not None else fallback

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def _phrase(self, phrase: SpacySpan, phrases, categories, category_focus) -> None:
        kind, info = phrase.label_, phrase._.ap_phrase
        if kind == "follow" and self.last_placement and not any(p.label_ == "rank" and p.end <= phrase.start for p in phrases) \
                and not self._followers_ranked(phrase, phrases):
            # "Dahinter folgen Erfurt und Aachen." — not "… folgen Melbourne (4.) und Genf (5.)", which state their ranks
            self._continue_list(phrase)
            return
        if kind in ("coref", "category_cue", "category_ref", "overall", "block", "score_delta", "follow", "neighbours", "ahead_of"):
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
            named = {y._.ap_year["year"] for y in self.years_in.get(self.sentence_of[phrase.start], [])
                     if y.label_ in ("explicit", "edition") and not any(o.start <= y.start < o.end for o in others)}
            if info.get("elliptic") and (not any(p.label_ == "total" and p is not phrase for p in phrases) or not (
                    phrase[-1].text.endswith(".") or self.doc[phrase.end : phrase.end + 1].text in (".", ",", ";"))):
                return  # "2025 sind es 83." only beside another total
            own = self._clause_year(phrase, ranking)
            if own is not None:  # "Bei der Premiere waren es 81 Städte, 2025 wurden alle 83 bewertet"
                year = own
            elif len(named) == 1:  # "der 173 Städte vergleicht, teilten sich … 2024 Platz 27": the sentence's one year
                year = named.pop()
            for each in self._each_year(phrase) or [year]:
                self._total(phrase, ranking, each, info)
            return
        if kind == "relative":
            self._relative(phrase, phrases, categories, category_focus, ranking, year, unit_of(self.knowledge, ranking))
            return
        if kind == "range":
            category = self._category_at(phrase, phrases, categories, category_focus, ranking)
            self._range(phrase, info, ranking, category, year)
            return
        if info.get("needs_ranking") and not self._names_a_ranking(phrase):
            return  # "führt als Grund die Datenlage an" leads no ranking
        if (kind == "claim" and self._heads_a_list(phrase)) or (kind == "rank" and "from_last" in info and self._introduces_listed_places(phrase)):
            return
        category = self._category_at(phrase, phrases, categories, category_focus, ranking)
        unit = unit_of(self.knowledge, ranking)
        subjects = self._subjects(phrase, phrases, unit, kind)
        if not subjects:
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
                self._score(subject, ranking, category, year, info["score"])

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
            if not (len(between) <= 4 and any(t.lower_ in ("und", "sowie") for t in between)
                    and all(t.lower_ in ("und", "sowie", ",") or t.lower_ in CATEGORY_LIST_WORDS or t.lower_ in CATEGORY_NOUNS
                            for t in between)):
                break
            shared.insert(0, left)
        return [c.label_ for c in shared]

    def _names_a_ranking(self, phrase: SpacySpan) -> bool:
        """"führt wie im Vorjahr das Smart-City-Ranking von Haselhorst an": a ranking or a word for one inside the phrase
        (not a place, not "Protest" or "Wahlliste"), and no gain of places or points ("hat drei Plätze gewonnen")."""
        if any(t.lower_ in NO_WIN_WORDS or t._.ap_kind in ("card", "cardord") for t in phrase[:-1]):  # not the final "an"
            return False
        if any(phrase.start <= span.start < phrase.end for span, _ in self.rankings_in.get(self.sentence_of[phrase.start], [])):
            return True
        return any(not t._.ap_place and (t.lower_ in RANKING_WORDS or t.lower_.endswith(RANKING_WORD_ENDINGS)) for t in phrase)

    def _heads_a_list(self, phrase: SpacySpan) -> bool:
        """"Die Top 5 im Überblick:": a heading that opens with the group and lists its members after the colon
        claims nothing of them ("Die Top 10 komplettieren Nürnberg (4.) …" does)."""
        sent = self.sent(phrase)
        return (phrase.start == sent.start + 1 and self.doc[sent.start].lower_ in ("die", "der")
                and any(t.text == ":" for t in self.doc[phrase.end : sent.end]))

    def _introduces_listed_places(self, phrase: SpacySpan) -> bool:
        """"Am Ende der Rangliste finden sich drei Städte: Duisburg auf Platz 399, …": a phrase before a colon that
        names no place of its own introduces the places listed after it; it gives none of them its rank."""
        sent = self.sent(phrase)
        colon = next((t.i for t in self.doc[phrase.end : sent.end] if t.text == ":"), None)
        if colon is None or any(p.start < colon for p in self.places_in.get(self.sentence_of[phrase.start], [])):
            return False
        return sum(1 for p in self.places_in.get(self.sentence_of[phrase.start], []) if p.start > colon) >= 2

    def _ranking_at(self, phrase: SpacySpan) -> str | None:
        """The ranking named nearest to the phrase in its sentence, else the last one named before it."""
        same = [(abs(span.start - phrase.start), name) for span, name in self.rankings_in.get(self.sentence_of[phrase.start], [])]
        if same:
            return min(same)[1]
        before = bisect.bisect_right(self.ranking_starts, phrase.start)
        if before:
            return self.ranking_mentions[before - 1][1]
        return self.ranking_mentions[0][1] if self.ranking_mentions else None

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
            if year.label_ not in ("explicit", "relative", "edition", "narrative", "then"):
                continue
            if year.end <= phrase.start and year.start not in self.years_used_after and not any(
                s.start <= year.start < s.end for s in statements
            ) and (not any(year.end <= s.start < phrase.start for s in statements) or (
                year.label_ in ("explicit", "edition", "narrative")  # "2018: Platz eins, Münster Zweiter"
                and not any(t.lower_ in CONTRAST_WORDS and not _once_more(t)
                            for t in self.doc[self._after_als_clause(year) : phrase.end])
            )):
                if not (year._.ap_year.get("now") and best is not None and best.label_ in ("explicit", "edition")
                        and not any(best.end <= p.start < year.start for p in phrases if p.label_ in ("rank", "claim", "move"))):
                    best = year  # "Im Index 2024 liegt Kiel nun auf Platz 3": "nun" does not override 2024
            elif (best is None or any(best.end <= s.start < phrase.start for s in statements)) and year.start not in self.years_used_after and (
                year.start == phrase.end
                or (0 < year.start - phrase.end <= 2 and all(t.lower_ in ("im", "in", "der", "des", "dem", "jahr", "(") for t in self.doc[phrase.end : year.start])
                    and not (year.end < len(self.doc) and self.doc[year.end].text == ":"))  # "nach Rang fünf in der Vorjahresausgabe", not "(Vorjahr: 15)"
            ):
                best = year
                self.years_used_after.add(year.start)
            elif phrase.start <= year.start and year.end <= phrase.end and "prev_rank" not in phrase._.ap_phrase:
                best = year
        if best is None and not statements:  # "Schlusslicht … war 2018 Bagdad": the one year of a one-statement sentence
            named = [y for y in self.years_in.get(self.sentence_of[phrase.start], []) if y.label_ == "explicit"
                     and not phrase.start <= y.start < phrase.end  # "auf Rang 30 (2023: 25)": the earlier rank's year
                     and not (y.start > 0 and self.doc[y.start - 1].lower_ in ("aus", "seit", "als", "wie", "gegenüber", "nach", "bis",
                                                                              "schon", "bereits", "noch"))  # "den sie schon 2022 belegt hatte"
                     and not any(t.text in (";", ":") for t in self.doc[min(y.end, phrase.end) : max(y.start, phrase.start)])]
            if len({y._.ap_year["year"] for y in named}) == 1:
                best = named[0]
        if best is None and self.narrative_year is not None:
            self.last_year = self.narrative_year
            return self.narrative_year
        self.last_year = self._resolve_year(best, edition, ranking)
        return self.last_year

    def _each_year(self, phrase: SpacySpan) -> list[int]:
        """"2019 und 2022 wurden jeweils 81 Städte verglichen": the years a "jeweils" total holds for."""
        if not any(t.lower_ == "jeweils" for t in self.doc[max(phrase.start - 3, 0) : phrase.end]):
            return []
        return [y._.ap_year["year"] for y in self.years_in.get(self.sentence_of[phrase.start], [])
                if y.label_ == "explicit" and y.end <= phrase.start and not self._clause_break(y.end, phrase.start)]

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
        """The phrase stands in an "als" clause right after a comparison year: "mit 2022, als Darmstadt noch Zehnter war"."""
        doc = self.doc
        return (year.label_ == "compare" and "year" in year._.ap_year and year.end + 1 < phrase.start
                and doc[year.end].text == "," and doc[year.end + 1].lower_ == "als"
                and not any(t.text in (",", ";", "–") for t in doc[year.end + 2 : phrase.start]))

    def _resolve_year(self, year: SpacySpan | None, edition: int | None, ranking: str) -> int | None:
        if year is None:
            return edition
        if year.label_ == "then":  # "damals": the year written last before it
            earlier = [y for y in self.years if y.start < year.start and y.label_ in ("explicit", "edition")]
            return earlier[-1]._.ap_year["year"] if earlier else edition
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

    def _shift(self, ranking: str, year: int | None, offset: int) -> int | None:
        """The edition `offset` editions before or after `year` ("Vorjahr" of a triennial ranking is its
        previous edition); plain years when the ranking's editions are not known."""
        if year is None:
            return None
        info = self.knowledge.ranking(ranking)
        editions = sorted(e.year for e in info.editions) if info else []
        for _ in range(-offset):
            earlier = [y for y in editions if y < year]
            year = earlier[-1] if earlier and year in editions else year - 1
        return year + offset if offset > 0 else year

    def _compare_year(self, phrase: SpacySpan, to_year: int | None, ranking: str, subject: Subject,
                      category: str | None) -> int | None:
        """The year a movement or a held rank is measured from: one the sentence names ("als im Vorjahr",
        "gegenüber 2022", "in sechs Jahren"); in a sentence that spans time ("drei Jahre später", "bis 2022",
        "seitdem", "verglichen damit") the year of the subject's last rank told earlier in the paragraph; else the
        edition before."""
        last_told = self._spans_time(phrase)
        sentence = self.sentence_of[phrase.start]
        moves = [p for p in self.phrases_in.get(sentence, []) if p.label_ == "move" and p is not phrase]
        for year in self.years_in.get(sentence, []):
            low, high = min(year.start, phrase.start), max(year.end, phrase.end)
            if year.label_ == "compare" and not any(low <= m.start < high for m in moves):  # the nearest movement's
                if "year" in year._.ap_year:
                    return year._.ap_year["year"]
                if year._.ap_year.get("last_told"):  # "verglichen damit": with the rank told just before
                    last_told = True
                    break
                if year._.ap_year.get("calendar"):  # "ein Minus von 29 Plätzen in sechs Jahren"
                    return to_year + year._.ap_year["offset"] if to_year is not None else None
                return self._shift(ranking, to_year, year._.ap_year["offset"])
        paragraph = self._paragraph(phrase.start_char)
        if not last_told:
            return self._shift(ranking, to_year, -1)
        told = [(evidence.end, key[3]) for key, evidences in self.stated_evidence.items()
                if key[:3] == (subject.name, ranking, category) and key[3] is not None and to_year is not None
                and key[3] < to_year for evidence in evidences
                if evidence.end <= phrase.start_char and self._paragraph(evidence.start) == paragraph]
        told += [(m.evidence.end, m.to_year) for m in self.draft.movements  # "büßte sie 2018 einen Platz ein und ist um weitere …"
                 if (m.entity, m.ranking, m.category) == (subject.name, ranking, category) and m.to_year is not None
                 and to_year is not None and m.to_year < to_year and m.evidence.end <= phrase.start_char
                 and self._paragraph(m.evidence.start) == paragraph]
        return max(told)[1] if told else self._shift(ranking, to_year, -1)

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
        before = [c for c in own if c.end <= phrase.start]
        markers = [p for p in phrases if p.label_ in ("category_ref", "overall")]
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
        after = [c for c in own if phrase.end <= c.start <= phrase.end + 4
                 and not any(t.lower_ in ("und", "sowie", "aber", "doch") or t.is_punct for t in self.doc[phrase.end : c.start])]
        if after:
            return after[0].label_
        if category_focus and ranking in category_focus[1]._.ap_gaz["rankings"]:
            return category_focus[0]
        return None

    def _overall_before(self, phrase: SpacySpan) -> bool:
        """The sentence before names the overall table and no category after it."""
        index = self.sentence_of[phrase.start] - 1
        if index < 0:
            return False
        overall = [p.end for p in self.phrases_in.get(index, []) if p.label_ == "overall"]
        return bool(overall) and not any(c.start >= max(overall) for c in self.categories_in.get(index, []))

    def _subjects(self, phrase, phrases, unit: str, kind: str) -> list[Subject]:
        allowed = UNIT_TYPES.get(unit, UNIT_TYPES["mixed"])
        sent = self.sent(phrase)
        info = phrase._.ap_phrase
        if phrase[0].text in ("(", ",") and not info.get("subject_inside"):
            # "Mülheim an der Ruhr, 2022 noch auf Platz 74, …", "Bochum (4.)": about the place right before
            before = self.place_ending.get(phrase.start)
            if before is not None and before.kb_id_ in allowed:
                return [Subject(before.label_, before.kb_id_, True)]
        if info.get("elliptic") and not self._continues_list(phrase, phrases):
            return []
        if ("prev_rank" in info and not info.get("subject_inside") and phrase.start > sent.start
                and self.doc[phrase.start - 1].lower_ in ("der", "die")):
            referent = self._referent(phrase.start, allowed)  # "Die Vorjahres-Dritte muss Stuttgart … lassen"
            return [Subject(referent.name, referent.type, False)] if referent else []
        inner = next((t for t in phrase if t.lower_ in self.shared_epithets or t.lower_ in INNER_REFERENCES), None)
        if inner is not None and not info.get("subject_inside") and not any(t._.ap_place for t in phrase):
            referent = self._referent(phrase.start, allowed, self.shared_epithets.get(inner.lower_))
            if referent is not None:  # "… war die Hansestadt noch Zweite": the city the phrase names itself
                return [referent]
        if info.get("subject_inside"):
            inside = [self.place_at[i] for i in range(phrase.start, phrase.end)
                      if i in self.place_at and self.place_at[i].kb_id_ in allowed]
            return [Subject(inside[0].label_, inside[0].kb_id_, True)] if inside else []
        blocked = set()
        for p in phrases:
            if p.label_ in ("neighbours",):
                blocked.update(range(p.start, p.end))
            if p.label_ == "follow":
                followers = self._following_places(p)
                if followers and self._right_after(followers[-1], phrase):
                    continue  # "dahinter folgt Münster (mit 3,2 Punkten) auf dem sechsten Platz": the rank is the follower's
                for place in followers:
                    blocked.update(range(place.start, place.end))
        candidates = []
        for span in self.places_in.get(self.sentence_of[phrase.start], []):
            if span.kb_id_ not in allowed or span.start in blocked:
                continue
            if span.start > 0 and self.doc[span.start - 1].lower_ in NOT_SUBJECT_BEFORE:
                continue
            if phrase.start <= span.start < phrase.end or self._in_relative_clause(span, phrase):
                continue
            candidates.append((span, Subject(span.label_, span.kb_id_, True)))
        for p in phrases:
            if p.label_ == "coref" and p.start not in blocked:
                if any(t._.ap_place for t in self.doc[p.start : min(p.end + 1, len(self.doc))]):
                    continue
                kinds = allowed & COREF_TYPES.get(p[-1].lower_, allowed)  # "der Landkreis": a county
                referent = self._referent(p.start, kinds, self.shared_epithets.get(p[-1].lower_))
                if referent:
                    candidates.append((p, Subject(referent.name, referent.type, False)))
        candidates.sort(key=lambda c: c[0].start)
        if phrase._.ap_phrase.get("tie") or self._tied(phrase):
            after = [c for c in candidates if c[0].start >= phrase.end]
            if after and self.doc[phrase.end : phrase.end + 1].text.lower() in TIE_VERBS:
                return [s for _, s in self._coordinated(after)]  # "Rang drei teilen sich Auckland in Neuseeland und München"
            with_partner = [t.i + 1 for t in self.doc[sent.start : phrase.start] if t.lower_ == "mit" and t.i + 1 in self.place_at
                            and not self._clause_break(t.i, phrase.start)]
            tied = [c for c in candidates if c[0].end <= phrase.start]
            if tied:
                partner = self.place_at.get(phrase.end + 1) if self.doc[phrase.end : phrase.end + 1].text == "mit" else None
                if partner is None and with_partner:  # "teilt sich im Ranking mit München Rang 27"
                    partner = self.place_at[with_partner[-1]]
                subjects = [s for _, s in self._coordinated(tied, backwards=True)]
                if partner is not None:  # "teilte sich Rang 17 mit Frankfurt am Main"
                    subjects.append(Subject(partner.label_, partner.kb_id_, True))
                return list({s.name: s for s in subjects}.values())
        relative = self._relative_clause_head(phrase, allowed)
        if relative is not None:
            return [relative]
        instead = self._sondern(phrase, allowed)
        if instead is not None:
            return [instead]
        before = [c for c in candidates if c[0].end <= phrase.start]
        after = [c for c in candidates if c[0].start >= phrase.end]
        # The subject of the phrase's own clause first ("…, Dritter ist Stuttgart"), then the nearest before or after.
        inside = [self.place_at[i] for i in range(phrase.start, phrase.end) if i in self.place_at and self.place_at[i].kb_id_ in allowed]
        if inside and not info.get("displaced") and not (before and not self._clause_break(before[-1][0].end, phrase.start)):
            return [Subject(inside[0].label_, inside[0].kb_id_, True)]  # "In der Kategorie X liegt Berlin vorn, gefolgt von …"
        if before and not self._clause_break(before[-1][0].end, phrase.start):
            after = []
        elif after and not self._clause_break(phrase.end, after[0][0].start):
            before = []
        if before:
            chosen = [before[-1]]
            if kind == "claim":
                chosen = self._coordinated(before, backwards=True)
            return [s for _, s in chosen]
        if after:
            return [s for _, s in (self._coordinated(after) if kind == "claim" else after[:1])]
        referent = self._referent(phrase.start, allowed)
        if phrase._.ap_phrase.get("needs_subject") or referent is None or self._heading(sent):
            return []
        return [Subject(referent.name, referent.type, False)]

    @staticmethod
    def _heading(sent: SpacySpan) -> bool:
        """A line without a sentence's final punctuation ("Prominente Namen am Ende der Liste") speaks of no one;
        a list item ("- 2022: Platz 26") does."""
        text = sent.text.rstrip()
        ends_line = "\n" in sent.text[len(text):] or sent.end == len(sent.doc)
        list_item = text[:1] in ("-", "•", "–", "*", "·") or text[:1].isdigit()  # "- 2022: Platz 26"
        return ends_line and not list_item and not text.endswith((".", "!", "?", ":", "“", "\"", "»", ")"))

    def _clause_break(self, start: int, end: int) -> bool:
        """True when a comma, colon, semicolon or dash stands between tokens start and end."""
        return any(t.text in CLAUSE_BREAKS for t in self.doc[start:end])

    def _sondern(self, phrase, allowed) -> Subject | None:
        """"steht nicht mehr Wien an der Spitze, sondern Zürich": the place after "sondern" when "nicht" denies the one before."""
        sent = self.sent(phrase)
        if not any(t.lower_ == "nicht" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ not in ("nur", "allein")
                   for t in self.doc[sent.start : phrase.start]):
            return None  # "nicht nur X …, sondern auch Y" denies no one
        for t in self.doc[phrase.end : min(sent.end, phrase.end + 4)]:
            if t.lower_ == "sondern" and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "auch"):
                place = self.place_at.get(t.i + 1) or self.place_at.get(t.i + 2)
                if place is not None and place.kb_id_ in allowed:
                    return Subject(place.label_, place.kb_id_, True)
        return None

    def _relative_clause_head(self, phrase, allowed) -> Subject | None:
        """"…, gefolgt von Hannover und Leipzig, das mit 3,85 Platz drei belegte": the place the clause is about."""
        doc = self.doc
        for place in self.places_in.get(self.sentence_of[phrase.start], []):
            if place.end + 1 >= phrase.start or place.kb_id_ not in allowed:
                continue
            if (doc[place.end].text == "," and doc[place.end + 1].lower_ in RELATIVE_PRONOUNS
                    and (not doc[place.end + 2].is_title or doc[place.end + 2].lower_ in ("platz", "rang", "position", "stelle"))):
                # "Erlangen, die Stadt München …" starts no relative clause; "Rheinland-Pfalz, das Platz fünf belegt" does
                clause = doc[place.end + 2 : phrase.start]
                if not any(t.text in (",", ";", "–") for t in clause):
                    return Subject(place.label_, place.kb_id_, True)
        return None

    def _continues_list(self, phrase, phrases) -> bool:
        """", Wiesbaden auf 38", ", Köln von 26 auf 65" continue a list only after a rank or movement in the same sentence
        or after a heading that announces ranks, and not before a unit."""
        after = self.doc[phrase.end].lower_ if phrase.end < len(self.doc) else ""
        if after in UNIT_WORDS:
            return False
        if any(p.label_ in ("rank", "claim", "move") and p.end <= phrase.start and not p._.ap_phrase.get("elliptic") for p in phrases):
            return True
        colon = next((t.i for t in self.doc[self.sent(phrase).start : phrase.start] if t.text == ":"), None)
        return colon is not None and any(  # "Die übrigen Städte im Überblick: Düsseldorf 6 (2016: 6), …"
            t.lower_ in LIST_HEADINGS or t.lower_ in RANKING_WORDS or t.lower_.endswith(RANKING_WORD_ENDINGS)
            for t in self.doc[self.sent(phrase).start : colon])

    def _coordinated(self, candidates, backwards: bool = False) -> list:
        """The first candidate and those joined to it by commas and "und" ("Mainz und Regensburg")."""
        ordered = list(reversed(candidates)) if backwards else list(candidates)
        chosen = [ordered[0]]
        for span, subject in ordered[1:]:
            left, right = (span, chosen[-1][0]) if backwards else (chosen[-1][0], span)
            between = [t for t in self.doc[left.end : right.start] if not self._in_apposition(t)]
            if between and between[0].text == "(" and ")" in [t.text for t in between]:  # "Nürnberg (4.), Aachen (5.)"
                between = between[[t.text for t in between].index(")") + 1 :]
            if not any(t.text in (",", "und", "sowie", "oder") for t in between) or not all(
                    t.text in (",", "und", "sowie", "oder") or t.lower_ in LIST_ARTICLES for t in between):
                break  # "Mainz und Regensburg", "die Princeton University und die University of Cambridge"
            chosen.append((span, subject))
        return chosen

    def _in_relative_clause(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """"Die Region, für die die Forscher den Norden Bayerns auswerten, büßt …": a place inside a relative clause
        that closes before the phrase is not its subject."""
        doc, sent = self.doc, self.sent(phrase)
        if place.end > phrase.start:
            return False
        opening = next((i for i in range(place.start - 1, sent.start, -1) if doc[i].text == ","), None)
        closing = next((i for i in range(place.end, phrase.start) if doc[i].text == ","), None)
        if opening is None or closing is None:
            return False
        words = [t.lower_ for t in doc[opening + 1 : min(opening + 3, place.start)]]
        return any(w in RELATIVE_PRONOUNS or w in ("dem", "den", "deren", "dessen") for w in words)

    def _right_after(self, place: SpacySpan, phrase: SpacySpan) -> bool:
        """The phrase follows the place with at most a score between ("Franken mit 7,26 Punkten auf Rang vier")."""
        between = self.doc[place.end : phrase.start]
        return phrase.start >= place.end and len(between) <= 6 and all(t.lower_ in ("mit", "auf", "dem", "den", "(", ")") or t._.ap_kind
                                         or t.lower_ in UNIT_WORDS for t in between)

    def _in_apposition(self, token: Token) -> bool:
        """A token of "in Neuseeland" after "Auckland": a place's country or state, skipped in a list of places."""
        doc, i = self.doc, token.i
        inside = any(p.start <= i < p.end for p in self.places_in.get(self.sentence_of[i], []) if p.kb_id_ in ("country", "state"))
        return inside or (token.lower_ == "in" and i + 1 < len(doc) and i + 1 in self.place_at
                          and self.place_at[i + 1].kb_id_ in ("country", "state"))

    def _tied(self, phrase) -> bool:
        """"teilen sich" before the rank in its sentence, or right after it ("Rang drei teilen sich A und B")."""
        sent = self.sent(phrase)
        tokens = list(self.doc[sent.start : phrase.start]) + list(self.doc[phrase.end : min(sent.end, phrase.end + 1)])
        return phrase.label_ == "rank" and any(((t.lower_ in TIE_VERBS and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "sich")
                                                or t.lower_ in TIE_WORDS)  # "liegen Hamburg und Bremen gleichauf an der Spitze"
                                               and not self._clause_break(min(t.i, phrase.start), max(t.i, phrase.start))
                                               for t in tokens)

    def _referent(self, position: int, allowed: set[str], among: set[str] | None = None) -> Subject | None:
        """What "die Stadt", "sie" or an unstated subject refers to: the place named last before
        `position` in a subject position (not "hinter Hagen", not in a list after "gefolgt von"); for an
        epithet several cities share ("die Domstadt"), the one of them named last."""
        before = [self.places[i] for i in range(bisect.bisect_right(self.place_ends, position) - 1, -1, -1)]
        fitting = [span for span in before if span.kb_id_ in allowed and (among is None or span.label_ in among)]
        span = next((s for s in fitting if s.start not in self.non_subjects), None)
        if span is None and among is not None:  # an epithet may also take up a place named in a list
            span = next(iter(fitting), None)
        if span is not None:
            return Subject(span.label_, span.kb_id_, False)
        return self.focus_entity if among is None or (self.focus_entity and self.focus_entity.name in among) else None

    # records --------------------------------------------------------------------------------------------
    def _placement(self, subject, ranking, category, year, rank, evidence, *, total=None, derived=False, derived_from=None, score=None):
        if rank is None or rank < 1:
            return
        key = (subject.name, ranking, category, year, rank)
        if not derived:
            self.stated_evidence.setdefault(key, []).append(evidence)
        if key in self.placement_keys:
            index = self.placement_keys[key]
            old = self.draft.placements[index]
            if old.derived and not derived:
                self.draft.placements[index] = old.model_copy(update={"derived": False, "derived_from": None, "evidence": evidence})
            return
        self.placement_keys[key] = len(self.draft.placements)
        placement = Placement(
            entity=subject.name, ranking=ranking, category=category, year=year, rank=rank, total=total,
            score=score, derived=derived, derived_from=derived_from, evidence=evidence,
        )
        self.draft.placements.append(placement)
        if not derived:
            self.last_placement = placement

    def _text_total(self, ranking, year) -> int | None:
        found = self.draft.text_totals.get((ranking, year))
        return found[0] if found else None

    def _rank(self, phrase, info, subject, ranking, category, year, phrases, evidence) -> None:
        if "total" in info:
            self._set_total(ranking, year, info["total"], evidence)
        total = self._text_total(ranking, year)
        rank, derived = info.get("rank"), False
        last = self.last_placement
        if "beside_last" in info:  # "Wiesbaden landet direkt dahinter", "davor liegt Tripolis"
            if (last is None or (last.ranking, last.category, last.year) != (ranking, category, year)
                    or last.entity == subject.name or not self._close_sentences(last.evidence, evidence)):
                return
            side, distance = ("behind" if info["beside_last"] > 0 else "ahead of"), abs(info["beside_last"])
            self._placement(subject, ranking, category, year, last.rank + info["beside_last"], evidence, total=total, derived=True,
                            derived_from=f"{'one rank' if distance == 1 else f'{distance} ranks'} {side} {last.entity} on rank {last.rank}")
            return
        if info.get("displaced") and year is not None and rank is not None:
            # "verdrängt Köln vom dritten Platz": Köln held that rank in the edition before
            ousted = next((self.place_at[i] for i in range(phrase.start, phrase.end) if i in self.place_at), None)
            if ousted is not None and ousted.label_ != subject.name:
                previous = self._shift(ranking, year, -1)
                self._placement(Subject(ousted.label_, ousted.kb_id_, True), ranking, category, previous, rank, evidence,
                                derived=True, derived_from=f"{subject.name} ousted it from rank {rank}")
        if "from_last" in info:
            if total is not None:
                rank, derived = total - info["from_last"], info["from_last"] > 0
        if info.get("tie") or self._tied(phrase):
            self.draft.ties.add((ranking, category, year, rank))
        if rank is not None:
            self._placement(subject, ranking, category, year, rank, evidence, total=total, derived=derived,
                            derived_from="the total written in the text" if derived else None)
        if "prev_rank" in info and year is not None:
            previous, current = info.get("prev_year") or self._shift(ranking, year, -1), self.last_placement
            self._placement(subject, ranking, category, previous, info["prev_rank"], evidence)
            self.last_placement = current  # a list goes on from this year's ranks, not from "Vorjahres-Dritte"
            if rank is not None:
                self._movement(Movement(entity=subject.name, ranking=ranking, category=category,
                                                     from_year=previous, to_year=year,
                                                     places=info["prev_rank"] - rank, evidence=evidence))
        elif rank is not None and self._holds(phrase, phrases):
            self._held(phrase, subject, ranking, category, year, rank, evidence)
        if info.get("claim") and not info.get("from_last"):  # "Vorletzter" is no claim of being last
            self._claim(subject, ranking, category, year, {"claim": info["claim"], "n": info.get("n")}, evidence)
        if rank is not None:
            self._neighbours_and_lists(phrase, phrases, ranking, category, year, rank, subject)

    def _holds(self, phrase, phrases) -> bool:
        """A rank held from the edition before: a word of holding near it ("hält", "verteidigt", "erneut", "blieb",
        "Platz 3 halten", "wie schon im Vorjahr"), with no movement, no climbing or falling and no "nicht" nearby."""
        if any(p.label_ == "move" for p in phrases):
            return False
        sent = self.sent(phrase)
        before = self.doc[max(sent.start, phrase.start - 8) : phrase.end]  # up to the phrase: "ist erneut Zwölfter"
        after = self.doc[phrase.end : min(sent.end, phrase.end + 8)]
        if any(t.lower_ in self.directions for t in before) or any(t.lower_ == "nicht" for t in (*before, *after)):
            return False  # "fällt erneut zurück auf Platz 12", "konnte Platz 3 nicht halten"
        if any(t.lower_ in HOLD_WORDS for t in before):
            return True
        joined = False
        for t in after:
            if t.text in (";", ":", "–") or t.lower_ in ("aber", "doch", "während", "dagegen"):
                break
            joined = joined or t.lower_ == "und"  # "landet auf Platz 5 und liegt erneut vor Lübeck": not held
            if t.lower_ in HELD_AFTER or (t.lower_ in HOLD_WORDS and t.i - phrase.end <= 2 and not joined):
                # "konnte seinen zwölften Platz verteidigen", "… halten ihre Plätze", "An der Spitze steht erneut Sachsen"
                return True
        if any(y.label_ == "compare" and y[0].lower_ == "wie" and (abs(y.start - phrase.start) <= 6 or not self._clause_break(
                min(y.end, phrase.end), max(y.start, phrase.start))) for y in self.years_in.get(self.sentence_of[phrase.start], [])):
            return True  # "landet wie schon im Vorjahr auf Platz zwei", "Wie schon 2021 reicht es für Solingen für Platz 35"
        for t in reversed(self.doc[max(sent.start, phrase.start - 8) : phrase.end]):  # "Ganz oben im Ranking bleibt München"
            if t.text in CLAUSE_BREAKS or t.lower_ == "und":
                break
            if t.lower_ in STAY_VERBS:
                return True  # "2021 blieb Hamburg an der Spitze", "bleibt im Smart City Index 2025 zwar Zweite"
        # "Spitzenreiter bleibt München": "bleiben" right after the rank ("bleibt Spitzenreiter" is read above)
        return phrase.end < len(self.doc) and self.doc[phrase.end].lower_ in STAY_VERBS

    def _neighbours_and_lists(self, phrase, phrases, ranking, category, year, rank, subject) -> None:
        if rank > 1:
            self._behind(phrase, ranking, category, year, rank, subject)
        elif (second := next((self.place_at[t.i + 1] for t in phrase if t.lower_ == "vor" and t.i + 1 in self.place_at), None)) \
                and second.label_ != subject.name:  # "führt das Feld vor Schwerin an"
            self._placement(Subject(second.label_, second.kb_id_, True), ranking, category, year, 2, self._span(phrase))
        later = [p for p in phrases if p.start >= phrase.end]
        statements = [p for p in later if p.label_ in ("rank", "move")]
        limit = statements[0].start if statements else self.sent(phrase).end
        for p in later:
            if p.start >= limit:
                break
            if p.label_ == "neighbours":
                groups = self._place_groups(p)
                if len(groups) == 2:
                    behind, ahead = (groups[1], groups[0]) if p._.ap_phrase.get("reverse") else (groups[0], groups[1])
                    evidence = self._span(self.doc, phrase.start_char, p.end_char)
                    for place, offset in ((behind, -1), (ahead, 1)):
                        self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year,
                                        rank + offset, evidence, derived=True,
                                        derived_from=f"neighbour of {subject.name} on rank {rank}")
            elif (p.label_ == "follow" or (p.label_ == "ahead_of" and rank == 1)) and not self._followers_ranked(p, phrases):
                places = self._following_places(p)
                for offset, place in enumerate(places, start=1):
                    self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year,
                                    rank + offset, self._span(self.doc, phrase.start_char, place.end_char))

    def _relative(self, phrase, phrases, categories, category_focus, ranking, year, unit) -> None:
        """"Essen liegt zwei Plätze vor Dortmund": Essen's rank follows once Dortmund's is stated."""
        others = [self.place_at[i] for i in range(phrase.start, phrase.end) if i in self.place_at]
        subjects = self._subjects(phrase, phrases, unit, "rank")
        if not others or not subjects:
            return
        ahead = any(t.lower_ == "vor" for t in phrase)
        places = phrase._.ap_phrase["places"]
        category = self._category_at(phrase, phrases, categories, category_focus, ranking)
        self.draft.relatives.append((subjects[0].name, others[0].label_, -places if ahead else places,
                                     ranking, category, year, self._span(phrase)))

    def _followers_ranked(self, follow: SpacySpan, phrases) -> bool:
        """"gefolgt von Melbourne (4.) …", "gefolgt von Düsseldorf als 6.": the followers state their own ranks."""
        starts = {p.start for p in phrases if p.label_ == "rank"}
        return any(place.end in starts or place.start in starts for place in self._following_places(follow))

    def _continue_list(self, follow: SpacySpan) -> None:
        """"Dahinter folgen Erfurt und Aachen." continues the ranks of the last placement stated before; "Hinter
        Frankfurt folgen …" those of the named place's latest rank in the same ranking."""
        last = self.last_placement
        named = next((self.place_at[i] for i in range(follow.start, follow.end) if i in self.place_at), None)
        if named is not None:
            own = [p for p in self.draft.placements if p.entity == named.label_ and not p.derived
                   and (p.ranking, p.category) == (last.ranking, last.category) and p.year is not None]
            if not own:
                return  # "Hinter Frankfurt folgen …" with no rank of Frankfurt known
            last = max(own, key=lambda p: p.year)
        for offset, place in enumerate(self._following_places(follow), start=1):
            self._placement(Subject(place.label_, place.kb_id_, True), last.ranking, last.category, last.year,
                            last.rank + offset, self._span(self.doc, follow.start_char, place.end_char))

    def _preceding_places(self, phrase: SpacySpan) -> list[SpacySpan]:
        """"Nürnberg, Leipzig und Heidelberg folgen auf den Plätzen acht bis zehn": the list before a range."""
        by_end = self.place_ending
        i, skipped = phrase.start, 0
        while i > self.sent(phrase).start and i not in by_end and skipped < 10 and self.doc[i - 1].text not in CLAUSE_BREAKS:
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
            if i > self.sent(phrase).start and self.doc[i - 1].text in (",", "und", "sowie"):
                i -= 1
            else:
                break
        return places

    def _skip_parenthesis_back(self, i: int) -> int:
        """Position before a parenthesis that ends at token i ("Karlsruhe (3,05)" -> after "Karlsruhe")."""
        if i > 0 and self.doc[i - 1].text == ")":
            for j in range(i - 2, max(-1, i - 10), -1):
                if self.doc[j].text == "(":
                    return j
        return i

    def _range(self, phrase, info, ranking, category, year) -> None:
        """"Auf den Plätzen fünf bis sieben folgen Dresden, Freiburg und Stuttgart": one rank each, in order."""
        first, last = info["rank"], info["to_rank"]
        ranks = [first, last] if info.get("pair") else list(range(first, last + 1))
        starts = {p.start for p in self.phrases_in.get(self.sentence_of[phrase.start], []) if p.label_ == "rank"}
        following = [p for p in self._following_places(phrase, skip=6) if p.end not in starts]  # not "es folgen Köln (5.)"
        places = next((found for found in (following, self._preceding_places(phrase)) if len(found) == len(ranks)), None)
        if places is None:
            return
        held = self._holds(phrase, self.phrases_in.get(self.sentence_of[phrase.start], []))
        for place, rank in zip(places, ranks):
            start, end = min(phrase.start_char, place.start_char), max(phrase.end_char, place.end_char)
            subject, evidence = Subject(place.label_, place.kb_id_, True), self._span(self.doc, start, end)
            self._placement(subject, ranking, category, year, rank, evidence)
            if held:  # "Auf den Rängen zwei und drei folgen wie schon 2022 Erlangen und die Stadt München"
                self._held(phrase, subject, ranking, category, year, rank, evidence)

    def _held(self, phrase, subject, ranking, category, year, rank, evidence) -> None:
        """A rank held: the same rank in the edition compared with (derived) and a movement of 0."""
        previous = self._compare_year(phrase, year, ranking, subject, category)
        self._placement(subject, ranking, category, previous, rank, evidence, derived=True,
                        derived_from="the rank held from the edition before")
        self._movement(Movement(entity=subject.name, ranking=ranking, category=category, from_year=previous,
                                to_year=year, places=0, evidence=evidence))

    def _behind(self, phrase, ranking, category, year, rank, subject) -> None:
        """"hinter Schleswig-Holstein auf Platz zwei" or "auf Platz 2 hinter Kassel": that place is one rank up."""
        doc, by_end, by_start = self.doc, self.place_ending, self.place_at
        start = phrase.start
        while start > 0 and phrase.start - start < 2 and doc[start - 1].lower_ in ("auf", "den", "dem"):
            start -= 1  # "hinter Hamburg auf dem zweiten Platz"
        place = by_end.get(start)
        if place is not None and place.start > 0 and doc[place.start - 1].lower_ == "hinter":
            pass
        elif (after := phrase.end + (phrase.end < len(doc) and doc[phrase.end].text == ",")) < self.sent(phrase).end and \
                doc[after].lower_ == "hinter" and after + 1 in by_start and not any(
                    p.label_ == "neighbours" and p.start <= after < p.end for p in self.phrases_in.get(self.sentence_of[after], [])):
            # "auf Platz zwei hinter Berlin", "…, hinter Mainz" (not "…, hinter Hagen und vor Solingen", read as neighbours)
            ahead = self._following_places(doc[after : after + 1])
            if len(ahead) > 1 and doc[ahead[-1].start - 1].lower_ not in ("und", "sowie"):
                ahead = ahead[:1]  # "auf Platz zwei hinter Berlin, Gera landet …": a list ends with "und"
            if len(ahead) > 1 and after != phrase.end:
                return  # "auf Platz 12, hinter Lübeck und Flensburg": behind them, not right behind
            if len(ahead) > 1:  # "Dritter hinter München und Ingolstadt": the places right above, in order
                if len(ahead) < rank:
                    for offset, place in enumerate(ahead):
                        self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year,
                                        rank - len(ahead) + offset, self._span(doc, phrase.start_char, ahead[-1].end_char),
                                        derived=True, derived_from=f"{subject.name} on rank {rank} is behind them")
                return
            place = ahead[0]
        else:
            self._close_by(phrase, ranking, category, year, rank, subject)
            return
        evidence = self._span(doc, min(place.start_char, phrase.start_char), max(place.end_char, phrase.end_char))
        self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, rank - 1, evidence,
                        derived=True, derived_from=f"{subject.name} on rank {rank} is behind it")

    def _close_by(self, phrase, ranking, category, year, rank, subject) -> None:
        """"auf Rang 6, knapp vor Schleswig-Holstein" (7), "…, dicht hinter Kiel" (5), "– einen Rang hinter Lübeck",
        "liegt damit nur noch vor Bremen": the neighbour one rank away."""
        doc, i = self.doc, phrase.end
        if i < len(doc) and doc[i].text in (",", "–", "-"):
            i += 1
        while i < len(doc) and doc[i].lower_ in ("und", "liegt", "damit", "somit", "also"):  # "… und liegt damit nur noch vor"
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
        if place is None or (place.end < len(doc) and doc[place.end].lower_ in ("und", "sowie")):
            return
        offset = distance if doc[i + 1].lower_ == "vor" else -distance
        if rank + offset < 1:
            return
        evidence = self._span(doc, phrase.start_char, place.end_char)
        side = "ahead of" if offset > 0 else "behind"
        self._placement(Subject(place.label_, place.kb_id_, True), ranking, category, year, rank + offset, evidence, derived=True,
                        derived_from=f"{subject.name} on rank {rank} is {'right' if distance == 1 else f'{distance} ranks'} {side} it")

    def _place_groups(self, span: SpacySpan) -> list[SpacySpan]:
        return [self.place_at[i] for i in range(span.start, span.end) if i in self.place_at and self.place_at[i].end <= span.end]

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
            elif self.doc[i].text in (",", "und", "sowie", "dann") or (self.doc[i].lower_ in LIST_ARTICLES and (
                    i + 1 in by_start or (i + 2 in by_start and self.doc[i + 1].lower_ in LIST_NOUNS))):
                closing = closing or self.doc[i].text in ("und", "sowie")
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
            else:
                break
        return places

    def _move(self, phrase, info, subject, ranking, category, year, phrases, evidence) -> None:
        if info.get("needs_rank") and not any(p.label_ in ("rank", "claim") for p in phrases):
            return
        ranks = [p._.ap_phrase for p in phrases if p.label_ == "rank"]
        if info.get("needs_rank") and ranks and all("rank" not in r and "from_last" in r for r in ranks) and (
                self._text_total(ranking, year) is None):
            return  # "bildet wie im Vorjahr das Schlusslicht" with no total written: no rank, so nothing held
        if any(t.lower_ in SINCE_WORDS for t in self.sent(phrase)) and self.editions.get(ranking):
            year = self.editions[ranking]  # "Seither ist die Stadt um 29 Plätze abgerutscht": up to the edition reported on
        from_year = self._compare_year(phrase, year, ranking, subject, category)
        if from_year is not None and year is not None and from_year >= year:
            # "seit 2018 acht Plätze eingebüßt" inside a story about 2016: measured up to the edition reported on
            year = self.editions.get(ranking)
            if year is None or year <= from_year:
                return
        if "from_rank" in info:
            self._placement(subject, ranking, category, from_year, info["from_rank"], evidence)
            self._placement(subject, ranking, category, year, info["to_rank"], evidence)
            places = info["from_rank"] - info["to_rank"]
            if "direction" in info:
                self.draft.directions.append((subject.name, info["direction"], places, evidence))
        else:
            places = info["places"]
            if "rank" in info:
                self._placement(subject, ranking, category, year, info["rank"], evidence)
                if places == 0:
                    self._placement(subject, ranking, category, from_year, info["rank"], evidence, derived=True,
                                    derived_from="the rank held from the edition before")
        self._movement(Movement(entity=subject.name, ranking=ranking, category=category,
                                             from_year=from_year, to_year=year, places=places, evidence=evidence))

    def _movement(self, movement: Movement) -> None:
        """Keep a movement once, with the evidence that states it first."""
        key = (movement.entity, movement.ranking, movement.category, movement.from_year, movement.to_year, movement.places)
        if key not in self.movement_keys:
            self.movement_keys.add(key)
            self.draft.movements.append(movement)

    def _claim(self, subject, ranking, category, year, info, evidence) -> None:
        claim = Claim(entity=subject.name, ranking=ranking, category=category, year=year, kind=info["claim"],
                      n=info.get("n"), evidence=evidence)
        key = (claim.entity, claim.ranking, claim.category, claim.year, claim.kind, claim.n)
        if key not in self.claim_keys:
            self.claim_keys.add(key)
            self.draft.claims.append(claim)

    def _score(self, subject, ranking, category, year, score) -> None:
        for index in range(len(self.draft.placements) - 1, -1, -1):
            p = self.draft.placements[index]
            if (p.entity, p.ranking, p.category, p.year) == (subject.name, ranking, category, year) and p.score is None:
                self.draft.placements[index] = p.model_copy(update={"score": float(score)})
                return

    def _total(self, phrase, ranking, year, info) -> None:
        evidence = self._span(phrase)
        if phrase.label_ == "total":
            ranking, year = self._edition_of_total(ranking, year, info["total"])
            self._set_total(ranking, year, info["total"], evidence)
        else:
            self.draft.approx_totals.append((ranking, year, info["approx"], info["total"], evidence))

    def _edition_of_total(self, ranking: str, year: int | None, total: int) -> tuple[str, int | None]:
        """The edition a written total belongs to: the one in focus, unless its known total differs and exactly
        one other edition named in the text (of this ranking first, then of the others) has that total."""
        info = self.knowledge.ranking(ranking)
        edition = info.edition(year) if info else None
        if edition is None or edition.total in (None, total):
            return ranking, year
        for names in ([ranking], [name for name in self.editions if name != ranking]):
            matches = [(name, e.year) for name in names if self.knowledge.ranking(name)
                       for e in self.knowledge.ranking(name).editions if e.total == total and e.year in self.named_years]
            if len(matches) == 1:
                return matches[0]
        return ranking, year

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

    def _set_total(self, ranking, year, total, evidence) -> None:
        self.draft.text_totals.setdefault((ranking, year), (total, evidence))

    # derivation -----------------------------------------------------------------------------------------
    def _implied_movements(self) -> None:
        """Two written ranks of consecutive editions set against each other — in one sentence or neighbouring ones
        of a paragraph ("im Vorjahr noch Rang 9, ist nun Zehnter"), or anywhere when a verb of climbing or falling
        stands beside the later one — state a movement."""
        groups: dict[tuple, list[Placement]] = {}
        for p in self.draft.placements:
            if not p.derived and p.year is not None:
                groups.setdefault((p.entity, p.ranking, p.category), []).append(p)
        have = {(m.entity, m.ranking, m.category, m.from_year, m.to_year) for m in self.draft.movements}
        for (entity, ranking, category), stated in groups.items():
            for later in stated:
                previous = self._shift(ranking, later.year, -1)
                # the edition before, else the latest earlier one told ("Vor drei Jahren stand sie noch auf Platz acht")
                earlier_years = sorted({p.year for p in stated if p.year < later.year}, key=lambda y: (y != previous, -y))
                for earlier in sorted((p for p in stated if p.year in earlier_years[:1]), key=lambda p: p.rank):
                    if (entity, ranking, category, earlier.year, later.year) in have:
                        continue
                    pair = self._set_against(self.stated_evidence[(entity, ranking, category, earlier.year, earlier.rank)],
                                             self.stated_evidence[(entity, ranking, category, later.year, later.rank)])
                    if pair is None or (earlier.year != previous and (not self._compared(*pair) or any(
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

    def _set_against(self, earlier: list[Span], later: list[Span]) -> tuple[Span, Span] | None:
        """Two written ranks set against each other: in one sentence or neighbouring ones, or anywhere when a
        verb of climbing or falling stands beside the later one ("rutschte auf Rang 5")."""
        for first in earlier:
            for second in later:
                if self._close_sentences(first, second):
                    return first, second
        for second in later:
            if self._direction_beside(second):
                return earlier[0], second
        return None

    def _compared(self, first: Span, second: Span) -> bool:
        """Ranks of editions further apart are set against each other only in close sentences with a word of
        comparison or change ("noch", "zuvor", "nun", "verbessert") between or beside them."""
        if not self._close_sentences(first, second):
            return False
        span = self.doc.char_span(min(first.start, second.start), max(first.end, second.end), alignment_mode="expand")
        if span is None:
            return False
        window = self.doc[max(self.sent(span).start, span.start - 4) : span.end]
        return any(t.lower_ in COMPARISON_WORDS or t.lower_ in self.directions for t in window)

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
        overall table ("IW-Städteranking 2024: Stuttgart auf Platz zwei") or a headline calls it a category win. Ranks
        of editions still to come are goals and go too."""
        in_category = {(p.entity, p.ranking, p.year, p.rank) for p in self.draft.placements if p.category is not None}
        headline_end = self.text.find("\n") if "\n" in self.text else len(self.text)
        self.draft.placements = [
            p for p in self.draft.placements
            if not (p.category is None and (p.entity, p.ranking, p.year, p.rank) in in_category and (
                # "Kategoriesieger Karlsruhe und Heidelberg" over the story that names the categories
                (p.evidence.start < headline_end and any(word in p.evidence.text.lower() for word in ("kategorie", "klassen")))
                or ((info := self.knowledge.ranking(p.ranking)) is not None and not info.overall)))
            and not self._a_goal(p)]

    def _a_goal(self, placement: Placement) -> bool:
        """A rank in a year after every known edition and after the article, said as a goal ("will bis 2027 unter die
        ersten 30", "nennt Platz 30 als Ziel"); a new edition the knowledge does not know yet keeps its ranks."""
        info = self.knowledge.ranking(placement.ranking)
        if placement.year is None or info is None or not info.editions:
            return False
        published = int(self.draft.published[:4]) if self.draft.published else 0
        if placement.year <= max(max(e.year for e in info.editions), published):
            return False
        span = self.doc.char_span(placement.evidence.start, placement.evidence.end, alignment_mode="expand")
        sentences = {self.sentence_of[span.start]} if span is not None else set()
        sentences |= {index - 1 for index in sentences if index > 0}
        return any(t.lower_ in GOAL_WORDS for index in sentences for t in self.sentences[index])

    def _first_and_last_claims(self) -> None:
        """A written first place is a claim of being first; a written last place (rank = written total) of being last."""
        for p in self.draft.placements:
            if p.derived:
                continue
            if p.rank == 1:
                self._claim(Subject(p.entity, "city", True), p.ranking, p.category, p.year, {"claim": "first", "n": 1}, p.evidence)
            elif p.total is not None and p.rank == p.total:
                self._claim(Subject(p.entity, "city", True), p.ranking, p.category, p.year, {"claim": "last", "n": 1}, p.evidence)

    def _close_sentences(self, first: Span, second: Span) -> bool:
        """Two evidence spans in one sentence, or in neighbouring sentences of one paragraph."""
        a, b = (self.doc.char_span(s.start, s.end, alignment_mode="expand") for s in (first, second))
        if a is None or b is None:
            return False
        one, two = self.sentence_of[a.start], self.sentence_of[b.start]
        return abs(one - two) <= 1 and self._paragraph(a.start_char) == self._paragraph(b.start_char)

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
                                derived_from=f"{abs(offset)} places {'ahead of' if offset < 0 else 'behind'} {other} on rank {rank - offset}")
        totals = {key: value[0] for key, value in self.draft.text_totals.items()}
        self.draft.placements = [
            p.model_copy(update={"total": totals.get((p.ranking, p.year))}) if p.total is None and (p.ranking, p.year) in totals else p
            for p in self.draft.placements
        ]

    # summaries ------------------------------------------------------------------------------------------
    def _entities(self) -> None:
        grouped: dict[str, tuple[str, list[Span]]] = {}
        for span in self.places:
            grouped.setdefault(span.label_, (span.kb_id_, []))[1].append(self._span(span))
        for span in self.doc.spans["ap_publishers"]:
            grouped.setdefault(span.label_, ("organization", []))[1].append(self._span(span))
        self.draft.entities = [Entity(name=name, type=kind, mentions=mentions) for name, (kind, mentions) in grouped.items()]

    def _rankings(self) -> None:
        keys = list(dict.fromkeys(
            [(p.ranking, p.year) for p in self.draft.placements]
            + [(c.ranking, c.year) for c in self.draft.claims]
            + list(self.draft.text_totals)
            + [(name, year) for name, year in self.editions.items()]
        ))
        mentions: dict[str, list[Span]] = {}
        for span, name in self.ranking_mentions:
            mentions.setdefault(name, []).append(self._span(span))
        for name, year in keys:
            info: RankingInfo | None = self.knowledge.ranking(name)
            edition = info.edition(year) if info else None
            written = self._text_total(name, year)
            total, source = (written, "text") if written is not None else (
                (edition.total, "knowledge") if edition and edition.total else (None, None))
            self.draft.rankings.append(Ranking(
                name=name, publisher=info.publisher if info else None, year=year, total=total, total_source=source,
                categories=info.categories_in(year) if info else [], mentions=mentions.get(name, []),
            ))

    def _themes(self) -> None:
        grouped: dict[str, list[SpacySpan]] = {}
        for span in self.categories:
            grouped.setdefault(span.label_, []).append(span)
        focus = self._first_place()
        for name, spans in grouped.items():
            ranking = self._ranking_at(spans[0])
            rank = next((p.rank for p in self.draft.placements
                         if p.category == name and focus and p.entity == focus.name and not p.derived), None)
            self.draft.themes.append(Theme(name=name, ranking=ranking, explicit=True, rank=rank,
                                           mentions=[self._span(s) for s in spans]))
        implicit: dict[str, list[Span]] = {}
        lowers = [token.lower_ for token in self.doc]
        for ranking in dict.fromkeys(name for _, name in self.ranking_mentions):
            keywords = self.theme_keywords.get(ranking, {})
            stems = tuple(keywords)
            for i, lower in enumerate(lowers):
                if not stems or not lower.startswith(stems):  # one C-level test per token
                    continue
                for stem, theme in keywords.items():
                    if theme not in grouped and lower.startswith(stem):
                        implicit.setdefault((theme, ranking), []).append(self._span(self.doc[i]))
        for (theme, ranking), mentions in implicit.items():
            self.draft.themes.append(Theme(name=theme, ranking=ranking, explicit=False, mentions=mentions))


def _once_more(token: Token) -> bool:
    """"noch einmal", "noch mal": once more, not the "noch" of an earlier time."""
    return token.lower_ == "noch" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("einmal", "mal")


def unit_of(knowledge: Knowledge, ranking: str | None) -> str:
    info = knowledge.ranking(ranking)
    return info.unit if info else "mixed"


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + len(needle))
