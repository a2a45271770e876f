"""Throughput, as ratios measured in the same run on the same generated texts:

  * articleparse with one worker (`corpus -j 1`, end to end) versus bare `spacy.blank("de")` tokenisation
    (aim >= 0.33), plus the in-process `Extractor.parse` rate to separate start-up and I/O;
  * `corpus --jobs 2` versus `--jobs 1` (aim >= 1.7x on two free cores); the two outputs must be identical.

    python benchmarks/throughput.py            # 1,000 documents
    python benchmarks/throughput.py --size 200
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import ROOT, corpus_file  # noqa: E402

ARTICLEPARSE = [sys.executable, "-m", "articleparse"]


def texts_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def blank_rate(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("de")
    for text in texts[:50]:  # the first calls build caches
        nlp(text)
    started = time.perf_counter()
    for text in texts:
        nlp(text)
    return len(texts) / (time.perf_counter() - started)


def extractor_rate(texts: list[str]) -> float:
    from articleparse.api import Extractor

    extractor = Extractor()
    started = time.perf_counter()
    for text in texts:
        extractor.parse(text)
    return len(texts) / (time.perf_counter() - started)


def corpus_rate(corpus: Path, jobs: int, out: Path) -> tuple[float, float]:
    """Documents per second of wall time, and CPU seconds (all processes of the run) per document."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    code = subprocess.run([*ARTICLEPARSE, "corpus", str(corpus), "-o", str(out), "-j", str(jobs), "-q"],
                          stderr=subprocess.DEVNULL).returncode
    if code > 1:  # 1: some documents got error reports, still a complete run
        raise SystemExit(f"articleparse corpus failed with exit code {code}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    documents = sum(1 for _ in out.open("rb"))
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return documents / wall, cpu / documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    corpus = corpus_file(args.size, args.seed)
    texts = texts_of(corpus)
    out = ROOT / "benchmarks" / "out"
    blank = blank_rate(texts)
    inproc = extractor_rate(texts)
    one, one_cpu = corpus_rate(corpus, 1, out / "throughput-j1.jsonl")
    two, two_cpu = corpus_rate(corpus, 2, out / "throughput-j2.jsonl")
    same = (out / "throughput-j1.jsonl").read_bytes() == (out / "throughput-j2.jsonl").read_bytes()
    print(f"documents: {len(texts)} ({sum(map(len, texts)) / len(texts):.0f} characters on average)")
    print(f"spacy.blank('de') tokenisation:   {blank:9.1f} documents/s")
    print(f"Extractor.parse, in process:      {inproc:9.1f} documents/s")
    print(f"articleparse corpus --jobs 1:     {one:9.1f} documents/s  ({1000 * one_cpu:.1f} ms CPU per document)")
    print(f"articleparse corpus --jobs 2:     {two:9.1f} documents/s  ({1000 * two_cpu:.1f} ms CPU per document)")
    print(f"ratio jobs 1 / blank tokenisation: {one / blank:.3f}   (aim >= 0.33)")
    print(f"ratio jobs 2 / jobs 1:             {two / one:.2f}    (aim >= 1.7)")
    print(f"outputs of jobs 1 and jobs 2 identical: {same}")
    print(f"cores: {os.cpu_count()}, load average at the end: {os.getloadavg()[0]:.1f} (figures are only meaningful "
          f"on an otherwise idle machine)")


if __name__ == "__main__":
    main()
