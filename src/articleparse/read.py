"""Reading input: bytes to the text that offsets refer to (decoding, HTML to main text)."""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from articleparse.errors import ArticleparseError

DEFAULT_MAX_CHARS = 5_000_000
_BINARY_SIGNATURES = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"PK\x03\x04": "a zip archive",
                      b"%PDF": "a PDF document", b"GIF8": "a GIF image", b"\x1f\x8b": "gzip data"}


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode bytes as UTF-16 (with BOM), UTF-8, or cp1252; refuse binary data."""
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise ArticleparseError("E004", path=name, reason=what)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        if text.count("\x00") > len(text) // 100 + 1:
            raise ArticleparseError("E004", path=name, reason="it contains NUL bytes")
        text = text.replace("\x00", "")
    controls = sum(1 for ch in text[:4096] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 32:
        raise ArticleparseError("E004", path=name, reason="control characters")
    return text


def normalise(text: str) -> str:
    """Normalise what breaks matching (line ends, NBSP, soft hyphens); offsets refer to the result."""
    return (text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u00ad", "")
            .replace("\u202f", " "))


def read_file(path: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The text of an article file, or an ArticleparseError that says what to do."""
    path = Path(path)
    if not path.exists():
        raise ArticleparseError("E001", path=path)
    if path.is_dir():
        raise ArticleparseError("E002", path=path)
    try:
        size = path.stat().st_size
        if size > max_chars * 4:
            raise ArticleparseError("E006", path=path, size=f"about {size}", limit=max_chars)
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleparseError("E003", path=path, reason=exc.strerror or str(exc)) from None
    text = decode(data, str(path))
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    return check_text(normalise(text), str(path), max_chars)


def check_text(text: str, name: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    if not text.strip():
        raise ArticleparseError("E005", path=name)
    if len(text) > max_chars:
        raise ArticleparseError("E006", path=name, size=len(text), limit=max_chars)
    return text


def html_to_text(html: str) -> str:
    """Main text of an HTML page (trafilatura, no network, no external entities)."""
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False, no_fallback=False) or ""
