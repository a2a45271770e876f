"""Reading input: bytes to the text that offsets refer to (decoding, HTML to main text).

Everything here is bounded and linear in the input: files and streams are read up to a byte limit
derived from `max_chars`, never whole; encodings are guessed from the bytes (UTF-32/UTF-16 BOM,
UTF-16 without BOM, UTF-8, cp1252/latin-1 for bytes that are not UTF-8); binary data is refused with
E004; HTML is reduced to its main text without resolving DTDs or entities and without any network.
"""
from __future__ import annotations

import codecs
import html as html_lib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from articleparse.errors import ArticleparseError

_SPACE_RUN = re.compile(" {2,}")
_BULLET = re.compile(r"\s*[-•*–—▪·]\s")
_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s")
_CLOSERS = "\"“”»«’')]"
WRAPPED_LINE = (30, 100)
"""Lengths a hard-wrapped line has (archives and agency feeds break lines at 60 to 80 characters)."""
DEFAULT_MAX_CHARS = 5_000_000
"""Longest document accepted, in characters after decoding (`--max-chars` changes it)."""
BYTES_PER_CHAR = 4
"""At most this many bytes per character (UTF-8, UTF-16, UTF-32): files above max_chars × 4 bytes are
refused before they are read."""

_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"BM": None,
    b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image", b"\x00\x00\x01\x00": "an icon",
    b"PK\x03\x04": "a zip archive", b"PK\x05\x06": "a zip archive", b"Rar!": "a RAR archive",
    b"7z\xbc\xaf\x27\x1c": "a 7z archive", b"\x1f\x8b": "gzip data", b"BZh": None, b"\xfd7zXZ\x00": "xz data",
    b"\x28\xb5\x2f\xfd": "zstd data", b"%PDF": "a PDF document", b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "an executable", b"MZ": None, b"\xca\xfe\xba\xbe": "a Java class or Mach-O file",
    b"SQLite format 3\x00": "an SQLite database", b"\x00asm": "WebAssembly", b"OggS": "Ogg audio",
    b"ID3": "an MP3 file", b"fLaC": "FLAC audio", b"\x1a\x45\xdf\xa3": "a Matroska/WebM video",
    b"\x80\x04\x95": "a Python pickle", b"\x80\x03": None,
}
# Signatures marked None are short ASCII prefixes ("BM", "MZ", "BZh") that a text may start with: they only
# count when the data also looks binary (NUL or control bytes), which the checks below find anyway.
_RIFF = (b"WEBP", b"WAVE", b"AVI ")
_UTF32 = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"))
_UTF16 = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SAMPLE = 65_536


def _utf8_else_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as cp1252 (latin-1 for the five bytes cp1252 leaves undefined)."""
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("articleparse_cp1252", _utf8_else_cp1252)


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode bytes as UTF-32/UTF-16 (BOM), UTF-16 (no BOM), UTF-8, or cp1252/latin-1; refuse binary data.

    A file that is UTF-8 except for a few bytes keeps its UTF-8 and reads those bytes as cp1252, so a
    mixed file is not turned into mojibake. A few stray NUL bytes are removed; many mean binary (E004).
    """
    data = bytes(data)
    what = _binary_signature(data)
    if what:
        raise ArticleparseError("E004", path=name, reason=what)
    encoding = _wide_encoding(data)
    if encoding:
        text = data.decode(encoding, errors="replace").removeprefix("\ufeff")
    else:
        if data.count(0) > len(data) // 100 + 1:
            raise ArticleparseError("E004", path=name, reason="it contains NUL bytes")
        text = data.decode("utf-8", errors="articleparse_cp1252").removeprefix("\ufeff")
    if "\x00" in text:
        if text.count("\x00") > len(text) // 100 + 1:
            raise ArticleparseError("E004", path=name, reason="it contains NUL bytes")
        text = text.replace("\x00", "")
    controls = len(_CONTROL.findall(text))
    if controls > 32 and controls * 50 > len(text):
        raise ArticleparseError("E004", path=name, reason=f"{controls} control characters")
    return text


def _binary_signature(data: bytes) -> str | None:
    if data.startswith(b"RIFF") and data[8:12] in _RIFF:
        return "a RIFF media file"
    head = data[:512]
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            if what:
                return what
            if _CONTROL.search(head.decode("latin-1")):
                return "binary data"
    return None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by BOM, or UTF-16 without BOM when every other byte of the start is NUL."""
    for bom, encoding in _UTF32:
        if data.startswith(bom):
            return encoding
    for bom, encoding in _UTF16:
        if data.startswith(bom):
            return encoding
    sample = data[:_SAMPLE - _SAMPLE % 2] if len(data) % 2 == 0 else b""
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > 0.7 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.7 * half and odd < 0.05 * half:
            return "utf-16-be"
    return None


def normalise(text: str) -> str:
    """Normalise what breaks matching (line ends, NBSP, soft hyphens, decomposed umlauts, runs of spaces: "Platz  6",
    hard-wrapped paragraphs); offsets refer to the result."""
    text = (text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u00ad", "")
            .replace("\u202f", " ").replace("\u2028", "\n").replace("\u2029", "\n\n"))
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _unwrap(text) if "\n" in text else text


def _unwrap(text: str) -> str:
    """The text with its hard-wrapped paragraphs (a line break in "landet auf Platz 12") joined into one line each.
    The text is hard-wrapped when at least two lines of a wrapped line's length stop before a line break without
    ending a sentence, and they are at least half of the lines before a break; then every paragraph of wrapped lines
    is joined. In other text a paragraph is joined only when at least half of its lines stop on a lower-case word or
    a comma. Linear in the text: lines are read once, no pattern backtracks over a line."""
    lines = text.split("\n")
    blank = [not line.strip() for line in lines]
    before_break = [line for i, line in enumerate(lines[:-1]) if not blank[i] and not blank[i + 1]]
    open_lines = sum(1 for line in before_break
                     if WRAPPED_LINE[0] <= len(line) <= WRAPPED_LINE[1] and not _ends_sentence(line))
    wrapped = open_lines >= 2 and open_lines * 2 >= len(before_break)
    width = max((len(line) for line in before_break if len(line) <= WRAPPED_LINE[1]), default=0) if wrapped else 0
    out: list[str] = []
    block: list[str] = []
    title = True  # the next block holds the document's first line
    for i, line in enumerate(lines + [""]):
        if i < len(lines) and not blank[i]:
            block.append(line)
            continue
        if block:
            out.extend(_joined(block, width, title))
            block, title = [], False
        if i < len(lines):
            out.append(line)
    return "\n".join(out)


def _joined(block: list[str], width: int, title: bool) -> list[str]:
    """The lines of a block, a hard-wrapped paragraph joined into one (`width`: the longest wrapped line of a
    hard-wrapped text, else 0). Lines up to the last short one (headline, byline) keep their breaks; the rest must all
    have a wrapped line's length and end a sentence on their last line (headline and dateline blocks do not; a title
    wrapped like the text may end anyhow), be no list (two bulleted lines, or two numbered ones after a sentence's end
    or another item), and, in text that is not hard-wrapped, at least half of them must stop on a lower-case word or a
    comma — and there the document's first line, its title, keeps its break too. A word split by a hyphen at a line's
    end is joined ("Digitali-" "sierung")."""
    head = max((i + 1 for i, line in enumerate(block[:-1]) if len(line) < WRAPPED_LINE[0]), default=0)
    body, wrapped = block[head:], width > 0
    # a title wrapped like the text: its lines full and stopping inside it ("… in vier" "Jahren"), not "… vorbei" "Ort, Datum"
    wrapped_title = title and wrapped and head == 0 and all(len(line) >= width - 15 and _stops_inside(line)
                                                            for line in body[:-1])
    if len(body) < 2 or not all(len(line) <= WRAPPED_LINE[1] for line in body) or not (
            _ends_sentence(body[-1]) or wrapped_title):
        return block
    items = [i for i, line in enumerate(body)
             if _NUMBERED.match(line) and (i == 0 or _ends_sentence(body[i - 1]) or _NUMBERED.match(body[i - 1]))]
    if sum(1 for line in body if _BULLET.match(line)) > 1 or len(items) > 1:  # not "… belegt Rang" "38. Karlsruhe …"
        return block
    if not wrapped and sum(1 for line in body[:-1] if _stops_inside(line)) * 2 < len(body) - 1:
        return block
    if title and head == 0 and not wrapped:  # "Kiel klettert … nach oben" / "Kiel, 17.09.2025 – Die Stadt …": a title
        head, body = 1, body[1:]
        if len(body) < 2:
            return block
    joined = body[0].rstrip()
    for line in body[1:]:
        line = line.strip()
        if joined[-1:] == "-" and joined[-2:-1].isalpha() and line[:1].isalpha():
            joined = (joined[:-1] if line[0].islower() else joined) + line  # "Digitali-" "sierung", "Nordrhein-" "Westfalen"
        else:
            joined += " " + line
    return block[:head] + [joined]


def _ends_sentence(line: str) -> bool:
    return line.rstrip(" \t").rstrip(_CLOSERS).endswith((".", "!", "?", ":", "…"))


def _stops_inside(line: str) -> bool:
    """A line that stops on a lower-case word or a comma."""
    stripped = line.rstrip(" \t")
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    return stripped.endswith(",") or (last.isalpha() and last.islower())


def read_file(path: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The text of an article file, or an ArticleparseError that says what to do."""
    path = Path(path)
    try:
        if not path.exists():
            raise ArticleparseError("E001", path=path)
        if path.is_dir():
            raise ArticleparseError("E002", path=path)
        size = path.stat().st_size
        if size > max_chars * BYTES_PER_CHAR:
            raise ArticleparseError("E006", path=path, size=f"about {size}", limit=max_chars)
        with path.open("rb") as stream:
            data = read_bounded(stream, path, max_chars)
    except (OSError, ValueError) as exc:
        raise ArticleparseError("E003", path=path, reason=getattr(exc, "strerror", None) or str(exc)) from None
    text = decode(data, str(path))
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        text = html_to_text(text, str(path))
    return check_text(normalise(text), str(path), max_chars)


def read_bounded(stream: BinaryIO, name: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> bytes:
    """At most max_chars × 4 bytes of a stream (stdin, a device, a pipe); E006 when there is more."""
    limit = max_chars * BYTES_PER_CHAR
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise ArticleparseError("E006", path=name, size=f"more than {limit} bytes", limit=max_chars)
    return data


def read_stream(stream: BinaryIO, name: str = "<stdin>", max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The checked, normalised text of a byte stream such as stdin."""
    return check_text(normalise(decode(read_bounded(stream, name, max_chars), name)), name, max_chars)


def check_text(text: str, name: str, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """`text` if it is something to extract from: not blank (E005), not above `max_chars` (E006)."""
    if len(text) > max_chars:
        raise ArticleparseError("E006", path=name, size=len(text), limit=max_chars)
    if not text.strip():
        raise ArticleparseError("E005", path=name)
    if _has_surrogates(text):
        raise ArticleparseError("E004", path=name, reason="it contains unpaired UTF-16 surrogates")
    return text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# HTML ---------------------------------------------------------------------------------------------------
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]{0,1000}\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")
_DECLARATIONS = re.compile(r"<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b", re.IGNORECASE)
_XML_PI = re.compile(r"<\?xml[^>]{0,1000}\?>", re.IGNORECASE)
_SKIPPED = frozenset({"script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object"})
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
                     "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "title"})


def html_to_text(html: str, name: str = "<html>") -> str:
    """Main text of an HTML page: trafilatura on the page with any DTD, entity declaration and XML
    declaration removed first (nothing is resolved or fetched); when it finds no main text (fragments,
    nesting deeper than libxml2 accepts), the text outside scripts and styles, read without a tree."""
    import trafilatura

    html = sanitise_html(html)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, no_fallback=False) or ""
    except (ValueError, TypeError, RecursionError, MemoryError):
        text = ""
    if not text.strip():
        text = _plain_text(html)
    if not text.strip():
        raise ArticleparseError("E009", path=name)
    return text


def sanitise_html(html: str) -> str:
    """The page without what could make an XML/HTML parser resolve or fetch anything: the internal DTD
    subset, entity/element declarations and the XML declaration. Entity references stay as written."""
    match = _DOCTYPE_SUBSET.search(html, 0, _SAMPLE)
    if match:
        close = _SUBSET_END.search(html, match.end())
        html = html[:match.start()] + (html[close.end():] if close else "")
    html = _DECLARATIONS.sub("<!x-removed ", html)
    return _XML_PI.sub("", html)


class _TextCollector(HTMLParser):
    """Text outside scripts and styles; an event parser, so nesting depth costs nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.skipping:
            self.parts.append(data)

    def handle_entityref(self, name) -> None:
        if not self.skipping:
            self.parts.append(html_lib.unescape(f"&{name};"))

    def handle_charref(self, name) -> None:
        if not self.skipping:
            self.parts.append(html_lib.unescape(f"&#{name};"))


def _plain_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
