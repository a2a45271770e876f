"""Bulk output files: JSONL reports as they are (the contract), or CSV / Parquet tables with one row per
placement plus a documents table (check counts, errors) in `<stem>.documents.<ext>`.

Tables are written from the JSONL journal of the run, streamed in batches, so memory stays flat. pyarrow is
imported only when Parquet is written.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic_core import from_json

FORMATS = (".jsonl", ".csv", ".parquet")
BATCH = 4096

# (name, pyarrow type) of each column, in table order
PLACEMENT_COLUMNS = (
    ("document_id", "string"), ("entity", "string"), ("ranking", "string"), ("category", "string"),
    ("year", "int32"), ("rank", "int32"), ("total", "int32"), ("score", "float64"),
    ("derived", "bool_"), ("derived_from", "string"), ("evidence_start", "int64"),
    ("evidence_end", "int64"), ("evidence_text", "string"),
)
DOCUMENT_COLUMNS = (
    ("document_id", "string"), ("source", "string"), ("chars", "int64"), ("sha256", "string"),
    ("language", "string"), ("published", "string"), ("title", "string"), ("placements", "int32"),
    ("checks_pass", "int32"), ("checks_warn", "int32"), ("checks_fail", "int32"), ("errors", "int32"),
    ("error_codes", "string"), ("error_messages", "string"),
)


def output_format(out: Path) -> str | None:
    suffix = out.suffix.lower()
    return suffix if suffix in FORMATS else None


def output_paths(out: Path) -> list[Path]:
    """The files a run writes: the output itself, and for tables the documents table beside it."""
    fmt = output_format(out)
    if fmt in (".csv", ".parquet"):
        return [out, documents_path(out)]
    return [out]


def documents_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.documents{out.suffix}")


def placement_rows(report: dict) -> Iterator[dict]:
    doc_id = report["document"]["id"]
    for p in report["placements"]:
        evidence = p["evidence"]
        yield {
            "document_id": doc_id, "entity": p["entity"], "ranking": p["ranking"], "category": p["category"],
            "year": p["year"], "rank": p["rank"], "total": p.get("total"), "score": p.get("score"),
            "derived": p.get("derived", False), "derived_from": p.get("derived_from"),
            "evidence_start": evidence["start"], "evidence_end": evidence["end"], "evidence_text": evidence["text"],
        }


def document_row(report: dict) -> dict:
    doc, checks, errors = report["document"], report["checks"], report["errors"]
    return {
        "document_id": doc["id"], "source": doc.get("source"), "chars": doc["chars"], "sha256": doc["sha256"],
        "language": doc.get("language"), "published": doc.get("published"), "title": doc.get("title"),
        "placements": len(report["placements"]),
        "checks_pass": sum(c["status"] == "pass" for c in checks),
        "checks_warn": sum(c["status"] == "warn" for c in checks),
        "checks_fail": sum(c["status"] == "fail" for c in checks),
        "errors": len(errors),
        "error_codes": " ".join(e["code"] for e in errors) or None,
        "error_messages": "\n".join(e["message"] for e in errors) or None,
    }


def write_tables(journal: Path, placements_out: Path, documents_out: Path, fmt: str) -> None:
    """Convert a JSONL journal of reports into the placements and documents tables of `fmt`."""
    reports = _read_jsonl(journal)
    if fmt == ".csv":
        _write_csv(reports, placements_out, documents_out)
    elif fmt == ".parquet":
        _write_parquet(reports, placements_out, documents_out)
    else:
        raise ValueError(f"not a table format: {fmt}")


def _read_jsonl(path: Path) -> Iterator[dict]:
    """The reports of the journal; pydantic-core parses the JSON it wrote faster than `json`, to equal values."""
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                yield from_json(line)


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_csv(reports: Iterable[dict], placements_out: Path, documents_out: Path) -> None:
    with placements_out.open("w", encoding="utf-8", newline="") as p_handle, \
            documents_out.open("w", encoding="utf-8", newline="") as d_handle:
        p_writer, d_writer = csv.writer(p_handle), csv.writer(d_handle)
        p_writer.writerow(name for name, _ in PLACEMENT_COLUMNS)
        d_writer.writerow(name for name, _ in DOCUMENT_COLUMNS)
        for report in reports:
            for row in placement_rows(report):
                p_writer.writerow([_csv_value(v) for v in row.values()])
            d_writer.writerow([_csv_value(v) for v in document_row(report).values()])


def _write_parquet(reports: Iterable[dict], placements_out: Path, documents_out: Path) -> None:
    import pyarrow.parquet as pq

    p_schema, d_schema = _arrow_schema(PLACEMENT_COLUMNS), _arrow_schema(DOCUMENT_COLUMNS)
    with pq.ParquetWriter(placements_out, p_schema) as p_writer, \
            pq.ParquetWriter(documents_out, d_schema) as d_writer:
        p_rows, d_rows = [], []
        for report in reports:
            p_rows.extend(placement_rows(report))
            d_rows.append(document_row(report))
            if len(d_rows) >= BATCH:
                _flush(p_writer, p_schema, p_rows)
                _flush(d_writer, d_schema, d_rows)
        _flush(p_writer, p_schema, p_rows)
        _flush(d_writer, d_schema, d_rows)


def _arrow_schema(columns: Iterable[tuple[str, str]]):
    """The pyarrow schema of a table's columns."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in columns])


def _flush(writer, schema, rows: list[dict]) -> None:
    import pyarrow as pa

    if rows:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        rows.clear()
