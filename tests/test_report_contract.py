"""The output contract (report.py): every record round-trips through JSON, rejects unknown fields, is frozen,
and a report carries its schema_version."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from articleparse import SCHEMA_VERSION
from articleparse.report import (Check, Claim, Document, Entity, Error, Movement, Placement, Ranking, Report, Span,
                                 Theme)

SPAN = Span(start=10, end=18, text="Platz 74")
DOCUMENT = Document(id="kiel", source="kiel.txt", chars=120, sha256="0" * 64, language="de", published="2025-09-11",
                    title="Kiel im Smart City Index")
RECORDS = [
    pytest.param(SPAN, id="span"),
    pytest.param(DOCUMENT, id="document"),
    pytest.param(Entity(name="Halle (Saale)", type="city", mentions=[SPAN]), id="entity"),
    pytest.param(Ranking(name="Smart City Index", publisher="Bitkom", year=2025, total=83, total_source="text",
                         categories=["Mobilität"], mentions=[SPAN]), id="ranking"),
    pytest.param(Placement(entity="Kiel", ranking="Smart City Index", category=None, year=2025, rank=74, total=83, score=61.5,
                           derived=True, derived_from="rank 75 in 2024 and a movement of +1", evidence=SPAN), id="placement"),
    pytest.param(Movement(entity="Kiel", ranking=None, category="Mobilität", from_year=2024, to_year=2025, places=-14,
                          evidence=SPAN), id="movement"),
    pytest.param(Theme(name="Energie und Umwelt", ranking="Smart City Index", explicit=True, rank=41, mentions=[SPAN]), id="theme"),
    pytest.param(Claim(entity="Kiel", ranking=None, category=None, year=None, kind="bottom", n=10, evidence=SPAN), id="claim"),
    pytest.param(Check(name="rank within total", status="pass", message="Kiel on rank 74 is within 83.", evidence=[SPAN]), id="check"),
    pytest.param(Error(code="E001", message="file not found: x (check the path)"), id="error"),
    pytest.param(Report(document=DOCUMENT, placements=[Placement(entity="Kiel", ranking=None, category=None, year=None, rank=3,
                                                                  evidence=SPAN)]), id="report"),
]


@pytest.mark.parametrize("record", RECORDS)
def test_round_trip(record):
    again = type(record).model_validate_json(record.model_dump_json())
    assert again == record
    assert again.model_dump_json() == record.model_dump_json()


@pytest.mark.parametrize("record", RECORDS)
def test_unknown_field_is_rejected(record):
    data = record.model_dump()
    data["confidence"] = 0.9
    with pytest.raises(ValidationError, match="confidence"):
        type(record).model_validate(data)


@pytest.mark.parametrize("record", RECORDS)
def test_records_are_frozen(record):
    field = next(iter(type(record).model_fields))
    with pytest.raises(ValidationError):
        setattr(record, field, getattr(record, field))


@pytest.mark.parametrize("model, data", [
    pytest.param(Claim, {"entity": "Kiel", "ranking": None, "category": None, "year": None, "kind": "middle", "n": None,
                         "evidence": SPAN.model_dump()}, id="claim-kind"),
    pytest.param(Check, {"name": "x", "status": "ok", "message": "x"}, id="check-status"),
    pytest.param(Entity, {"name": "Kiel", "type": "town"}, id="entity-type"),
    pytest.param(Ranking, {"name": "X", "total_source": "guess"}, id="total-source"),
    pytest.param(Span, {"start": 0, "end": 3}, id="span-without-text"),
])
def test_invalid_values_are_rejected(model, data):
    with pytest.raises(ValidationError):
        model.model_validate(data)


def test_report_has_schema_version_and_stable_json():
    report = Report(document=DOCUMENT)
    assert report.schema_version == SCHEMA_VERSION == "1.0"
    assert report.to_json().startswith('{"schema_version":"1.0","document":')
    assert report.to_json() == Report.model_validate_json(report.to_json()).to_json()
    assert list(Report.model_json_schema()["properties"])[0] == "schema_version"


def test_failed_report_carries_the_error():
    from articleparse.api import failed_report
    from articleparse.errors import ArticleparseError

    report = failed_report("kiel", ArticleparseError("E005", path="kiel.txt"), source="kiel.txt")
    assert [(e.code, e.message) for e in report.errors] == [("E005", "kiel.txt is empty; nothing to extract")]
    assert (report.document.id, report.placements, report.checks) == ("kiel", [], [])
