"""Numbers: digits, German number words and ordinals to values on each token.

Sets the kind of a number (year, card, ord, cardord, dec, last, or prevord for the edition before's ordinal:
"Vorjahres-Dritte", "Vorjahreserste"; what token patterns match on) as its
NORM "ap:<kind>", readable as `token._.ap_kind`,
`token._.ap_card` (a cardinal: "74", "vierzehn", "ein", "80,1", "1.047"), `token._.ap_ord` (an ordinal:
"70.", "dritten", "Dritter", "Vorjahres-Dritte") and `token._.ap_from_last` (0 for "Letzter", 1 for
"Vorletzter"). A number with a period that ends its sentence ("auf Platz 83.") is both a cardinal and an
ordinal; "3." before a month is part of a date and neither.
"""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from articleparse.resources import load_yaml

KIND_PREFIX = "ap:"
for _attr in ("ap_card", "ap_ord", "ap_from_last"):
    if not Token.has_extension(_attr):
        Token.set_extension(_attr, default=None)


def number_kind(token: Token) -> str | None:
    """The kind of a number token, None for other tokens: `token._.ap_kind` without the cost of an extension."""
    norm = token.norm_
    return norm[3:] if norm.startswith(KIND_PREFIX) else None


if not Token.has_extension("ap_kind"):
    # The kind lives in NORM, which the Matcher reads natively (extension predicates cost ~20x more).
    Token.set_extension("ap_kind", getter=number_kind)

_INT = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")
_DECIMAL = re.compile(r"^\d+,\d+\.?$")  # "2,97." at a sentence's end keeps the period
_ORD_DIGITS = re.compile(r"^(\d{1,4}|\d{1,3}(?:\.\d{3})+)\.$")  # "70.", "waren es noch 1.114."
_YEAR_FORM = re.compile(r"^((?:19|20)\d\d)er(?:-(?!jahre)\w+)?$")  # "2023er-Ausgabe", not "2010er-Jahren"
_WORD = re.compile(r"^[a-zäöüß]+$")


class NumberReader:
    """Reads the value of number tokens; word values are cached per process."""

    def __init__(self, nlp: Language, name: str):
        data = load_yaml("numbers.yaml")
        stems = sorted((s for s in data["cardinal_stems"] if s), key=len, reverse=True)
        self.stem_re = re.compile("(?:%s)" % "|".join(stems))
        endings = "|".join(data["ordinal_endings"])
        self.ordinal_re = re.compile(r"^(.+?)(?:%s)$" % endings)
        self.ordinal_words = data["ordinal_words"]
        self.from_last = data["from_last"]
        self.ordinal_compounds = tuple(data["ordinal_compounds"])
        self.count_nouns = set(data["count_nouns"])
        self.months = set(load_yaml("sentences.yaml")["ordinal_followers"][:24])
        self._words: dict[int, tuple] = {}  # what _word read, by ORTH hash

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        words = self._words
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # Token objects only for numbers
            number = words.get(orth)
            if number is None:
                text = strings[orth]
                number = self._digits(doc, i, text) if text[0].isdigit() else words.setdefault(orth, self._word(text))
            if not number:
                continue
            card, ord_, last, kind = number
            if kind == "year" and i + 1 < len(doc) and doc[i + 1].lower_ in self.count_nouns and not (
                    i and doc[i - 1].lower_ in ("seit", "bis", "ab", "im", "in", "von", "vor", "nach", "jahr")):
                kind = "card"  # "2092 Hochschulen" counts, it is no year; "seit 2019 Städte" is one
            elif kind == "year" and i > 1 and doc[i - 1].text == "/" and _INT.match(doc[i - 2].text):
                before = int(doc[i - 2].text.replace(".", ""))
                if before > 12 and not 1900 <= before <= 2100:
                    kind = "card"  # "Vorlage 112/2025": a file number, not a year; "09/2025" (a month) and "2023/2024" stay years
            token = doc[i]
            token.norm_ = KIND_PREFIX + kind
            extensions = token._
            if card is not None:
                extensions.ap_card = card
            if ord_ is not None:
                extensions.ap_ord = ord_
            if last is not None:
                extensions.ap_from_last = last
        return doc

    def _digits(self, doc: Doc, i: int, text: str) -> tuple:
        """(cardinal, ordinal, from_last, kind) of a token that starts with a digit; () for none."""
        if _INT.match(text):
            return _number(int(text.replace(".", "")), None, None, text)
        if _DECIMAL.match(text):
            return _number(float(text.rstrip(".").replace(",", ".")), None, None, text)
        if m := _YEAR_FORM.match(text):
            return _number(int(m.group(1)), None, None, text)
        if m := _ORD_DIGITS.match(text):
            value = int(m.group(1).replace(".", ""))
            i += 1
            paragraph_ends = False
            while i < len(doc) and doc[i].is_space:  # "… von insgesamt 81.\n\nDie Stadt …"
                paragraph_ends = paragraph_ends or "\n\n" in doc[i].text
                i += 1
            nxt = doc[i] if i < len(doc) else None
            if nxt is not None and nxt.text.rstrip(".") in self.months and not paragraph_ends:
                return ()  # "am 3. Oktober", but not "auf Platz 20.\n\nDezember: …" (a paragraph opening with a month)
            return _number(value if nxt is None or nxt.is_sent_start else None, value, None, text)
        return ()

    def _word(self, text: str) -> tuple:
        """(cardinal, ordinal, from_last, kind) of a token that does not start with a digit; () for none."""
        if not (text[0].isalpha() and len(text) > 2):
            return ()
        lower = text.lower()
        if lower.startswith("vorjahres") and len(lower) > len("vorjahres-"):  # "Vorjahres-Dritte", "Vorjahreserste": the edition before's
            number = _number(*self._read_word(lower.removeprefix("vorjahres").lstrip("-")), text)
            return (*number[:3], "prevord") if number and number[3] == "ord" else ()
        return _number(*self._read_word(lower.rsplit("-", 1)[-1]), text)

    def _read_word(self, word: str) -> tuple:
        if not _WORD.match(word):
            return (None, None, None)
        m = self.ordinal_re.match(word)
        if m:
            stem = m.group(1)
            if stem.endswith(self.ordinal_compounds):  # "Zweitplatzierter", "Letztplatzierte"
                stem = next(stem[: -len(c)] for c in self.ordinal_compounds if stem.endswith(c))
            if stem in self.from_last:
                return (None, None, self.from_last[stem])
            if stem in self.ordinal_words:
                return (None, self.ordinal_words[stem], None)
            if stem.endswith("st") and self.stem_re.search(stem):  # "einundzwanzigste"
                value = _text2num(stem[:-2])
                if value is not None:
                    return (None, value, None)
            if stem.endswith("t") and self.stem_re.search(stem):  # "dreizehnte": -t up to nineteen
                value = _text2num(stem[:-1])
                if value is not None and 13 <= value < 20:
                    return (None, value, None)
        if word in ("eine", "einen", "einem", "einer"):
            return (1, None, None)
        if self.stem_re.search(word):
            return (_text2num(word), None, None)
        return (None, None, None)


def _number(card, ord_, last, text: str) -> tuple:
    """(cardinal, ordinal, from_last, kind) with the number's kind for token patterns (year, card, ord, cardord, dec
    or last); () for no number."""
    if last is not None:
        return card, ord_, last, "last"
    if isinstance(card, float):
        return card, ord_, last, "dec"
    if card is not None and 1900 <= card <= 2100 and text[:4].isdigit() and (len(text.rstrip(".")) == 4 or text[4:6] == "er"):
        return card, ord_, last, "year"
    if card is not None and 1950 <= card <= 2100 and card != 2000 and text.lower().startswith(("zweitausend", "neunzehnhundert")):
        return card, ord_, last, "year"  # "zweitausendvierundzwanzig" in a transcript
    if card is not None:
        return card, ord_, last, "cardord" if ord_ is not None else "card"
    return (card, ord_, last, "ord") if ord_ is not None else ()


def _text2num(word: str) -> int | None:
    from text_to_num import text2num

    try:
        return text2num(word, "de")
    except ValueError:
        return None


@Language.factory("articleparse_numbers", assigns=["token.norm", "token._.ap_card", "token._.ap_ord", "token._.ap_from_last"])
def make_numbers(nlp: Language, name: str) -> NumberReader:
    return NumberReader(nlp, name)
