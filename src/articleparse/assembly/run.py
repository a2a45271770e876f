"""One document's assembly: indexes of the Doc, then reading, derivation and summaries, in that order."""
from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from articleparse.assembly.derivation import Derivation
from articleparse.assembly.draft import Draft, Subject
from articleparse.assembly.focus import Focus
from articleparse.assembly.lists import Lists
from articleparse.assembly.mentions import Mentions
from articleparse.assembly.statements import Statements
from articleparse.assembly.subjects import Subjects
from articleparse.assembly.summaries import Summaries
from articleparse.assembly.text_index import TextIndex
from articleparse.knowledge import Knowledge
from articleparse.report import Placement, Span
from articleparse.resources import load_yaml
from articleparse.stages.sentences import doc_text, token_texts


class Assembler:
    def __init__(self, knowledge: Knowledge, directions: dict[str, int]):
        """`directions`: words of climbing (+1) and falling (-1), as the rank-phrase stage reads them."""
        self.knowledge = knowledge
        self.theme_keywords = load_yaml("theme_keywords.yaml")
        self.shared_epithets = {word: set(names) for word, names in load_yaml("shared_epithets.yaml").items()}
        self.directions = directions

    def __call__(self, doc: Doc) -> Draft:
        return _Run(doc, self.knowledge, self.theme_keywords, self.directions, self.shared_epithets).draft


class _Run(Statements, Lists, Subjects, Focus, Mentions, Derivation, Summaries, TextIndex):
    """One document's assembly; state is the focus as the text is read from top to bottom."""

    def __init__(self, doc: Doc, knowledge: Knowledge, theme_keywords: dict, directions: dict[str, int],
                 shared_epithets: dict[str, set[str]]):
        self.doc, self.knowledge, self.theme_keywords, self.directions = doc, knowledge, theme_keywords, directions
        self.shared_epithets = shared_epithets
        self.text = doc_text(doc)
        self.texts = token_texts(doc)  # each token's text and lower-case form (its LOWER), for scans without Token objects
        self.lowers = [text.lower() for text in self.texts]  # faster than looking up LOWER's strings
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
        self.head_noun_mentions = self._head_noun_mentions()
        self.head_noun_starts = [i for i, _ in self.head_noun_mentions]
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
        self.headline_place: Subject | None = self._headline_place()
        self.non_subjects = self._non_subject_positions()
        self.resolved_references: dict[int, Subject] = {}  # "das Land", "die Stadt" taken up, by token position
        self.last_category: tuple[str, SpacySpan] | None = None
        self.narrative_year: int | None = None
        self.looked_back_from: tuple[int | None] | None = None  # the narrative year before a sentence that only looks back
        self.last_placement: Placement | None = None
        self.years_used_after: set[int] = set()
        self.claim_keys: set[tuple] = set()
        self.movement_keys: set[tuple] = set()
        self.narrated: dict[int, int | None] = {}
        self.last_year: int | None = None
        self.placement_keys: dict[tuple, int] = {}
        self.ranks_from_places: set[tuple] = set()  # keys of placements derived from another place's rank
        self.stated_evidence: dict[tuple, list[Span]] = {}  # every place a rank is written, for implied movements
        self.derived_evidence: dict[tuple, list[Span]] = {}  # every place a rank is derived, for movements from it
        self.told_of_table: dict[tuple, list[tuple]] = {}  # (year, rank, end) of each rank written, by (entity, ranking, category)
        self.counted_from_last: list[tuple] = []  # ranks counted from the end, waiting for a total written later
        self._read()
        self._drop_corrected()
        self._drop_overruled_holds()
        self._counted_from_the_end()
        self._implied_movements()
        self._derive()
        self._drop_repeats_and_goals()
        self._first_and_last_claims()
        self._entities()
        self._rankings()
        self._themes()


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + len(needle))
