"""Sentence stage: where a number with a period ends a sentence and where it is an ordinal."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sentences", [
    pytest.param("Sie ist 70., hinter Hagen und vor Solingen.", ["Sie ist 70., hinter Hagen und vor Solingen."],
                 id="ordinal-before-comma"),
    pytest.param("2023 waren es noch 81. Platz eins belegt München.", ["2023 waren es noch 81.", "Platz eins belegt München."],
                 id="number-before-platz-eins"),
    pytest.param("Kiel belegt den 81. Platz in der Liste.", ["Kiel belegt den 81. Platz in der Liste."], id="ordinal-before-platz"),
    pytest.param("Die Top 3:\n1. München\n2. Hamburg", ["Die Top 3:", "1. München", "2. Hamburg"], id="numbered-list"),
    pytest.param("Die Top 3: 1. München, 2. Hamburg, 3. Köln. Dahinter Kiel.",
                 ["Die Top 3: 1. München, 2. Hamburg, 3. Köln.", "Dahinter Kiel."], id="numbered-list-inline"),
    pytest.param("Bochum kam auf Platz 83. Die Stadt will aufholen.", ["Bochum kam auf Platz 83.", "Die Stadt will aufholen."],
                 id="number-ends-sentence"),
    pytest.param("Die Ergebnisse erschienen am 3. Oktober 2024 in Berlin.",
                 ["Die Ergebnisse erschienen am 3. Oktober 2024 in Berlin."], id="date-day-before-month"),
    pytest.param("Die Stadt liegt auf dem 5. Platz. Mehr folgt.", ["Die Stadt liegt auf dem 5. Platz.", "Mehr folgt."],
                 id="ordinal-before-noun"),
    pytest.param("Erster Absatz ohne Punkt\n\nZweiter Absatz", ["Erster Absatz ohne Punkt", "Zweiter Absatz"],
                 id="paragraph-break"),
    pytest.param("Kiel kam auf Platz 3. Bonn folgte.", ["Kiel kam auf Platz 3.", "Bonn folgte."], id="place-after-number"),
    pytest.param("Platz 12. 2024 war besser.", ["Platz 12.", "2024 war besser."], id="year-starts-sentence"),
    pytest.param("Das liegt z.B. an der Verwaltung.", ["Das liegt z.B. an der Verwaltung."], id="abbreviation"),
    pytest.param("Das sagt Dr. Weber aus Kiel.", ["Das sagt Dr. Weber aus Kiel."], id="abbreviation-title"),
    pytest.param("Das liegt z. B. an der Verwaltung.", ["Das liegt z. B. an der Verwaltung."], id="abbreviation-spaced"),
    pytest.param("Stand: 24. November 2025", ["Stand: 24. November 2025"], id="colon-no-split"),
    pytest.param("Er sagte: „Wir sind 12.“ Dann ging er.", ["Er sagte: „Wir sind 12.“", "Dann ging er."], id="closing-quote"),
])
def test_sentences(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences
