"""Write a large synthetic corpus for the benchmarks: JSONL records {"id", "text"} made by recombining the
paragraphs of corpus/train/*.txt (a title line and 3-8 paragraphs drawn across texts), deterministic by seed.

    python benchmarks/make_corpus.py --size 10000 --seed 1 -o benchmarks/out/corpus-10000.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "corpus" / "train"


def paragraphs(source: Path = SOURCE) -> tuple[list[str], list[str]]:
    """Titles (first paragraphs) and body paragraphs of the source texts, in a fixed order."""
    titles, bodies = [], []
    for path in sorted(source.glob("*.txt")):
        parts = [p.strip() for p in path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n\n") if p.strip()]
        if parts:
            titles.append(parts[0])
            bodies.extend(parts[1:])
    return titles, bodies


def generate(size: int, seed: int = 1, source: Path = SOURCE) -> Iterator[dict]:
    titles, bodies = paragraphs(source)
    rng = random.Random(seed)
    for number in range(size):
        chosen = [rng.choice(titles)] + rng.sample(bodies, rng.randint(3, 8))
        yield {"id": f"gen-{seed}-{number:06d}", "text": "\n\n".join(chosen) + "\n"}


def write(path: Path, size: int, seed: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", encoding="utf-8") as handle:
        for record in generate(size, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    temp.replace(path)
    return path


def corpus_file(size: int, seed: int = 1) -> Path:
    """The benchmark corpus of `size` documents under benchmarks/out/, written if missing."""
    path = ROOT / "benchmarks" / "out" / f"corpus-{size}-{seed}.jsonl"
    return path if path.exists() else write(path, size, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, default=None)
    args = parser.parse_args()
    path = write(args.output or ROOT / "benchmarks" / "out" / f"corpus-{args.size}-{args.seed}.jsonl", args.size, args.seed)
    print(f"{args.size} documents -> {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
