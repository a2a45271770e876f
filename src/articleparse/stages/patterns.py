"""Token patterns from the data files, compiled into a spaCy Matcher that runs only where it can match.

Shared by the years and rank-phrase stages. Shorthands in the files: {NUM: rank|card|ord|dec|last|year} is a
number token of that kind (the numbers stage writes the kind into NORM, which the Matcher reads natively);
{PLACE: true} is a token of a place (the gazetteer's entities). Each anchored rule gets an anchor: its most
specific required word set (never a function word) or an ordinal; a sentence without any anchor is skipped,
which spares most sentences of an article the Matcher's work.
"""
from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path

from spacy.attrs import LOWER, NORM
from spacy.matcher import Matcher
from spacy.tokens import Doc

from articleparse.resources import load_yaml
from articleparse.stages.gazetteer import PLACE_LABELS
from articleparse.stages.numbers import KIND_PREFIX

NUMBER_KINDS = {
    "rank": ["card", "ord", "cardord"],
    "card": ["card", "cardord"],
    "ord": ["ord", "cardord"],
    "dec": ["dec", "card", "cardord"],
    "last": ["last"],
    "year": ["year"],
}
ANCHOR_NORMS = {KIND_PREFIX + "ord", KIND_PREFIX + "cardord", KIND_PREFIX + "last", KIND_PREFIX + "year"}


def expand_token(spec: dict) -> dict:
    """Turn the shorthands ({NUM: rank}, {PLACE: true}) into Matcher token patterns."""
    spec = copy.deepcopy(spec)
    if "NUM" in spec:
        spec["NORM"] = {"IN": [KIND_PREFIX + kind for kind in NUMBER_KINDS[spec.pop("NUM")]]}
    if spec.pop("PLACE", False):
        spec["ENT_TYPE"] = {"IN": list(PLACE_LABELS)}
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


class AnchoredMatcher:
    """Matchers grouped by anchor: in each sentence only the rules whose anchor occurs in it are run."""

    def __init__(self, vocab, source: str):
        self.vocab = vocab
        self.source = source
        self.function_words = set(load_yaml("function_words.yaml"))
        self.by_anchor: dict[frozenset[int], Matcher] = {}  # anchor words as string hashes
        self.dependent = Matcher(vocab)

    def add(self, key: str, rule: dict, *, anchored: bool = True) -> None:
        """Add a rule; an unanchored rule must only matter next to an anchored one in its sentence."""
        pattern = [expand_token(t) for t in rule["pattern"]]
        if not anchored:
            self.dependent.add(key, [pattern])
            return
        anchor = frozenset(self.vocab.strings.add(word) for word in self._anchor(key, rule))
        if anchor not in self.by_anchor:
            self.by_anchor[anchor] = Matcher(self.vocab)
        self.by_anchor[anchor].add(key, [pattern])

    def _anchor(self, key: str, rule: dict) -> frozenset[str]:
        if "anchors" in rule:
            return frozenset(rule["anchors"])
        required = [t for t in rule["pattern"] if not (t.get("OP") in ("?", "*") or str(t.get("OP", "")).startswith("{0"))]
        for token in required:
            kinds = {KIND_PREFIX + kind for kind in NUMBER_KINDS.get(token.get("NUM"), [])}
            if kinds and kinds <= ANCHOR_NORMS:
                return frozenset(kinds)
        word_sets = []
        for token in required:
            lower = token.get("LOWER")
            words = set(lower["IN"]) if isinstance(lower, dict) and "IN" in lower else {lower} if isinstance(lower, str) else set()
            if words and not words & self.function_words:
                word_sets.append(words)
        if not word_sets:
            raise ValueError(f"{self.source} rule {key} ({rule['kind']}) has no ordinal, year or anchor word")
        return frozenset(min(word_sets, key=len))

    def __call__(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """(rule key, start, end) of every match, in Doc token positions."""
        strings = self.vocab.strings
        words = doc.to_array([LOWER, NORM])  # no Token objects: the anchor test runs on string hashes
        for sent in doc.sents:
            present = set(words[sent.start : sent.end].ravel().tolist())
            matchers = [m for anchor, m in self.by_anchor.items() if not anchor.isdisjoint(present)]
            if not matchers:
                continue
            for matcher in matchers + ([self.dependent] if len(self.dependent) else []):
                for match_id, start, end in matcher(sent):
                    yield strings[match_id], sent.start + start, sent.start + end
