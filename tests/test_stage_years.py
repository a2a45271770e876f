"""Years stage: explicit, relative and comparison years (span group ap_years) and dates (ap_dates)."""
from __future__ import annotations

import pytest


def _years(doc):
    return [(s.text, s.label_, s._.ap_year) for s in doc.spans["ap_years"]]


@pytest.mark.parametrize("text, years", [
    pytest.param("Kiel lag 2023 auf Platz 3.", [("2023", "explicit", {"year": 2023})], id="explicit"),
    pytest.param("Im Vorjahr lag Kiel auf Rang 9.", [("Vorjahr", "relative", {"offset": -1})], id="vorjahr"),
    pytest.param("Im Jahr zuvor lag Kiel auf Rang 9.", [("Im Jahr zuvor", "narrative", {"offset": -1, "aside": True})], id="im-jahr-zuvor"),
    pytest.param("Zuletzt war Kiel Vierter.", [("Zuletzt", "last", {"offset": -1})], id="zuletzt"),
    pytest.param("Bei der vorigen Ausgabe war Kiel noch Zweiter.", [("Bei der vorigen Ausgabe", "relative", {"offset": -1})],
                 id="bei-der-vorigen-ausgabe"),
    pytest.param("In der Vorgängerstudie lag Kiel auf Rang 3.", [("In der Vorgängerstudie", "relative", {"offset": -1})],
                 id="in-der-vorgaengerstudie"),
    pytest.param("Kiel bleibt wie beim letzten Mal Dritter.", [("wie beim letzten Mal", "compare", {"offset": -1})],
                 id="wie-beim-letzten-mal-compares"),
    pytest.param("In der letzten Ausgabe lag Kiel auf Rang 3.", [], id="in-der-letzten-ausgabe-may-be-the-latest"),
    pytest.param("Im Glücksatlas aus dem vergangenen Jahr lag Kiel vorn.", [("aus dem vergangenen Jahr", "released", {"offset": -1})],
                 id="released-last-year"),
    pytest.param("Das Ranking vom vergangenen November sieht Kiel vorn.", [("vom vergangenen November", "released", {"month": 11})],
                 id="released-last-november"),
    pytest.param("Das ist ein Platz schlechter als im Jahr zuvor.", [("als im Jahr zuvor", "compare", {"offset": -1})],
                 id="als-im-jahr-zuvor-compare"),
    pytest.param("Verglichen mit 2024 gewann Bonn.", [("Verglichen mit 2024", "compare", {"year": 2024})], id="verglichen-mit-year"),
    pytest.param("Gegenüber dem Vorjahr gewann Kiel.", [("Gegenüber dem Vorjahr", "compare", {"offset": -1})], id="gegenueber-vorjahr"),
    pytest.param("Im Vergleich zum Vorjahr gewann Kiel.", [("Im Vergleich zum Vorjahr", "compare", {"offset": -1})], id="im-vergleich"),
    pytest.param("In diesem Jahr ist alles neu.", [("In diesem Jahr", "relative", {"offset": 0})], id="in-diesem-jahr"),
    pytest.param("Vor zwei Jahren war es anders.", [("Vor zwei Jahren", "relative", {"offset": -2, "calendar": True})],
                 id="vor-zwei-jahren"),
    pytest.param("Zwei Jahre zuvor war es anders.", [("Zwei Jahre zuvor", "narrative", {"offset": -2})], id="zwei-jahre-zuvor"),
    pytest.param("Heute liegt Kiel vorn.", [("Heute", "relative", {"offset": 0, "now": True})], id="heute"),
    pytest.param("Die Ausgabe 2022 war anders.", [("Ausgabe 2022", "edition", {"year": 2022})], id="edition"),
    pytest.param("Ein Jahr später kam Kiel voran.", [("Ein Jahr später", "narrative", {"offset": 1})], id="narrative"),
    pytest.param("Es gab 2500 Antworten.", [], id="number-not-year"),
    pytest.param("Das geschah im Jahr 2023. Danach kam mehr.", [("Jahr 2023.", "edition", {"year": 2023})],
                 id="year-ending-sentence"),
])
def test_years(nlp, text, years):
    assert _years(nlp(text)) == years


@pytest.mark.parametrize("text", [
    pytest.param("Die Rangliste erschien am 3. Oktober 2024 in Berlin.", id="date-mid-sentence"),
    pytest.param("Die Rangliste erschien am 3. Oktober 2024.", id="date-ends-sentence",
                 marks=pytest.mark.xfail(strict=True, reason="the date span takes the sentence's period: '3. Oktober 2024.'")),
])
def test_year_inside_a_date_is_not_an_explicit_year(nlp, text):
    doc = nlp(text)
    assert _years(doc) == []
    assert [s.text for s in doc.spans["ap_dates"]] == ["3. Oktober 2024"]


LATER = "Überschrift\n\nErster Absatz mit Text.\n\nZweiter Absatz mit Text.\n\n"


@pytest.mark.parametrize("text, dates", [
    pytest.param("Stand: 24. November 2025\n\nKiel liegt vorn.", [("24. November 2025", "2025-11-24", True)], id="stand-published"),
    pytest.param("Veröffentlicht am 17.09.2024\n\nKiel liegt vorn.", [("17.09.2024", "2024-09-17", True)], id="numeric-date-published"),
    pytest.param(LATER + "Am 3. Oktober 2024 erschien die Liste.", [("3. Oktober 2024", "2024-10-03", False)], id="date-in-body"),
    pytest.param(LATER + "Die Liste kam am 17.09.2024 heraus.", [("17.09.2024", "2024-09-17", False)], id="numeric-date-in-body"),
    pytest.param(LATER + "Text.\n\nStand: 24. November 2025", [("24. November 2025", "2025-11-24", True)], id="stand-at-end"),
    pytest.param(LATER + "Am 3. Okt. 2024 erschien die Liste.", [("3. Okt. 2024", "2024-10-03", False)], id="month-abbreviation"),
    pytest.param(LATER + "Am 3. MÄRZ 2024 erschien die Liste.", [("3. MÄRZ 2024", "2024-03-03", False)], id="month-upper-case"),
    pytest.param(LATER + "Am 31.02.2024 erschien nichts.", [], id="impossible-day"),
    pytest.param(LATER + "Am 5.13.2024 erschien nichts.", [], id="impossible-month"),
    pytest.param("Kiel liegt vorn.", [], id="no-date"),
])
def test_dates(nlp, text, dates):
    doc = nlp(text)
    assert [(s.text, s._.ap_date["iso"], s._.ap_date["published"]) for s in doc.spans["ap_dates"]] == dates
