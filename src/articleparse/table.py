"""Readable tables of placements, movements and checks for a person at a terminal (rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from articleparse.report import Report


def print_tables(reports: list[Report]) -> None:
    console = Console()
    for report in reports:
        console.rule(f"{report.document.id}  ({report.document.chars} characters)")
        for error in report.errors:
            console.print(f"[red]error {error.code}: {error.message}[/red]")
        placements = Table("entity", "ranking", "category", "year", "rank", "total", "score", "derived", "evidence", title="Placements")
        for p in report.placements:
            placements.add_row(p.entity, p.ranking or "", p.category or "–", str(p.year or ""), str(p.rank),
                               str(p.total or ""), "" if p.score is None else f"{p.score:g}", "yes" if p.derived else "",
                               p.evidence.text)
        console.print(placements)
        if report.movements:
            movements = Table("entity", "ranking", "category", "from", "to", "places", "evidence", title="Movements")
            for m in report.movements:
                movements.add_row(m.entity, m.ranking or "", m.category or "–", str(m.from_year or ""),
                                  str(m.to_year or ""), f"{m.places:+d}", m.evidence.text)
            console.print(movements)
        if report.checks:
            checks = Table("status", "check", "message", title="Checks")
            colour = {"pass": "green", "fail": "red", "warn": "yellow"}
            for c in sorted(report.checks, key=lambda c: {"fail": 0, "warn": 1, "pass": 2}[c.status]):
                checks.add_row(f"[{colour[c.status]}]{c.status}[/]", c.name, c.message)
            console.print(checks)
