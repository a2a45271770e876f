"""Consistency checks: each rule with small drafts that pass and fail, and a few real texts end to end."""
from __future__ import annotations

import pytest

from articleparse import checks
from articleparse.assembly import Draft
from articleparse.knowledge import Knowledge
from articleparse.report import Claim, Movement, Placement, Span

SCI = "Smart City Index"  # editions 2019-2025 in the shipped knowledge; 2025: 83 cities, 2024: 82
EV = Span(start=0, end=5, text="Platz")


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge.builtin()


def place(entity="Kiel", rank=74, year=2025, category=None, ranking=SCI, derived=False) -> Placement:
    return Placement(entity=entity, ranking=ranking, category=category, year=year, rank=rank, derived=derived, evidence=EV)


def statuses(rule: str, draft: Draft, knowledge: Knowledge) -> list[str]:
    fn = dict(checks.RULES)[rule]
    return [c.status for c in fn(rule, draft, knowledge)]


def test_every_rule_is_tested():
    tested = {case.values[0] for case in CASES}
    assert tested == {name for name, _ in checks.RULES}


CASES = [
    # rank within total
    pytest.param("rank within total", Draft(placements=[place(rank=74)], text_totals={(SCI, 2025): (83, EV)}), ["pass"], id="rank-below-written-total"),
    pytest.param("rank within total", Draft(placements=[place(rank=84)], text_totals={(SCI, 2025): (83, EV)}), ["fail"], id="rank-above-written-total"),
    pytest.param("rank within total", Draft(placements=[place(rank=83)]), ["pass"], id="rank-equals-known-total"),
    pytest.param("rank within total", Draft(placements=[place(rank=83, year=2024)]), ["fail"], id="rank-above-known-total"),
    pytest.param("rank within total", Draft(placements=[place(rank=900, ranking="Unbekanntes Ranking")]), [], id="no-total-no-check"),
    # written total equals known total
    pytest.param("written total equals known total", Draft(text_totals={(SCI, 2025): (83, EV)}), ["pass"], id="written-total-right"),
    pytest.param("written total equals known total", Draft(text_totals={(SCI, 2025): (82, EV)}), ["fail"], id="written-total-wrong"),
    pytest.param("written total equals known total", Draft(text_totals={("Unbekanntes Ranking", 2025): (82, EV)}), [], id="written-total-unknown"),
    # approximate total agrees
    pytest.param("approximate total agrees", Draft(approx_totals=[(SCI, 2025, "gut", 80, EV)]), ["pass"], id="gut-80-of-83"),
    pytest.param("approximate total agrees", Draft(approx_totals=[(SCI, 2025, "gut", 60, EV)]), ["fail"], id="gut-60-of-83"),
    pytest.param("approximate total agrees", Draft(approx_totals=[(SCI, 2025, "knapp", 90, EV)]), ["pass"], id="knapp-90-of-83"),
    pytest.param("approximate total agrees", Draft(approx_totals=[(SCI, 2025, "knapp", 80, EV)]), ["fail"], id="knapp-80-of-83"),
    pytest.param("approximate total agrees", Draft(approx_totals=[(SCI, 2025, "rund", 80, EV)]), ["pass"], id="rund-80-of-83"),
    pytest.param("approximate total agrees", Draft(approx_totals=[(SCI, 2025, "mehr", 100, EV)]), ["fail"], id="mehr-als-100-of-83"),
    # claim agrees with rank and total
    pytest.param("claim agrees with rank and total",
                 Draft(placements=[place(rank=74)], claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="bottom", n=10, evidence=EV)]),
                 ["pass"], id="bottom-10-rank-74-of-83"),
    pytest.param("claim agrees with rank and total",
                 Draft(placements=[place(rank=60)], claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="bottom", n=10, evidence=EV)]),
                 ["fail"], id="bottom-10-rank-60-of-83"),
    pytest.param("claim agrees with rank and total",
                 Draft(placements=[place(rank=3)], claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="top", n=10, evidence=EV)]),
                 ["pass"], id="top-10-rank-3"),
    pytest.param("claim agrees with rank and total",
                 Draft(placements=[place(rank=2)], claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="first", n=1, evidence=EV)]),
                 ["fail"], id="first-but-rank-2"),
    pytest.param("claim agrees with rank and total",
                 Draft(placements=[place(rank=83)], claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="last", n=1, evidence=EV)]),
                 ["pass"], id="last-rank-83-of-83"),
    pytest.param("claim agrees with rank and total",
                 Draft(claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="bottom", n=10, evidence=EV)]),
                 [], id="claim-without-rank-no-check"),
    # movement direction agrees with ranks ("rutscht von Platz 12 auf 15 ab")
    pytest.param("movement direction agrees with ranks", Draft(directions=[("Kiel", -1, -3, EV)]), ["pass"], id="falls-and-ranks-fall"),
    pytest.param("movement direction agrees with ranks", Draft(directions=[("Kiel", -1, 3, EV)]), ["fail"], id="falls-but-ranks-climb"),
    pytest.param("movement direction agrees with ranks", Draft(directions=[("Kiel", 1, 0, EV)]), [], id="no-change-no-check"),
    # movement agrees with ranks
    pytest.param("movement agrees with ranks",
                 Draft(placements=[place(rank=73, year=2024), place(rank=74)],
                       movements=[Movement(entity="Kiel", ranking=SCI, category=None, from_year=2024, to_year=2025, places=-1, evidence=EV)]),
                 ["pass"], id="movement-minus-1-agrees"),
    pytest.param("movement agrees with ranks",
                 Draft(placements=[place(rank=73, year=2024), place(rank=74)],
                       movements=[Movement(entity="Kiel", ranking=SCI, category=None, from_year=2024, to_year=2025, places=3, evidence=EV)]),
                 ["fail"], id="movement-contradicts-ranks"),
    pytest.param("movement agrees with ranks",
                 Draft(placements=[place(rank=73, year=2024, derived=True), place(rank=74)],
                       movements=[Movement(entity="Kiel", ranking=SCI, category=None, from_year=2024, to_year=2025, places=-1, evidence=EV)]),
                 [], id="movement-with-derived-rank-no-check"),
    # one rank per entity and edition
    pytest.param("one rank per entity and edition", Draft(placements=[place(rank=5), place(rank=5, category="Mobilität")]), [],
                 id="ranks-in-different-categories"),
    pytest.param("one rank per entity and edition", Draft(placements=[place(rank=5), place(rank=7)]), ["fail"], id="two-ranks-one-edition"),
    # category exists in edition
    pytest.param("category exists in edition", Draft(placements=[place(rank=5, category="Gesellschaft und Bildung")]), [],
                 id="category-in-2025"),
    pytest.param("category exists in edition", Draft(placements=[place(rank=5, year=2020, category="Gesellschaft und Bildung")]), ["fail"],
                 id="category-missing-in-2020"),
    # edition year exists
    pytest.param("edition year exists", Draft(placements=[place(rank=5, year=2019)]), [], id="first-edition"),
    pytest.param("edition year exists", Draft(placements=[place(rank=5, year=2017)]), ["fail"], id="year-before-first-edition"),
    pytest.param("edition year exists",
                 Draft(claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2016, kind="top", n=10, evidence=EV)]), ["fail"],
                 id="claim-year-before-first-edition"),
    # no two entities on one rank
    pytest.param("no two entities on one rank", Draft(placements=[place("Kiel", 5), place("Bonn", 5)]), ["fail"], id="collision"),
    pytest.param("no two entities on one rank", Draft(placements=[place("Kiel", 5), place("Bonn", 5)], ties={(SCI, None, 2025, 5)}), [],
                 id="tie-stated"),
    pytest.param("no two entities on one rank", Draft(placements=[place("Kiel", 5), place("Bonn", 6)]), [], id="different-ranks"),
]


@pytest.mark.parametrize("rule, draft, expected", CASES)
def test_rule(knowledge, rule, draft, expected):
    assert statuses(rule, draft, knowledge) == expected


def test_failure_message_names_the_facts(knowledge):
    draft = Draft(placements=[place(rank=60)],
                  claims=[Claim(entity="Kiel", ranking=SCI, category=None, year=2025, kind="bottom", n=10, evidence=EV)])
    [check] = checks.run_checks(draft, knowledge)[1:]
    assert check.status == "fail"
    assert "rank 60 of 83" in check.message and "24. from last" in check.message


# End to end: the checks a reader of these short texts would expect to fail.
TEXT_HEAD = "Smart City Index 2025\n\n"


@pytest.mark.parametrize("body, rule", [
    pytest.param("Kiel liegt im Smart-City-Index 2025 auf Platz 90 von insgesamt 83.", "rank within total", id="rank-above-total"),
    pytest.param("Kiel liegt im Smart-City-Index 2025 auf Platz 20 von insgesamt 85.", "written total equals known total", id="wrong-total"),
    pytest.param("Der Smart-City-Index 2025 vergleicht gut 60 deutsche Großstädte. Kiel liegt auf Platz 20.", "approximate total agrees",
                 id="gut-60"),
    pytest.param("Kiel liegt im Smart-City-Index 2025 auf Platz 60 von insgesamt 83 und damit unter den letzten zehn.",
                 "claim agrees with rank and total", id="bottom-claim-vs-rank-60"),
    pytest.param("Kiel liegt im Smart-City-Index 2025 auf Platz 5. Bonn liegt im Smart-City-Index 2025 auf Platz 5.",
                 "no two entities on one rank", id="two-on-one-rank"),
])
def test_texts_with_a_failing_check(extractor, body, rule):
    report = extractor.parse(TEXT_HEAD + body)
    assert rule in [c.name for c in report.checks if c.status == "fail"]


def test_tie_in_text_is_no_collision(extractor):
    report = extractor.parse(TEXT_HEAD + "Kiel und Bonn teilen sich im Smart-City-Index 2025 den Platz 5.")
    assert sorted((p.entity, p.rank) for p in report.placements) == [("Bonn", 5), ("Kiel", 5)]
    assert [c for c in report.checks if c.status == "fail"] == []
