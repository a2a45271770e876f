"""The command line through its real entry point (`python -m articleparse`, a subprocess) with exact output
and exit codes; help texts and the README's command reference through typer's CliRunner."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from articleparse.cli import app
from articleparse.errors import ArticleparseError
from articleparse.read import read_file

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Smart City Index 2025: Kiel legt zu

Kiel verbessert sich im Smart-City-Index 2025 um drei Plätze und liegt jetzt auf Platz 12 von insgesamt 83.
"""
IMPOSSIBLE = """Smart City Index 2025

Kiel liegt im Smart-City-Index 2025 auf Platz 90 von insgesamt 83.
"""


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "articleparse", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("articles")
    paths = {}
    for name, text in {"kiel.txt": ARTICLE, "impossible.txt": IMPOSSIBLE, "empty.txt": ""}.items():
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    paths["folder"] = folder
    return paths


def _expected(extractor, path: Path):
    return extractor.parse(read_file(path), source=str(path))


def test_extract_json_equals_the_api(extractor, files):
    path = files["kiel.txt"]
    result = run("extract", str(path), "--format", "json")
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode() == _expected(extractor, path).to_json(indent=2) + "\n"


def test_extract_several_files_gives_a_list_and_jsonl_one_line_each(extractor, files):
    paths = [files["kiel.txt"], files["impossible.txt"]]
    as_json = run("extract", *map(str, paths), "--format", "json")
    as_jsonl = run("extract", *map(str, paths), "--format", "jsonl")
    expected = [_expected(extractor, p) for p in paths]
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout) == [json.loads(r.to_json()) for r in expected]
    assert as_jsonl.returncode == 0
    assert as_jsonl.stdout.decode().splitlines() == [r.to_json() for r in expected]


def test_extract_reads_stdin_and_strict_passes_when_every_check_passes(extractor):
    result = run("extract", "-", "--format", "jsonl", "--strict", stdin=ARTICLE.encode("utf-8"))
    assert result.returncode == 0
    assert result.stdout.decode() == extractor.parse(ARTICLE, doc_id="stdin").to_json() + "\n"


@pytest.mark.parametrize("target, code", [
    pytest.param("missing.txt", "E001", id="missing-file"),
    pytest.param("folder", "E002", id="directory"),
    pytest.param("empty.txt", "E005", id="empty-file"),
])
def test_unreadable_input_exits_2_with_the_message_on_stderr(files, target, code):
    path = files.get(target) or files["folder"] / target
    result = run("extract", str(path), "--format", "json")
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == f"articleparse: error {code}: {ArticleparseError(code, path=path).message}\n"


def test_strict_exits_1_on_a_failed_check_and_still_prints_the_report(files):
    path = files["impossible.txt"]
    plain = run("extract", str(path), "--format", "json")
    strict = run("extract", str(path), "--format", "json", "--strict")
    assert (plain.returncode, strict.returncode) == (0, 1)
    assert strict.stdout == plain.stdout
    assert "fail" in [c["status"] for c in json.loads(strict.stdout)["checks"]]


# ------------------------------------------------------------------ schema
def _validate(value, schema: dict, root: dict, path: str = "$") -> list[str]:
    """A small JSON Schema validator for what pydantic emits ($ref, anyOf, type, enum, const, properties,
    required, additionalProperties, items); `jsonschema` is not a dependency of the project."""
    if "$ref" in schema:
        return _validate(value, root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], root, path)
    if "anyOf" in schema:
        options = [_validate(value, option, root, path) for option in schema["anyOf"]]
        return [] if any(not o for o in options) else [f"{path}: no option of anyOf matches"]
    errors = []
    types = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "null": type(None), "array": list, "object": dict}
    kind = schema.get("type")
    if kind and (not isinstance(value, types[kind]) or (kind in ("integer", "number") and isinstance(value, bool))):
        return [f"{path}: {value!r} is not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if kind == "object":
        props = schema.get("properties", {})
        errors += [f"{path}: missing {key}" for key in schema.get("required", []) if key not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unknown {key}" for key in value if key not in props]
        for key, item in value.items():
            if key in props:
                errors += _validate(item, props[key], root, f"{path}.{key}")
    if kind == "array" and "items" in schema:
        for i, item in enumerate(value):
            errors += _validate(item, schema["items"], root, f"{path}[{i}]")
    return errors


@pytest.fixture(scope="module")
def schema() -> dict:
    """Printed by the installed console script `articleparse` (falls back to `python -m articleparse`)."""
    script = Path(sys.executable).with_name("articleparse")
    if script.exists():
        result = subprocess.run([str(script), "schema"], capture_output=True, timeout=120)
    else:
        result = run("schema")
    assert (result.returncode, result.stderr) == (0, b"")
    return json.loads(result.stdout)


def test_schema_describes_closed_records(schema):
    assert schema["type"] == "object" and schema["additionalProperties"] is False
    assert set(schema["properties"]) == {"schema_version", "document", "entities", "rankings", "placements", "movements",
                                         "themes", "claims", "checks", "errors"}
    assert "document" in schema["required"]
    for name in ("Span", "Document", "Entity", "Ranking", "Placement", "Movement", "Theme", "Claim", "Check", "Error"):
        record = schema["$defs"][name]
        assert record["additionalProperties"] is False, name
        assert set(record["required"]) <= set(record["properties"]), name
    assert set(schema["$defs"]["Span"]["required"]) == {"start", "end", "text"}


def test_schema_validates_a_real_report_and_rejects_a_broken_one(schema, extractor, files):
    report = json.loads(_expected(extractor, files["kiel.txt"]).to_json())
    assert report["placements"]
    assert _validate(report, schema, schema) == []
    broken = json.loads(json.dumps(report))
    broken["placements"][0]["rank"] = "zwölf"
    broken["placements"][0]["note"] = "x"
    del broken["document"]["sha256"]
    assert len(_validate(broken, schema, schema)) == 3


# ------------------------------------------------------------------ help and README
def _commands(group: typer.Typer, prefix: str = "") -> list[str]:
    click_group = typer.main.get_command(group)
    names = []
    for name, command in click_group.commands.items():
        full = f"{prefix}{name}"
        names.append(full)
        if hasattr(command, "commands"):
            names += [f"{full} {sub}" for sub in command.commands]
    return sorted(names)


COMMANDS = _commands(app)


def test_the_commands_are_the_documented_ones():
    assert {"extract", "schema", "eval", "corpus", "review", "knowledge list", "knowledge show"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.output and command.split()[-1] in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"articleparse {command}" in readme


def test_no_command_prints_help_and_exits_2():
    result = run()
    assert result.returncode == 2
    assert b"Usage:" in result.stdout + result.stderr


GOLD_LINE = {"id": "kiel", "kinds": ["placements", "movements"], "text": "Smart City Index 2025\n\nKiel landet auf Platz 12 und "
             "verbessert sich um drei Plätze.", "placements": [
                 {"entity": "Kiel", "category": None, "year": 2025, "rank": 12},
                 {"entity": "Kiel", "category": None, "year": 2024, "rank": 15}],
             "movements": [{"entity": "Kiel", "category": None, "from_year": 2024, "to_year": 2025, "places": 3}]}


def test_eval_scores_a_jsonl_gold_set_on_the_kinds_it_annotates(tmp_path):
    gold = tmp_path / "phrases.jsonl"
    wrong = dict(GOLD_LINE, id="wrong", placements=[dict(GOLD_LINE["placements"][0], rank=13)], movements=[])
    gold.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in (GOLD_LINE, wrong)) + "\n", encoding="utf-8")
    result = run("eval", str(gold), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["scores"]) == {"placements", "movements"}  # no cities, claims or themes were annotated
    assert report["scores"]["placements"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714, "tp": 2, "fp": 2, "fn": 1}
    assert report["texts"]["wrong"]["placements"]["missing"] == ["('Kiel', None, 2025, 13)"]
    assert run("eval", str(gold), "--min-f1", "0.7").returncode == 1


@pytest.mark.parametrize("lines, message", [
    pytest.param(['{"id": "a", "text": "Kiel"}', "{not json"], "broken.jsonl:2: not JSON", id="not-json"),
    pytest.param(["[1, 2]"], "broken.jsonl:1: a gold record is a JSON object, not list", id="not-an-object"),
    pytest.param(['{"id": "a", "text": null}'], "broken.jsonl:1: the record has no text", id="no-text"),
    pytest.param(['{"id": "a", "text": "Kiel", "kinds": ["placement"]}'], 'broken.jsonl:1: "kinds" lists record kinds',
                 id="unknown-kind"),
    pytest.param(['{"id": "a", "text": "Kiel"}', '{"id": "a", "text": "Bonn"}'], "ids used more than once: a", id="repeated-id"),
    pytest.param([], "no gold records", id="empty"),
])
def test_eval_refuses_an_unreadable_gold_set(tmp_path, lines, message):
    gold = tmp_path / "broken.jsonl"
    gold.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    result = run("eval", str(gold))
    assert result.returncode == 2 and message in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_eval_min_f1_needs_placements(tmp_path):
    gold = tmp_path / "cities.jsonl"
    gold.write_text('{"id": "a", "text": "Kiel liegt am Meer.", "cities": ["Kiel"]}\n', encoding="utf-8")
    assert run("eval", str(gold)).returncode == 0
    result = run("eval", str(gold), "--min-f1", "0.9")
    assert result.returncode == 2 and "needs gold placements" in result.stderr.decode()
    assert run("eval", str(tmp_path / "missing")).returncode == 2
