"""Token patterns from the data files, compiled into a spaCy Matcher that runs only where it can match.

Shared by the years and rank-phrase stages. Shorthands in the files: {NUM: rank|card|ord|dec|last|year} is a
number token of that kind (the numbers stage writes the kind into NORM, which the Matcher reads natively);
{PLACE: true} is a token of a place (the gazetteer's entities). Each anchored rule gets an anchor: its most
specific required word set (never a function word) or an ordinal; a sentence without any anchor is skipped,
which spares most sentences of an article the Matcher's work, and in the others a Matcher runs only on the
tokens its rules can reach from where the anchor stands, and only with the rules for which the sentence holds a
word (number kind, place) of every required token. Rules that only matter beside an anchored one (dependent
rules) are anchored the same way on their first required word, in the sentences that hold an anchor of an
anchored rule.
"""
from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterator
from pathlib import Path

import numpy
from spacy.attrs import ENT_TYPE, LOWER, NORM
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from articleparse.resources import load_yaml
from articleparse.stages.gazetteer import PLACE_LABELS
from articleparse.stages.numbers import KIND_PREFIX
from articleparse.stages.sentences import sentence_bounds

NUMBER_KINDS = {
    "rank": ["card", "ord", "cardord"],
    "card": ["card", "cardord"],
    "ord": ["ord", "cardord"],
    "dec": ["dec", "card", "cardord"],
    "last": ["last"],
    "year": ["year"],
    "prevord": ["prevord"],
}
ANCHOR_NORMS = {KIND_PREFIX + "ord", KIND_PREFIX + "cardord", KIND_PREFIX + "last", KIND_PREFIX + "year", KIND_PREFIX + "prevord"}


def expand_token(spec: dict) -> dict:
    """Turn the shorthands ({NUM: rank}, {PLACE: true|false}) into Matcher token patterns."""
    spec = copy.deepcopy(spec)
    if "NUM" in spec:
        spec["NORM"] = {"IN": [KIND_PREFIX + kind for kind in NUMBER_KINDS[spec.pop("NUM")]]}
    if "PLACE" in spec:
        spec["ENT_TYPE"] = {"IN" if spec.pop("PLACE") else "NOT_IN": list(PLACE_LABELS)}
    return spec


class DataStage:
    """A stage whose rules come from a data file; the model stores them (`rules.json`), so a loaded model reads
    JSON instead of parsing YAML, and a pipeline built from the package compiles the file on first use."""

    source: str

    def __init__(self, nlp, name: str):
        self.vocab = nlp.vocab
        self.data: dict | None = None

    def ensure(self) -> None:
        if self.data is None:
            self.data = load_yaml(self.source)
            self.compile(self.data)

    def compile(self, data: dict) -> None:
        raise NotImplementedError

    def to_disk(self, path, exclude=tuple()):
        self.ensure()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "rules.json").write_text(json.dumps(self.data, ensure_ascii=False, sort_keys=True), encoding="utf-8")

    def from_disk(self, path, exclude=tuple()):
        self.data = json.loads((Path(path) / "rules.json").read_text(encoding="utf-8"))
        self.compile(self.data)
        return self


class _Group:
    """The rules of one anchor: each one's pattern, how many tokens its matches reach before and after the anchor,
    and the words it cannot match without; a Matcher of all of them, and one for each set of them that some
    sentence can hold."""

    MATCHERS = 64  # Matchers kept for sets of rules; beyond that, a sentence runs the Matcher of all rules
    CHOICES = 4096  # sets of needed words remembered with the Matcher they lead to (forgotten all at once beyond)

    def __init__(self, vocab):
        self.vocab = vocab
        self.rules: list[tuple[str, list[dict], tuple[float, float], list[frozenset[int]]]] = []
        self.every = Matcher(vocab)
        self.reach: tuple[float, float] = (0, 0)
        self.matchers: dict[tuple[int, ...], tuple[Matcher, tuple[float, float]]] = {}
        self.needed: frozenset[int] = frozenset()  # every word some rule needs
        self.choices: dict[frozenset[int], tuple[Matcher, tuple[float, float]] | None] = {}

    def add(self, key: str, pattern: list[dict], reach: tuple[float, float], needs: list[frozenset[int]]) -> None:
        self.rules.append((key, pattern, reach, needs))
        self.every.add(key, [pattern])
        self.reach = (max(self.reach[0], reach[0]), max(self.reach[1], reach[1]))
        self.needed = self.needed.union(*needs)
        self.matchers.clear()
        self.choices.clear()

    def choose(self, present: set[int]) -> tuple[Matcher, tuple[float, float]] | None:
        """`matcher(matchable(present))`, or None when no rule can match; remembered by the needed words among
        `present`, which are all the choice depends on (sentences of an article hold few of them, and repeat)."""
        held = self.needed.intersection(present)
        if held not in self.choices:
            if len(self.choices) >= self.CHOICES:
                self.choices.clear()
            rules = self.matchable(held)
            self.choices[held] = self.matcher(rules) if rules else None
        return self.choices[held]

    def matchable(self, present: set[int]) -> tuple[int, ...]:
        """The rules that find one of the words of each of their required tokens among `present` (the string
        hashes of a sentence's LOWER, NORM and ENT_TYPE values): no other rule can match in the sentence."""
        return tuple(k for k, (_, _, _, needs) in enumerate(self.rules) if not any(words.isdisjoint(present) for words in needs))

    def matcher(self, rules: tuple[int, ...]) -> tuple[Matcher, tuple[float, float]]:
        """A Matcher of these rules and how far their matches reach. The rules keep the order they were added in,
        so that their matches come out in the order the Matcher of all rules gives them."""
        if rules in self.matchers:
            return self.matchers[rules]
        if len(rules) == len(self.rules) or len(self.matchers) >= self.MATCHERS:
            return self.every, self.reach
        matcher = Matcher(self.vocab)
        for k in rules:
            matcher.add(self.rules[k][0], [self.rules[k][1]])
        self.matchers[rules] = matcher, (max(self.rules[k][2][0] for k in rules), max(self.rules[k][2][1] for k in rules))
        return self.matchers[rules]


class AnchoredMatcher:
    """Matchers grouped by anchor: in each sentence only the rules whose anchor occurs in it are run, and only
    on the tokens a match can reach from an occurrence of the anchor."""

    def __init__(self, vocab, source: str, *, keep_order: bool = True):
        """`keep_order=False`: the rules of an anchor get a Matcher for each edge of the sentence their matches can
        reach (none, the start, the end or both), so that each runs on fewer tokens; matches with the same start and
        end may then come out in another order."""
        self.vocab = vocab
        self.source = source
        self.keep_order = keep_order
        self.function_words = set(load_yaml("function_words.yaml"))
        # keyed by the anchor words' string hashes (and, without keep_order, by which sides the reach is unbounded)
        self.anchored: dict[tuple[frozenset[int], tuple[bool, ...]], _Group] = {}
        self.dependent: dict[tuple[frozenset[int], tuple[bool, ...]], _Group] = {}  # run only in sentences with an anchored rule's anchor
        self.anchor_words: set[int] = set()  # the anchors of the anchored rules
        self._groups_of: dict[int, list[int]] | None = None  # made on first use, when every rule is added

    def add(self, key: str, rule: dict, *, anchored: bool = True) -> None:
        """Add a rule; an unanchored rule must only matter next to an anchored one in its sentence."""
        pattern = [expand_token(t) for t in rule["pattern"]]
        words, position = self._anchor(key, rule) if anchored else _first_words(rule["pattern"])
        reach = _reach(rule["pattern"], position)
        anchor = frozenset(self.vocab.strings.add(word) for word in words)
        group_key = (anchor, () if self.keep_order else tuple(side == math.inf for side in reach))
        groups = self.anchored if anchored else self.dependent
        if anchored:
            self.anchor_words.update(anchor)
        self._groups_of = None
        if group_key not in groups:
            groups[group_key] = _Group(self.vocab)
        groups[group_key].add(key, pattern, reach, self._needs(rule["pattern"]))

    def _needs(self, pattern: list[dict]) -> list[frozenset[int]]:
        """For each required token that names its words, number kinds or place: their string hashes, one of
        which a sentence must hold for the rule to match in it."""
        needs = []
        for token in pattern:
            if not _repeats(token.get("OP"))[0]:
                continue
            words = _words(token)
            if not words and "NUM" in token:
                words = frozenset(KIND_PREFIX + kind for kind in NUMBER_KINDS[token["NUM"]])
            elif not words and token.get("PLACE"):
                words = frozenset(PLACE_LABELS)
            if words:
                needs.append(frozenset(self.vocab.strings[word] for word in words))
        return sorted(needs, key=len)  # the fewest words first: the likeliest to be missing

    def _anchor(self, key: str, rule: dict) -> tuple[frozenset[str], int | None]:
        """The anchor words and the position of a pattern token that matches one of them (None when the rule
        names anchors that no token of it is bound to)."""
        if "anchors" in rule:
            anchors = frozenset(rule["anchors"])
            return anchors, next((i for i, token in _required(rule["pattern"]) if _words(token) and _words(token) <= anchors), None)
        required = _required(rule["pattern"])
        for i, token in required:
            kinds = {KIND_PREFIX + kind for kind in NUMBER_KINDS.get(token.get("NUM"), [])}
            if kinds and kinds <= ANCHOR_NORMS:
                return frozenset(kinds), i
        word_sets = []
        for i, token in required:
            lower = token.get("LOWER")
            words = set(lower["IN"]) if isinstance(lower, dict) and "IN" in lower else {lower} if isinstance(lower, str) else set()
            if words and not words & self.function_words:
                word_sets.append((words, i))
        if not word_sets:
            raise ValueError(f"{self.source} rule {key} ({rule['kind']}) has no ordinal, year or anchor word")
        words, i = min(word_sets, key=lambda word_set: len(word_set[0]))
        return frozenset(words), i

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """(rule key, start, end) of every match, in Doc token positions: the matches of each anchor's rules in
        turn, left to right, then those of the dependent rules."""
        strings = self.vocab.strings
        groups = [*self.anchored.values(), *self.dependent.values()]
        if self._groups_of is None:
            self._index_anchors(groups)
        sentences = sentence_bounds(doc)
        starts = [first for first, _ in sentences]
        columns = doc.to_array([LOWER, NORM, ENT_TYPE])
        # the tokens whose LOWER or NORM is an anchor word, found in the arrays: no Token objects
        words = columns[:, :2]
        nearest = self._anchor_array[numpy.minimum(numpy.searchsorted(self._anchor_array, words), len(self._anchor_array) - 1)]
        hit_rows = (nearest == words).any(axis=1).nonzero()[0]
        hit_sentences = (numpy.searchsorted(starts, hit_rows, side="right") - 1).tolist()
        occurrences: dict[tuple[int, int], list[int]] = {}  # token positions of each group's anchor words in a sentence
        anchored_sentences = set()
        for i, sentence, (lower, norm) in zip(hit_rows.tolist(), hit_sentences, columns[hit_rows, :2].tolist()):
            for word in (lower,) if norm == lower else (lower, norm):
                if word in self.anchor_words:
                    anchored_sentences.add(sentence)
                for g in self._groups_of.get(word, ()):
                    positions = occurrences.setdefault((g, sentence), [])
                    if not positions or positions[-1] != i:
                        positions.append(i)
        in_sentence: dict[int, frozenset[int]] = {}  # the words some rule needs among a sentence's LOWER, NORM and ENT_TYPE hashes
        for g, sentence in sorted(occurrences):
            if sentence not in anchored_sentences:
                continue
            if sentence not in in_sentence:
                first, last = sentences[sentence]
                in_sentence[sentence] = self._needed.intersection(columns[first:last].ravel().tolist())
            chosen = groups[g].choose(in_sentence[sentence])
            if chosen is None:
                continue
            matcher, reach = chosen
            for start, end in _windows(occurrences[g, sentence], sentences[sentence], reach):
                for match_id, match_start, match_end in matcher(Span(doc, start, end)):  # Doc slicing costs twice as much
                    yield strings[match_id], start + match_start, start + match_end

    def _index_anchors(self, groups: list[_Group]) -> None:
        """The groups (positions in `groups`) each anchor word belongs to, all anchor words as an array, and every
        word some rule needs."""
        self._groups_of: dict[int, list[int]] = {}
        for g, anchor in enumerate([*self.anchored, *self.dependent]):
            for word in anchor[0]:
                self._groups_of.setdefault(word, []).append(g)
        self._anchor_array = numpy.array(sorted(self._groups_of), dtype="uint64")
        self._needed = frozenset().union(*(group.needed for group in groups))


def _required(pattern: list[dict]) -> list[tuple[int, dict]]:
    """The pattern's tokens (with their positions) not marked as optional."""
    return [(i, t) for i, t in enumerate(pattern) if not (t.get("OP") in ("?", "*") or str(t.get("OP", "")).startswith("{0"))]


def _first_words(pattern: list[dict]) -> tuple[frozenset[str], int]:
    """The words of the first required token that names its words, and its position: the anchor of a dependent
    rule, which only narrows where its Matcher runs."""
    for i, token in _required(pattern):
        if _words(token):
            return _words(token), i
    raise ValueError(f"dependent rule {pattern} names no word")


def _words(token: dict) -> frozenset[str]:
    """The lower-case forms of the words a pattern token matches by ORTH or LOWER, when it is in every match
    (empty for other tokens)."""
    if _repeats(token.get("OP"))[0] == 0:  # "!" (a word that must not stand there), "{,3}"
        return frozenset()
    for attr in ("ORTH", "LOWER"):
        value = token.get(attr)
        words = value["IN"] if isinstance(value, dict) and "IN" in value else [value] if isinstance(value, str) else []
        if words:
            return frozenset(word.lower() for word in words)
    return frozenset()


def _reach(pattern: list[dict], position: int | None) -> tuple[float, float]:
    """How many tokens a match can span before and after the token at `position` that matches the anchor
    (infinite: up to the sentence's edges, also when the anchor need not be inside the match)."""
    if position is None:
        return math.inf, math.inf
    least, most = _repeats(pattern[position].get("OP"))
    if least == 0:
        return math.inf, math.inf
    before = sum(_repeats(t.get("OP"))[1] for t in pattern[:position]) + most - 1
    after = sum(_repeats(t.get("OP"))[1] for t in pattern[position + 1 :]) + most - 1
    return before, after


def _repeats(op: str | None) -> tuple[float, float]:
    """Least and most tokens a pattern token with this operator matches."""
    if op is None:
        return 1, 1
    if op in ("?", "!"):
        return 0, 1
    if op == "*":
        return 0, math.inf
    if op == "+":
        return 1, math.inf
    least, comma, most = op.strip("{}").partition(",")  # "{2}", "{0,3}", "{1,}", "{,3}"
    if not comma:
        return int(least), int(least)
    return int(least or 0), int(most) if most else math.inf


def _windows(occurrences: list[int], sentence: tuple[int, int], reach: tuple[float, float]) -> list[list[int]]:
    """[start, end] of the token ranges around the anchor's occurrences (sorted Doc positions) in one sentence, as
    far as a match can reach within the sentence; overlapping ranges merged."""
    before, after = reach
    first, last = sentence
    windows: list[list[int]] = []
    for i in occurrences:
        low, high = max(first, i - before), min(last, i + after + 1)  # ints: the sentence's bounds when infinite
        if windows and low < windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    return windows
