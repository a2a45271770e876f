"""Where the pipeline spends its time: cProfile of `Extractor.parse` over generated texts, top functions by
own time and by cumulative time, and the share of each pipeline stage (CPU time of this process).

    python benchmarks/profile_pipeline.py --size 200
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import corpus_file  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    from articleparse.api import Extractor

    with corpus_file(args.size).open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    extractor = Extractor()
    stages = {name: 0.0 for name in extractor.nlp.pipe_names}
    stages["tokeniser"] = stages["assembly + checks"] = 0.0
    for text in texts:
        started = time.process_time()
        doc = extractor.nlp.make_doc(text)
        stages["tokeniser"] += time.process_time() - started
        for name, pipe in extractor.nlp.pipeline:
            started = time.process_time()
            doc = pipe(doc)
            stages[name] += time.process_time() - started
        started = time.process_time()
        extractor.parse(text)  # the whole parse again, to time assembly and checks by difference below
        stages["assembly + checks"] += time.process_time() - started
    stages["assembly + checks"] -= sum(v for k, v in stages.items() if k != "assembly + checks")
    total = sum(stages.values())
    print(f"{len(texts)} documents, {len(texts) / total:.1f} documents/s")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [extractor.parse(text) for text in texts])
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
