"""Bulk output files: JSONL reports as they are (the contract), or CSV / Parquet tables with one row per
placement plus a documents table (check counts, errors) in `<stem>.documents.<ext>`.

Tables are written from the JSONL journal of the run, streamed in batches, so memory stays flat.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa

FORMATS = (".jsonl", ".csv", ".parquet")
BATCH = 4096

PLACEMENT_SCHEMA = pa.schema([
    ("document_id", pa.string()), ("entity", pa.string()), ("ranking", pa.string()), ("category", pa.string()),
    ("year", pa.int32()), ("rank", pa.int32()), ("total", pa.int32()), ("score", pa.float64()),
    ("derived", pa.bool_()), ("derived_from", pa.string()), ("evidence_start", pa.int64()),
    ("evidence_end", pa.int64()), ("evidence_text", pa.string()),
])
DOCUMENT_SCHEMA = pa.schema([
    ("document_id", pa.string()), ("source", pa.string()), ("chars", pa.int64()), ("sha256", pa.string()),
    ("language", pa.string()), ("published", pa.string()), ("title", pa.string()), ("placements", pa.int32()),
    ("checks_pass", pa.int32()), ("checks_warn", pa.int32()), ("checks_fail", pa.int32()), ("errors", pa.int32()),
    ("error_codes", pa.string()), ("error_messages", pa.string()),
])


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
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


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
        p_writer.writerow(PLACEMENT_SCHEMA.names)
        d_writer.writerow(DOCUMENT_SCHEMA.names)
        for report in reports:
            for row in placement_rows(report):
                p_writer.writerow([_csv_value(v) for v in row.values()])
            d_writer.writerow([_csv_value(v) for v in document_row(report).values()])


def _write_parquet(reports: Iterable[dict], placements_out: Path, documents_out: Path) -> None:
    import pyarrow.parquet as pq

    with pq.ParquetWriter(placements_out, PLACEMENT_SCHEMA) as p_writer, \
            pq.ParquetWriter(documents_out, DOCUMENT_SCHEMA) as d_writer:
        p_rows, d_rows = [], []
        for report in reports:
            p_rows.extend(placement_rows(report))
            d_rows.append(document_row(report))
            if len(d_rows) >= BATCH:
                _flush(p_writer, PLACEMENT_SCHEMA, p_rows)
                _flush(d_writer, DOCUMENT_SCHEMA, d_rows)
        _flush(p_writer, PLACEMENT_SCHEMA, p_rows)
        _flush(d_writer, DOCUMENT_SCHEMA, d_rows)


def _flush(writer, schema: pa.Schema, rows: list[dict]) -> None:
    if rows:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        rows.clear()
