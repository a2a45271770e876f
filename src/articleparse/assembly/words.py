"""The word sets of `data/assembly_words.yaml` (what each tells is said there); endings are tuples for
`str.endswith`."""
from __future__ import annotations

from articleparse.resources import load_yaml

_WORDS = load_yaml("assembly_words.yaml")


UNIT_TYPES = {key: frozenset(values) for key, values in _WORDS["unit_types"].items()}
COREF_TYPES = {key: frozenset(values) for key, values in _WORDS["coref_types"].items()}
INNER_REFERENCES = frozenset(_WORDS["inner_references"])
DISTINCTIVE_ENDINGS = tuple(_WORDS["distinctive_endings"])
CATEGORY_LIST_WORDS = frozenset(_WORDS["category_list_words"])
CATEGORY_NOUNS = frozenset(_WORDS["category_nouns"])
RANKING_WORD_ENDINGS = tuple(_WORDS["ranking_word_endings"])
RANKING_WORDS = frozenset(_WORDS["ranking_words"])
SCORE_UNITS = frozenset(_WORDS["score_units"])
NO_WIN_WORDS = frozenset(_WORDS["no_win_words"])
LIST_HEADINGS = frozenset(_WORDS["list_headings"])
FLASHBACK_WORDS = frozenset(_WORDS["flashback_words"])
CONTRAST_WORDS = frozenset(_WORDS["contrast_words"])
RELEASE_PARTICIPLES = tuple(_WORDS["release_participles"])
GOAL_WORDS = frozenset(_WORDS["goal_words"])
COMPARISON_WORDS = frozenset(_WORDS["comparison_words"])
SINCE_WORDS = frozenset(_WORDS["since_words"])
NOT_SUBJECT_BEFORE = frozenset(_WORDS["not_subject_before"])
RELATIVE_PRONOUNS = frozenset(_WORDS["relative_pronouns"])
LIST_ARTICLES = frozenset(_WORDS["list_articles"])
LIST_NOUNS = frozenset(_WORDS["list_nouns"])
UNIT_WORDS = frozenset(_WORDS["unit_words"])
TIE_WORDS = frozenset(_WORDS["tie_words"])
TIE_VERBS = frozenset(_WORDS["tie_verbs"])
SHARED_RANK_WORDS = frozenset(_WORDS["shared_rank_words"])
LIST_JOINERS = frozenset(_WORDS["list_joiners"])
YEAR_LIST_FILLERS = frozenset(_WORDS["year_list_fillers"])
CLAUSE_JOINERS = frozenset(_WORDS["clause_joiners"])
NEGATIONS = frozenset(_WORDS["negations"])
RANK_NOUNS = frozenset(_WORDS["rank_nouns"])
TOGETHER_WORDS = frozenset(_WORDS["together_words"])
IN_A_ROW = frozenset(_WORDS["in_a_row"])
TIMES_WORDS = dict(_WORDS["times_words"])
SMALLEST_TOTAL = int(_WORDS["smallest_total"])
LIKEWISE_WORDS = frozenset(_WORDS["likewise_words"])
WIN_VERBS = frozenset(_WORDS["win_verbs"])
HOLD_WORDS = frozenset(_WORDS["hold_words"])
HELD_AFTER = frozenset(_WORDS["held_after"])
STAY_VERBS = frozenset(_WORDS["stay_verbs"])
CLAUSE_BREAKS = frozenset(_WORDS["clause_breaks"])
FOLLOW_ADVERBS = frozenset(_WORDS["follow_adverbs"])
NEIGHBOUR_NOUNS = frozenset(_WORDS["neighbour_nouns"])
CLOSE_BY = frozenset(_WORDS["close_by"])
DISTANCE_NOUNS = frozenset(_WORDS["distance_nouns"])
CLOSE_BY_PAIRS = frozenset(_WORDS["close_by_pairs"])
