"""What articleparse never does: open a network connection, resolve an HTML entity or DTD, run code from a
data or knowledge file, or write a file named by an unsanitised document id."""
from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articleparse.cli import app
from articleparse.filenames import MAX_NAME, safe_filename
from articleparse.knowledge import KnowledgeFileError, load_knowledge_file
from articleparse.read import html_to_text, read_file
from articleparse.validate import report_problems

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "articleparse"
ARTICLE = (ROOT / "corpus" / "train" / "lokal-001-leverkusen-sci-2025.txt").read_text(encoding="utf-8")
PAGE = """<!DOCTYPE html [<!ENTITY remote SYSTEM "http://127.0.0.1:9/entity">]>
<html><head><link rel="stylesheet" href="http://127.0.0.1:9/style.css"><script src="http://127.0.0.1:9/x.js"></script>
<base href="http://127.0.0.1:9/"></head><body><article><h1>Digitalranking</h1><img src="http://127.0.0.1:9/i.png">
<p>Leverkusen landet im Smart City Index 2025 auf Platz 74 von 83 Großstädten. &remote;</p>
<p>Das ist ein Platz schlechter als im Jahr zuvor, sagt die Stadt. <iframe src="http://127.0.0.1:9/"></iframe></p>
<p>München führt das Ranking wie im Vorjahr an, vor Hamburg und Köln.</p></article></body></html>"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Every way of opening a connection or resolving a name raises (and is recorded)."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] if args else kwargs)
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_the_whole_pipeline_runs_without_network(no_network, tmp_path):
    from articleparse.api import Extractor

    extractor = Extractor()  # loading the model and knowledge, too
    report = extractor.parse(ARTICLE)
    assert report.placements and report_problems(report, ARTICLE) == []
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    text = read_file(page)
    assert "Platz 74 von 83" in text
    assert extractor.parse(text).placements
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(page), str(article)])
    assert result.exit_code == 0, result.output
    assert no_network == []


def test_html_external_entity_to_a_local_file_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    for doctype in (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>',
                    f'<!DOCTYPE html SYSTEM "file://{secret}">',
                    f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'):
        page = doctype + "<html><body><article><p>Köln liegt auf Platz 3 von 83 im Smart City Index. &xxe;</p>" * 3
        assert "TOPSECRET" not in html_to_text(page + "</article></body></html>")


def test_knowledge_files_are_loaded_with_safe_loaders(tmp_path):
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f'rankings: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(KnowledgeFileError):
        load_knowledge_file(evil)
    assert not marker.exists()
    aliases = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    aliases += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(aliases) + "\nrankings: *a8\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError):  # 10^9 elements if expanded; rejected without expanding
        load_knowledge_file(bomb)


UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}
UNSAFE_MODULES = {"pickle", "marshal", "shelve", "dill", "cloudpickle"}


def _unsafe_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assigned = {t.id: ast.unparse(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in UNSAFE_CALLS:
            found.append(f"{node.func.id}()")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"import {n}" for n in names if n.split(".")[0] in UNSAFE_MODULES]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("load", "load_all") and getattr(node.func.value, "id", "") == "yaml":
                loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                loader = loader and assigned.get(getattr(loader, "id", None), ast.unparse(loader))
                if loader is None or "Safe" not in loader or "Unsafe" in loader:
                    found.append(f"yaml.{node.func.attr} without a safe loader")
            if node.func.attr in ("unsafe_load", "full_load"):
                found.append(f".{node.func.attr}()")
            if any(k.arg == "shell" and getattr(k.value, "value", False) is True for k in node.keywords):
                found.append("subprocess with shell=True")
    return [f"{path.relative_to(ROOT)}: {f}" for f in found]


def test_no_code_execution_of_data_anywhere_in_the_package():
    """No eval/exec, no pickle-like deserialiser, yaml only with safe loaders, no shell=True."""
    assert [use for path in sorted(SRC.rglob("*.py")) for use in _unsafe_uses(path)] == []


def test_the_unsafe_use_scanner_finds_what_it_looks_for(tmp_path):
    sample = ROOT / "tests" / "_scanner_sample.py"
    try:
        sample.write_text("import pickle\nimport yaml\nyaml.load(s)\neval('1')\nL = yaml.SafeLoader\n"
                          "yaml.load(s, Loader=L)\n", encoding="utf-8")
        assert sorted(u.split(": ", 1)[1] for u in _unsafe_uses(sample)) == [
            "eval()", "import pickle", "yaml.load without a safe loader"]
    finally:
        sample.unlink()


HOSTILE_IDS = [
    "../../etc/passwd", "..", ".", "", "/etc/passwd", "..\\..\\windows\\system32", "a/../../b", "CON", "nul.txt",
    ".bashrc", "x" * 5000, "\x00", "name\nwith\nlines", "Köln – Düsseldorf", "~/x", "$(rm -rf ~)", "a" * 200 + "/..",
    "\ud800", "lokal-001", "a_b", "a/b", "a\\b",
]


@pytest.mark.parametrize("doc_id", HOSTILE_IDS, ids=lambda s: repr(s[:20]))
def test_safe_filename_cannot_leave_the_folder(tmp_path, doc_id):
    name = safe_filename(doc_id)
    assert name and len(name) <= MAX_NAME and name not in (".", "..") and not name.startswith((".", "-"))
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name)
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()
    (tmp_path / name).write_text("ok", encoding="utf-8")
    assert safe_filename(doc_id) == name


def test_safe_filename_keeps_plain_ids_and_never_merges_two_ids():
    assert safe_filename("lokal-001-leverkusen-sci-2025") == "lokal-001-leverkusen-sci-2025"
    names = [safe_filename(i) for i in HOSTILE_IDS]
    assert len(set(names)) == len(set(HOSTILE_IDS))
    assert safe_filename("a/b") != safe_filename("a_b") != safe_filename(safe_filename("a/b"))
