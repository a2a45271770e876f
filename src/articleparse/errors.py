"""Error codes and messages, defined once. Each says what went wrong and what to do."""
from __future__ import annotations

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
}


class ArticleparseError(Exception):
    """An input problem with a stable code; `extract` prints it on one line and exits 2."""

    def __init__(self, code: str, **fields):
        self.code = code
        self.message = MESSAGES[code].format(**fields)
        super().__init__(f"{code} {self.message}")

    def record(self) -> Error:
        return Error(code=self.code, message=self.message)
