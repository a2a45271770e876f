"""Rank phrase stage: the kind of each phrase (span label in ap_phrases) and the values it states."""
from __future__ import annotations

import pytest

from articleparse.resources import load_yaml
from articleparse.stages.rank_phrases import VALUE_FIELDS

# What a phrase states; other keys of `span._.ap_phrase` (needs_subject, subject_inside, …) are hints to assembly.
STATED = set(VALUE_FIELDS) | {"claim", "tie"}
# Kinds that only mark focus or reference; the table below lists the phrases that state something.
STATING = {"rank", "move", "claim", "total", "approx_total", "score", "range", "neighbours", "follow"}


def _phrases(doc):
    return [(s.text, s.label_, _stated(s)) for s in doc.spans["ap_phrases"] if s.label_ in STATING]


def _stated(span) -> dict:
    return {key: value for key, value in span._.ap_phrase.items() if key in STATED}


@pytest.mark.parametrize("text, phrases", [
    pytest.param("Mainz liegt auf Platz 74 von insgesamt 83, knapp vor Kiel.",
                 [("Platz 74 von insgesamt 83", "rank", {"rank": 74, "total": 83})], id="rank-of-total"),
    pytest.param("Die Stadt kommt auf Rang 41 im Vergleich.", [("Rang 41", "rank", {"rank": 41})], id="auf-rang"),
    pytest.param("Kiel liegt im Index auf Platz drei.", [("Platz drei", "rank", {"rank": 3})], id="platz-word"),
    pytest.param("Leverkusen landet auf dem 5. Platz.", [("5. Platz", "rank", {"rank": 5})], id="ordinal-platz"),
    pytest.param("Kiel (Platz 4, Vorjahr: 11) liegt gut.",
                 [("(Platz 4, Vorjahr: 11", "rank", {"rank": 4, "prev_rank": 11})], id="parenthesis-with-previous-year"),
    pytest.param("Kiel (12.) liegt gut.", [("(12.)", "rank", {"rank": 12})], id="parenthesis-ordinal"),
    pytest.param("Sie ist 70., hinter Hagen und vor Solingen.",
                 [("ist 70.", "rank", {"rank": 70}),
                  ("hinter Hagen und vor Solingen", "neighbours", {})], id="ist-ordinal-neighbours"),
    pytest.param("Kiel ist Vorletzter.", [("ist Vorletzter", "rank", {"from_last": 1, "claim": "last", "n": 1})], id="vorletzter"),
    pytest.param("Spitzenreiter ist wieder München.", [("Spitzenreiter", "rank", {"rank": 1, "claim": "first", "n": 1})],
                 id="spitzenreiter"),
    pytest.param("Schlusslicht ist Gelsenkirchen.", [("Schlusslicht", "rank", {"from_last": 0, "claim": "last", "n": 1})],
                 id="schlusslicht"),
    pytest.param("Hamburg steht ganz vorn, gefolgt von München und Köln.",
                 [("ganz vorn", "rank", {"rank": 1, "claim": "first", "n": 1}), ("gefolgt von", "follow", {})],  # the verb is context
                 id="ganz-vorn-gefolgt-von"),
    pytest.param("Auf den Plätzen fünf bis sieben folgen Dresden, Freiburg und Stuttgart.",
                 [("Plätzen fünf bis sieben", "range", {"rank": 5, "to_rank": 7})], id="range"),
    pytest.param("Kiel und Bonn teilen sich Platz 5 im Index.", [("teilen sich Platz 5", "rank", {"rank": 5, "tie": True})], id="tie"),
    # movements
    pytest.param("Bonn verbessert sich um 14 Plätze.", [("um 14 Plätze", "move", {"places": 14})], id="um-plaetze-up"),
    pytest.param("Gera fällt um 5 Plätze zurück.", [("um 5 Plätze", "move", {"places": -5})], id="um-plaetze-down"),
    pytest.param("Das ist ein Platz schlechter als im Jahr zuvor.", [("ein Platz schlechter", "move", {"places": -1})],
                 id="ein-platz-schlechter"),
    pytest.param("Kiel liegt drei Plätze besser als zuvor.", [("drei Plätze besser", "move", {"places": 3})], id="plaetze-besser"),
    pytest.param("Kiel rückte vom 12. auf den 8. Platz.", [("vom 12. auf den 8. Platz", "move", {"from_rank": 12, "to_rank": 8})],
                 id="from-to"),
    pytest.param("Kiel hält den Platz 3 souverän.", [("hält den Platz 3", "move", {"places": 0, "rank": 3})], id="holds"),
    pytest.param("Bochum verliert drei Plätze und landet auf Rang 30.",
                 [("verliert drei Plätze", "move", {"places": -3}), ("Rang 30.", "rank", {"rank": 30})], id="verliert-plaetze"),
    pytest.param("Bonn gewinnt fünf Ränge.", [("gewinnt fünf Ränge", "move", {"places": 5})], id="gewinnt-raenge"),
    # claims and totals
    pytest.param("Kiel bleibt unter den letzten zehn.", [("unter den letzten zehn", "claim", {"claim": "bottom", "n": 10})],
                 id="unter-den-letzten-zehn"),
    pytest.param("Kiel bleibt unter den besten zehn.", [("unter den besten zehn", "claim", {"claim": "top", "n": 10})],
                 id="unter-den-besten-zehn"),
    pytest.param("Kiel landet auf einem hinteren Platz.", [("auf einem hinteren Platz", "claim", {"claim": "bottom", "n": None})],
                 id="hinterer-platz"),
    pytest.param("Bitkom hat gut 80 deutsche Großstädte untersucht.",
                 [("gut 80 deutsche Großstädte", "approx_total", {"approx": "gut", "total": 80})], id="gut-80-grossstaedte"),
    pytest.param("Die Studie vergleicht 83 Großstädte.", [("vergleicht 83 Großstädte", "total", {"total": 83})], id="total"),
    pytest.param("Kiel, 2022 noch auf Platz 74 von 81, liegt hinten.",
                 [(", 2022 noch auf Platz 74 von 81", "rank", {"rank": 74, "total": 81})],
                 id="total-after-any-rank"),
    pytest.param("Düsseldorf lag auf Rang 29 – unter inzwischen 173 Städten.",
                 [("Rang 29", "rank", {"rank": 29}), ("unter inzwischen 173 Städten", "total", {"total": 173})], id="total-adverb"),
    pytest.param("2022 waren es noch 1.114 Orte.", [("waren es noch 1.114 Orte", "total", {"total": 1114})], id="waren-es-total"),
    pytest.param("Bewertet wurden 1047 Städte und Gemeinden bewertet.",
                 [("1047 Städte und Gemeinden bewertet", "total", {"total": 1047})], id="total-two-units"),
    pytest.param("Kiel erreicht 80,1 Punkte.", [("80,1 Punkte", "score", {"score": 80.1})], id="score"),
    pytest.param("In der Kategorie Mobilität ist Kiel in diesem Jahr Erster.", [("Erster", "rank", {"rank": 1})],
                 id="predicative-ordinal-noun"),
    pytest.param("Er schrieb über den Zweiten Weltkrieg.", [], id="ordinal-before-a-noun"),
    pytest.param("Kiel war so etwas wie die ewige Dritte.", [], id="ordinal-after-an-adjective"),
    pytest.param("Hier ist nicht Hamburg Erster, sondern Kiel.", [], id="negated-ordinal"),
    pytest.param("Münster verpasst als Sechster knapp die Top 5.", [("Sechster", "rank", {"rank": 6})], id="a-missed-claim"),
    pytest.param("Kiel verpasst Platz 1, bleibt aber in den Top 10.",
                 [("Top 10.", "claim", {"claim": "top", "n": 10})], id="missing-ends-with-its-clause"),
    pytest.param("Kiel büßt damit eine Position ein.", [("büßt damit eine Position", "move", {"places": -1})], id="buesst-eine-position-ein"),
    pytest.param("Kiel rückt zwei Plätze vor.", [("zwei Plätze", "move", {"places": 2})], id="verb-before-the-places"),
    pytest.param("Kiel rutscht eine Position nach hinten.", [("eine Position nach hinten", "move", {"places": -1})],
                 id="eine-position-nach-hinten"),
    pytest.param("In der Kita gibt es 40 Plätze, die Stadt verbessert sich.", [], id="places-of-a-kita-are-no-movement"),
    pytest.param("Dort werden rund 400 Kreise und kreisfreie Städte verglichen.",
                 [("rund 400 Kreise", "approx_total", {"approx": "rund", "total": 400})], id="rund-400-is-no-total"),
    pytest.param("2019 wurden 401 Kreise und kreisfreie Städte bewertet.",
                 [("401 Kreise und kreisfreie Städte", "total", {"total": 401})], id="kreise-und-kreisfreie-staedte"),
    pytest.param("Haselhorst hat 417 Städte ab 30.000 Einwohnern untersucht.",
                 [("hat 417 Städte ab 30.000 Einwohnern untersucht", "total", {"total": 417})], id="staedte-ab-einwohnern"),
    pytest.param("Vor drei Jahren war Halle sogar erst 39.", [("war Halle sogar erst 39.", "rank", {"rank": 39})],
                 id="place-between-copula-and-digit-ordinal"),
    # no rank phrase
    pytest.param("74 Prozent der Befragten sind zufrieden.", [], id="prozent-no-rank"),
    pytest.param("Das Parkhaus bietet Platz für 83 Autos.", [], id="platz-fuer-autos"),
    pytest.param("Mehr dazu auf Seite 3.", [], id="seite"),
    pytest.param("Der Parkplatz 12 ist voll.", [], id="parkplatz"),
    pytest.param("Bewertet wurden 71 kreisfreie Städte (2024: 72).", [("Bewertet wurden 71 kreisfreie Städte", "total", {"total": 71}),
                                                                    ("(2024: 72)", "total", {"total": 72})],
                 id="a-years-total-in-parentheses-is-a-total-not-a-rank"),
    pytest.param("Am 3. Oktober 2024 erschien die Liste.", [], id="date-no-rank"),
    # a filler that may not hold a place ({PLACE: false}): the winner stays the first place after the verb
    pytest.param("Es siegt Kiel vor Bonn und Essen.", [("siegt Kiel", "rank", {"rank": 1, "claim": "first", "n": 1})],
                 id="siegt-x-not-the-last-place-of-a-list"),
])
def test_rank_phrases(nlp, text, phrases):
    assert _phrases(nlp(text)) == phrases


def test_vorjahres_ordinal_states_the_previous_rank(nlp):
    doc = nlp("Der Vorjahres-Dritte Bonn liegt nur noch auf Platz 5.")
    assert [(s.text, _stated(s)) for s in doc.spans["ap_phrases"] if s.label_ == "rank"] == [
        ("Vorjahres-Dritte Bonn", {"prev_rank": 3}), ("Platz 5.", {"rank": 5})]


@pytest.mark.parametrize("text, kind", [
    pytest.param("Die Stadt liegt vorn.", "coref", id="die-stadt"),
    pytest.param("Sie liegt vorn.", "coref", id="sie"),
    pytest.param("Bei diesem Thema liegt Kiel vorn.", "category_ref", id="bei-diesem-thema"),
    pytest.param("Im Themenfeld Mobilität liegt Kiel vorn.", "category_cue", id="themenfeld"),
    pytest.param("In der Gesamtwertung liegt Kiel vorn.", "overall", id="gesamtwertung"),
    pytest.param("Der VfL steht in der Bundesliga auf Platz 3.", "block", id="football-blocks"),
    pytest.param("So weit vorn lag die Stadt noch nie.", "idiom", id="so-weit-vorn-is-an-idiom"),
])
def test_focus_and_reference_phrases(nlp, text, kind):
    doc = nlp(text)
    assert kind in [s.label_ for s in doc.spans["ap_phrases"]]


@pytest.mark.parametrize("epithet", sorted(load_yaml("shared_epithets.yaml")))
def test_every_shared_epithet_is_a_reference(nlp, epithet):
    """An epithet several cities share ("die Chemiestadt") is read as a reference to the one named last."""
    doc = nlp(f"Dort liegt die {epithet.capitalize()} vorn.")
    assert [s.text for s in doc.spans["ap_phrases"] if s.label_ == "coref"] == [f"die {epithet.capitalize()}"]
