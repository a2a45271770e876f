"""Sentence boundaries for German press text.

A number with a period ("70.", "2023.") ends a sentence when a new sentence visibly starts after it, and is
an ordinal when what follows is a month ("am 3. Oktober"), a noun it counts ("der 5. Platz"), a comma, or
lower-case text, or when it opens a line ("2. Hamburg (89,6 Punkte)"). Line and paragraph breaks end a sentence.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE, LIKE_NUM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from articleparse.resources import load_yaml

NOT_START = numpy.uint64(2**64 - 1)  # -1 in spaCy's uint64 attribute arrays
_NUM_PERIOD = re.compile(r"^\d+\.$")
_ENDS = (".", "!", "?", ":", "…")
_CLOSERS = {'"', "“", "”", "»", "«", "‘", "’", "'", ")", "]"}
TEXT, TEXTS, BOUNDS = "articleparse_text", "articleparse_texts", "articleparse_sentences"  # keys in `doc.user_data`


class _Words:
    """What the splitter reads of a Doc's tokens, one list per attribute, read from the Doc's arrays (Token
    objects cost more)."""

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        orths, is_space, like_num, space_after = doc.to_array([ORTH, IS_SPACE, LIKE_NUM, SPACY]).T.tolist()
        self.text = [strings[orth] for orth in orths]
        self.is_space = is_space
        self.like_num = like_num
        self.space_after = space_after


class SentenceSplitter:
    """Sets `is_sent_start` on every token."""

    def __init__(self, nlp: Language, name: str):
        words = load_yaml("sentences.yaml")
        self.ordinal_followers = set(words["ordinal_followers"])
        self.abbreviations = set(words["abbreviations"])
        self.abbreviations_before_numbers = set(words["abbreviations_before_numbers"])
        self.rank_nouns = set(words["rank_nouns"])
        self.number_words = set(words["number_words"])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        words = _Words(doc)
        doc.user_data[TEXTS] = words.text
        doc.user_data[TEXT] = "".join([text + " " if space else text for text, space in zip(words.text, words.space_after)])
        # A sentence starts at most four tokens after a line break or a token ending like a sentence.
        ends = [j for j, text in enumerate(words.text) if text.endswith(_ENDS) or "\n" in text]
        firsts = [0] + sorted(i for i in {j + k for j in ends for k in range(1, 5) if j + k < len(doc)} if self._starts(words, i))
        doc.user_data[BOUNDS] = list(zip(firsts, firsts[1:] + [len(doc)]))
        # One array write: setting Token.is_sent_start one by one rescans the Doc each time.
        starts = numpy.full((len(doc), 1), NOT_START, dtype="uint64")
        starts[firsts] = 1
        doc.from_array([SENT_START], starts)
        return doc

    def _starts(self, words: _Words, i: int) -> bool:
        text, is_space = words.text, words.is_space
        if is_space[i]:
            return False
        if "\n" in text[i - 1] and is_space[i - 1]:  # a line break is a token of its own
            return True
        j = i - 1
        while j > max(0, i - 4) and (text[j] in _CLOSERS or is_space[j]):
            j -= 1
        last = text[j]
        if not (last.endswith((".", "!", "?", ":")) or last in {".", "!", "?", "…"}):
            return False
        if last.endswith(":"):
            return False
        first_char = text[i][0]
        if not (first_char.isupper() or first_char.isdigit() or first_char in "„\"»(«"):
            return False
        abbreviation = last.lower() if last != "." else (text[j - 1].lower() + "." if j > 0 and not is_space[j - 1] else "")
        if abbreviation in self.abbreviations_before_numbers:  # "(Vj. 1)", "Frankfurt/M. (5)", not "… 90 Pkt. Zweiter wird …"
            return not (first_char.isdigit() or first_char == "(")
        if last in {".", "!", "?", "…"}:
            return True
        if _NUM_PERIOD.match(last):
            return not (self._numbers_an_item(words, j, i) or self._is_ordinal_context(words, i, last))
        return last.lower() not in self.abbreviations

    @staticmethod
    def _numbers_an_item(words: _Words, j: int, i: int) -> bool:
        """"2. Hamburg (89,6 Punkte)": a number opening a line numbers a list item, and so does one after a colon or
        comma before a name the list goes on from ("Die Top 3: 1. Hamburg, 2. Karlsruhe"; not "Platz: 7. Die Stadt")."""
        if j == 0:
            return True
        before = words.text[j - 1]
        if words.is_space[j - 1] and "\n" in before:
            return True
        return before in (":", ",") and i + 1 < len(words.text) and words.text[i + 1] in (",", "und", "(", ".")

    def _is_ordinal_context(self, words: _Words, i: int, number: str) -> bool:
        """True when the number "N." before token i is an ordinal, not the end of a sentence."""
        nxt, text = words.text[i], words.text
        if nxt in self.rank_nouns and i + 1 < len(text):
            if text[i + 1].isdigit() or text[i + 1].lower() in self.number_words:
                return False  # "… noch 81. Platz eins belegt München"
        if nxt in self.ordinal_followers or nxt.rstrip(".") in self.ordinal_followers:
            return True
        value = int(number[:-1])
        if value <= 31 and i + 1 < len(text) and words.like_num[i + 1] and len(text[i + 1]) == 4:
            return True  # "am 3. Oktober 2024" also covers a month written in another form
        return False


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in `doc.user_data` (this stage puts it there): the property joins every token's text on each
    access."""
    if TEXT not in doc.user_data:
        doc.user_data[TEXT] = doc.text
    return doc.user_data[TEXT]


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, kept in `doc.user_data` (this stage puts it there), for scans without Token objects."""
    if TEXTS not in doc.user_data:
        doc.user_data[TEXTS] = [token.text for token in doc]
    return doc.user_data[TEXTS]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token positions of the sentences, as `doc.sents` gives them: kept in `doc.user_data` by this
    stage, else read from one array instead of the Doc's tokens."""
    if BOUNDS in doc.user_data:
        return doc.user_data[BOUNDS]
    if not len(doc):
        return []
    starts = [0] + [i for i in (doc.to_array(SENT_START) == 1).nonzero()[0].tolist() if i > 0]
    return list(zip(starts, starts[1:] + [len(doc)]))


@Language.factory("articleparse_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
