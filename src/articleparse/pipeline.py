"""The German pipeline: `spacy.blank("de")` plus the project's stages, built from the knowledge data or
loaded from the model shipped in `articleparse.models`."""
from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

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


TOKENIZER = "articleparse.Tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spacy.blank("de")'s tokenizer, built once, with two changes for numbers: a slash after an ordinal's period
    splits as a space would (spaCy keeps "(30./Vorjahr 25.)" and "(12./71,3 Punkte)" as one token "30./Vorjahr"), and
    none of its special cases with digits is kept (all of them emoticons: "8)", "(-8", "<3"), so "Bonn (8)" keeps its
    number."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules={text: tokens for text, tokens in defaults.tokenizer_exceptions.items() if not any(c.isdigit() for c in text)},
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex([*defaults.infixes, r"(?<=[0-9]\.)/"]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make_tokenizer


def build(knowledge: Knowledge) -> Language:
    """A fresh pipeline whose gazetteer holds every surface form of `knowledge`."""
    nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for stage in STAGES:
        nlp.add_pipe(stage)
    nlp.get_pipe("articleparse_gazetteer").add_knowledge(knowledge)
    nlp.meta["name"] = MODEL_NAME.removeprefix("de_")
    return nlp


def model_path() -> Path:
    return Path(str(resources.files("articleparse.models").joinpath(MODEL_NAME)))


def load(path: str | Path | None = None) -> Language:
    """The shipped model (built by `python -m articleparse.modelbuild`), or the one at `path`. Its tokenizer is made
    from the config (`create_tokenizer`); reading it back from disk again would only cost time."""
    return spacy.load(path or model_path(), exclude=["tokenizer"])
