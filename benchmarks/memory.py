"""Peak memory of `articleparse corpus --jobs 1` for 10,000 versus 1,000 documents (aim <= 1.2x): memory
must not grow with the corpus. The peak resident set size of the run is measured in a fresh wrapper process.

    python benchmarks/memory.py                      # 1,000 and 10,000 documents
    python benchmarks/memory.py --sizes 200 2000 --jobs 2
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import ROOT, corpus_file  # noqa: E402

# exit 1 (some documents had errors) is a complete run too; anything else is a failure of the benchmark
WRAPPER = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code if code > 1 else 0)")


def peak_kib(corpus: Path, out: Path, jobs: int) -> int:
    """Largest peak RSS (KiB) of any process of the run (the main process, or the largest worker)."""
    command = [sys.executable, "-c", WRAPPER, sys.executable, "-m", "articleparse", "corpus", str(corpus), "-o",
               str(out), "-j", str(jobs), "-q"]
    return int(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10_000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    peaks = []
    for size in args.sizes:
        peak = peak_kib(corpus_file(size, args.seed), ROOT / "benchmarks" / "out" / f"memory-{size}.jsonl", args.jobs)
        peaks.append(peak)
        print(f"{size:6d} documents: peak {peak / 1024:7.1f} MiB")
    print(f"ratio {args.sizes[1]} / {args.sizes[0]}: {peaks[1] / peaks[0]:.3f}   (aim <= 1.2)")


if __name__ == "__main__":
    main()
