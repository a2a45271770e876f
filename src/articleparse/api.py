"""The Python API: `parse(text)` for one text, `Extractor` to process many with one loaded pipeline."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from articleparse.assembly import Assembler
from articleparse.checks import run_checks
from articleparse.errors import ArticleparseError
from articleparse.knowledge import Knowledge, load_knowledge_file
from articleparse.language import detect_language
from articleparse.read import normalise
from articleparse.report import Check, Document, Error, Report


class Extractor:
    """Loads the pipeline and the knowledge once; `parse` and `parse_many` reuse them."""

    def __init__(self, knowledge_files: Iterable[str | Path] = (), *, model: str | Path | None = None):
        from articleparse import pipeline

        knowledge = Knowledge.builtin()
        extra = [load_knowledge_file(path) for path in knowledge_files]
        for file in extra:
            knowledge = knowledge.extended(file)
        self.knowledge = knowledge
        self.nlp = pipeline.load(model)
        gazetteer = self.nlp.get_pipe("articleparse_gazetteer")
        for file in extra:
            gazetteer.add_knowledge(Knowledge(file.rankings, file.places))
        rank_phrases = self.nlp.get_pipe("articleparse_rank_phrases")
        rank_phrases.ensure()
        self.assembler = Assembler(knowledge, rank_phrases.directions)

    def parse(self, text: str, *, source: str | None = None, doc_id: str | None = None) -> Report:
        """The report of one text. The text is normalised first, as every input path does (`normalise`); offsets
        refer to `normalise(text)`, which is `text` itself for text articleparse has read."""
        text = normalise(text)
        draft = self.assembler(self.nlp(text))
        language = detect_language(text)
        return Report(
            document=_document(text, source, doc_id, language=language, published=draft.published),
            entities=draft.entities, rankings=draft.rankings, placements=draft.placements,
            movements=draft.movements, themes=draft.themes, claims=draft.claims,
            checks=_language_check(language) + run_checks(draft, self.knowledge), errors=[],
        )

    def parse_many(self, texts: Iterable[tuple[str, str]]) -> Iterator[Report]:
        """Reports for (doc_id, text) pairs, in order."""
        for doc_id, text in texts:
            yield self.parse(text, doc_id=doc_id)


def _language_check(language: str | None) -> list[Check]:
    """A warning (not an error: the document was read and processed) when the text is not German."""
    if language is None or language == "de":
        return []
    return [Check(name="language", status="warn",
                  message=f"the text looks like '{language}', not German; results may be incomplete or wrong")]


def failed_report(doc_id: str, error: ArticleparseError | Error, *, source: str | None = None, text: str = "") -> Report:
    """The report of a document that could not be read or processed."""
    record = error.record() if isinstance(error, ArticleparseError) else error
    return Report(document=_document(text, source, doc_id), errors=[record])


def _document(text: str, source: str | None, doc_id: str | None, *, language: str | None = None,
              published: str | None = None) -> Document:
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Document(
        id=doc_id or (Path(source).stem if source else "-"), source=source, chars=len(text),
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), language=language,
        published=published, title=title[:300] if title else None,
    )


_default: Extractor | None = None


def parse(text: str, *, source: str | None = None) -> Report:
    """Parse one text with a pipeline loaded once per process (offsets refer to `normalise(text)`)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.parse(text, source=source)
