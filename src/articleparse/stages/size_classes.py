"""How the press writes a size class of towns ("200.000 bis 500.000 Einwohner"): the surface forms the gazetteer
adds for a category named by its bounds, so "zwischen 200 000 und 500 000 Einwohnern" and "mit zweihunderttausend
bis fünfhunderttausend Einwohnern" name the class as its canonical name does."""
from __future__ import annotations

from articleparse.knowledge import SIZE_CLASS, count_of

_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
_NOUNS = ["Einwohner", "Einwohnern", "Einw."]
_ABOVE = ["über", "mehr als", "ab"]
_BELOW = ["unter", "weniger als"]


def _below_thousand(n: int) -> list[str]:
    """1 <= n <= 999 in German words, as the first part of a compound ("zweihundert", "fünfzig"; "hundert" and
    "einhundert")."""
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        tail = ""
    elif rest < 10:
        tail = _UNITS[rest]
    elif rest < 20:
        tail = _TEENS[rest - 10]
    else:
        tail = (_UNITS[rest % 10] + "und" if rest % 10 else "") + _TENS[rest // 10]
    heads = (["hundert", "einhundert"] if hundreds == 1 else [_UNITS[hundreds] + "hundert"]) if hundreds else [""]
    return [head + tail for head in heads]


def _number_styles(n: int) -> list[list[str]]:
    """The ways a round number of inhabitants is written, one list per style so that both bounds of a class are
    written alike: "200.000", "200 000", "200000", "zweihunderttausend" (and "einer halben Million")."""
    grouped = f"{n:,}".replace(",", ".")
    styles = [[grouped], [grouped.replace(".", " ")], [str(n)]]
    if n % 1000 == 0 and n < 1_000_000:
        words = [w + "tausend" for w in _below_thousand(n // 1000)]
        if n == 500_000:
            words += ["einer halben Million", "eine halbe Million"]
        styles.append(words)
    return styles


def size_class_forms(category: str) -> list[str]:
    """Every surface form of a size class given by its bounds; empty for any other category."""
    bounds = SIZE_CLASS.match(category)
    if bounds is None:
        return []
    low, high, word = count_of(bounds["low"]), count_of(bounds["high"]), bounds["word"]
    forms = []
    high_styles = _number_styles(high) if high is not None else []
    for i, lows in enumerate(_number_styles(low)):
        if high is not None:
            highs = high_styles[i] if i < len(high_styles) else []  # both bounds in one style
            spans = [f"{a} bis {b}" for a in lows for b in highs] + [f"zwischen {a} und {b}" for a in lows for b in highs]
            if i < 3:  # digits only: "200.000-500.000"
                spans += [f"{a}{dash}{b}" for a in lows for b in highs for dash in ("-", "–")]
        else:
            spans = [f"{lead} {a}" for lead in (_ABOVE if word == "über" else _BELOW) for a in lows]
        forms += [f"{span} {noun}" for span in spans for noun in _NOUNS]
    return forms
