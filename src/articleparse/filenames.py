"""File names made from document ids, which come from the input and so cannot be trusted.

Use `safe_filename(doc_id)` wherever an id becomes (part of) a path: the result is one path component
that cannot leave the folder it is joined to, and different ids give different names.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_NAME = 100
"""Longest name returned, in characters (well below the 255-byte limit of common file systems)."""
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_HASHED = re.compile(r"(^|_)[0-9a-f]{12}$")
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$")


def safe_filename(doc_id: str, max_length: int = MAX_NAME) -> str:
    """A file name for `doc_id`: ASCII letters, digits, '.', '_' and '-' only; never '', '.', '..', hidden,
    nor a Windows device name; at most `max_length` characters. An id that is already such a name is kept
    as it is; any other gets a short hash of the id appended, so that two ids never share a name."""
    text = str(doc_id)
    base = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    base = _UNSAFE.sub("_", base).strip("._-")
    if base == text and base and len(base) <= max_length and not _RESERVED.match(base) and not _HASHED.search(base):
        return base
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    base = base[:max(0, max_length - len(digest) - 1)].rstrip("._-")
    return f"{base}_{digest}" if base else digest
