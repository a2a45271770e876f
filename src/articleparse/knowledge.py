"""Shipped knowledge of rankings and places, validated on load, extensible by the user."""
from __future__ import annotations

import math
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from articleparse.resources import data_text

PlaceType = Literal["city", "district", "county", "state", "country", "region", "organization"]


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Edition(Fact):
    """One edition of a ranking: its year, how many it ranks, its categories, where that was read."""

    year: int
    total: int | None = None
    categories: list[str] | None = None
    published: str | None = None
    note: str | None = None
    source: str


class RankingInfo(Fact):
    name: str
    publisher: str
    aliases: list[str] = []
    shared_aliases: list[str] = []  # names other rankings use too ("Smart-City-Ranking"); resolved by the publisher
    publisher_aliases: list[str] = []
    ranks: str
    unit: Literal["city", "state", "county", "country", "university", "mixed"] = "city"
    overall: bool = True  # False when the ranking only ranks within its categories (ADFC size classes)
    categories: list[str] = []
    category_aliases: dict[str, list[str]] = {}
    editions: list[Edition] = []
    annual: bool = False  # appears every year: the editions listed are only those with known facts
    paused: list[int] = []  # years an annual ranking did not appear (Mercer 2020–2022)
    source: str

    def edition(self, year: int | None) -> Edition | None:
        return next((e for e in self.editions if e.year == year), None)

    def edition_years(self) -> list[int]:
        """The years the ranking appeared, in order, as far as known: the listed editions, and for an annual
        ranking every year between its first and last listed one that is not paused."""
        years = {e.year for e in self.editions}
        if self.annual and years:
            years |= set(range(min(years), max(years) + 1)) - set(self.paused)
        return sorted(years)

    def categories_in(self, year: int | None) -> list[str]:
        edition = self.edition(year)
        if edition is not None and edition.categories is not None:
            return edition.categories
        return self.categories

    def size_class(self, population: int | None, year: int | None, margin: float = 0.025) -> str | None:
        """The category of a place of this many inhabitants, for a ranking that only ranks within size classes
        ("200.000 bis 500.000 Einwohner"), in the classes of the edition of `year`; None for other rankings, for an
        edition not known, when the population is not known or within `margin` of a class's bound (Kassel, 197,000:
        the ranking's own count may put it above 200,000)."""
        if self.overall or population is None or self.edition(year) is None:
            return None
        for category in self.categories_in(year):
            bounds = _class_bounds(category)
            if bounds is None:
                continue
            low, high = bounds
            if low * (1 + margin) <= population < high * (1 - margin):
                return category
            if low * (1 - margin) <= population < high * (1 + margin):
                return None  # near a bound
        return None

    def outside_class(self, category: str, population: int | None, margin: float = 0.05) -> bool:
        """The population is known and lies clearly outside a size class (Münster, 308,000, is no town "unter 20.000
        Einwohner"; Kassel, 197,000, may be counted among "200.000 bis 500.000")."""
        bounds = _class_bounds(category)
        if bounds is None or population is None:
            return False
        low, high = bounds
        return not low * (1 - margin) <= population < high * (1 + margin)


# A category named by its bounds of inhabitants: "200.000 bis 500.000 Einwohner", "über 500.000 Einwohner".
SIZE_CLASS = re.compile(r"^(?:(?P<word>über|unter) )?(?P<low>[\d.]+)(?: bis (?P<high>[\d.]+))? Einwohner$")


def count_of(digits: str | None) -> int | None:
    """"200.000" -> 200000."""
    return int(digits.replace(".", "")) if digits else None


def _class_bounds(category: str) -> tuple[float, float] | None:
    """The bounds [low, high) of inhabitants of a size class, None for other categories."""
    bounds = SIZE_CLASS.match(category)
    if bounds is None:
        return None
    word, low, high = bounds["word"], count_of(bounds["low"]), count_of(bounds["high"])
    if word == "über":
        return low, math.inf
    if word == "unter":
        return 0, low
    return (low, high) if high is not None else None


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
    demonyms: list[str] = []  # "Dortmunder": the city's people, standing for the city
    ambiguous: bool = False
    part_of: str | None = None
    geonameid: int | None = None


class KnowledgeFile(Fact):
    """What a knowledge file (shipped or the user's) may hold."""

    rankings: list[RankingInfo] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)


class Knowledge:
    """Rankings and places by canonical name; later files override earlier ones by name."""

    def __init__(self, rankings: list[RankingInfo], places: list[Place]):
        self.rankings = {r.name: r for r in rankings}
        self.places = {p.name: p for p in places}

    @classmethod
    def builtin(cls) -> "Knowledge":
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        shipped = KnowledgeFile.model_validate(yaml.load(data_text("rankings.yaml"), Loader=loader))
        places = _PLACES.validate_json(data_text("places.json"))
        universities = KnowledgeFile.model_validate(yaml.load(data_text("universities.yaml"), Loader=loader))
        return cls(shipped.rankings, places + universities.places)

    def extended(self, extra: KnowledgeFile) -> "Knowledge":
        """A new Knowledge where the rankings and places of `extra` replace those of the same name and add the rest."""
        return Knowledge(list(self.rankings.values()) + extra.rankings, list(self.places.values()) + extra.places)

    def ranking(self, name: str | None) -> RankingInfo | None:
        return self.rankings.get(name) if name else None

    def place(self, name: str) -> Place | None:
        return self.places.get(name)


_PLACES = TypeAdapter(list[Place])


class KnowledgeFileError(ValueError):
    """A user knowledge file that cannot be read or does not validate; the message names file, line and field."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None, field: str | None = None):
        self.path, self.line, self.field = str(path), line, field
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {f'{field}: ' if field else ''}{message}")


def load_knowledge_file(path: str | Path) -> KnowledgeFile:
    """Read a user knowledge file (.toml, or .yaml/.yml) with `rankings` and/or `places`, validated.

    Raises KnowledgeFileError naming the file, the line and the field of the first problems found.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeFileError(path, f"cannot be read ({exc})") from exc
    suffix = path.suffix.lower()
    if suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            match = re.search(r"line (\d+)", str(exc))
            raise KnowledgeFileError(path, f"not valid TOML ({exc})", line=int(match.group(1)) if match else None) from exc
        locate = lambda loc: _toml_line(text, loc)  # noqa: E731
    elif suffix in (".yaml", ".yml"):
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise KnowledgeFileError(path, f"not valid YAML ({getattr(exc, 'problem', None) or exc})",
                                     line=mark.line + 1 if mark else None) from exc
        locate = lambda loc: _yaml_line(node, loc)  # noqa: E731
    else:
        raise KnowledgeFileError(path, "unknown file type; use .toml, .yaml or .yml")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise KnowledgeFileError(path, "the top level must be a table/mapping with `rankings` and/or `places`", line=1)
    try:
        return KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        loc = tuple(first["loc"])
        field = _field_path(loc, data)
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}: " + "; ".join(
            f"{_field_path(tuple(e['loc']), data)}: {e['msg']}" for e in errors[1:4]) + ")" if len(errors) > 1 else ""
        raise KnowledgeFileError(path, first["msg"] + more, line=locate(loc), field=field) from exc


def _field_path(loc: tuple, data: Any) -> str:
    """"rankings[0].editions[1].total", with the entry's name where it has one: "rankings[0] (Foo).editions[1].total"."""
    out, node = "", data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("name"), str):
                out += f" ({node['name']})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def _yaml_line(node: yaml.Node | None, loc: tuple) -> int | None:
    """1-based line of the node at `loc` in a composed YAML tree (the key's line for a missing or extra key)."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if key.value == part:
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return node.start_mark.line + 1  # missing key: the line of the mapping that lacks it
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
        if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            line = node.start_mark.line + 1
    return line


def _toml_line(text: str, loc: tuple) -> int | None:
    """Best-effort 1-based line of `loc` in TOML text: the n-th [[rankings]]/[[places]] table, then the key in it."""
    lines = text.splitlines()
    if not loc:
        return None
    start, end = 0, len(lines)
    parts = list(loc)
    section = parts.pop(0)
    if parts and isinstance(parts[0], int):
        index = parts.pop(0)
        header = re.compile(rf"^\s*\[\[\s*{re.escape(str(section))}\s*\]\]")
        starts = [i for i, line in enumerate(lines) if header.match(line)]
        if index < len(starts):
            start = starts[index]
            nxt = [i for i, line in enumerate(lines) if i > start and re.match(r"^\s*\[\[?\s*(rankings|places)\s*\]\]?\s*$", line)]
            end = nxt[0] if nxt else len(lines)
        else:
            inline = [i for i, line in enumerate(lines) if re.match(rf"^\s*{re.escape(str(section))}\s*=", line)]
            return inline[0] + 1 if inline else None
    found = start + 1
    for part in parts:
        if isinstance(part, int):
            continue
        pattern = re.compile(rf"^\s*(\[+\s*)?[\w.\"\s]*\b{re.escape(part)}\b\s*(=|\]|\.)|[{{,]\s*{re.escape(part)}\s*=")
        for i in range(found - 1 if found > start + 1 else start, end):
            if pattern.search(lines[i]):
                found = i + 1
                break
    return found
