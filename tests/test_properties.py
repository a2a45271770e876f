"""Properties that hold for any input (hypothesis): every report is valid and grounded in its text, the same
input gives the same output, reading never fails other than with an ArticleparseError. Runs are kept small
and derandomised for CI; `benchmarks/fuzz.py` does the long random search."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articleparse.errors import ArticleparseError
from articleparse.read import check_text, decode, html_to_text, normalise
from articleparse.validate import report_problems

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
WORDS = [
    "Platz", "Rang", "Plätze", "von", "83", "1.", "12.", "74", "2024", "2025", "im", "Jahr", "zuvor", "Vorjahr", "um",
    "drei", "zehn", "verbessert", "sich", "fällt", "zurück", "liegt", "auf", "hinter", "vor", "und", "unter", "den",
    "letzten", "Top", "Ten", "Leverkusen", "München", "Köln", "Hagen", "Frankfurt am Main", "Halle (Saale)",
    "Smart City Index", "Bitkom", "Glücksatlas", "Energie und Umwelt", "Glasfasernetz", "Punkte", "Prozent",
    ",", ".", ":", "(", ")", "„", "“", "–", "\n", "\n\n", " ", "\u00ad", "\u00a0",
]
german_like = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), german_like)


@SETTINGS
@given(text=any_text)
def test_any_text_gives_a_valid_report_grounded_in_it(extractor, text):
    report = extractor.parse(text, doc_id="p")
    assert report_problems(report, text) == []


@SETTINGS
@given(text=german_like)
def test_the_same_input_gives_the_same_report(extractor, text):
    assert extractor.parse(text, doc_id="p").to_json() == extractor.parse(text, doc_id="p").to_json()


@SETTINGS
@given(data=st.binary(max_size=400) | german_like.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_reading_any_bytes_gives_text_or_an_input_error(data):
    try:
        text = check_text(normalise(decode(data, "b")), "b")
    except ArticleparseError as exc:
        assert exc.code in ("E004", "E005") and "\n" not in exc.message
    else:
        assert text.strip() and normalise(text) == text


@SETTINGS
@given(text=st.text(min_size=1, max_size=200).filter(lambda s: s.strip() and "\x00" not in s),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_text_round_trips_through_every_unicode_encoding(text, encoding):
    try:
        decoded = decode(text.encode(encoding), "t")
    except ArticleparseError as exc:  # a text made mostly of control characters is refused as binary
        assert exc.code == "E004" and "control characters" in exc.message
    else:
        assert decoded == text


@SETTINGS
@given(page=st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>",
                                                "<!DOCTYPE x [", "<!ENTITY a 'b'>", "]>", "&a;", "&amp;", "<?xml?>",
                                                "<html>", "<body>", "<br/>", "<!--", "-->"]), german_like),
                     max_size=30).map("".join))
def test_html_gives_text_or_an_input_error(page):
    try:
        text = html_to_text(page)
    except ArticleparseError as exc:
        assert exc.code == "E009"
    else:
        assert text.strip()


# corpus: the output does not depend on --jobs or on how the documents are chunked and ordered in workers --------
@pytest.fixture(scope="module")
def corpus_inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus-in")
    texts = sorted((ROOT / "corpus" / "train").glob("*.txt"))[:8]
    for path in texts:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    records = [{"id": f"r{i}", "text": path.read_text(encoding="utf-8")} for i, path in enumerate(texts[:4])]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[1:1] = ["{not json", json.dumps({"id": "no-text"}), json.dumps({"id": "n", "text": 5}),
                  json.dumps({"id": "r0", "text": "Köln liegt auf Platz 3."})]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _corpus(inputs: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "articleparse", "corpus", str(inputs), "-o", str(out), "-q", *options],
                          capture_output=True, timeout=300)


def test_corpus_output_is_independent_of_jobs_and_chunks(corpus_inputs, tmp_path):
    runs = {jobs: _corpus(corpus_inputs, tmp_path / f"j{jobs}.jsonl", "--jobs", jobs, "--chunk-size", chunk)
            for jobs, chunk in (("1", "16"), ("3", "1"))}
    for result in runs.values():
        assert result.returncode == 1, result.stderr.decode()  # some documents have errors
        assert b"Traceback" not in result.stderr
    one, three = ((tmp_path / f"j{j}.jsonl").read_bytes() for j in ("1", "3"))
    assert one == three
    reports = [json.loads(line) for line in one.decode("utf-8").splitlines()]
    assert len(reports) == 8 + 2 + 8
    failed = {r["document"]["id"]: r["errors"][0]["code"] for r in reports if r["errors"]}
    assert sorted(failed.values()) == ["E004", "E005", "E008", "E008", "E008"]
