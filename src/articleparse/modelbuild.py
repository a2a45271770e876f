"""Build the shipped model (`models/de_articleparse`) from the knowledge and pattern data.

Run: `python -m articleparse.modelbuild` (writes into the `models/` folder of the checkout). The model
records a digest of every source file; `is_stale()` compares it with the current sources.
"""
from __future__ import annotations

import hashlib
import sys
from importlib import resources
from pathlib import Path

from articleparse import __version__
from articleparse.knowledge import Knowledge

SOURCES = (
    "places.json", "universities.yaml", "rankings.yaml", "rank_phrases.yaml", "years.yaml", "numbers.yaml",
    "sentences.yaml", "ambiguity.yaml", "function_words.yaml",
)
CODE = ("pipeline.py", "stages/gazetteer.py")


def source_digest() -> str:
    """sha256 over the data files and the code that shapes what the model stores."""
    digest = hashlib.sha256()
    root = resources.files("articleparse")
    for name in [f"data/{n}" for n in SOURCES] + list(CODE):
        digest.update(name.encode())
        digest.update(root.joinpath(name).read_bytes())
    return digest.hexdigest()


def build_model(out_dir: Path) -> Path:
    from articleparse import pipeline

    nlp = pipeline.build(Knowledge.builtin())
    nlp.meta.update({
        "version": __version__,
        "description": "articleparse rule pipeline for German ranking articles (blank German tokenizer + project stages)",
        "sources": list(SOURCES),
        "source_digest": source_digest(),
        "license": "MIT; place data GeoNames CC BY 4.0",
    })
    path = out_dir / pipeline.MODEL_NAME
    nlp.to_disk(path)
    return path


def is_stale(model_dir: Path) -> bool:
    import json

    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    return meta.get("source_digest") != source_digest()


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "models"
    path = build_model(out)
    print(f"built {path}")


if __name__ == "__main__":
    main()
