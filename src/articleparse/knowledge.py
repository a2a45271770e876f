"""Shipped knowledge of rankings and places, validated on load, extensible by the user."""
from __future__ import annotations

import json
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

PlaceType = Literal["city", "district", "county", "state", "country", "region"]


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Edition(Fact):
    """One edition of a ranking: its year, how many it ranks, its categories, where that was read."""

    year: int
    total: int | None = None
    categories: list[str] | None = None
    published: str | None = None
    source: str


class RankingInfo(Fact):
    name: str
    publisher: str
    aliases: list[str] = []
    publisher_aliases: list[str] = []
    ranks: str
    unit: Literal["city", "state", "county", "country", "university", "mixed"] = "city"
    categories: list[str] = []
    category_aliases: dict[str, list[str]] = {}
    editions: list[Edition] = []
    source: str

    def edition(self, year: int | None) -> Edition | None:
        return next((e for e in self.editions if e.year == year), None)

    def categories_in(self, year: int | None) -> list[str]:
        edition = self.edition(year)
        if edition is not None and edition.categories is not None:
            return edition.categories
        return self.categories


class Place(Fact):
    name: str
    type: PlaceType
    state: str | None = None
    population: int | None = None
    grossstadt: bool = False
    kreisfrei: bool = False
    note: str | None = None
    aliases: list[str] = []
    genitives: list[str] = []
    epithets: list[str] = []
    ambiguous: bool = False
    part_of: str | None = None
    geonameid: int | None = None


class KnowledgeFile(Fact):
    """What a knowledge file (shipped or the user's) may hold."""

    rankings: list[RankingInfo] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)


def _data(name: str) -> str:
    return resources.files("articleparse").joinpath("data", name).read_text(encoding="utf-8")


class Knowledge:
    """Rankings and places by canonical name; later files override earlier ones by name."""

    def __init__(self, rankings: list[RankingInfo], places: list[Place]):
        self.rankings = {r.name: r for r in rankings}
        self.places = {p.name: p for p in places}

    @classmethod
    def builtin(cls) -> "Knowledge":
        shipped = KnowledgeFile.model_validate(yaml.load(_data("rankings.yaml"), Loader=yaml.CSafeLoader))
        places = [Place.model_validate(p) for p in json.loads(_data("places.json"))]
        return cls(shipped.rankings, places)

    def extended(self, extra: KnowledgeFile) -> "Knowledge":
        return Knowledge(list(self.rankings.values()) + extra.rankings, list(self.places.values()) + extra.places)

    def ranking(self, name: str | None) -> RankingInfo | None:
        return self.rankings.get(name) if name else None

    def place(self, name: str) -> Place | None:
        return self.places.get(name)

    @cached_property
    def publishers(self) -> dict[str, list[str]]:
        """Publisher name or alias -> the rankings it publishes."""
        out: dict[str, list[str]] = {}
        for r in self.rankings.values():
            for alias in [r.publisher, *r.publisher_aliases]:
                out.setdefault(alias, []).append(r.name)
        return out
