"""The shipped model (models/de_articleparse): current with its sources, loadable with plain spacy.load, and
rebuilt byte-identically by `python -m articleparse.modelbuild`."""
from __future__ import annotations

import json

import spacy

from articleparse import modelbuild, pipeline


def test_shipped_model_is_not_stale():
    assert not modelbuild.is_stale(pipeline.model_path()), (
        "models/de_articleparse is older than its sources (data files or gazetteer code): "
        "run `python -m articleparse.modelbuild` and commit models/")


def test_spacy_load_finds_the_components():
    nlp = spacy.load(pipeline.model_path())
    assert nlp.lang == "de"
    assert nlp.pipe_names == list(pipeline.STAGES)
    assert all(name.startswith("articleparse_") for name in nlp.pipe_names) and len(nlp.pipe_names) == 5
    doc = nlp("Kiel liegt auf Platz 3.")
    assert [s.label_ for s in doc.spans["ap_places"]] == ["Kiel"]


def test_rebuild_gives_the_committed_gazetteer(tmp_path):
    built = modelbuild.build_model(tmp_path)
    committed = pipeline.model_path() / "articleparse_gazetteer" / "gazetteer.json"
    rebuilt = built / "articleparse_gazetteer" / "gazetteer.json"
    assert rebuilt.read_bytes() == committed.read_bytes(), "run `python -m articleparse.modelbuild` and commit models/"
    meta = json.loads((built / "meta.json").read_text(encoding="utf-8"))
    assert meta["source_digest"] == modelbuild.source_digest()
    assert not modelbuild.is_stale(built)
