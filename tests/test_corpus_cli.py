"""`articleparse corpus`: inputs of every kind, one report per document, output formats, order, exit codes,
safe output and resume. Runs through the real CLI (typer's CliRunner on articleparse.cli.app)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articleparse import bulk
from articleparse.cli import app
from articleparse.inputs import Fields, iter_items

TRAIN = Path(__file__).resolve().parents[1] / "corpus" / "train"
NAMES = ["agentur-001-leverkusen-sci-2025", "agentur-014-hagen-sci-2020", "agentur-020-essen-sci-2024-top-20"]
FAILING_CHECK = ("Leverkusen im Smart City Index 2025\n\nIm Smart City Index 2025 des Bitkom landet Leverkusen "
                 "auf Platz 90 von 83 Großstädten.\n")


def corpus(*args: str, input: str | None = None):
    return CliRunner().invoke(app, ["corpus", *args], input=input)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    """A folder of train texts (one in a subfolder), with gold .json files that the default glob leaves out."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i, name in enumerate(NAMES):
        target = folder / "sub" if i == 2 else folder
        shutil.copy(TRAIN / f"{name}.txt", target / f"{name}.txt")
        shutil.copy(TRAIN / f"{name}.json", target / f"{name}.json")
    return folder


def test_mixed_inputs_give_one_report_each_in_input_order(tmp_path: Path, texts: Path):
    leverkusen = (TRAIN / f"{NAMES[0]}.txt").read_text(encoding="utf-8")
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in leverkusen.split("\n\n")) + "</article></body></html>"
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / "alt.txt").write_bytes(leverkusen.encode("cp1252"))
    records = [
        json.dumps({"key": "r-text", "body": leverkusen}),
        "{not json",
        json.dumps({"key": "r-html", "page": html}),
        json.dumps({"key": "r-empty"}),
    ]
    (tmp_path / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    stdin = json.dumps({"key": "from-stdin", "body": FAILING_CHECK}) + "\n"
    out = tmp_path / "out.jsonl"
    result = corpus(str(texts), str(tmp_path / "page.html"), str(tmp_path / "alt.txt"), str(tmp_path / "records.jsonl"),
                    "-", str(tmp_path / "missing.txt"), "-o", str(out), "-j", "1", "--id-field", "key",
                    "--text-field", "body", "--html-field", "page", input=stdin)
    reports = lines(out)
    ids = [r["document"]["id"] for r in reports]
    assert ids == [NAMES[0], NAMES[1], f"sub/{NAMES[2]}", "page", "alt", "r-text", "records:2", "r-html", "r-empty",
                   "from-stdin", "missing"]
    errors = {r["document"]["id"]: [e["code"] for e in r["errors"]] for r in reports}
    assert errors == {**{i: [] for i in ids}, "records:2": ["E008"], "r-empty": ["E008"], "missing": ["E001"]}
    by_id = {r["document"]["id"]: r for r in reports}
    # cp1252 decodes to the same text as UTF-8; HTML and html fields go through main-text extraction alike
    assert by_id["alt"]["document"]["sha256"] == by_id[NAMES[0]]["document"]["sha256"] == by_id["r-text"]["document"]["sha256"]
    assert by_id["page"]["document"]["sha256"] == by_id["r-html"]["document"]["sha256"]
    assert by_id["page"]["placements"]
    assert result.exit_code == 1
    assert "11 documents" in result.output and "3 documents with errors" in result.output
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_a_file_gives_the_report_extract_gives(tmp_path: Path):
    path = TRAIN / f"{NAMES[0]}.txt"
    out = tmp_path / "one.jsonl"
    assert corpus(str(path), "-o", str(out), "-q").exit_code == 0
    extracted = CliRunner().invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert out.read_text(encoding="utf-8") == extracted.stdout


def test_output_is_byte_identical_whatever_the_number_of_workers(tmp_path: Path, texts: Path):
    outputs = []
    for jobs, chunk in (("1", "16"), ("2", "1"), ("3", "2")):
        out = tmp_path / f"out{jobs}.jsonl"
        result = corpus(str(texts), str(texts), "-o", str(out), "-j", jobs, "--chunk-size", chunk, "-q")
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == 6


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_tables_are_readable_by_duckdb_and_pandas(tmp_path: Path, texts: Path, suffix: str):
    import duckdb
    import pandas as pd

    (texts / "bad.txt").write_text(FAILING_CHECK, encoding="utf-8")
    (texts / "empty.txt").write_text("  \n", encoding="utf-8")
    reference = tmp_path / "ref.jsonl"
    corpus(str(texts), "-o", str(reference), "-q")
    reports = lines(reference)
    out = tmp_path / f"out{suffix}"
    result = corpus(str(texts), "-o", str(out), "-q")
    assert result.exit_code == 1
    documents = tmp_path / f"out.documents{suffix}"
    reader = pd.read_csv if suffix == ".csv" else pd.read_parquet
    placements_df, documents_df = reader(out), reader(documents)
    expected = [(r["document"]["id"], p["entity"], p["rank"], p["evidence"]["text"]) for r in reports for p in r["placements"]]
    assert list(zip(placements_df.document_id, placements_df.entity, placements_df["rank"], placements_df.evidence_text)) == expected
    assert list(documents_df.document_id) == [r["document"]["id"] for r in reports]
    assert documents_df.set_index("document_id").loc["empty", "error_codes"] == "E005"
    assert documents_df.set_index("document_id").loc["bad", "checks_fail"] >= 1
    read = "read_csv_auto" if suffix == ".csv" else "read_parquet"
    count, fails = duckdb.sql(f"select count(*), sum(checks_fail) from {read}('{documents}')").fetchall()[0]
    assert count == len(reports) and fails == sum(c["status"] == "fail" for r in reports for c in r["checks"])
    assert duckdb.sql(f"select count(*) from {read}('{out}')").fetchall()[0][0] == len(expected)


@pytest.mark.parametrize("files, extra, code", [
    pytest.param(["a.txt"], [], 0, id="all-processed"),
    pytest.param(["a.txt", "bad.txt"], [], 0, id="failed-check-not-strict"),
    pytest.param(["a.txt", "bad.txt"], ["--strict"], 1, id="failed-check-strict"),
    pytest.param(["a.txt", "empty.txt"], [], 1, id="document-with-error"),
    pytest.param(["a.txt"], ["-o", "out.txt"], 2, id="unknown-output-format"),
    pytest.param(["a.txt"], ["--jobs", "0"], 2, id="no-workers"),
    pytest.param(["a.txt"], ["--scheduler", "tcp://127.0.0.1:1"], 2, id="scheduler-without-dask"),
    pytest.param(["-", "-"], [], 2, id="stdin-twice"),
])
def test_exit_codes(tmp_path: Path, files: list[str], extra: list[str], code: int, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(TRAIN / f"{NAMES[0]}.txt", "a.txt")
    Path("bad.txt").write_text(FAILING_CHECK, encoding="utf-8")
    Path("empty.txt").write_text("", encoding="utf-8")
    result = corpus(*files, "-o", "out.jsonl", "-q", *extra)
    assert result.exit_code == code, result.output
    if code == 2:
        assert not Path("out.jsonl").exists()


def test_resume_keeps_finished_documents_and_redoes_changed_ones(tmp_path: Path, texts: Path):
    fresh = tmp_path / "fresh.jsonl"
    corpus(str(texts), "-o", str(fresh), "-q")
    full = fresh.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(full[0] + full[1][:40])  # an interrupted run: one report and a cut line
    result = corpus(str(texts), "-o", str(out), "--resume", "-q")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == fresh.read_bytes()
    assert "(1 kept from the partial run)" in result.output
    # the first document changed since the partial run: it and everything after it are processed again
    partial.write_bytes(b"".join(full[:2]))
    changed = texts / f"{NAMES[0]}.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNachtrag.\n", encoding="utf-8")
    corpus(str(texts), "-o", str(fresh), "-q")
    result = corpus(str(texts), "-o", str(out), "--resume", "-q")
    assert out.read_bytes() == fresh.read_bytes()
    assert "kept from the partial run" not in result.output
    assert not partial.exists()


def test_an_interrupted_run_leaves_only_the_partial_file(tmp_path: Path, texts: Path):
    class Interrupt:
        def start(self):
            pass

        def update(self, summary):
            if summary.documents == 2:
                raise KeyboardInterrupt

        def stop(self):
            pass

    out = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        bulk.run([str(texts)], out, progress=Interrupt())
    assert not out.exists() and not (tmp_path / "out.documents.csv").exists()
    assert len(lines(tmp_path / "out.csv.partial")) == 2
    summary = bulk.run([str(texts)], out, resume=True)
    assert (summary.documents, summary.resumed) == (3, 2)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + summary.placements
    assert not (tmp_path / "out.csv.partial").exists()


def test_glob_filters_directories(tmp_path: Path, texts: Path):
    items = list(iter_items([str(texts)], ["*essen*.txt"], Fields()))
    assert [item.id for item in items] == [f"sub/{NAMES[2]}"]
    items = list(iter_items([str(texts)], ["*.json"], Fields()))
    assert [item.id for item in items] == NAMES[:2] + [f"sub/{NAMES[2]}"] and all(i.source.endswith(".json") for i in items)


def test_dask_engine_on_a_local_cluster_writes_what_the_local_engine_writes(tmp_path: Path, texts: Path):
    """A real LocalCluster (worker processes on loopback) given with --scheduler, as a remote one would be."""
    from distributed import LocalCluster

    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    (texts / "empty.txt").write_text("", encoding="utf-8")
    assert corpus(str(texts), "-o", str(local), "-j", "1", "-q").exit_code == 1
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        result = corpus(str(texts), "-o", str(dask), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                        "--chunk-size", "1", "-q")
    assert result.exit_code == 1, result.output
    assert dask.read_bytes() == local.read_bytes()


def test_the_benchmark_generator_is_deterministic_and_recombines_paragraphs(tmp_path: Path):
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"
    outputs = []
    for name, seed in (("a.jsonl", "7"), ("b.jsonl", "7"), ("c.jsonl", "8")):
        subprocess.run([sys.executable, str(script), "--size", "20", "--seed", seed, "-o", str(tmp_path / name)],
                       check=True, capture_output=True)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1] != outputs[2]
    records = lines(tmp_path / "a.jsonl")
    assert len(records) == 20 and len({r["id"] for r in records}) == 20
    source = {p.strip() for f in TRAIN.glob("*.txt") for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()}
    assert all(set(r["text"].strip().split("\n\n")) <= source for r in records)


def test_the_output_inside_an_input_folder_is_not_read_back(tmp_path: Path, texts: Path):
    out = texts / "reports.jsonl"
    for _ in range(2):
        assert corpus(str(texts), "-o", str(out), "-q").exit_code == 0
        assert [r["document"]["id"] for r in lines(out)] == NAMES[:2] + [f"sub/{NAMES[2]}"]
