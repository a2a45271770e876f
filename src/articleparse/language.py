"""A cheap language guess from function words, to warn when a text is not German."""
from __future__ import annotations

import re
from functools import cache

from articleparse.resources import load_yaml

_WORD = re.compile(r"[a-zäöüßéèàç]+")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load_yaml("stopwords.yaml").items()}


def detect_language(text: str, sample: int = 20_000) -> str | None:
    """'de', 'en', 'fr', … by the share of each language's function words; None when too short to tell."""
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 5:
        return None
    counts = {lang: sum(map(ws.__contains__, words)) for lang, ws in _stopwords().items()}  # True counts as 1
    lang, best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == "de"))
    return lang if best >= max(2, len(words) // 50) else None
