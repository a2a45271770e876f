"""Invariants every report keeps, checked against the text it was made from (used by tests and the fuzzer)."""
from __future__ import annotations

from collections.abc import Iterator

from articleparse.read import normalise
from articleparse.report import Report, Span


def iter_spans(report: Report) -> Iterator[tuple[str, Span]]:
    """Every evidence or mention span of a report, with where it sits (e.g. 'placements[3].evidence')."""
    for name in ("placements", "movements", "claims"):
        for i, record in enumerate(getattr(report, name)):
            yield f"{name}[{i}].evidence", record.evidence
    for name in ("entities", "rankings", "themes"):
        for i, record in enumerate(getattr(report, name)):
            for j, span in enumerate(record.mentions):
                yield f"{name}[{i}].mentions[{j}]", span
    for i, check in enumerate(report.checks):
        for j, span in enumerate(check.evidence):
            yield f"checks[{i}].evidence[{j}]", span


def report_problems(report: Report, text: str) -> list[str]:
    """What is wrong with `report` as the report of `text`: spans that do not slice the text as articleparse reads
    it (`normalise`) exactly, a character count or a JSON form that does not round-trip. Empty when all is well."""
    text = normalise(text)
    problems = []
    if report.document.chars != len(text):
        problems.append(f"document.chars is {report.document.chars}, the text has {len(text)}")
    for where, span in iter_spans(report):
        if not 0 <= span.start <= span.end <= len(text):
            problems.append(f"{where} [{span.start}, {span.end}) is outside the text (length {len(text)})")
        elif span.start == span.end:
            problems.append(f"{where} is empty (at {span.start})")
        elif text[span.start:span.end] != span.text:
            problems.append(f"{where} text {span.text!r} != text[{span.start}:{span.end}] {text[span.start:span.end]!r}")
    if Report.model_validate_json(report.to_json()) != report:
        problems.append("the report does not round-trip through its JSON")
    return problems
