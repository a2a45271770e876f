"""articleparse: structured, verified, source-grounded ranking records from German press articles."""
from articleparse.report import SCHEMA_VERSION, Report

from articleparse.read import normalise

__all__ = ["SCHEMA_VERSION", "Report", "parse", "Extractor", "normalise"]
__version__ = "0.1.0"


def __getattr__(name):
    # The pipeline imports spaCy; load it only when the API is used, not on `import articleparse`.
    if name in ("parse", "Extractor"):
        from articleparse import api

        return getattr(api, name)
    raise AttributeError(name)
