"""Mutation fuzzer for the reading and parsing path: bytes -> read.decode/normalise/check_text (or a file
through read.read_file, or HTML through read.html_to_text) -> Extractor.parse -> validate.report_problems.

    python benchmarks/fuzz.py --minutes 10            # seeds: corpus/train texts and hostile snippets
    python benchmarks/fuzz.py --minutes 1 --seed 7 --out /tmp/fuzz

Inputs are corpus texts mutated at random (byte flips, splices, repeated chunks, inserted rank-like tokens,
markup, control characters, re-encodings). A finding is any exception other than ArticleparseError, an
error message that is not one line, a report that breaks an invariant (spans that do not slice the text,
JSON that does not round-trip), a different report for the same input, or an input whose processing takes
longer than --slow seconds (a hard --hang limit interrupts it). Each distinct finding (by kind and place in
the code) is written to --out as the reproducing input plus a JSON line in findings.jsonl; the run goes on.
Exit status: 0 when nothing was found, 1 otherwise. Deterministic for a given --seed (apart from timing).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from articleparse.api import Extractor
from articleparse.errors import ArticleparseError
from articleparse.read import check_text, decode, html_to_text, normalise, read_file
from articleparse.validate import report_problems

ROOT = Path(__file__).resolve().parent.parent
TOKENS = [
    "Platz ", "Rang ", "Platz 1", "Rang 74 von 83", " von 83 ", "83", "1.", "74.", "3.", "31.", "2024", "2025", "1999",
    "Leverkusen", "München", "Frankfurt am Main", "Halle (Saale)", "Smart City Index", "Bitkom", "Glücksatlas",
    "verbessert sich um 14 Plätze", "ein Platz schlechter als im Jahr zuvor", "unter den letzten zehn", "hinter Hagen",
    "vor Solingen", "gut 80", "Top Ten", "Schlusslicht", "Spitzenreiter", "zweiter", "Vorjahr", "im Jahr zuvor",
    "Energie und Umwelt", "Glasfasernetz", " Punkte", "%", "(", ")", "„", "“", "»", "«", "–", "…", ".", ":", ";",
    "\n", "\n\n", "\r", "\r\n", "\t", " ", "\u00a0", "\u00ad", "\u202f", "\u200b", "\ufeff", "\u2028", "\x00", "\x0c",
    "\x1b[2J", "\ufffd", "\U0001f600", "ß", "ẞ", "u\u0308", "\u0301", "İ", "ﬁ", "①", "٣", "Ⅻ", "1,5", "1.000", "10 000",
    "<p>", "</p>", "<div>", "<script>x()</script>", "&amp;", "&lol;", "<!ENTITY x SYSTEM 'file:///etc/passwd'>",
    "<!DOCTYPE html [", "]>", "<?xml version='1.0'?>",
]
HOSTILE_SEEDS = [
    "".join(f"{i}. " for i in range(300)),
    "Platz " * 200,
    "<html><body>" + "<div>" * 400 + "<p>München auf Platz 1 von 83.</p>" + "</div>" * 400 + "</body></html>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]><html><body><p>&b; Köln Platz 2.</p></body></html>",
    "Munich ranks first in the Smart City Index, ahead of Hamburg; Leverkusen is 74th of 83 cities.",
    "Munich est premier du classement, devant Hambourg; Leverkusen est 74e sur 83 villes.",
]
ENCODINGS = ["utf-8", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"]


class Hang(Exception):
    pass


def mutate(rng: random.Random, data: bytes, seeds: list[bytes], max_bytes: int) -> bytes:
    """One to four random edits of `data`."""
    for _ in range(rng.randint(1, 4)):
        n = len(data)
        op = rng.randrange(10)
        i, j = sorted((rng.randint(0, n), rng.randint(0, n)))
        if op == 0 and n:
            k = rng.randrange(n)
            data = data[:k] + bytes([data[k] ^ (1 << rng.randrange(8))]) + data[k + 1:]
        elif op == 1:
            data = data[:i] + rng.randbytes(rng.randint(1, 16)) + data[i:]
        elif op == 2:
            data = data[:i] + data[j:]
        elif op == 3 and j > i:
            data = data[:j] + data[i:j] * rng.randint(1, 20) + data[j:]
        elif op == 4:
            other = rng.choice(seeds)
            a, b = sorted((rng.randint(0, len(other)), rng.randint(0, len(other))))
            data = data[:i] + other[a:b] + data[j:]
        elif op in (5, 6):
            token = rng.choice(TOKENS) * rng.choice((1, 1, 1, 2, 5, 50))
            data = data[:i] + token.encode("utf-8") + data[i:]
        elif op == 7:
            text = data.decode("utf-8", errors="replace")
            data = text.encode(rng.choice(ENCODINGS), errors="replace")
        elif op == 8:
            data = data[:i] + "".join(chr(rng.choice((rng.randint(0, 0x2FF), rng.randint(0, 0x10FFFF))))
                                      for _ in range(rng.randint(1, 8))).encode("utf-8", "replace") + data[i:]
        else:
            data = data[i:j] if j - i > 20 else data
    return data[:max_bytes]


def run_one(extractor: Extractor, data: bytes, mode: str, tmp: Path) -> tuple[str, list[str]]:
    """Process one input; returns (outcome, problems). Raises on crashes."""
    if mode == "file":
        path = tmp / ("input.html" if b"<" in data[:200] else "input.txt")
        path.write_bytes(data)
        text = read_file(path)
    else:
        text = decode(data, "<fuzz>")
        if mode == "html":
            text = html_to_text(text, "<fuzz>")
        text = check_text(normalise(text), "<fuzz>")
    report = extractor.parse(text, doc_id="fuzz")
    problems = report_problems(report, text)
    if mode == "bytes" and len(text) < 3000 and extractor.parse(text, doc_id="fuzz") != report:
        problems.append("a second parse of the same text gave a different report")
    return "report", problems


def where(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "articleparse" in f.filename]
    frame = frames[-1] if frames else traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({frame.name})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--slow", type=float, default=5.0, help="seconds above which an input counts as slow")
    parser.add_argument("--max-bytes", type=int, default=20_000, help="longest input tried (large inputs are slow)")
    parser.add_argument("--hang", type=int, default=60, help="seconds after which an input is interrupted")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    seeds = [p.read_bytes() for p in sorted((ROOT / "corpus" / "train").glob("*.txt"))]
    seeds += [s.encode("utf-8") for s in HOSTILE_SEEDS]
    args.out.mkdir(parents=True, exist_ok=True)
    extractor = Extractor()
    found: dict[str, dict] = {}
    counts = {"inputs": 0, "reports": 0, "input errors": 0}
    codes: dict[str, int] = {}
    slowest = (0.0, 0)

    def alarm(signum, frame):
        raise Hang()

    signal.signal(signal.SIGALRM, alarm)
    deadline = time.monotonic() + args.minutes * 60
    with tempfile.TemporaryDirectory() as tmp:
        while time.monotonic() < deadline:
            data = mutate(rng, rng.choice(seeds), seeds, args.max_bytes)
            mode = rng.choice(("bytes", "bytes", "bytes", "html", "file"))
            if mode == "html" and rng.random() < 0.7:
                data = b"<html><body><article><p>" + data.replace(b"\n\n", b"</p><p>") + b"</p></article></body></html>"
            counts["inputs"] += 1
            kind, detail = None, ""
            start = time.perf_counter()
            signal.alarm(args.hang)
            try:
                outcome, problems = run_one(extractor, data, mode, Path(tmp))
                counts["reports"] += 1
                if problems:
                    kind, detail = "invariant", problems[0]
            except ArticleparseError as exc:
                counts["input errors"] += 1
                codes[exc.code] = codes.get(exc.code, 0) + 1
                if "\n" in exc.message or "\r" in exc.message:
                    kind, detail = "multi-line error", exc.message
            except Hang:
                kind, detail = "hang", f"interrupted after {args.hang} s"
            except Exception as exc:  # noqa: BLE001 - every other exception is a finding
                kind, detail = "crash", f"{where(exc)}: {str(exc)[:200]}"
            finally:
                signal.alarm(0)
            elapsed = time.perf_counter() - start
            slowest = max(slowest, (elapsed, len(data)))
            if kind is None and elapsed > args.slow:
                kind, detail = "slow", f"{elapsed:.1f} s for {len(data)} bytes"
            if kind is None:
                continue
            key = f"{kind}: {detail.split(': ')[0] if kind == 'crash' else 'slow' if kind == 'slow' else detail[:60]}"
            key = re.sub(r"\d+", "N", key)
            if key in found and len(found[key]["_data"]) <= len(data):
                found[key]["count"] += 1
                continue
            entry = {"kind": kind, "mode": mode, "detail": detail, "bytes": len(data),
                     "count": found.get(key, {}).get("count", 0) + 1, "_data": data}
            found[key] = entry
            print(f"[{counts['inputs']}] {kind} ({mode}, {len(data)} bytes): {detail}", file=sys.stderr, flush=True)

    summary = []
    for n, (key, entry) in enumerate(sorted(found.items())):
        name = f"finding-{n:03d}.{ 'html' if entry['mode'] == 'html' else 'bin'}"
        (args.out / name).write_bytes(entry.pop("_data"))
        summary.append({"key": key, "file": name, **entry})
    with (args.out / "findings.jsonl").open("w", encoding="utf-8") as out:
        for entry in summary:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(json.dumps({"seed": args.seed, "minutes": args.minutes, **counts, "error codes": codes,
                      "slowest": {"seconds": round(slowest[0], 2), "bytes": slowest[1]},
                      "findings": [{"key": e["key"], "file": e["file"], "count": e["count"]} for e in summary]},
                     indent=2, ensure_ascii=False))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
