"""Mutation tests of the consistency checks: one fact changed in a correct corpus article, exactly the expected check fails.

Each case takes a train article whose report has no failing check, replaces one string (which must occur exactly
once, so a changed corpus text fails loudly), and asserts that the names of the failing checks are exactly the
expected set and that a failing message of each expected check names the changed figure.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from articleparse.read import read_file

TRAIN = Path(__file__).resolve().parents[1] / "corpus" / "train"

LEVERKUSEN = "agentur-001-leverkusen-sci-2025"
NRW = "agentur-022-nrw-sci-2025"
MUENCHEN_2023 = "agentur-007-sci-2023-muenchen-loest-hamburg-ab"
HAGEN = "agentur-014-hagen-sci-2020"
ESSEN_TOP20 = "agentur-020-essen-sci-2024-top-20"
DRESDEN = "agentur-031-sci-2022-dresden-podest"
BOCHUM = "lokal-002-bochum-sci-2024"
AACHEN = "lokal-020-aachen-sci-2023"
ESSEN = "lokal-032-essen-sci-2025"
MUENCHEN = "magazin-001-muenchen-sci-2024"
METHODIK = "magazin-028-ranking-methodik"
TUM = "pm-007-tum-the-2025"

RANK = "rank within total"
WRITTEN = "written total equals known total"
APPROX = "approximate total agrees"
CLAIM = "claim agrees with rank and total"
MOVEMENT = "movement agrees with ranks"
DIRECTION = "movement direction agrees with ranks"
ONE_RANK = "one rank per entity and edition"
CATEGORY = "category exists in edition"
EDITION = "edition year exists"
COLLISION = "no two entities on one rank"

# (file, old, new, expected failing checks, text every expected check's failing message must contain)
MUTATIONS = [
    # rank above total
    pytest.param(LEVERKUSEN, "Platz 74 von 83", "Platz 90 von 83", {RANK}, "rank 90", id="rank-90-of-83"),
    pytest.param(HAGEN, "Platz 56 von insgesamt 81", "Platz 82 von insgesamt 81", {RANK}, "rank 82", id="rank-82-of-81"),
    pytest.param(DRESDEN, "Platz 74 von 81", "Platz 88 von 81", {RANK}, "rank 88", id="rank-88-of-81"),
    pytest.param(BOCHUM, "Gelsenkirchen (Platz 46)", "Gelsenkirchen (Platz 86)", {RANK}, "rank 86", id="list-rank-86-of-82"),
    pytest.param(LEVERKUSEN, "erreicht Leverkusen Rang 41", "erreicht Leverkusen Rang 88", {RANK}, "rank 88",
                 id="category-rank-88-of-83"),
    # a wrong total
    pytest.param(HAGEN, "von insgesamt 81", "von insgesamt 80", {WRITTEN}, "says 80", id="total-80-not-81"),
    pytest.param(AACHEN, "aller 81 Großstädte", "aller 80 Großstädte", {WRITTEN}, "says 80", id="total-80-not-81-at-end"),
    # the written total is the one the claim is measured against: rank 74 of 85 is 12th from last, not bottom ten
    pytest.param(LEVERKUSEN, "von 83 Großstädten", "von 85 Großstädten", {WRITTEN, CLAIM}, "85", id="total-85-not-83"),
    pytest.param(METHODIK, "gut 80 Großstädte", "gut 60 Großstädte", {APPROX}, "'gut 60'", id="gut-60-of-83"),
    # a claim the rank contradicts
    pytest.param(LEVERKUSEN, "Platz 74 von", "Platz 60 von", {CLAIM}, "rank 60 of 83", id="letzten-zehn-rank-60-of-83"),
    pytest.param(ESSEN_TOP20, "Platz 20 von 82", "Platz 25 von 82", {CLAIM}, "rank 25 of 82", id="besten-20-rank-25"),
    # a movement that contradicts the two ranks
    pytest.param(AACHEN, "verbessert sich damit um zwei Plätze", "verbessert sich damit um drei Plätze", {MOVEMENT}, "+3",
                 id="um-drei-plaetze-7-to-5"),
    pytest.param(AACHEN, "auf Rang sieben gelegen", "auf Rang neun gelegen", {MOVEMENT}, "rank 9 in 2022",
                 id="rank-9-to-5-um-zwei"),
    pytest.param(AACHEN, "verbessert sich damit um zwei Plätze", "verschlechtert sich damit um zwei Plätze", {MOVEMENT}, "-2",
                 id="verschlechtert-7-to-5"),
    pytest.param(ESSEN, "hat sich Essen um fünf Plätze verbessert", "hat sich Essen um acht Plätze verbessert", {MOVEMENT}, "+8",
                 id="um-acht-plaetze-20-to-15"),
    pytest.param(TUM, "auf Platz 30 gelegen", "auf Platz 33 gelegen", {MOVEMENT}, "rank 33 in 2024", id="um-vier-33-to-26"),
    pytest.param(MUENCHEN, "Heidelberg rutscht von Platz 12 auf 15 ab", "Heidelberg rutscht um zwei Plätze von Platz 12 auf 15 ab",
                 {MOVEMENT}, "-2", id="um-zwei-von-12-auf-15"),
    pytest.param(MUENCHEN, "Heidelberg rutscht von Platz 12 auf 15 ab", "Heidelberg rutscht von Platz 18 auf 15 ab", {DIRECTION},
                 "climb of 3", id="rutscht-ab-von-18-auf-15"),
    pytest.param(AACHEN, "Bochum, im Vorjahr noch Achter", "Bochum, im Vorjahr noch Zwölfter", {DIRECTION}, "climb of 1",
                 id="faellt-von-12-auf-11"),
    # an edition year before the ranking existed
    # (not the Leverkusen or Aachen article: there an earlier edition also makes the ranks they tell for other years
    # contradict their worded movement, a second contradiction the movement check rightly reports)
    pytest.param(NRW, "Smart City Index 2025", "Smart City Index 2017", {EDITION}, "2017", id="edition-2017"),
    pytest.param(HAGEN, "Smart City Index 2020", "Smart City Index 2015", {EDITION}, "2015", id="edition-2015"),
    pytest.param(MUENCHEN_2023, "Smart City Index 2023", "Smart City Index 2018", {EDITION}, "2018", id="edition-2018"),
    # a category the edition lacks
    pytest.param(DRESDEN, "Themenfeld Gesellschaft steht", "Themenfeld Gesellschaft und Bildung steht", {CATEGORY},
                 "'Gesellschaft und Bildung'", id="bildung-in-2022"),
    pytest.param(LEVERKUSEN, "Teilbereich Gesellschaft und Bildung ab", "Teilbereich Gesellschaft ab", {CATEGORY},
                 "'Gesellschaft'", id="gesellschaft-in-2025"),
    # two entities on one rank
    pytest.param(HAGEN, "Recklinghausen kommt auf Rang 51", "Recklinghausen kommt auf Rang 22", {COLLISION},
                 "Gelsenkirchen and Recklinghausen are both on rank 22", id="two-on-rank-22"),
    pytest.param(BOCHUM, "Dortmund (Platz 22)", "Dortmund (Platz 20)", {COLLISION}, "Dortmund and Essen are both on rank 20",
                 id="two-on-rank-20-in-list"),
    pytest.param(AACHEN, "Nürnberg (4. / 80,1 Punkte)", "Nürnberg (3. / 80,1 Punkte)", {COLLISION},
                 "Köln and Nürnberg are both on rank 3", id="two-on-rank-3-in-list"),
    pytest.param(DRESDEN, "Nürnberg (6.)", "Nürnberg (5.)", {COLLISION}, "Nürnberg and Stuttgart are both on rank 5",
                 id="two-on-rank-5-after-dahinter-folgen"),
]

FILES = sorted({case.values[0] for case in MUTATIONS})


def text_of(name: str) -> str:
    return read_file(TRAIN / f"{name}.txt")


def failing(report) -> dict[str, list[str]]:
    """Names of failing checks with their messages."""
    found: dict[str, list[str]] = {}
    for check in report.checks:
        if check.status == "fail":
            found.setdefault(check.name, []).append(check.message)
    return found


@pytest.mark.parametrize("name", FILES)
def test_unchanged_article_has_no_failing_check(extractor, name):
    assert failing(extractor.parse(text_of(name))) == {}


@pytest.mark.parametrize(("name", "old", "new", "expected", "figure"), MUTATIONS)
def test_one_changed_fact_fails_exactly_the_expected_check(extractor, name, old, new, expected, figure):
    text = text_of(name)
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {name}"
    fails = failing(extractor.parse(text.replace(old, new)))
    assert set(fails) == expected
    for check in expected:
        assert any(figure in message for message in fails[check]), (check, figure, fails[check])
