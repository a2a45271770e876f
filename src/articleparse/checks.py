"""Consistency checks: each a small named rule over the assembled records and the knowledge.

A rule is a function decorated with `@rule("name")` that yields `Check`s (pass / fail / warn, a message a
person understands, the evidence spans). Adding a check is adding one such function.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from articleparse.assembly import Draft
from articleparse.knowledge import Knowledge
from articleparse.report import Check

RULES: list[tuple[str, Callable]] = []


def rule(name: str):
    def register(fn):
        RULES.append((name, fn))
        return fn

    return register


def run_checks(draft: Draft, knowledge: Knowledge) -> list[Check]:
    return [check for name, fn in RULES for check in fn(name, draft, knowledge)]


def _known_total(knowledge: Knowledge, ranking: str | None, year: int | None) -> int | None:
    info = knowledge.ranking(ranking)
    edition = info.edition(year) if info else None
    return edition.total if edition else None


def _total(draft: Draft, knowledge: Knowledge, ranking, year) -> tuple[int | None, str]:
    written = draft.text_totals.get((ranking, year))
    if written:
        return written[0], "written"
    return _known_total(knowledge, ranking, year), "known"


def _label(ranking, category, year) -> str:
    parts = [ranking or "the ranking"]
    if category:
        parts.append(f"({category})")
    if year:
        parts.append(str(year))
    return " ".join(parts)


@rule("rank within total")
def rank_within_total(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    for p in draft.placements:
        total, how = _total(draft, knowledge, p.ranking, p.year)
        if total is None:
            continue
        where = f"{p.entity} on rank {p.rank} of {_label(p.ranking, p.category, p.year)}"
        if p.rank <= total:
            yield Check(name=name, status="pass", message=f"{where} is within the {how} total of {total}.", evidence=[p.evidence])
        else:
            yield Check(name=name, status="fail", message=f"{where} is impossible: the {how} total is {total}.", evidence=[p.evidence])


@rule("written total equals known total")
def written_total_equals_known(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    for (ranking, year), (total, evidence) in draft.text_totals.items():
        known = _known_total(knowledge, ranking, year)
        if known is None:
            continue
        label = _label(ranking, None, year)
        if total == known:
            yield Check(name=name, status="pass", message=f"The text says {total} for {label}, as known.", evidence=[evidence])
        else:
            yield Check(name=name, status="fail", message=f"The text says {total} for {label}, but it ranks {known}.", evidence=[evidence])


APPROX = {
    "gut": lambda n, t: n < t <= n * 1.15, "über": lambda n, t: t > n, "mehr": lambda n, t: t > n,
    "rund": lambda n, t: abs(t - n) <= max(1, n * 0.1), "etwa": lambda n, t: abs(t - n) <= max(1, n * 0.1),
    "ungefähr": lambda n, t: abs(t - n) <= max(1, n * 0.1), "circa": lambda n, t: abs(t - n) <= max(1, n * 0.1),
    "ca.": lambda n, t: abs(t - n) <= max(1, n * 0.1),
    "knapp": lambda n, t: n * 0.85 <= t < n, "fast": lambda n, t: n * 0.85 <= t < n,
    "annähernd": lambda n, t: n * 0.85 <= t <= n, "weniger": lambda n, t: t < n,
}


@rule("approximate total agrees")
def approximate_total_agrees(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    for ranking, year, word, number, evidence in draft.approx_totals:
        total, how = _total(draft, knowledge, ranking, year)
        if total is None:
            continue
        phrase = f"'{word} {number}'" if word not in ("mehr", "weniger") else f"'{word} als {number}'"
        agrees = APPROX.get(word, APPROX["rund"])(number, total)
        yield Check(
            name=name, status="pass" if agrees else "fail",
            message=f"{phrase} {'agrees' if agrees else 'does not agree'} with the {how} total of {total} for {_label(ranking, None, year)}.",
            evidence=[evidence],
        )


@rule("claim agrees with rank and total")
def claim_agrees(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    by_key = defaultdict(list)
    for p in draft.placements:
        by_key[(p.entity, p.ranking, p.category, p.year)].append(p)
    for c in draft.claims:
        ranks = by_key.get((c.entity, c.ranking, c.category, c.year))
        if not ranks:
            continue
        placement = next((p for p in ranks if not p.derived), ranks[0])
        rank = placement.rank
        total, how = _total(draft, knowledge, c.ranking, c.year)
        if c.kind == "top":
            ok, says = (rank <= c.n if c.n else total is None or rank <= total / 2), f"top {c.n or 'half'}"
        elif c.kind == "first":
            ok, says = rank == 1, "first place"
        elif total is None:
            continue
        elif c.kind == "last":
            ok, says = rank == total, "last place"
        else:
            from_end = total - rank + 1
            ok, says = (from_end <= c.n if c.n else rank > total / 2), f"bottom {c.n or 'half'}"
        detail = f"rank {rank}" + (f" of {total} ({total - rank + 1}. from last)" if total else "")
        yield Check(
            name=name, status="pass" if ok else "fail",
            message=f"'{c.evidence.text}' ({says}) {'agrees' if ok else 'does not agree'} with {c.entity} on {detail} in {_label(c.ranking, c.category, c.year)}.",
            evidence=[c.evidence, placement.evidence],
        )


@rule("movement agrees with ranks")
def movement_agrees(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    stated = {(p.entity, p.ranking, p.category, p.year): p for p in draft.placements if not p.derived}
    for m in draft.movements:
        before = stated.get((m.entity, m.ranking, m.category, m.from_year))
        after = stated.get((m.entity, m.ranking, m.category, m.to_year))
        if not before or not after:
            continue
        ok = before.rank - after.rank == m.places
        yield Check(
            name=name, status="pass" if ok else "fail",
            message=f"{m.entity} moved {m.places:+d} places in {_label(m.ranking, m.category, None)}: "
                    f"rank {before.rank} in {m.from_year} and {after.rank} in {m.to_year} "
                    f"{'agree' if ok else f'make {before.rank - after.rank:+d}'}.",
            evidence=[m.evidence, before.evidence, after.evidence],
        )


@rule("one rank per entity and edition")
def one_rank_per_entity(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    ranks = defaultdict(list)
    for p in draft.placements:
        ranks[(p.entity, p.ranking, p.category, p.year)].append(p)
    for (entity, ranking, category, year), found in ranks.items():
        values = sorted({p.rank for p in found})
        if len(values) > 1:
            yield Check(name=name, status="fail",
                        message=f"{entity} has different ranks in {_label(ranking, category, year)}: {', '.join(map(str, values))}.",
                        evidence=[p.evidence for p in found])


@rule("category exists in edition")
def category_exists(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    seen = set()
    for p in draft.placements:
        info = knowledge.ranking(p.ranking)
        if not p.category or not info or (p.ranking, p.category, p.year) in seen:
            continue
        seen.add((p.ranking, p.category, p.year))
        categories = info.categories_in(p.year)
        if p.category not in categories:
            yield Check(name=name, status="fail",
                        message=f"{p.ranking} {p.year or ''} has no category '{p.category}' (it has: {', '.join(categories)}).".replace("  ", " "),
                        evidence=[p.evidence])


@rule("edition year exists")
def edition_exists(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    seen = set()
    for record in [*draft.placements, *draft.claims]:
        info = knowledge.ranking(record.ranking)
        if record.year is None or not info or not info.editions or (record.ranking, record.year) in seen:
            continue
        seen.add((record.ranking, record.year))
        years = sorted(e.year for e in info.editions)
        if record.year not in years:
            first = f"first edition {years[0]}" if record.year < years[0] else f"known editions: {', '.join(map(str, years))}"
            yield Check(name=name, status="fail", message=f"{record.ranking} has no {record.year} edition ({first}).",
                        evidence=[record.evidence])


@rule("no two entities on one rank")
def no_collision(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    holders = defaultdict(list)
    for p in draft.placements:
        holders[(p.ranking, p.category, p.year, p.rank)].append(p)
    for (ranking, category, year, rank), found in holders.items():
        entities = sorted({p.entity for p in found})
        if len(entities) > 1 and (ranking, category, year, rank) not in draft.ties:
            yield Check(name=name, status="fail",
                        message=f"{' and '.join(entities)} are both on rank {rank} of {_label(ranking, category, year)}, and no tie is stated.",
                        evidence=[p.evidence for p in found])


@rule("movement direction agrees with ranks")
def direction_agrees(name, draft: Draft, knowledge: Knowledge) -> Iterator[Check]:
    for entity, direction, places, evidence in draft.directions:
        if places == 0:
            continue
        worded = "climbed" if direction > 0 else "fell back"
        ok = (places > 0) == (direction > 0)
        by_ranks = f"the ranks show {'a climb' if places > 0 else 'a fall'} of {abs(places)}"
        yield Check(name=name, status="pass" if ok else "fail",
                    message=f"'{evidence.text}' says {entity} {worded}; {by_ranks}.", evidence=[evidence])
