"""Scoring against gold files (the GOLD format): precision, recall and F1 per record kind, micro-averaged.

A gold set is a folder of NAME.txt texts with NAME.json gold files, or a JSONL file whose lines hold a text
("text", named by "id") with its gold records. A gold record scores only the kinds it annotates — those it has
fields for, or those it lists in "kinds": a phrasebook line with placements and movements says nothing about cities."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from articleparse.report import Report

KINDS = ("placements", "stated placements", "movements", "totals", "explicit themes", "cities", "claims")


class GoldError(ValueError):
    """A gold set that cannot be scored: not JSON, a record without its text, an unknown kind, a repeated id."""


GOLD_FIELDS = {"placements": "placements", "stated placements": "placements", "movements": "movements", "totals": "totals",
               "explicit themes": "categories", "cities": "cities", "claims": "claims"}


def gold_keys(gold: dict) -> dict[str, Counter]:
    """The gold records per kind, for the kinds the gold annotates."""
    placements = gold.get("placements", [])
    keys = {
        "placements": Counter((p["entity"], p.get("category"), p.get("year"), p["rank"]) for p in placements),
        "stated placements": Counter((p["entity"], p.get("category"), p.get("year"), p["rank"]) for p in placements if not p.get("derived")),
        "movements": Counter((m["entity"], m.get("category"), m.get("from_year"), m.get("to_year"), m["places"]) for m in gold.get("movements", [])),
        "totals": Counter((t["ranking"], t.get("year"), t["total"]) for t in gold.get("totals", [])),
        "explicit themes": Counter(set(gold.get("categories", []))),
        "cities": Counter(set(gold.get("cities", []))),
        "claims": Counter((c["entity"], c["kind"], c.get("n")) for c in gold.get("claims", []) or []),
    }
    if "kinds" in gold:  # a record that names the kinds it annotates ("placements", "movements", …)
        return {kind: found for kind, found in keys.items() if kind in gold["kinds"]}
    return {kind: found for kind, found in keys.items() if GOLD_FIELDS[kind] in gold}


def report_keys(report: Report) -> dict[str, Counter]:
    return {
        "placements": Counter((p.entity, p.category, p.year, p.rank) for p in report.placements),
        "stated placements": Counter((p.entity, p.category, p.year, p.rank) for p in report.placements if not p.derived),
        "movements": Counter((m.entity, m.category, m.from_year, m.to_year, m.places) for m in report.movements),
        "totals": Counter((r.name, r.year, r.total) for r in report.rankings if r.total_source == "text"),
        "explicit themes": Counter({t.name for t in report.themes if t.explicit}),
        "cities": Counter({e.name for e in report.entities if e.type == "city"}),
        "claims": Counter((c.entity, c.kind, c.n) for c in report.claims),
    }


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    texts: dict[str, dict[str, dict[str, list]]] = field(default_factory=dict)
    scored: set[str] = field(default_factory=set)  # the kinds some gold record annotates

    def add(self, name: str, gold: dict[str, Counter], found: dict[str, Counter]) -> None:
        misses = {}
        self.scored.update(gold)
        for kind in gold:
            g, f = gold[kind], found[kind]
            tp = sum((g & f).values())
            score = self.scores[kind]
            score.tp += tp
            score.fp += sum(f.values()) - tp
            score.fn += sum(g.values()) - tp
            missing, extra = sorted(map(str, (g - f).elements())), sorted(map(str, (f - g).elements()))
            if missing or extra:
                misses[kind] = {"missing": missing, "extra": extra}
        self.texts[name] = misses

    def as_dict(self) -> dict:
        return {"documents": len(self.texts), "scores": {k: s.as_dict() for k, s in self.scores.items() if k in self.scored},
                "texts": {name: misses for name, misses in self.texts.items() if misses}}

    def table(self, show_misses: bool = False) -> str:
        lines = [f"{len(self.texts)} documents", f"{'kind':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
        for kind, s in self.scores.items():
            if kind not in self.scored:
                continue
            lines.append(f"{kind:<18} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>4} {s.fn:>4}")
        if show_misses:
            for name, misses in self.texts.items():
                for kind, diff in misses.items():
                    for key in diff["missing"]:
                        lines.append(f"{name}: missing {kind[:-1] if kind.endswith('s') else kind} {key}")
                    for key in diff["extra"]:
                        lines.append(f"{name}: extra {kind[:-1] if kind.endswith('s') else kind} {key}")
        return "\n".join(lines)


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    """(text, gold) pairs: every NAME.txt with a NAME.json beside it, recursively, sorted."""
    return [(t, t.with_suffix(".json")) for t in sorted(gold_dir.rglob("*.txt")) if t.with_suffix(".json").exists()]


def gold_records(gold_set: Path) -> list[tuple[str, str, dict]]:
    """(name, text, gold) for every text of a gold folder or a JSONL gold file, each record checked."""
    from articleparse.read import read_file

    records = []
    if not gold_set.exists():
        raise GoldError(f"{gold_set}: no such file or folder")
    if gold_set.is_file():
        with gold_set.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    where = f"{gold_set}:{number}"
                    record = _gold_object(line, where)
                    if not isinstance(record.get("text"), str):
                        raise GoldError(f"{where}: the record has no text")
                    records.append((str(record.get("id", number)), record["text"], record))
    else:
        records = [(str(text_path.relative_to(gold_set)), read_file(text_path),
                    _gold_object(gold_path.read_text(encoding="utf-8"), str(gold_path)))
                   for text_path, gold_path in gold_pairs(gold_set)]
    if not records:
        raise GoldError(f"{gold_set}: no gold records (a JSONL file of texts, or NAME.txt files with a NAME.json beside them)")
    repeated = sorted(name for name, count in Counter(name for name, _, _ in records).items() if count > 1)
    if repeated:
        raise GoldError(f"{gold_set}: ids used more than once: {', '.join(repeated[:5])}")
    return records


def _gold_object(source: str, where: str) -> dict:
    try:
        record = json.loads(source)
    except ValueError as error:
        raise GoldError(f"{where}: not JSON ({error})") from None
    if not isinstance(record, dict):
        raise GoldError(f"{where}: a gold record is a JSON object, not {type(record).__name__}")
    kinds = record.get("kinds")
    if kinds is not None and (not isinstance(kinds, list) or set(kinds) - set(KINDS)):
        raise GoldError(f"{where}: \"kinds\" lists record kinds out of {', '.join(KINDS)}")
    return record


def evaluate(gold_set: Path, extractor) -> Evaluation:
    evaluation = Evaluation()
    for name, text, gold in gold_records(gold_set):
        evaluation.add(name, gold_keys(gold), report_keys(extractor.parse(text, source=name)))
    return evaluation
