"""Gazetteer stage: places, rankings, publishers and categories named in the text, with canonical names."""
from __future__ import annotations

import pytest


def _group(doc, group):
    return [(s.text, s.label_) for s in doc.spans[group]]


@pytest.mark.parametrize("text, places", [
    pytest.param("Leverkusens Verwaltung arbeitet digital.", [("Leverkusens", "Leverkusen", "city")], id="genitive"),
    pytest.param("In Frankfurt wird gebaut.", [("Frankfurt", "Frankfurt am Main", "city")], id="short-form-frankfurt"),
    pytest.param("Frankfurt (Oder) liegt an der Grenze.", [("Frankfurt (Oder)", "Frankfurt (Oder)", "city")], id="frankfurt-oder"),
    pytest.param("Die Hallenser leben in Halle (Saale).", [("Hallenser", "Halle (Saale)", "city"), ("Halle (Saale)", "Halle (Saale)", "city")],
                 id="halle-saale"),
    pytest.param("Die Dortmunder landen auf Platz 19.", [("Dortmunder", "Dortmund", "city")], id="demonym-as-a-noun"),
    pytest.param("Den Münchnern reicht es.", [("Münchnern", "München", "city")], id="demonym-in-the-dative-plural"),
    pytest.param("Der Kölner Stadt-Anzeiger und die Dortmunder Stadtwerke berichten.", [], id="demonyms-as-adjectives"),
    pytest.param("Er trinkt ein Kölsch, sie ein Dortmunder – beide zahlen.", [], id="demonym-before-a-dash"),
    pytest.param("Sie zog nach Halle an der Saale.", [("Halle an der Saale", "Halle (Saale)", "city")], id="halle-an-der-saale"),
    pytest.param("Mülheim an der Ruhr investiert.", [("Mülheim an der Ruhr", "Mülheim an der Ruhr", "city")], id="multiword"),
    pytest.param("Das Essen in der Kantine war gut.", [], id="das-essen-not-a-place"),
    pytest.param("Beim Essen wurde gelacht.", [], id="beim-essen-not-a-place"),
    pytest.param("Die Stadt Essen feiert.", [("Essen", "Essen", "city")], id="stadt-essen-a-place"),
    pytest.param("Das Rathaus in Essen ist groß.", [("Essen", "Essen", "city")], id="in-essen-a-place"),
    pytest.param("Nina Hagen singt in Berlin.", [("Berlin", "Berlin", "city")], id="nina-hagen-not-a-place"),
    pytest.param("Der Eintritt in Bern kostet 900 Franken.", [("Bern", "Bern", "city")], id="franken-after-a-number-is-money"),
    pytest.param("Franken liegt auf Platz vier.", [("Franken", "Franken", "region")], id="franken-the-region"),
    pytest.param("Die Halle wird renoviert.", [], id="die-halle-not-a-place"),
    pytest.param("Das Bundesland Brandenburg liegt vorn.", [("Brandenburg", "Brandenburg", "state")], id="brandenburg-state"),
    pytest.param("Das Land Brandenburg investiert.", [("Land Brandenburg", "Brandenburg", "state")], id="land-brandenburg"),
    pytest.param("Brandenburg an der Havel liegt auf Platz 3.",
                 [("Brandenburg an der Havel", "Brandenburg an der Havel", "city")], id="brandenburg-an-der-havel"),
    pytest.param("Kiel und Bonn sowie München.", [("Kiel", "Kiel", "city"), ("Bonn", "Bonn", "city"), ("München", "München", "city")],
                 id="list"),
    pytest.param("In kiel wird gebaut.", [], id="case-sensitive"),
    pytest.param("In Essen gibt es gutes Essen.", [("Essen", "Essen", "city")], id="essen-city-and-meal"),
    pytest.param("Worms liegt am Rhein.", [("Worms", "Worms", "city")], id="worms-city"),
    pytest.param("In Hagen wird gebaut.", [("Hagen", "Hagen", "city")], id="hagen-the-grossstadt"),
])
def test_places(nlp, text, places):
    doc = nlp(text)
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["ap_places"]] == places


def test_place_tokens_are_marked(nlp):
    doc = nlp("Sie zog nach Mülheim an der Ruhr.")
    assert [t.text for t in doc if t._.ap_place] == ["Mülheim", "an", "der", "Ruhr"]


@pytest.mark.parametrize("text, group, found", [
    pytest.param("Kiel liegt im Smart-City-Index vorn.", "ap_rankings", [("Smart-City-Index", "Smart City Index")], id="ranking-alias-hyphen"),
    pytest.param("Kiel liegt im Smart City Index vorn.", "ap_rankings", [("Smart City Index", "Smart City Index")], id="ranking-name"),
    pytest.param("Der Bitkom Smart City Index erscheint.", "ap_rankings", [("Bitkom Smart City Index", "Smart City Index")],
                 id="ranking-alias-with-publisher"),
    pytest.param("Kiel liegt im smart city index vorn.", "ap_rankings", [("smart city index", "Smart City Index")], id="ranking-lower-case"),
    pytest.param("Kiel liegt im Smart City Ranking vorn.", "ap_rankings", [("Smart City Ranking", "Smart City Ranking")],
                 id="ranking-shared-name"),
    pytest.param("Der Digitalverband Bitkom hat gezählt.", "ap_publishers", [("Digitalverband Bitkom", "Bitkom")], id="publisher-alias"),
    pytest.param("Laut Bitkom hat Kiel gewonnen.", "ap_publishers", [("Bitkom", "Bitkom")], id="publisher"),
    pytest.param("Im Themenfeld „Energie und Umwelt“ liegt Kiel vorn.", "ap_categories", [("Energie und Umwelt", "Energie und Umwelt")],
                 id="category"),
    pytest.param("Im Bereich Gesellschaft & Bildung liegt Kiel vorn.", "ap_categories",
                 [("Gesellschaft & Bildung", "Gesellschaft und Bildung")], id="category-alias"),
    pytest.param("Sieger bei der Digitalen Gesellschaft ist Kiel.", "ap_categories",
                 [("Digitalen Gesellschaft", "Digitale Gesellschaft")], id="category-adjective-inflected"),
    pytest.param("Die Beratung Haselhorst Associates legt vor.", "ap_publishers",
                 [("Haselhorst Associates", "Haselhorst Associates")], id="publisher-longer-than-a-place"),
    pytest.param("Kiel liegt vorn.", "ap_rankings", [], id="no-ranking"),
    pytest.param("Bei den Städten mit zweihunderttausend bis fünfhunderttausend Einwohnern liegt Kiel vorn.", "ap_categories",
                 [("zweihunderttausend bis fünfhunderttausend Einwohnern", "200.000 bis 500.000 Einwohner")], id="size-class-in-number-words"),
    pytest.param("Bei Städten zwischen 100 000 und 200 000 Einwohnern liegt Kiel vorn.", "ap_categories",
                 [("zwischen 100 000 und 200 000 Einwohnern", "100.000 bis 200.000 Einwohner")], id="size-class-with-spaces"),
    pytest.param("Unter den Orten mit weniger als zwanzigtausend Einwohnern liegt Kiel vorn.", "ap_categories",
                 [("weniger als zwanzigtausend Einwohnern", "unter 20.000 Einwohner")], id="size-class-below-in-words"),
    pytest.param("Kiel hat 250.000 Einwohner.", "ap_categories", [], id="a-number-of-inhabitants-is-no-class"),
])
def test_rankings_publishers_categories(nlp, text, group, found):
    assert _group(nlp(text), group) == found


@pytest.mark.parametrize("text, ranking", [
    pytest.param("Kiel liegt im Smart City Ranking des Bitkom auf Platz 3.", "Smart City Index", id="bitkom"),
    pytest.param("Kiel liegt im Smart-City-Ranking von Haselhorst Associates auf Platz 3.", "Haselhorst Smart-City-Ranking",
                 id="haselhorst"),
    pytest.param("Kiel liegt im Smart City Ranking auf Platz 3.", "Smart City Index", id="no-publisher-first-listed"),
    pytest.param("Im Städteranking liegt Kiel auf Platz 3.", "IW-Städteranking", id="staedteranking-first-listed"),
    pytest.param("Das Institut der deutschen Wirtschaft hat sein Städteranking vorgelegt. Kiel liegt auf Platz 3.", "IW-Städteranking",
                 id="staedteranking-of-the-publisher-named-before"),
    pytest.param("Im Städteranking der Süddeutschen Klassenlotterie liegt Kiel auf Platz 3.", "Glücksatlas-Städteranking",
                 id="staedteranking-of-the-skl"),
    pytest.param("Der Glücksatlas ist da. Im Städteranking liegt Kiel auf Platz 3.", "Glücksatlas-Städteranking",
                 id="staedteranking-of-the-ranking-named-before"),
])
def test_a_shared_ranking_name_is_resolved_by_its_publisher(extractor, text, ranking):
    assert [p.ranking for p in extractor.parse(text).placements] == [ranking]


@pytest.mark.parametrize("category", ["über 500.000 Einwohner", "200.000 bis 500.000 Einwohner", "100.000 bis 200.000 Einwohner",
                                      "50.000 bis 100.000 Einwohner", "20.000 bis 50.000 Einwohner", "unter 20.000 Einwohner"])
def test_size_class_number_words_read_back_as_their_bounds(category):
    """Every number word the size-class forms are made of is the number of the class's bounds (text2num reads it)."""
    from text_to_num import text2num

    from articleparse.knowledge import SIZE_CLASS, count_of
    from articleparse.stages.size_classes import size_class_forms

    bounds = {count_of(b) for b in SIZE_CLASS.match(category).group("low", "high") if b}
    words = {w for form in size_class_forms(category) for w in form.split() if w.endswith("tausend")}
    assert words and {text2num(w, "de") for w in words} == bounds
