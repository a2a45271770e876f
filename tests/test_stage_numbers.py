"""Numbers stage: digits, decimals, German number words and ordinals to values on each token."""
from __future__ import annotations

import pytest


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, kind, card, ord_, from_last", [
    pytest.param("Kiel liegt auf Platz 74 von 83.", "74", "card", 74, None, None, id="digits"),
    pytest.param("Der Wert liegt bei 80,1 Punkten.", "80,1", "dec", 80.1, None, None, id="decimal-comma"),
    pytest.param("Münster führt mit der Note 2,97.", "2,97.", "dec", 2.97, None, None, id="decimal-ending-a-sentence"),
    pytest.param("Bonn ist die zweitbeste Großstadt.", "zweitbeste", "ord", None, 2, None, id="ordinal-compound-best"),
    pytest.param("Es antworteten 1.047 Menschen.", "1.047", "card", 1047, None, None, id="thousands-point"),
    pytest.param("Die Stadt verbessert sich um vierzehn Plätze.", "vierzehn", "card", 14, None, None, id="word-vierzehn"),
    pytest.param("Einundzwanzig Städte nahmen teil.", "Einundzwanzig", "card", 21, None, None, id="word-compound"),
    pytest.param("Das ist ein Platz besser.", "ein", "card", 1, None, None, id="word-ein"),
    pytest.param("Sie belegt den dritten Platz.", "dritten", "ord", None, 3, None, id="ordinal-word"),
    pytest.param("Dritter wurde Kiel.", "Dritter", "ord", None, 3, None, id="ordinal-noun"),
    pytest.param("Sie landet auf dem zwölften Rang.", "zwölften", "ord", None, 12, None, id="ordinal-word-zwoelf"),
    pytest.param("Sie landet auf dem einundzwanzigsten Rang.", "einundzwanzigsten", "ord", None, 21, None, id="ordinal-word-compound"),
    pytest.param("Der Vorjahres-Dritte Bonn fiel zurück.", "Vorjahres-Dritte", "prevord", None, 3, None, id="ordinal-compound-prefix"),
    pytest.param("Das Vorjahreserste Schleswig-Holstein ist Zweiter.", "Vorjahreserste", "prevord", None, 1, None, id="ordinal-compound-one-word"),
    pytest.param("Die Vorjahreszahlen sind gut.", "Vorjahreszahlen", None, None, None, None, id="vorjahres-compound-no-number"),
    pytest.param("Vorletzter war Gera.", "Vorletzter", "last", None, None, 1, id="vorletzter"),
    pytest.param("Gera war Dreizehnter.", "Dreizehnter", "ord", None, 13, None, id="ordinal-thirteen-to-nineteen"),
    pytest.param("Letzter war Gera.", "Letzter", "last", None, None, 0, id="letzter"),
    pytest.param("Zweitplatzierter ist Kiel.", "Zweitplatzierter", "ord", None, 2, None, id="ordinal-compound-platziert"),
    pytest.param("Die Letztplatzierte ist Gera.", "Letztplatzierte", "last", None, None, 0, id="last-compound-platziert"),
    pytest.param("Sie ist 70., hinter Hagen.", "70.", "ord", None, 70, None, id="digit-ordinal"),
    pytest.param("Bochum kam auf Platz 83. Die Stadt will aufholen.", "83.", "cardord", 83, 83, None, id="number-ending-sentence"),
    pytest.param("Bochum kam auf Platz 56 von 81.\n\nDie Stadt will aufholen.", "81.", "cardord", 81, 81, None,
                 id="number-ending-a-paragraph"),
    pytest.param("Zwei Jahre zuvor waren es noch 1.114. Dann kam der Umbruch.", "1.114.", "cardord", 1114, 1114, None,
                 id="thousands-ending-a-sentence"),
    pytest.param("Die Liste kam 2024 heraus.", "2024", "year", 2024, None, None, id="year"),
    pytest.param("Es gab 2500 Antworten.", "2500", "card", 2500, None, None, id="four-digits-not-year"),
    pytest.param("Zweitausendvierundzwanzig lag Kiel vorn.", "Zweitausendvierundzwanzig", "year", 2024, None, None, id="year-in-words"),
    pytest.param("Es kamen zweitausend Gäste.", "zweitausend", "card", 2000, None, None, id="two-thousand-not-a-year"),
    pytest.param("Die Liste erschien am 3. Oktober 2024.", "3.", None, None, None, None, id="day-before-month-no-number"),
    pytest.param("Die Stadt ist klein.", "Stadt", None, None, None, None, id="plain-word"),
])
def test_numbers(nlp, text, word, kind, card, ord_, from_last):
    token = _token(nlp(text), word)
    assert (token._.ap_kind, token._.ap_card, token._.ap_ord, token._.ap_from_last) == (kind, card, ord_, from_last)
