"""Enumerating the documents of a bulk run: files, directories, JSONL files and stdin, in input order.

Each document becomes a small picklable `Item`; reading, decoding and HTML extraction happen in the worker
(`item_text`), so the enumeration stays cheap and the corpus is never held in memory.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO

from articleparse.errors import ArticleparseError
from articleparse.read import check_text, decode, html_to_text, normalise, read_file
from articleparse.report import Error

DEFAULT_GLOBS = ("*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.ndjson")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class Fields:
    """Field names of a JSONL record."""

    id: str = "id"
    text: str = "text"
    html: str = "html"


@dataclass(frozen=True, slots=True)
class Item:
    """One input document. `kind` says what `payload` is: a file "path", the file's "bytes" (for remote
    workers), a record's "text" or "html", or an "error" record for a document that could not be read.
    `expect` is the sha256 of a report already written for it (resume): the worker skips it when unchanged."""

    id: str
    source: str | None
    kind: str
    payload: object
    expect: str | None = None
    duplicate_of: str | None = None


def iter_items(inputs: Iterable[str], globs: Iterable[str] = (), fields: Fields = Fields(),
               stdin: BinaryIO | None = None, exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every document of `inputs` in order, each with an id of its own: an id seen before gets a suffix
    ("a~2") and remembers the id it repeats, so its report can say so."""
    seen: dict[str, int] = {}
    for item in _all_items(inputs, globs, fields, stdin, exclude):
        count = seen.get(item.id, 0) + 1
        seen[item.id] = count
        if count > 1:
            unique = f"{item.id}~{count}"
            while unique in seen:
                count += 1
                unique = f"{item.id}~{count}"
            seen[unique] = 1
            item = replace(item, id=unique, duplicate_of=item.id)
        yield item


def _all_items(inputs: Iterable[str], globs: Iterable[str], fields: Fields, stdin: BinaryIO | None,
               exclude: Iterable[Path]) -> Iterator[Item]:
    """Directories are walked recursively, sorted, hidden entries and the `exclude`d files (the run's own
    output) skipped."""
    patterns, excluded = tuple(globs) or DEFAULT_GLOBS, {p.resolve() for p in exclude}
    for name in inputs:
        if name == "-":
            yield from _records(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", "stdin", fields)
            continue
        path = Path(name)
        if path.is_dir():
            for file, rel in _walk(path, patterns):
                if file.resolve() not in excluded:
                    yield from _file_items(file, rel, fields)
        elif path.exists() and not path.is_file():
            yield Item(path.stem, name, "error", ArticleparseError("E003", path=name, reason="not a regular file").record())
        else:
            yield from _file_items(path, path.stem, fields)


def count_items(inputs: Iterable[str], globs: Iterable[str] = (), exclude: Iterable[Path] = ()) -> int | None:
    """The number of documents `iter_items` will give (records counted by lines), or None when stdin is read."""
    inputs = list(inputs)
    if "-" in inputs:
        return None
    patterns, total, excluded = tuple(globs) or DEFAULT_GLOBS, 0, {p.resolve() for p in exclude}
    for name in inputs:
        path = Path(name)
        files = [f for f, _ in _walk(path, patterns) if f.resolve() not in excluded] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES and file.is_file():
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def item_text(item: Item, max_chars: int) -> str:
    """The normalised text of an item, or the ArticleparseError that says why it has none."""
    if item.kind == "path":
        return read_file(item.payload, max_chars)
    name = item.source or item.id
    if item.kind == "bytes":
        text = decode(item.payload, name)
        if Path(name).suffix.lower() in HTML_SUFFIXES:
            text = html_to_text(text)
        return check_text(normalise(text), name, max_chars)
    if item.kind == "text":
        return check_text(normalise(item.payload), name, max_chars)
    if item.kind == "html":
        return check_text(normalise(html_to_text(item.payload)), name, max_chars)
    raise ItemError(item.payload)


class ItemError(Exception):
    """An item that was already known to be unreadable when it was enumerated."""

    def __init__(self, record: Error):
        super().__init__(record.message)
        self.error = record


def with_bytes(item: Item) -> Item:
    """The item with its file read into memory, for workers that may not see the same file system."""
    if item.kind != "path":
        return item
    try:
        path = Path(item.payload)
        if not path.exists():
            raise ArticleparseError("E001", path=item.payload)
        return replace(item, kind="bytes", payload=path.read_bytes())
    except ArticleparseError as exc:
        return replace(item, kind="error", payload=exc.record())
    except OSError as exc:
        error = ArticleparseError("E003", path=item.payload, reason=exc.strerror or str(exc))
        return replace(item, kind="error", payload=error.record())


def _walk(root: Path, patterns: tuple[str, ...]) -> Iterator[tuple[Path, str]]:
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = Path(directory, name)
            rel = file.relative_to(root).as_posix()
            if any(fnmatch(name, p) or fnmatch(rel, p) for p in patterns):
                yield file, rel.rsplit(".", 1)[0] if "." in name else rel


def _file_items(path: Path, doc_id: str, fields: Fields) -> Iterator[Item]:
    if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
        try:
            with path.open("rb") as handle:
                yield from _records(handle, str(path), doc_id, fields)
        except OSError as exc:
            error = ArticleparseError("E003", path=path, reason=exc.strerror or str(exc))
            yield Item(doc_id, str(path), "error", error.record())
    else:
        yield Item(doc_id, str(path), "path", str(path))


def _records(handle: BinaryIO, name: str, stem: str, fields: Fields) -> Iterator[Item]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        source, fallback_id = f"{name}:{number}", f"{stem}:{number}"
        try:
            record = json.loads(decode(line, source))
        except ArticleparseError as exc:
            yield Item(fallback_id, source, "error", _invalid(name, number, exc.message))
            continue
        except ValueError as exc:
            yield Item(fallback_id, source, "error", _invalid(name, number, f"not JSON ({exc})"))
            continue
        if not isinstance(record, dict):
            yield Item(fallback_id, source, "error", _invalid(name, number, "not a JSON object"))
            continue
        raw_id = record.get(fields.id)
        doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) and str(raw_id) else fallback_id
        text, html = record.get(fields.text), record.get(fields.html)
        if isinstance(text, str):
            yield Item(doc_id, source, "text", text)
        elif isinstance(html, str):
            yield Item(doc_id, source, "html", html)
        else:
            reason = f"no string field {fields.text!r} or {fields.html!r}"
            yield Item(doc_id, source, "error", _invalid(name, number, reason))


def _invalid(name: str, number: int, reason: str) -> Error:
    return ArticleparseError("E008", path=name, line=number, reason=reason).record()
