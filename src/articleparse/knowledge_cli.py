"""`articleparse knowledge list | show NAME`: what the shipped (and the user's) knowledge holds, with sources.

Wired by the main CLI as `app.add_typer(knowledge_app, name="knowledge")`.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from articleparse.knowledge import Knowledge, KnowledgeFileError, Place, RankingInfo, load_knowledge_file

knowledge_app = typer.Typer(help="Show the rankings and places articleparse knows, with their sources.",
                            no_args_is_help=True)

_KnowledgeOption = typer.Option(None, "--knowledge", "-k",
                                help="Extra knowledge file (TOML or YAML) adding or overriding rankings and places.")


def _load(files: Optional[list[Path]]) -> Knowledge:
    knowledge = Knowledge.builtin()
    for path in files or ():
        try:
            knowledge = knowledge.extended(load_knowledge_file(path))
        except KnowledgeFileError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
    return knowledge


@knowledge_app.command("list")
def list_(knowledge: Optional[list[Path]] = _KnowledgeOption) -> None:
    """All rankings with publisher, editions and totals; and the number of places by type."""
    k = _load(knowledge)
    typer.echo(f"Rankings ({len(k.rankings)}):")
    for r in sorted(k.rankings.values(), key=lambda r: r.name.casefold()):
        editions = ", ".join(f"{e.year}: {e.total if e.total is not None else '?'}" for e in sorted(r.editions, key=lambda e: e.year))
        typer.echo(f"  {r.name} — {r.publisher} — {r.ranks}")
        typer.echo(f"      editions (year: total): {editions or 'none recorded'}")
    counts = Counter(p.type for p in k.places.values())
    typer.echo(f"Places ({len(k.places)}): " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))


@knowledge_app.command("show")
def show(name: str = typer.Argument(..., help="A ranking or place: canonical name, alias, genitive, epithet or demonym."),
         knowledge: Optional[list[Path]] = _KnowledgeOption) -> None:
    """All facts about one ranking or place, with their sources."""
    k = _load(knowledge)
    rankings, places = find(k, name)
    if not rankings and not places:
        typer.echo(f"no ranking or place named {name!r} (try `articleparse knowledge list`)", err=True)
        raise typer.Exit(1)
    blocks = [_ranking_text(r) for r in rankings] + [_place_text(p) for p in places]
    typer.echo("\n\n".join(blocks))


def find(k: Knowledge, name: str) -> tuple[list[RankingInfo], list[Place]]:
    """Rankings and places that `name` names: exact canonical name first, else any alias (case-insensitive)."""
    key = name.casefold().strip()
    rankings = [r for r in k.rankings.values() if r.name.casefold() == key]
    places = [p for p in k.places.values() if p.name.casefold() == key]
    if rankings or places:
        return rankings, places
    rankings = [r for r in k.rankings.values() if key in {a.casefold() for a in r.aliases}]
    places = [p for p in k.places.values()
              if key in {a.casefold() for a in [*p.aliases, *p.genitives, *p.epithets, *p.demonyms]}]
    return rankings, places


def _ranking_text(r: RankingInfo) -> str:
    lines = [f"Ranking: {r.name}",
             f"  publisher: {r.publisher}" + (f" (also: {', '.join(r.publisher_aliases)})" if r.publisher_aliases else ""),
             f"  ranks: {r.ranks} (unit: {r.unit})"]
    if r.aliases:
        lines.append(f"  aliases: {', '.join(r.aliases)}")
    if r.categories:
        lines.append(f"  categories: {'; '.join(r.categories)}")
    for category, aliases in r.category_aliases.items():
        lines.append(f"    {category} also written: {', '.join(aliases)}")
    lines.append(f"  source: {r.source}")
    if r.annual:
        lines.append("  appears every year" + (f" but {', '.join(map(str, r.paused))}" if r.paused else "")
                     + "; years without a listed edition have no known facts")
    lines.append(f"  editions ({len(r.editions)}):" if r.editions else "  editions: none recorded")
    for e in sorted(r.editions, key=lambda e: e.year):
        facts = [f"total {e.total}" if e.total is not None else "total unknown"]
        if e.published:
            facts.append(f"published {e.published}")
        if e.categories is not None:
            facts.append(f"categories: {'; '.join(e.categories)}")
        if e.note:
            facts.append(f"note: {e.note}")
        lines.append(f"    {e.year}: {', '.join(facts)}")
        lines.append(f"          source: {e.source}")
    return "\n".join(lines)


def _place_text(p: Place) -> str:
    lines = [f"Place: {p.name} ({p.type})"]
    for label, value in [("state", p.state), ("part of", p.part_of), ("population", p.population),
                         ("aliases", ", ".join(p.aliases)), ("genitives", ", ".join(p.genitives)),
                         ("epithets", ", ".join(p.epithets)), ("demonyms", ", ".join(p.demonyms)), ("note", p.note)]:
        if value:
            lines.append(f"  {label}: {value}")
    flags = [f for f, on in [("Großstadt", p.grossstadt), ("kreisfreie Stadt", p.kreisfrei),
                             ("ambiguous (also a common word or a name)", p.ambiguous)] if on]
    if flags:
        lines.append(f"  {', '.join(flags)}")
    if p.geonameid:
        lines.append(f"  source: GeoNames {p.geonameid} (https://www.geonames.org/{p.geonameid}), CC BY 4.0, "
                     "with articleparse's places_overrides.yaml")
    else:
        lines.append("  source: articleparse places_overrides.yaml (hand-curated; see places.SOURCE.txt)")
    return "\n".join(lines)
