"""The German pipeline: `spacy.blank("de")` plus the project's stages, built from the knowledge data or
loaded from the model shipped in `articleparse.models`."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from articleparse.knowledge import Knowledge
from articleparse.stages import gazetteer, numbers, rank_phrases, sentences, years  # noqa: F401  (factories)

MODEL_NAME = "de_articleparse"
STAGES = (
    "articleparse_sentences",
    "articleparse_numbers",
    "articleparse_gazetteer",
    "articleparse_years",
    "articleparse_rank_phrases",
)


def build(knowledge: Knowledge) -> Language:
    """A fresh pipeline whose gazetteer holds every surface form of `knowledge`."""
    nlp = _tokenizer_for_numbers(spacy.blank("de"))
    for stage in STAGES:
        nlp.add_pipe(stage)
    nlp.get_pipe("articleparse_gazetteer").add_knowledge(knowledge)
    nlp.meta["name"] = MODEL_NAME.removeprefix("de_")
    return nlp


def model_path() -> Path:
    return Path(str(resources.files("articleparse.models").joinpath(MODEL_NAME)))


def load(path: str | Path | None = None) -> Language:
    """The shipped model (built by `python -m articleparse.modelbuild`), or the one at `path`. Its tokenizer
    is spacy.blank("de")'s, made from the config; reading it back from disk again would only cost time."""
    return _tokenizer_for_numbers(spacy.load(path or model_path(), exclude=["tokenizer"]))


def _tokenizer_for_numbers(nlp: Language) -> Language:
    """spacy.blank("de") keeps "(30./Vorjahr 25.)" and "(12./71,3 Punkte)" as one token "30./Vorjahr"; a slash after an
    ordinal's period splits them as spaces would. Its special cases with digits go (all of them emoticons: "8)", "(-8",
    "<3"), so "Bonn (8)" keeps its number."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[0-9]\.)/"]).finditer
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items() if not any(c.isdigit() for c in text)}
    return nlp
