"""Bad and hostile input: each gives a one-line error with a stable code and exit 2, or a report (with a
warning where due) — never a traceback, a hang or unbounded memory. Large inputs are generated in tmp_path."""
from __future__ import annotations

import codecs
import gc
import io
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articleparse.errors import MESSAGES, ArticleparseError, one_line
from articleparse.read import (DEFAULT_MAX_CHARS, check_text, decode, html_to_text, normalise, read_file,
                               read_stream, sanitise_html)
from articleparse.validate import report_problems

ROOT = Path(__file__).resolve().parents[1]
GERMAN = "Größte Städte: Köln liegt im Smart City Index 2025 auf Platz 12 von 83 – „gut“, sagt die Bürgermeisterin. Straße €"
ARTICLE = (ROOT / "corpus" / "train" / "lokal-001-leverkusen-sci-2025.txt").read_text(encoding="utf-8")
PARA = "<p>Leverkusen landet im Smart City Index 2025 auf Platz 74 von 83 Großstädten.</p>"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "articleparse", *args], input=stdin, capture_output=True, timeout=300)


# reading: one table of byte inputs ------------------------------------------------------------------------
DECODED = [
    pytest.param(GERMAN.encode("utf-8"), GERMAN, id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + GERMAN.encode("utf-8"), GERMAN, id="utf-8 with BOM"),
    pytest.param(GERMAN.encode("cp1252"), GERMAN, id="cp1252"),
    pytest.param("Größe, Äpfel, Übermut, Straße: é à ç".encode("latin-1"), "Größe, Äpfel, Übermut, Straße: é à ç", id="latin-1"),
    pytest.param(GERMAN.encode("utf-16"), GERMAN, id="utf-16 with BOM"),
    pytest.param(codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), GERMAN, id="utf-16-be with BOM"),
    pytest.param(GERMAN.encode("utf-16-le"), GERMAN, id="utf-16-le without BOM"),
    pytest.param(GERMAN.encode("utf-32"), GERMAN, id="utf-32 with BOM"),
    pytest.param("Köln ".encode("utf-8") + "Grüße".encode("cp1252"), "Köln Grüße", id="utf-8 with stray cp1252 bytes"),
    pytest.param(b"Platz\x00 12 von 83" + b" im Index" * 20, "Platz 12 von 83" + " im Index" * 20, id="a few NUL bytes removed"),
    pytest.param(b"BMW liegt vorn", "BMW liegt vorn", id="text starting like a bitmap signature"),
    pytest.param(b"\xff\xfeK\x00", "K", id="utf-16 with odd trailing byte"),
]


@pytest.mark.parametrize("data, expected", DECODED)
def test_decode_reads_text_in_any_supported_encoding(data, expected):
    assert decode(data, "x") == expected


REFUSED = [
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), "E004", "PNG", id="png image"),
    pytest.param(b"\xff\xd8\xff\xe0" + bytes(200), "E004", "JPEG", id="jpeg image"),
    pytest.param(b"PK\x03\x04\x14\x00" + bytes(200), "E004", "zip", id="zip archive"),
    pytest.param(b"%PDF-1.7\n" + bytes(100), "E004", "PDF", id="pdf"),
    pytest.param(b"\x7fELF\x02\x01" + bytes(100), "E004", "executable", id="elf executable"),
    pytest.param(b"\x80\x04\x95" + bytes(40), "E004", "pickle", id="python pickle"),
    pytest.param(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(100), "E004", "binary", id="windows executable"),
    pytest.param(bytes(range(256)) * 40, "E004", "control characters", id="random binary"),
    pytest.param(b"Text\x00" * 100, "E004", "NUL", id="NUL bytes throughout"),
]


@pytest.mark.parametrize("data, code, reason", REFUSED)
def test_decode_refuses_binary_data(data, code, reason):
    with pytest.raises(ArticleparseError) as info:
        decode(data, "upload.bin")
    assert info.value.code == code and reason in info.value.message and "upload.bin" in info.value.message


@pytest.mark.parametrize("text, code", [
    pytest.param("", "E005", id="empty"),
    pytest.param(" \n\t\r\n \u00a0\u202f ", "E005", id="whitespace only"),
    pytest.param("x" * 101, "E006", id="above max chars"),
    pytest.param("Köln \ud800 Platz 1", "E004", id="lone surrogate"),
])
def test_check_text_refuses_what_cannot_be_extracted(text, code):
    with pytest.raises(ArticleparseError) as info:
        check_text(normalise(text), "doc", max_chars=100)
    assert info.value.code == code


def test_normalise_collapses_runs_of_spaces_that_split_rank_phrases(extractor):
    assert normalise("auf Platz  6,\u00a0 dann") == "auf Platz 6, dann"
    report = extractor.parse(normalise("Smart City Index 2025: Ergebnisse\n\nBochum landet auf Platz  6."))
    assert [(p.entity, p.rank) for p in report.placements] == [("Bochum", 6)]


WRAPPED = ("Köln. Die Domstadt ist im Smart City Index 2025 auf Platz\n12 gelandet, drei Plätze besser als im "
           "Vorjahr,\nteilte der Bitkom am Montag in Berlin mit. Damit liegt\nKöln vor Bonn.")


@pytest.mark.parametrize("text, expected", [
    pytest.param(WRAPPED, WRAPPED.replace("\n", " "), id="hard-wrapped paragraph"),
    pytest.param("Köln bleibt vorn\n\n" + WRAPPED, "Köln bleibt vorn\n\n" + WRAPPED.replace("\n", " "),
                 id="headline and blank line"),
    pytest.param("Köln im Digitalranking weiter vorn\nVon Anna Berg\n" + WRAPPED,
                 "Köln im Digitalranking weiter vorn\nVon Anna Berg\n" + WRAPPED.replace("\n", " "), id="headline and byline"),
    pytest.param("Die Stadt liegt im Index auf Platz   \n  12 und damit vor Bonn, sagte der\nSprecher.",
                 "Die Stadt liegt im Index auf Platz 12 und damit vor Bonn, sagte der Sprecher.", id="spaces at the break"),
    pytest.param("Mitteilung an den Ausschuss für Digitalisierung und Wissenschaft\nWürzburg, 03.06.2025",
                 None, id="dateline"),
    pytest.param("Die Stadt Kiel liegt im Index auf einem guten Platz und\n" + "Die Stadt Kiel hat gewonnen. " * 5,
                 None, id="headline before a paragraph line"),
    pytest.param("Das sind die drei besten Städte im Smart City Index und\n1. München mit 90,2 Punkten vor allen\n"
                 "2. Hamburg mit 89,6 Punkten und damit knapp\n3. Köln", None, id="numbered list"),
    pytest.param("Die Stadt Kiel liegt im Index auf dem zwölften Platz und\n- Bonn liegt auf Platz 20 in der Liste,\n"
                 "- Essen liegt auf Platz 30 in der Liste.", None, id="bulleted list"),
    pytest.param("Die Stadt landet im Index auf Platz 74 von 83 Großstädten\n– ein Platz schlechter als im Jahr zuvor,\nsagte der "
                 "Sprecher am Montag.", "Die Stadt landet im Index auf Platz 74 von 83 Großstädten – ein Platz schlechter als im "
                 "Jahr zuvor, sagte der Sprecher am Montag.", id="a wrapped line opening with a dash"),
    pytest.param("Titel\n\nKiel liegt im Glücksatlas auf Rang 5 und damit in Nordrhein-\nWestfalen vorn, sagte die Digitali-\n"
                 "sierungsbeauftragte am Montag.", "Titel\n\nKiel liegt im Glücksatlas auf Rang 5 und damit in Nordrhein-Westfalen "
                 "vorn, sagte die Digitalisierungsbeauftragte am Montag.", id="words split by a hyphen at the line end"),
    pytest.param("Kiel klettert im Smart City Index um drei Plätze nach oben\nKiel, 17.09.2025 – Die Stadt liegt nun auf Platz 12.",
                 None, id="a title and a dateline sentence"),
    pytest.param("Die Stadt Kiel liegt im Index auf dem zwölften Platz.\nBonn liegt auf Platz 20 in der Liste, so\n"
                 "die Studie. Kiel ist zufrieden mit dem Ergebnis.\nDie Stadt Bonn ist es nicht, sagte ein Sprecher.",
                 None, id="lines that end sentences"),
])
def test_normalise_joins_hard_wrapped_paragraphs_only(text, expected):
    assert normalise(text) == (text if expected is None else expected)


ARCHIVE = ("Fahrradklima-Test 2024: Kiel knapp am Treppchen vorbei\nKN-Archiv, Seite 9, Ausgabe vom 02.04.2025\n\n"
           "Kiel landet in der Größenklasse von 200.000 bis 500.000 Einwohnern\nauf dem vierten Platz. Karlsruhe "
           "rutscht um einen Platz auf Rang\n3 ab.\n\nBei den Städten mit mehr als 500.000 Einwohnern siegt "
           "Frankfurt am Main\nvor Hannover und Bremen.")


@pytest.mark.parametrize("width, break_on_hyphens", [(60, False), (72, False), (72, True), (80, True)])
def test_the_seed_article_hard_wrapped_gives_the_same_records(extractor, width, break_on_hyphens):
    import textwrap

    seed = (ROOT / "corpus" / "train" / "agentur-001-leverkusen-sci-2025.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(line, width, break_on_hyphens=break_on_hyphens, break_long_words=False)
                        for line in seed.split("\n"))

    def records(text):
        report = extractor.parse(text)
        return ([p.model_dump(exclude={"evidence"}) for p in report.placements], [m.model_dump(exclude={"evidence"}) for m in report.movements],
                [(c.name, c.status) for c in report.checks])

    assert wrapped != seed and records(wrapped) == records(seed)


def test_hard_wrapped_text_joins_paragraphs_whose_lines_happen_to_end_sentences():
    text = ("Glücksatlas 2024\n\nHamburg ist Erster und verteidigt damit den ersten\nPlatz aus dem Vorjahr. Dahinter folgen "
            "Schleswig-Holstein und Bayern.\nSchlusslicht ist wie im Jahr zuvor das Land\nMecklenburg-Vorpommern mit 6,17 Punkten.")
    assert normalise(text).split("\n\n")[1] == text.split("\n\n")[1].replace("\n", " ")


def test_hard_wrapped_text_joins_lines_that_stop_on_nouns_and_keeps_its_headline_block():
    headline, first, second = normalise(ARCHIVE).split("\n\n")
    assert headline == ARCHIVE.split("\n\n")[0]
    assert "\n" not in first + second and "auf Rang 3 ab." in first and "Frankfurt am Main vor Hannover" in second


def test_a_hard_wrapped_article_is_read_like_its_unwrapped_form(extractor):
    wrapped = extractor.parse("Smart City Index 2025: Ergebnisse\n\n" + WRAPPED)
    assert [(p.entity, p.year, p.rank) for p in wrapped.placements] == [("Köln", 2025, 12), ("Köln", 2024, 15)]
    assert [(m.entity, m.places) for m in wrapped.movements] == [("Köln", 3)]


def test_the_api_reads_the_text_as_every_input_path_does(extractor):
    text = "Smart City Index 2025: Ergebnisse\n\nDie Digi\u00adtalstadt Bochum landet auf Platz  6."
    report = extractor.parse(text)
    (placement,) = report.placements
    assert normalise(text)[placement.evidence.start:placement.evidence.end] == placement.evidence.text == "Platz 6."
    assert (placement.entity, placement.rank) == ("Bochum", 6)
    assert report.to_json() == extractor.parse(normalise(text)).to_json()


def test_normalise_composes_decomposed_umlauts_and_unifies_line_ends():
    assert normalise("Mu\u0308nchen\r\nKo\u0308ln\rBonn\u2028Trier") == "München\nKöln\nBonn\nTrier"


# files ------------------------------------------------------------------------------------------------------
FILES = [
    pytest.param(None, "E001", id="missing file"),
    pytest.param("dir", "E002", id="directory"),
    pytest.param(b"", "E005", id="empty file"),
    pytest.param(b"  \n\n\t  \r\n", "E005", id="whitespace only"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(500), "E004", id="png image"),
    pytest.param(b"PK\x03\x04" + bytes(500), "E004", id="zip archive"),
    pytest.param(b"<html><head><script>x()</script></head><body></body></html>", "E009", id="html without text"),
]


@pytest.mark.parametrize("content, code", FILES)
def test_read_file_gives_stable_codes(tmp_path, content, code):
    path = tmp_path / ("page.html" if code == "E009" else "article.txt")
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(ArticleparseError) as info:
        read_file(path)
    assert info.value.code == code and str(path) in info.value.message


def test_a_50_megabyte_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write((ARTICLE.encode("utf-8") + b"\n") * (50_000_000 // len(ARTICLE.encode("utf-8"))))
    assert path.stat().st_size > 49_000_000
    with pytest.raises(ArticleparseError) as info:
        read_file(path)
    assert info.value.code == "E006" and str(DEFAULT_MAX_CHARS) in info.value.message


def test_a_single_10_megabyte_line_is_refused_by_length(tmp_path):
    path = tmp_path / "line.txt"
    path.write_bytes(b"Platz 1 " * (10_000_000 // 8))
    with pytest.raises(ArticleparseError) as info:
        read_file(path)
    assert info.value.code == "E006" and "10000000 characters" in info.value.message
    assert read_file(path, max_chars=10_000_000).startswith("Platz 1 Platz 1")


def test_streams_and_devices_are_read_only_up_to_the_limit():
    with pytest.raises(ArticleparseError) as info:
        read_stream(io.BytesIO(b"a" * 1000), "<stdin>", max_chars=100)
    assert info.value.code == "E006"
    if Path("/dev/zero").exists():  # an endless device (size 0 to stat): refused after max_chars × 4 bytes
        with pytest.raises(ArticleparseError) as info:
            read_file("/dev/zero", max_chars=1000)
        assert info.value.code == "E006" and "more than 4000 bytes" in info.value.message


def test_paths_that_the_os_cannot_take_are_an_input_error(tmp_path):
    for name in ("bad\x00name.txt", "x" * 5000 + ".txt"):
        with pytest.raises(ArticleparseError) as info:
            read_file(tmp_path / name)
        assert info.value.code in ("E001", "E003")


# error messages ---------------------------------------------------------------------------------------------
def test_every_message_is_one_bounded_line_whatever_the_fields():
    hostile = "a\nb\r\x1b[31mred\u2028" + "x" * 10_000
    for code in MESSAGES:
        error = ArticleparseError(code, path=hostile, reason=hostile, size=hostile, limit=1, line=hostile)
        assert "\n" not in error.message and "\r" not in error.message and "\x1b" not in error.message
        assert len(error.message) < 2000
    assert ArticleparseError("E006", path="p").message.startswith("p is ? characters")  # a missing field
    assert one_line("a\nb") == "a\\nb"


# the command line ---------------------------------------------------------------------------------------------
def test_extract_reports_every_bad_file_on_one_line_and_exits_2(tmp_path):
    bad = {
        "missing.txt": None, "folder": "dir", "empty.txt": b"", "blank.txt": b" \n \n",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(300), "archive.txt": b"PK\x03\x04" + bytes(300),
        "nuls.txt": b"ab\x00" * 300, "lines\nin-name.txt": b"",
    }
    paths = []
    for name, content in bad.items():
        path = tmp_path / name
        if content == "dir":
            path.mkdir()
        elif content is not None:
            path.write_bytes(content)
        paths.append(str(path))
    good = tmp_path / "good-cp1252.txt"
    good.write_bytes(ARTICLE.encode("cp1252"))
    result = run("extract", "--format", "jsonl", *paths, str(good))
    assert result.returncode == 2
    errors = result.stderr.decode("utf-8").splitlines()
    assert [line.split()[2] for line in errors] == ["E001:", "E002:", "E005:", "E005:", "E004:", "E004:", "E004:", "E005:"]
    assert all(line.startswith("articleparse: error E00") for line in errors)
    assert "Traceback" not in result.stderr.decode("utf-8")
    assert result.stdout.decode("utf-8").count("\n") == 1 and '"Leverkusen"' in result.stdout.decode("utf-8")


def test_extract_refuses_an_oversized_stdin_and_a_document_above_max_chars(tmp_path):
    result = run("extract", "--max-chars", "1000", "-", stdin=ARTICLE.encode("utf-8") * 3)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("articleparse: error E006: <stdin> is more than 4000 bytes")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", "--max-chars", "100", str(article))
    assert result.returncode == 2 and "error E006" in result.stderr.decode() and result.stdout == b""


def test_extract_reads_utf16_from_stdin():
    result = run("extract", "--format", "jsonl", "-", stdin=ARTICLE.encode("utf-16"))
    assert result.returncode == 0 and '"Leverkusen"' in result.stdout.decode("utf-8")


# hostile text -------------------------------------------------------------------------------------------------
FOREIGN = [
    pytest.param("en", "Munich ranked first in the Smart City Index 2025, ahead of Hamburg and Cologne. The city "
                 "climbed three places and is now in the top ten, while Leverkusen fell to 74th place out of 83. "
                 "It is the third time that the ranking has been published by the association.", id="english"),
    pytest.param("fr", "Munich est la première ville du classement Smart City Index 2025, devant Hambourg et "
                 "Cologne. Leverkusen recule à la 74e place sur 83 villes. C'est la troisième fois que le "
                 "classement est publié par une association qui regroupe les entreprises du secteur.", id="french"),
]


@pytest.mark.parametrize("language, text", FOREIGN)
def test_a_foreign_article_gives_a_report_with_a_language_warning(extractor, language, text):
    report = extractor.parse(text, doc_id="foreign")
    assert report.document.language == language
    assert [(c.name, c.status) for c in report.checks if c.name == "language"] == [("language", "warn")]
    assert report.errors == [] and report_problems(report, text) == []
    assert report.placements == [] and report.movements == []


def test_a_german_article_has_no_language_warning(extractor):
    assert not [c for c in extractor.parse(ARTICLE).checks if c.name == "language"]


@pytest.mark.parametrize("text", [
    pytest.param("\x00\x01\x02 Platz 1 \x1b[2J", id="control characters"),
    pytest.param("1. 2. 3. " * 300, id="rank-like numbers"),
    pytest.param("Platz " * 500, id="repeated rank word"),
    pytest.param("(" * 300 + "Köln" + ")" * 300, id="deep brackets"),
    pytest.param("\U0001f600 ẞ İ ﬁ ① ٣ Ⅻ \u0301\u0301 \ufffd", id="odd unicode"),
    pytest.param(ARTICLE.replace("\n", " ") * 3, id="one long line"),
])
def test_hostile_text_gives_a_valid_report(extractor, text):
    assert report_problems(extractor.parse(text, doc_id="x"), text) == []


def test_a_range_after_its_places_has_valid_evidence(extractor):
    text = "Nürnberg, Leipzig und Heidelberg folgen auf den Plätzen acht bis zehn im Smart City Index."
    assert report_problems(extractor.parse(text), text) == []


# HTML -----------------------------------------------------------------------------------------------------------
def test_html_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    page = (f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>\n<html><body><article>{PARA * 3}<p>&xxe; &net;</p>'
            "</article></body></html>")
    text = html_to_text(page)
    assert "TOPSECRET" not in text and "Platz 74 von 83" in text


def test_html_entity_expansion_stays_unexpanded():
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    page = f'<!DOCTYPE html [<!ENTITY lol0 "lol">{entities}]><html><body><article>{PARA * 3}<p>&lol9;</p></article></body></html>'
    text = html_to_text(page)
    assert "Platz 74 von 83" in text and len(text) < 1000 and "lollol" not in text


def test_sanitise_html_removes_dtd_declarations_but_keeps_content():
    page = '<!DOCTYPE x [\n<!ENTITY a "b">\n]>\n<html><body><!ENTITY c "d"><p>Köln</p></body></html>'
    cleaned = sanitise_html(page)
    assert "<!ENTITY" not in cleaned and "<!DOCTYPE" not in cleaned and "<p>Köln</p>" in cleaned


def test_html_nested_10000_levels_keeps_its_text():
    page = "<html><body>" + "<div>" * 10_000 + PARA * 3 + "</div>" * 10_000 + "</body></html>"
    assert "Platz 74 von 83" in html_to_text(page)


def test_html_scripts_and_styles_are_not_text():
    page = (f'<html><head><script>alert("SCRIPT1")</script><style>p{{}}</style></head><body><article>{PARA * 3}'
            '<script>document.write("SCRIPT2")</script><noscript>NOSCRIPT</noscript></article></body></html>')
    text = html_to_text(page)
    assert "Platz 74" in text and "SCRIPT1" not in text and "SCRIPT2" not in text and "alert" not in text
    fragment = "<div><script>evil()</script><p>Köln auf Platz 3.</p></div>"
    assert html_to_text(fragment) == "Köln auf Platz 3."


# linear time ---------------------------------------------------------------------------------------------------
def _growth(extractor, make, small: int, factor: int = 4, repeats: int = 3) -> float:
    """Best-of-`repeats` CPU time (not wall time: other processes on a busy machine do not count) for the input
    grown `factor` times over the best time for the small input."""
    texts = make(small), make(small * factor)
    best = [float("inf"), float("inf")]
    for _ in range(repeats):
        for i, text in enumerate(texts):
            start = time.process_time()
            extractor.parse(text)
            best[i] = min(best[i], time.process_time() - start)
    return best[1] / best[0]


GROWTH = [
    pytest.param(lambda k: (ARTICLE + "\n\n") * k, 2, id="articles"),
    pytest.param(lambda k: (ARTICLE.replace("\n", " ") + " ") * k, 2, id="one long line"),
    pytest.param(lambda k: (ARTICLE.replace("\n", " ") + " ") * k + "\n\nEnde.", 2, id="one long line before a break"),
    pytest.param(lambda k: " ".join(f"{i}." for i in range(250 * k)), 2, id="rank-like numbers"),
]


@pytest.mark.parametrize("make, small", GROWTH)
def test_processing_time_grows_linearly(extractor, make, small):
    """4x the input may take at most 8x the time (linear is 4x, pure quadratic 16x; the margin absorbs a loaded
    machine at these small sizes, chosen to keep the suite fast). A quadratic term that dominates only above
    ~50,000 characters is caught by the sentence-splitter test below and by `benchmarks/fuzz.py` (slow findings)."""
    assert _growth(extractor, make, small) <= 8


# corpus: bad records are recorded in their document's errors[] and the run goes on --------------------------
def _corpus_reports(tmp_path, jsonl: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
    (tmp_path / "records.jsonl").write_text(jsonl, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("corpus", str(tmp_path / "records.jsonl"), "-o", str(out), "-q", "--jobs", "1")
    import json

    return result, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_corpus_records_bad_jsonl_records_and_goes_on(tmp_path):
    jsonl = ('{"id": "ok", "text": "Köln liegt im Smart City Index 2025 auf Platz 3 von 83."}\n{not json\n'
             '{"id": "no-text"}\n{"id": "number", "text": 5}\n[1, 2]\n{"id": "blank", "text": "  "}\n'
             '{"id": "last", "text": "Bonn liegt im Smart City Index 2025 auf Platz 4 von 83."}\n')
    result, reports = _corpus_reports(tmp_path, jsonl)
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    codes = [[e["code"] for e in r["errors"]] for r in reports]
    assert codes == [[], ["E008"], ["E008"], ["E008"], ["E008"], ["E005"], []]
    assert reports[0]["placements"] and reports[-1]["placements"]


def test_corpus_renames_and_flags_duplicate_ids(tmp_path):
    jsonl = ('{"id": "a", "text": "Köln liegt auf Platz 3 von 83."}\n'
             '{"id": "a", "text": "Bonn liegt auf Platz 4 von 83."}\n')
    result, reports = _corpus_reports(tmp_path, jsonl)
    assert [r["document"]["id"] for r in reports] == ["a", "a~2"]
    assert [c["name"] for c in reports[1]["checks"] if c["status"] == "warn"] == ["unique document id"]
    assert not any(c["name"] == "unique document id" for c in reports[0]["checks"])


@pytest.mark.parametrize("name", ["train/magazin-002-sci-2025-stuttgart.txt", "dev/agentur-015-iw-staedteranking-2025-feature.txt"])  # ranges after their places
def test_corpus_texts_give_valid_reports(extractor, name):
    text = read_file(ROOT / "corpus" / name)
    assert report_problems(extractor.parse(text), text) == []


@pytest.mark.parametrize("make", [
    pytest.param(lambda k: (ARTICLE + "\n\n") * k * 5, id="articles"),
    pytest.param(lambda k: "(" * 250 * k + "Köln" + ")" * 250 * k, id="closing brackets (_starts also walks back "
                 "over every closer before each token)"),
])
def test_sentence_splitting_time_grows_linearly(nlp, make):
    splitter = nlp.get_pipe("articleparse_sentences")
    best = []
    for k in (4, 16):  # the best of five runs each, without the garbage collector: one busy moment must not decide
        text = make(k)
        times = []
        for _ in range(5):
            doc = nlp.make_doc(text)
            gc.disable()
            try:
                start = time.process_time()
                splitter(doc)
                times.append(time.process_time() - start)
            finally:
                gc.enable()
        best.append(min(times))
    assert best[1] / best[0] <= 8  # linear: 4, quadratic: 16
