"""What assembly hands on: the Draft of a document's records, and the Subject a statement is said of."""
from __future__ import annotations

from dataclasses import dataclass, field

from articleparse.report import Claim, Entity, Movement, Placement, Ranking, Span, Theme

HELD_FROM_BEFORE = "the rank held from the edition before"  # why a held rank's earlier edition is derived


@dataclass
class Subject:
    name: str
    type: str
    explicit: bool


@dataclass
class Draft:
    """What assembly found, before checks: records plus the facts checks need."""

    entities: list[Entity] = field(default_factory=list)
    rankings: list[Ranking] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    text_totals: dict[tuple, tuple[int, Span]] = field(default_factory=dict)
    approx_totals: list[tuple[str | None, int | None, str, int, Span]] = field(default_factory=list)
    ties: set[tuple] = field(default_factory=set)
    directions: list[tuple[str, int, int, Span]] = field(default_factory=list)  # (entity, +1/-1 worded, places by ranks)
    relatives: list[tuple] = field(default_factory=list)  # (entity, other, rank offset, ranking, category, year, evidence)
    published: str | None = None
