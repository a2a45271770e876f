"""Start-up: `articleparse extract` on one article versus `python -c "import spacy; spacy.blank('de')"`
(aim <= 1.5x); the median of several runs of each, measured alternately.

    python benchmarks/startup.py
    python benchmarks/startup.py --runs 9
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "train" / "agentur-001-leverkusen-sci-2025.txt"
ENTRY = str(Path(sys.executable).with_name("articleparse"))


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    extract = [ENTRY, "extract", str(ARTICLE), "-f", "json"]
    blank = [sys.executable, "-c", "import spacy; spacy.blank('de')"]
    seconds(extract), seconds(blank)  # warm the file cache
    times = {"extract": [], "blank": []}
    for _ in range(args.runs):
        times["extract"].append(seconds(extract))
        times["blank"].append(seconds(blank))
    e, b = statistics.median(times["extract"]), statistics.median(times["blank"])
    print(f"articleparse extract (one article): {e:.2f} s (median of {args.runs})")
    print(f"python -c 'spacy.blank(\"de\")':      {b:.2f} s")
    print(f"ratio: {e / b:.2f}   (aim <= 1.5)")


if __name__ == "__main__":
    main()
