"""The wheel: built from a copy of the sources, installed into an empty folder, and used from outside the
repository, it carries the model and the data files (`pipeline.load()` and `extract` work)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "Smart City Index 2025\n\nKiel liegt im Smart-City-Index 2025 auf Platz 12 von insgesamt 83.\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A folder holding the installed wheel (pip install --no-deps --target), nothing else."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "src", source / "src", ignore=ignore)
    shutil.copytree(ROOT / "models", source / "models", ignore=ignore)
    dist = base / "dist"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    [wheel] = dist.glob("articleparse-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "articleparse/models/de_articleparse/meta.json" in names
    assert "articleparse/data/places.json" in names
    assert {"articleparse/assembly/run.py", "articleparse/stages/patterns.py"} <= set(names)
    target = base / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr
    return target


def _run(installed: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Python with the installed wheel first on the path, started outside the repository (the editable
    install of the checkout must not be what answers)."""
    env = {**os.environ, "PYTHONPATH": str(installed)}
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, env=env,
                          cwd=installed.parent, timeout=300)


def test_installed_package_finds_model_and_data(installed):
    code = ("import articleparse, articleparse.pipeline as p; nlp = p.load(); "
            "print(articleparse.__file__); print(p.model_path()); print(','.join(nlp.pipe_names))")
    result = _run(installed, "-c", code)
    assert result.returncode == 0, result.stderr
    module, model, pipes = result.stdout.splitlines()
    assert Path(module).is_relative_to(installed) and Path(model).is_relative_to(installed)
    assert pipes.split(",") == ["articleparse_sentences", "articleparse_numbers", "articleparse_gazetteer",
                                "articleparse_years", "articleparse_rank_phrases"]


def test_installed_extract_works(installed):
    result = _run(installed, "-m", "articleparse", "extract", "-", "--format", "json", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(p["entity"], p["year"], p["rank"]) for p in report["placements"]] == [("Kiel", 2025, 12)]
