"""End to end: short German articles written for these tests, through `Extractor.parse`, to the records
a reader would take from them (stated and derived placements, movements, claims, themes, checks)."""
from __future__ import annotations

import pytest

from articleparse.report import Report

SCI = "Smart City Index"

LEVERKUSEN = """Digitalranking: Leverkusen bleibt hinten

Der Digitalverband Bitkom bewertet jedes Jahr gut 80 deutsche Großstädte.

Leverkusen bleibt im Smart-City-Index 2025 unter den letzten zehn. Nach Angaben des Verbands kommt Leverkusen auf Platz 74 von insgesamt 83, ein Platz schlechter als im Jahr zuvor. 2023 hatte die Stadt auf Platz 70 gelegen.

Im Themenfeld „Energie und Umwelt“ sieht es besser aus: Hier verbessert sich die Stadt, verglichen mit 2024, um 14 Plätze und kommt auf Rang 41.

Beim Thema „Gesellschaft und Bildung“ liegt Leverkusen dagegen weit hinten. Sie ist 70., hinter Hagen und vor Solingen.
"""

MUENCHEN = """Smart City Index: München vorn

Stand: 24. September 2024

Spitzenreiter im Smart-City-Index 2024 ist München, gefolgt von Hamburg und Köln. Schlusslicht ist Salzgitter.

Unter den Städten im Revier schneidet Dortmund (Platz 10, Vorjahr: 13) am besten ab.
"""

NO_RANKING = """Neues Fahrradparkhaus

In Essen hat ein Fahrradparkhaus eröffnet. Es bietet Platz für 83 Räder, 74 Prozent davon mit Ladestrom.
"""


@pytest.fixture(scope="module")
def leverkusen(extractor) -> Report:
    return extractor.parse(LEVERKUSEN, doc_id="leverkusen")


@pytest.fixture(scope="module")
def muenchen(extractor) -> Report:
    return extractor.parse(MUENCHEN, doc_id="muenchen")


def _placements(report: Report) -> set[tuple]:
    return {(p.entity, p.category, p.year, p.rank, p.derived) for p in report.placements}


def test_leverkusen_placements(leverkusen):
    assert _placements(leverkusen) == {
        ("Leverkusen", None, 2025, 74, False),
        ("Leverkusen", None, 2024, 73, True),          # "ein Platz schlechter als im Jahr zuvor"
        ("Leverkusen", None, 2023, 70, False),
        ("Leverkusen", "Energie und Umwelt", 2025, 41, False),
        ("Leverkusen", "Energie und Umwelt", 2024, 55, True),  # "verglichen mit 2024 … um 14 Plätze"
        ("Leverkusen", "Gesellschaft und Bildung", 2025, 70, False),
        ("Hagen", "Gesellschaft und Bildung", 2025, 69, True),    # "hinter Hagen"
        ("Solingen", "Gesellschaft und Bildung", 2025, 71, True),  # "vor Solingen"
    }
    assert {p.ranking for p in leverkusen.placements} == {SCI}


def test_leverkusen_derived_placements_say_where_they_come_from(leverkusen):
    derived = {(p.entity, p.year, p.category): p.derived_from for p in leverkusen.placements if p.derived}
    assert derived[("Leverkusen", 2024, None)] == "rank 74 in 2025 and a movement of -1"
    assert derived[("Leverkusen", 2024, "Energie und Umwelt")] == "rank 41 in 2025 and a movement of +14"
    assert derived[("Hagen", 2025, "Gesellschaft und Bildung")] == "neighbour of Leverkusen on rank 70"


def test_leverkusen_movements(leverkusen):
    assert {(m.entity, m.category, m.from_year, m.to_year, m.places, m.evidence.text) for m in leverkusen.movements} == {
        ("Leverkusen", None, 2024, 2025, -1, "ein Platz schlechter"),
        ("Leverkusen", "Energie und Umwelt", 2024, 2025, 14, "um 14 Plätze"),
    }


def test_leverkusen_claims_themes_rankings_entities(leverkusen):
    assert [(c.entity, c.category, c.year, c.kind, c.n) for c in leverkusen.claims] == [("Leverkusen", None, 2025, "bottom", 10)]
    assert {(t.name, t.explicit, t.rank) for t in leverkusen.themes} == {
        ("Energie und Umwelt", True, 41), ("Gesellschaft und Bildung", True, 70)}
    current = next(r for r in leverkusen.rankings if r.year == 2025)
    assert (current.name, current.publisher, current.total, current.total_source) == (SCI, "Bitkom", 83, "text")
    assert {(e.name, e.type) for e in leverkusen.entities} == {
        ("Leverkusen", "city"), ("Hagen", "city"), ("Solingen", "city"), ("Bitkom", "organization")}


def test_leverkusen_checks_pass(leverkusen):
    assert [c.message for c in leverkusen.checks if c.status != "pass"] == []
    passed = {c.name for c in leverkusen.checks}
    assert {"rank within total", "written total equals known total", "approximate total agrees",
            "claim agrees with rank and total"} <= passed


def test_muenchen_first_last_list_and_parenthesis(muenchen):
    assert _placements(muenchen) == {
        ("München", None, 2024, 1, False), ("Hamburg", None, 2024, 2, False), ("Köln", None, 2024, 3, False),
        ("Dortmund", None, 2024, 10, False), ("Dortmund", None, 2023, 13, False),
    }
    assert [(m.entity, m.from_year, m.to_year, m.places) for m in muenchen.movements] == [("Dortmund", 2023, 2024, 3)]
    assert {(c.entity, c.kind) for c in muenchen.claims} == {("München", "first"), ("Salzgitter", "last")}
    assert muenchen.document.published == "2024-09-24"
    assert [c.message for c in muenchen.checks if c.status != "pass"] == []


def test_schlusslicht_without_a_written_total_is_a_claim_not_a_rank(muenchen):
    """Ranks come from the text (corpus/WRITING.md): the known total (82) is not used to invent rank 82."""
    assert ("Salzgitter", "last", 1) in {(c.entity, c.kind, c.n) for c in muenchen.claims}
    assert "Salzgitter" not in {p.entity for p in muenchen.placements}


def test_claim_after_a_sentence_about_an_earlier_year(extractor):
    """"2023 hatte die Stadt …" does not date the next sentence's claim about the current edition."""
    text = ("Smart City Index\n\nIm Smart-City-Index 2025 steht Leverkusen auf Platz 74 von insgesamt 83. "
            "2023 hatte die Stadt auf Platz 70 gelegen. Damit bleibt Leverkusen unter den letzten zehn.\n")
    report = extractor.parse(text)
    assert [(c.year, c.kind, c.n) for c in report.claims] == [(2025, "bottom", 10)]


def test_text_without_a_ranking_gives_no_records(extractor):
    report = extractor.parse(NO_RANKING)
    assert (report.placements, report.movements, report.claims, report.rankings) == ([], [], [], [])
    assert [e.name for e in report.entities] == ["Essen"]


def _spans(value):
    """Every Span (a dict with start, end and text) anywhere in a dumped report."""
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            yield value
        else:
            for item in value.values():
                yield from _spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)


@pytest.mark.parametrize("text", [pytest.param(LEVERKUSEN, id="leverkusen"), pytest.param(MUENCHEN, id="muenchen"),
                                  pytest.param(NO_RANKING, id="no-ranking")])
def test_every_span_slices_the_text(extractor, text):
    report = extractor.parse(text)
    spans = list(_spans(report.model_dump()))
    assert spans
    assert [s for s in spans if text[s["start"]:s["end"]] != s["text"] or not s["text"]] == []


@pytest.mark.parametrize("text", [pytest.param(LEVERKUSEN, id="leverkusen"), pytest.param(MUENCHEN, id="muenchen")])
def test_same_input_gives_byte_identical_json(extractor, text):
    from articleparse.api import Extractor

    first = extractor.parse(text, doc_id="x").to_json()
    assert extractor.parse(text, doc_id="x").to_json() == first
    assert Extractor().parse(text, doc_id="x").to_json() == first


def test_document_record(leverkusen):
    import hashlib

    doc = leverkusen.document
    assert (doc.id, doc.chars, doc.language, doc.title) == ("leverkusen", len(LEVERKUSEN), "de", "Digitalranking: Leverkusen bleibt hinten")
    assert doc.sha256 == hashlib.sha256(LEVERKUSEN.encode()).hexdigest()
    assert leverkusen.errors == []


def test_parse_many_keeps_order(extractor):
    reports = list(extractor.parse_many([("b", MUENCHEN), ("a", LEVERKUSEN)]))
    assert [r.document.id for r in reports] == ["b", "a"]
    assert reports[1].to_json() == extractor.parse(LEVERKUSEN, doc_id="a").to_json()


def test_module_level_parse():
    import articleparse

    report = articleparse.parse(MUENCHEN, source="muenchen.txt")
    assert report.document.id == "muenchen"
    assert ("München", None, 2024, 1, False) in _placements(report)
