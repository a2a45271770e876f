"""Gazetteer: places, rankings, publishers and categories named in the text, from the knowledge data.

The surface forms (canonical names, aliases, short and genitive forms, epithets, demonyms) are tokenised once when
the model is built and stored with it (`gazetteer.json`); matching is a longest-match lookup keyed by the first token.
Places match case-sensitively ("Essen", not "essen"); names that are also common words or people
("das Essen", "Nina Hagen") are kept only where the context reads as a place.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from articleparse.knowledge import Knowledge
from articleparse.resources import load_yaml
from articleparse.stages.size_classes import size_class_forms

# One span extension per stage: spaCy keys span extensions by character offsets only.
if not Span.has_extension("ap_gaz"):
    Span.set_extension("ap_gaz", default=None)
PLACE_LABELS = ("CITY", "DISTRICT", "COUNTY", "STATE", "COUNTRY", "REGION", "ORGANIZATION")
if not Token.has_extension("ap_place"):
    # Places are also the Doc's entities (label: the place type), which the Matcher reads natively.
    Token.set_extension("ap_place", getter=lambda t: t.ent_type_ in PLACE_LABELS)

GROUPS = {"place": "ap_places", "ranking": "ap_rankings", "publisher": "ap_publishers", "category": "ap_categories"}


_INFLECTABLE = re.compile(r"^\w+(al|isch|lich|ig|iv|ell|ar)e ", re.IGNORECASE)
# "Mobilitätswertung", "Verwaltungsranking", "das Mobilitätsfeld": a one-word category joined to a head noun of a
# table's part, with the linking "s" after the endings that take it
_COMPOUND_HEADS = ("wertung", "feld", "ranking", "kategorie")
_LINKING_S = ("ung", "tät", "heit", "keit", "schaft", "ion")


def _inflected(form: str) -> str:
    """"Digitale Gesellschaft" -> "Digitalen Gesellschaft": the adjective as after an article in the dative."""
    first, rest = form.split(" ", 1)
    return f"{first}n {rest}"


class Gazetteer:
    """Adds span groups ap_places, ap_rankings, ap_publishers, ap_categories."""

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.table: dict[str, dict[str, list]] = {"exact": {}, "lower": {}}
        self._hashed: dict[str, dict[int, list]] | None = None  # the table by string hashes, made on first use
        context = load_yaml("ambiguity.yaml")
        self.not_before_place = set(context["not_before_place"])
        self.first_names = set(context["first_names"])
        self.allowed_before = set(context["allowed_before_place"])
        self.reaching_verbs = set(context["reaching_verbs"])

    # building -----------------------------------------------------------------------------------------
    def add_knowledge(self, knowledge: Knowledge) -> None:
        """Add every surface form of the given knowledge to the table."""
        for place in knowledge.places.values():
            info = {"type": place.type, "ambiguous": place.ambiguous}
            for form in dict.fromkeys([place.name, *place.aliases, *place.genitives]):
                self._add("exact", form, "place", place.name, info)
            for epithet in place.epithets:
                self._add("exact", epithet, "place", place.name, {"type": place.type, "ambiguous": False, "epithet": True})
            for demonym in dict.fromkeys(f for d in place.demonyms for f in (d, d + "n", d + "in", d + "innen")):  # "den Münchnern", "Hamburgerin"
                self._add("exact", demonym, "place", place.name, {"type": place.type, "ambiguous": False, "demonym": True})
        for ranking in knowledge.rankings.values():
            forms = [ranking.name, *ranking.aliases]
            forms += [f + "s" for f in forms if f.lower().endswith(("ranking", "test", "monitor"))]  # genitive
            for form in dict.fromkeys(forms):
                self._add("lower", form, "ranking", ranking.name, {})
            for form in ranking.shared_aliases:
                self._add("lower", form, "ranking", form, {"rankings": [ranking.name]})
            # every name of a publisher stands for all its rankings ("Forschungsinstitut Prognos")
            publisher_forms = [f for r in knowledge.rankings.values() if r.publisher == ranking.publisher
                               for f in (r.publisher, *r.publisher_aliases)]
            for form in dict.fromkeys(publisher_forms):
                self._add("lower", form, "publisher", ranking.publisher, {"rankings": [ranking.name]})
            for category in ranking.categories:
                names = [category, *ranking.category_aliases.get(category, []), *size_class_forms(category)]
                stems = [f.removesuffix("ranking") if f.endswith("ranking") else f + ("s" if f.endswith(_LINKING_S) else "")
                         for f in names if f.isalpha() and len(f) > 4 and not f.lower().endswith(("index", "tabelle"))]
                forms = names + [f + "s" for f in names if f.endswith(("ranking", "index"))]  # "des Niveaurankings"
                forms += [_inflected(f) for f in forms if _INFLECTABLE.match(f)]  # "bei der Digitalen Gesellschaft"
                forms += [stem + head for stem in stems for head in _COMPOUND_HEADS]  # "Nachhaltigkeits-", "Mobilitäts-"
                for form in dict.fromkeys(forms):
                    self._add("lower", form, "category", category, {"rankings": [ranking.name], "labels": {ranking.name: category}})

    def _add(self, table: str, form: str, kind: str, label: str, info: dict) -> None:
        self._hashed = None
        words = [t.text for t in self.nlp.make_doc(form)]
        if table == "lower":
            words = [w.lower() for w in words]
        entries = self.table[table].setdefault(words[0], [])
        for entry in entries:
            # one entry per form; a category's form may name categories of several rankings ("Dynamik" of the
            # Zukunftsatlas and of the IW-Städteranking): its `labels` say which for which ranking
            if entry[0] == words and entry[1] == kind and (entry[2] == label or kind == "category"):
                for key, value in info.items():
                    if isinstance(value, list):  # keep the catalogue's order: the first listed is the default
                        entry[3][key] = list(dict.fromkeys(entry[3].get(key, []) + value))
                    elif isinstance(value, dict):
                        entry[3][key] = {**value, **entry[3].get(key, {})}
                return
        entries.append([words, kind, label, dict(info)])
        entries.sort(key=lambda e: -len(e[0]))

    # matching -----------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {group: [] for group in GROUPS.values()}
        if self._hashed is None:
            self._hashed = {name: _by_hash(table, doc.vocab.strings) for name, table in self.table.items()}
        exact, lower = self._hashed["exact"], self._hashed["lower"]
        # the string hashes of the Doc's texts and lower-case forms, from its arrays: no Token objects, no strings
        orths, lowers = doc.to_array([ORTH, LOWER]).T.tolist()
        end = 0
        for i in [i for i, (orth, lower_hash) in enumerate(zip(orths, lowers)) if orth in exact or lower_hash in lower]:
            if i < end:
                continue
            match = self._longest(orths, i, exact.get(orths[i]))
            other = self._longest(lowers, i, lower.get(lowers[i]))
            if other is not None and (match is None or other[0] > match[0] or (other[0] == match[0] and other[1] == "publisher")):
                match = other  # "Haselhorst Associates", "der Beratung Haselhorst": the publisher, not the place
            if match is None:
                continue
            end, kind, label, info = match
            if info.get("demonym") and not _names_the_people(doc, i, end):
                continue
            if kind != "place" or not info.get("ambiguous") or self._reads_as_place(doc, i, end):
                span = Span(doc, i, end, label=label, kb_id=info.get("type", ""))
                span._.ap_gaz = info
                found[GROUPS[kind]].append(span)
        for group, spans in found.items():
            doc.spans[group] = spans
        doc.ents = [Span(doc, s.start, s.end, label=s.kb_id_.upper(), kb_id=s.label_) for s in found["ap_places"]]
        return doc

    @staticmethod
    def _longest(words_of_doc: list[int], i: int, entries):
        """The longest entry whose words are those of the Doc (the hashes of its texts or lower-case forms) from token
        i on."""
        if not entries:
            return None
        for words, kind, label, info in entries:
            end = i + len(words)
            if end > len(words_of_doc):
                continue
            if words_of_doc[i:end] == words:
                return end, kind, label, info
        return None

    def _reads_as_place(self, doc: Doc, start: int, end: int) -> bool:
        """A name that is also a word or a person: "das Essen", "eine Halle", "Nina Hagen" are not places; one with its
        qualifier in parentheses always is ("schafft es Halle (Saale) auf Platz zehn")."""
        if start == 0 or doc[start].is_sent_start or any(t.text == "(" for t in doc[start:end]):
            return True
        prev = doc[start - 1]
        if prev.lower_ in self.not_before_place or prev.text in self.first_names or prev.like_num:
            return False  # "das Essen", "Nina Hagen", "900 Franken"
        if prev.lower_ == "es" and start >= 2 and doc[start - 2].lower_ in self.reaching_verbs:
            return True  # "schafft es Essen auf Platz zehn", not "gibt es Essen", "hat es Essen … gegeben"
        if prev.is_lower and prev.is_alpha and prev.lower_ not in self.allowed_before:
            return not prev.lower_.endswith(("e", "en", "er", "es", "em"))
        return True

    # serialisation ------------------------------------------------------------------------------------
    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "gazetteer.json").write_text(
            json.dumps(self.table, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
        )

    def from_disk(self, path, exclude=tuple()):
        self.table = json.loads((Path(path) / "gazetteer.json").read_text(encoding="utf-8"))
        self._hashed = None
        return self


SINGULAR_ARTICLES = {"der", "ein", "einen", "eines", "einem", "dem"}


def _names_the_people(doc: Doc, start: int, end: int) -> bool:
    """A demonym as a plural noun ("Die Dortmunder landen …", "den Kölnern"): not an adjective before a capitalised
    word, a number or a dash ("der Kölner Stadt-Anzeiger", "der Hamburger SV", "Kölner 1. FC"), nor after a singular
    article ("der Hamburger" on a menu, "der gebürtige Essener")."""
    after = doc[end].text if end < len(doc) else ""
    if after[:1].isupper() or after[:1].isdigit() or after in ("-", "–", "„", "\""):
        return False
    before = doc[start - 1].lower_ if start else ""
    adjective_between = start > 1 and doc[start - 2].lower_ in SINGULAR_ARTICLES and doc[start - 1].is_lower  # "der gebürtige"
    return before not in SINGULAR_ARTICLES and not adjective_between


def _by_hash(table: dict[str, list], strings) -> dict[int, list]:
    """A table of surface forms keyed and spelt by the string hashes of their words (as the Doc's arrays hold them)."""
    return {strings[first]: [[[strings[word] for word in words], kind, label, info] for words, kind, label, info in entries]
            for first, entries in table.items()}


@Language.factory(
    "articleparse_gazetteer",
    assigns=["doc.ents", "doc.spans"],
)
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp, name)
