"""The output contract: one Report per input document (see README, "Output contract").

These pydantic models are the single source of the JSON Schema printed by `articleparse schema`.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION = "1.0"

EntityType = Literal["city", "district", "county", "state", "country", "region", "organization", "other"]
CheckStatus = Literal["pass", "fail", "warn"]
ClaimKind = Literal["top", "bottom", "first", "last"]


class Record(BaseModel):
    """Base of every record: unknown fields are rejected, records are values."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Record):
    """Character offsets into the document text; `text == document_text[start:end]`."""

    start: int
    end: int
    text: str


class Document(Record):
    id: str
    source: str | None = None
    chars: int
    sha256: str
    language: str | None = None
    published: str | None = None
    title: str | None = None


class Entity(Record):
    name: str
    type: EntityType
    mentions: list[Span] = []


class Ranking(Record):
    name: str
    publisher: str | None = None
    year: int | None = None
    total: int | None = None
    total_source: Literal["text", "knowledge"] | None = None
    categories: list[str] = []
    mentions: list[Span] = []


class Placement(Record):
    entity: str
    ranking: str | None
    category: str | None
    year: int | None
    rank: int
    total: int | None = None
    score: float | None = None
    derived: bool = False
    derived_from: str | None = None
    evidence: Span


class Movement(Record):
    entity: str
    ranking: str | None
    category: str | None
    from_year: int | None
    to_year: int | None
    places: int
    evidence: Span


class Theme(Record):
    name: str
    ranking: str | None
    explicit: bool
    rank: int | None = None
    mentions: list[Span] = []


class Claim(Record):
    entity: str
    ranking: str | None
    category: str | None
    year: int | None
    kind: ClaimKind
    n: int | None
    evidence: Span


class Check(Record):
    name: str
    status: CheckStatus
    message: str
    evidence: list[Span] = []


class Error(Record):
    code: str
    message: str


class Report(Record):
    schema_version: str = SCHEMA_VERSION
    document: Document
    entities: list[Entity] = []
    rankings: list[Ranking] = []
    placements: list[Placement] = []
    movements: list[Movement] = []
    themes: list[Theme] = []
    claims: list[Claim] = []
    checks: list[Check] = []
    errors: list[Error] = []

    def to_json(self, indent: int | None = None) -> str:
        """Serialise with stable key order (byte-identical for equal reports)."""
        return self.model_dump_json(indent=indent)
