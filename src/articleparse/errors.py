"""Error codes and messages, defined once. Each says what went wrong and what to do.

A message is always one line of bounded length: the fields put into it (paths, reasons, values taken from
the input) have control characters escaped and are shortened, so hostile input cannot forge extra lines
on stderr or flood it.
"""
from __future__ import annotations

import re

from articleparse.report import Error

MESSAGES = {
    "E001": "file not found: {path} (check the path)",
    "E002": "{path} is a directory; give article files to `extract`, or use `articleparse corpus` for folders",
    "E003": "{path} could not be read: {reason}",
    "E004": "{path} is not text (binary data: {reason}); give a UTF-8, cp1252 or UTF-16 text file",
    "E005": "{path} is empty; nothing to extract",
    "E006": "{path} is {size} characters, above the limit of {limit} (raise it with --max-chars)",
    "E007": "{path}: the text could not be processed: {reason}",
    "E008": "{path}: record {line} is not valid: {reason}",
    "E009": "{path} is HTML without any text outside markup and scripts; nothing to extract",
}
MAX_FIELD = 300
"""Longest field value kept in a message, in characters."""
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class ArticleparseError(Exception):
    """An input problem with a stable code; `extract` prints it on one line and exits 2."""

    def __init__(self, code: str, **fields):
        self.code = code
        self.fields = fields
        self.message = MESSAGES[code].format_map(_Fields({k: one_line(v) for k, v in fields.items()}))
        super().__init__(f"{code} {self.message}")

    def record(self) -> Error:
        return Error(code=self.code, message=self.message)


def one_line(value: object, limit: int = MAX_FIELD) -> str:
    """`value` as a single printable line of at most `limit` characters (control characters escaped)."""
    text = str(value)
    if len(text) > limit * 4:
        text = text[:limit * 4]
    text = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii")
                            if not 0xD800 <= ord(m.group()) <= 0xDFFF else f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Fields(dict):
    """Format fields; a field a message needs but was not given shows as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"
