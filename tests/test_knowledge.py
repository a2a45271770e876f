"""The shipped knowledge (rankings catalogue, places), user knowledge files and the knowledge CLI."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articleparse.knowledge import (Knowledge, KnowledgeFile, KnowledgeFileError, Place, RankingInfo,
                                    load_knowledge_file)
from articleparse.knowledge_cli import find, knowledge_app

ROOT = Path(__file__).resolve().parents[1]
WRITING = ROOT / "corpus" / "WRITING.md"


@pytest.fixture(scope="module")
def k() -> Knowledge:
    return Knowledge.builtin()


def _writing_table() -> dict[str, list[str]]:
    """Ranking -> canonical categories, read from the table in corpus/WRITING.md."""
    text = WRITING.read_text(encoding="utf-8")
    table = text.split("## Canonical ranking names", 1)[1]
    out = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("ranking", "---") or set(cells[0]) <= {"-"}:
            continue
        cats = re.sub(r"\s*\([^)]*\)", "", cells[3])
        out[cells[0]] = [c.strip() for c in re.split(r"[;/]", cats) if c.strip() and c.strip() != "–"]
    return out


def _resolve(k: Knowledge, form: str) -> list[Place]:
    return find(k, form)[1]


# ---------------------------------------------------------------- places
@pytest.mark.parametrize("form, name, type_", [
    pytest.param("München", "München", "city", id="muenchen"),
    pytest.param("Münchens", "München", "city", id="genitive-muenchen"),
    pytest.param("Köln", "Köln", "city", id="koeln"),
    pytest.param("Frankfurt", "Frankfurt am Main", "city", id="frankfurt-short"),
    pytest.param("Frankfurts", "Frankfurt am Main", "city", id="frankfurt-genitive"),
    pytest.param("Frankfurt (Oder)", "Frankfurt (Oder)", "city", id="frankfurt-oder"),
    pytest.param("Leverkusens", "Leverkusen", "city", id="genitive-leverkusen"),
    pytest.param("Freiburg", "Freiburg im Breisgau", "city", id="freiburg"),
    pytest.param("Halle", "Halle (Saale)", "city", id="halle"),
    pytest.param("Mülheim", "Mülheim an der Ruhr", "city", id="muelheim"),
    pytest.param("Offenbach", "Offenbach am Main", "city", id="offenbach"),
    pytest.param("Ludwigshafen", "Ludwigshafen am Rhein", "city", id="ludwigshafen"),
    pytest.param("Oldenburg", "Oldenburg (Oldb)", "city", id="oldenburg"),
    pytest.param("Brandenburg", "Brandenburg", "state", id="brandenburg-state"),
    pytest.param("Brandenburgs", "Brandenburg", "state", id="brandenburg-genitive"),
    pytest.param("Brandenburg an der Havel", "Brandenburg an der Havel", "city", id="brandenburg-city"),
    pytest.param("Hagen", "Hagen", "city", id="hagen"),
    pytest.param("NRW", "Nordrhein-Westfalen", "state", id="nrw"),
    pytest.param("Rheinmetropole", "Köln", "city", id="epithet-koeln"),
    pytest.param("Isarmetropole", "München", "city", id="epithet-muenchen"),
    pytest.param("Dortmunder", "Dortmund", "city", id="demonym-dortmund"),
    pytest.param("Münsteraner", "Münster", "city", id="demonym-muenster"),
    pytest.param("Kreis Mettmann", "Kreis Mettmann", "county", id="kreis-mettmann"),
    pytest.param("Landkreis Mettmann", "Kreis Mettmann", "county", id="landkreis-mettmann"),
    pytest.param("Rhein-Sieg-Kreis", "Rhein-Sieg-Kreis", "county", id="rhein-sieg"),
    pytest.param("Rheinisch-Bergische Kreis", "Rheinisch-Bergischer Kreis", "county", id="rbk-inflected"),
    pytest.param("Landkreis München", "Landkreis München", "county", id="lk-muenchen"),
    pytest.param("Wiesdorf", "Wiesdorf", "district", id="wiesdorf"),
    pytest.param("Wien", "Wien", "city", id="wien"),
    pytest.param("Zürich", "Zürich", "city", id="zuerich"),
    pytest.param("Tokio", "Tokio", "city", id="tokio"),
])
def test_place_forms(k, form, name, type_):
    places = _resolve(k, form)
    assert [p.name for p in places] == [name]
    assert places[0].type == type_


@pytest.mark.parametrize("english", [pytest.param(n, id=n) for n in
                                     ["Munich", "Cologne", "Nuremberg", "Vienna", "Zurich", "Tokyo", "Geneva"]])
def test_no_english_canonical_names(k, english):
    assert english not in k.places


def test_hagen_is_the_grossstadt_in_nrw(k):
    hagen = k.place("Hagen")
    assert hagen.state == "Nordrhein-Westfalen" and hagen.grossstadt and hagen.ambiguous


def test_brandenburg_city_has_no_plain_alias(k):
    assert "Brandenburg" not in k.place("Brandenburg an der Havel").aliases


@pytest.mark.parametrize("name, state", [
    pytest.param("Berlin", "Berlin", id="berlin"), pytest.param("Hamburg", "Hamburg", id="hamburg"),
    pytest.param("Bremen", "Bremen", id="bremen"),
])
def test_city_states_stay_cities(k, name, state):
    p = k.place(name)
    assert p.type == "city" and p.state == state and p.note


@pytest.mark.parametrize("name, ambiguous", [
    pytest.param("Essen", True, id="essen"), pytest.param("Halle (Saale)", True, id="halle"),
    pytest.param("Worms", True, id="worms"), pytest.param("Hof", True, id="hof"),
    pytest.param("Leverkusen", False, id="leverkusen"), pytest.param("Bochum", False, id="bochum"),
])
def test_ambiguous(k, name, ambiguous):
    assert k.place(name).ambiguous is ambiguous


def test_no_genitive_for_names_ending_in_sibilants(k):
    for name in ("Mainz", "Neuss", "Paris", "Graz"):
        assert k.place(name).genitives == []


def test_bundeslaender_and_grossstaedte(k):
    states = {p.name for p in k.places.values() if p.type == "state"} | {"Berlin", "Hamburg", "Bremen"}
    assert len(states) == 16
    assert sum(1 for p in k.places.values() if p.grossstadt) == 83
    for p in k.places.values():
        assert p.state is None or p.state in states, p.name
        assert p.part_of is None or p.part_of in k.places, p.name


def test_foreign_cities_have_no_state(k):
    for name in ("Wien", "Kopenhagen", "Melbourne", "Singapur", "Damaskus", "Tripolis", "Kiew", "Bagdad", "New York"):
        assert k.place(name).type == "city" and k.place(name).state is None


def test_forms_unique_across_places(k):
    seen: dict[str, str] = {}
    for p in k.places.values():
        for form in dict.fromkeys([p.name, *p.aliases, *p.genitives, *p.epithets, *p.demonyms]):
            assert seen.setdefault(form, p.name) == p.name, f"{form!r}: {seen[form]} and {p.name}"


# ---------------------------------------------------------------- rankings
def test_every_writing_ranking_present_with_its_categories(k):
    table = _writing_table()
    assert len(table) >= 18
    for name, categories in table.items():
        assert name in k.rankings, name
        assert set(categories) <= set(k.rankings[name].categories), name


@pytest.mark.parametrize("year, total", [
    pytest.param(y, t, id=str(y)) for y, t in
    [(2019, 81), (2020, 81), (2021, 81), (2022, 81), (2023, 81), (2024, 82), (2025, 83)]])
def test_smart_city_index_totals(k, year, total):
    assert k.ranking("Smart City Index").edition(year).total == total


@pytest.mark.parametrize("year, category", [
    pytest.param(2022, "Gesellschaft", id="2022"), pytest.param(2023, "Gesellschaft und Bildung", id="2023")])
def test_smart_city_index_categories_by_year(k, year, category):
    assert category in k.ranking("Smart City Index").categories_in(year)


@pytest.mark.parametrize("ranking, place, year, category", [
    pytest.param("Fahrradklima-Test", "Münster", 2024, "200.000 bis 500.000 Einwohner", id="adfc-class-by-population"),
    pytest.param("Fahrradklima-Test", "Berlin", 2024, "über 500.000 Einwohner", id="adfc-largest-class"),
    pytest.param("Fahrradklima-Test", "Erlangen", 2024, "100.000 bis 200.000 Einwohner", id="adfc-lower-bound-inside"),
    pytest.param("Fahrradklima-Test", "Münster", 2016, "über 200.000 Einwohner", id="adfc-classes-of-an-older-edition"),
    pytest.param("Smart City Index", "Münster", 2024, None, id="a-ranking-with-an-overall-table-has-no-size-class"),
])
def test_size_class_of_a_place(k, ranking, place, year, category):
    assert k.ranking(ranking).size_class(k.place(place).population, year) == category


@pytest.mark.parametrize("ranking, years", [
    pytest.param("Mercer Quality of Living", [2016, 2017, 2018, 2019, 2023, 2024], id="annual-but-its-paused-years"),
    pytest.param("Global Liveability Index", [2018, 2019, 2021, 2022, 2023, 2024, 2025], id="annual-without-2020"),
    pytest.param("IW-Städteranking", list(range(2016, 2026)), id="annual-with-editions-of-unknown-facts-between"),
    pytest.param("Zukunftsatlas", [2016, 2019, 2022, 2025], id="not-annual-only-the-listed-editions"),
    pytest.param("Bildungsmonitor", [], id="no-editions-listed"),
])
def test_edition_years(k, ranking, years):
    assert k.ranking(ranking).edition_years() == years


@pytest.mark.parametrize("ranking, year, total", [
    pytest.param("Zukunftsatlas", 2016, 402, id="zukunftsatlas-2016"),
    pytest.param("Zukunftsatlas", 2025, 400, id="zukunftsatlas-2025"),
    pytest.param("Fahrradklima-Test", 2022, 1114, id="adfc-2022"),
    pytest.param("IW-Städteranking", 2024, 72, id="iw-2024"),
    pytest.param("Global Liveability Index", 2025, 173, id="eiu-2025"),
    pytest.param("Haselhorst Smart-City-Ranking", 2025, 417, id="haselhorst-2025"),
    pytest.param("Glücksatlas-Städteranking", 2024, 40, id="gluecksatlas-staedte-2024"),
])
def test_other_totals(k, ranking, year, total):
    assert k.ranking(ranking).edition(year).total == total


def test_every_edition_has_a_url_source(k):
    for r in k.rankings.values():
        assert r.source.startswith("http"), r.name
        years = [e.year for e in r.editions]
        assert len(years) == len(set(years)), r.name
        for e in r.editions:
            assert e.source.startswith("http"), (r.name, e.year)


@pytest.mark.parametrize("alias, name", [
    pytest.param("Smart-City-Index", "Smart City Index", id="sci"),
    pytest.param("Digitalranking", "Smart City Index", id="digitalranking"),
    pytest.param("Glücksatlas der SKL", "Glücksatlas", id="gluecksatlas"),
    pytest.param("Zukunftsatlas von Prognos", "Zukunftsatlas", id="zukunftsatlas"),
    pytest.param("Fahrradklimatest", "Fahrradklima-Test", id="fahrradklimatest"),
    pytest.param("ADFC-Fahrradklima-Test", "Fahrradklima-Test", id="adfc"),
    pytest.param("Städteranking der WirtschaftsWoche", "IW-Städteranking", id="wiwo"),
])
def test_ranking_aliases(k, alias, name):
    assert [r.name for r in find(k, alias)[0]] == [name]


def test_ranking_aliases_unique_and_specific(k):
    seen: dict[str, str] = {}
    for r in k.rankings.values():
        for form in [r.name, *r.aliases]:
            assert seen.setdefault(form.casefold(), r.name) == r.name, form
            assert form.casefold() not in {"ranking", "index", "studie", "städteranking", "smart-city-ranking"}


@pytest.mark.parametrize("ranking, written, canonical", [
    pytest.param("Smart City Index", "Energie & Umwelt", "Energie und Umwelt", id="energie"),
    pytest.param("Smart City Index", "IT-Infrastruktur", "IT und Kommunikation", id="it"),
    pytest.param("IW-Städteranking", "Niveau-Ranking", "Niveauranking", id="niveau"),
])
def test_category_aliases(k, ranking, written, canonical):
    assert written in k.ranking(ranking).category_aliases[canonical]


# ---------------------------------------------------------------- user files
VALID_TOML = """
[[rankings]]
name = "Smart City Index"
publisher = "Bitkom"
ranks = "Großstädte"
source = "https://example.org/sci"
editions = [{year = 2026, total = 84, source = "https://example.org/sci-2026"}]

[[rankings]]
name = "Mein Ranking"
publisher = "Lokalzeitung"
ranks = "Stadtteile"
source = "https://example.org/mein"

[[places]]
name = "Neustadt am Testbach"
type = "city"
state = "Bayern"
"""

VALID_YAML = """
rankings:
  - name: Mein Ranking
    publisher: Lokalzeitung
    ranks: Stadtteile
    source: https://example.org/mein
places:
  - name: Leverkusen
    type: city
    state: Nordrhein-Westfalen
    aliases: [Bayer-Stadt]
"""


@pytest.mark.parametrize("suffix, text", [pytest.param(".toml", VALID_TOML, id="toml"),
                                          pytest.param(".yaml", VALID_YAML, id="yaml")])
def test_valid_user_file_overrides_and_adds(k, tmp_path, suffix, text):
    path = tmp_path / f"extra{suffix}"
    path.write_text(text, encoding="utf-8")
    extra = load_knowledge_file(path)
    assert isinstance(extra, KnowledgeFile)
    merged = k.extended(extra)
    assert "Mein Ranking" in merged.rankings
    assert len(merged.rankings) == len(k.rankings) + 1
    if suffix == ".toml":
        assert merged.ranking("Smart City Index").edition(2026).total == 84
        assert merged.ranking("Smart City Index").edition(2025) is None  # replaced whole, by name
        assert merged.place("Neustadt am Testbach").state == "Bayern"
    else:
        assert merged.place("Leverkusen").aliases == ["Bayer-Stadt"]
        assert len(merged.places) == len(k.places)
    assert k.ranking("Smart City Index").edition(2025).total == 83  # the original is untouched


@pytest.mark.parametrize("suffix, text, line, field", [
    pytest.param(".yaml", "rankings:\n  - name: X\n    publisher: P\n    ranks: r\n    source: s\n    editions:\n"
                 "      - year: 2020\n        total: viele\n        source: s\n", 8, "rankings[0] (X).editions[0].total",
                 id="yaml-bad-total"),
    pytest.param(".yaml", "places:\n  - name: A\n    type: city\n  - name: B\n    type: village\n", 5,
                 "places[1] (B).type", id="yaml-bad-type"),
    pytest.param(".yaml", "places:\n  - name: A\n    type: city\n    inhabitants: 5\n", 4,
                 "places[0] (A).inhabitants", id="yaml-unknown-field"),
    pytest.param(".yaml", "rankings:\n  - name: X\n    publisher: P\n    ranks: r\n", 2,
                 "rankings[0] (X).source", id="yaml-missing-field"),
    pytest.param(".toml", '[[places]]\nname = "A"\ntype = "city"\n\n[[places]]\nname = "B"\ntype = "town"\n', 7,
                 "places[1] (B).type", id="toml-bad-type"),
    pytest.param(".toml", '[[rankings]]\nname = "X"\npublisher = "P"\nranks = "r"\nsource = "s"\n'
                 'editions = [{year = "zwanzig", source = "s"}]\n', 6, "rankings[0] (X).editions[0].year",
                 id="toml-bad-year"),
])
def test_invalid_user_file_names_file_line_field(tmp_path, suffix, text, line, field):
    path = tmp_path / f"bad{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as info:
        load_knowledge_file(path)
    message = str(info.value)
    assert str(path) in message
    assert info.value.line == line and f":{line}:" in message
    assert info.value.field == field and field in message


@pytest.mark.parametrize("name, text, line", [
    pytest.param("broken.yaml", "places:\n  - name: [unclosed\n", 3, id="yaml-syntax"),
    pytest.param("broken.toml", "[[places]]\nname = \n", 2, id="toml-syntax"),
])
def test_syntax_errors_name_file_and_line(tmp_path, name, text, line):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as info:
        load_knowledge_file(path)
    assert str(path) in str(info.value) and info.value.line == line


def test_unknown_suffix_and_missing_file(tmp_path):
    with pytest.raises(KnowledgeFileError, match="unknown file type"):
        (tmp_path / "x.json").write_text("{}")
        load_knowledge_file(tmp_path / "x.json")
    with pytest.raises(KnowledgeFileError, match="cannot be read"):
        load_knowledge_file(tmp_path / "missing.yaml")


def test_models_keep_their_names():
    assert {"name", "publisher", "aliases", "editions", "source"} <= set(RankingInfo.model_fields)
    assert {"name", "type", "state", "aliases", "genitives", "epithets", "ambiguous", "part_of"} <= set(Place.model_fields)


# ---------------------------------------------------------------- CLI
runner = CliRunner()


def test_cli_list():
    result = runner.invoke(knowledge_app, ["list"])
    assert result.exit_code == 0, result.output
    assert "Smart City Index — Bitkom" in result.output
    assert "2019: 81" in result.output and "2025: 83" in result.output
    assert re.search(r"Places \(\d+\): .*county 294", result.output)


@pytest.mark.parametrize("name, expected", [
    pytest.param("Smart City Index", ["Ranking: Smart City Index", "2024: total 82",
                                      "https://www.bitkom.org/Smart-City-Index-2023"], id="ranking"),
    pytest.param("Fahrradklimatest", ["Ranking: Fahrradklima-Test", "publisher: ADFC"], id="ranking-alias"),
    pytest.param("Frankfurt", ["Place: Frankfurt am Main (city)", "state: Hessen", "GeoNames"], id="place-alias"),
    pytest.param("Leverkusens", ["Place: Leverkusen (city)"], id="place-genitive"),
    pytest.param("Brandenburg", ["Place: Brandenburg (state)"], id="state"),
    pytest.param("Mercer-Studie", ["appears every year but 2020, 2021, 2022"], id="annual-ranking-and-its-pauses"),
])
def test_cli_show(name, expected):
    result = runner.invoke(knowledge_app, ["show", name])
    assert result.exit_code == 0, result.output
    for text in expected:
        assert text in result.output


def test_cli_show_unknown():
    result = runner.invoke(knowledge_app, ["show", "Nirgendwo-Ranking"])
    assert result.exit_code == 1


def test_cli_honours_knowledge_option(tmp_path):
    path = tmp_path / "extra.toml"
    path.write_text(VALID_TOML, encoding="utf-8")
    listed = runner.invoke(knowledge_app, ["list", "--knowledge", str(path)])
    assert listed.exit_code == 0 and "Mein Ranking — Lokalzeitung" in listed.output and "2026: 84" in listed.output
    shown = runner.invoke(knowledge_app, ["show", "Neustadt am Testbach", "--knowledge", str(path)])
    assert shown.exit_code == 0 and "state: Bayern" in shown.output


def test_cli_bad_knowledge_file(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("places:\n  - name: A\n    type: village\n", encoding="utf-8")
    result = runner.invoke(knowledge_app, ["list", "-k", str(path)])
    assert result.exit_code == 2
    assert "bad.yaml:3" in result.output and "places[0] (A).type" in result.output
