"""Review pages without a browser: segmenting, escaping, text lookup, timelines and the `review` command."""
from __future__ import annotations

import html
import json
import re

import pytest
from typer.testing import CliRunner

from articleparse import review
from articleparse.cli import app

# Small texts written for these tests: nested spans (a placement span holding two place spans), a derived
# placement, a failing check, and untrusted markup.
LEVERKUSEN_2025 = (
    "Leverkusen verliert im Smart City Index\n\n"
    "Leverkusen landet im Smart City Index 2025 auf Platz 74 von insgesamt 83. Das ist ein Platz schlechter als "
    "im Jahr zuvor. Damit gehört die Stadt zu den letzten zehn.\n"
    "In der Kategorie Energie und Umwelt verbessert sich Leverkusen, verglichen mit 2024, gleich um 14 Plätze und "
    "landet auf Rang 41. Sie ist 70., hinter Hagen und vor Solingen.\n"
)
LEVERKUSEN_2024 = (
    "Leverkusen klettert im Smart City Index\n\n"
    "Leverkusen landet im Smart City Index 2024 auf Platz 60 von insgesamt 82. Die Stadt verbessert sich damit "
    "um acht Plätze.\n"
)
LEVERKUSEN_2023 = (
    "Leverkusen im Smart City Index 2023\n\n"
    "Im Smart City Index 2023 des Digitalverbands Bitkom belegt Leverkusen Platz 68 von 81 Großstädten. "
    "Hamburg liegt auf Platz 2.\n"
)
HOSTILE = (
    '<script>alert("x")</script> Köln "onmouseover="alert(1)" x=\'y\' & &amp; </div>\n\n'
    "Köln landet im Smart City Index 2025 auf Platz 3 von insgesamt 83. <img src=x onerror=alert(2)> "
    "</script><!-- \u2028\n"
)
TEXTS = {"lev-2025": LEVERKUSEN_2025, "lev-2024": LEVERKUSEN_2024, "lev-2023": LEVERKUSEN_2023, "hostile": HOSTILE}


@pytest.fixture(scope="module")
def extractor():
    from articleparse.api import Extractor

    return Extractor()


@pytest.fixture(scope="module")
def reports(extractor):
    return {name: extractor.parse(text, source=f"{name}.txt") for name, text in TEXTS.items()}


def write_corpus(folder, reports_by_name) -> tuple:
    """Texts in folder/texts, their reports in folder/reports.jsonl (as `extract --format jsonl` writes them)."""
    texts = folder / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for name in reports_by_name:
        (texts / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
    jsonl = folder / "reports.jsonl"
    jsonl.write_text("".join(r.to_json() + "\n" for r in reports_by_name.values()), encoding="utf-8")
    return jsonl, texts


def _visible_text(page_html: str) -> str:
    """The text inside the .doctext element, tags stripped and entities decoded."""
    inner = re.search(r'<div class="doctext" lang="de">(.*?)</div>\n', page_html, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", inner))


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in TEXTS])
def test_segments_give_back_the_text_exactly(reports, name):
    view = review.article_view(reports[name], TEXTS[name])
    assert "".join(piece["text"] for piece in view["segments"]) == TEXTS[name]
    assert _visible_text(review.article_page([(reports[name], TEXTS[name], None)])) == TEXTS[name]


def test_nested_spans_are_segmented_innermost_first(reports):
    view = review.article_view(reports["lev-2025"], LEVERKUSEN_2025)
    hagen = next(p for p in view["segments"] if p["text"] == "Hagen")
    assert (hagen["kind"], hagen["outer"]) == ("place", "placement")
    marks = view["data"]["marks"]
    inner, outer = hagen["marks"][0], hagen["marks"][-1]
    assert marks[inner]["text"] == "Hagen"
    assert marks[outer]["text"] == "ist 70., hinter Hagen und vor Solingen"
    # the span holds the two derived neighbours; "ist 70.," inside it is Leverkusen's stated placement
    assert {view["records"][r]["title"] for r in marks[outer]["records"] if r.startswith("d0-p")} == {"Hagen: rank 69", "Solingen: rank 71"}
    stated = next(p for p in view["segments"] if p["text"].startswith("ist 70."))
    assert len(stated["marks"]) == 2 and stated["kind"] == "placement"


def test_crossing_spans_render():
    """Spans that cross (neither holds the other) are cut into pieces; each piece knows both (shorter first,
    then by kind: theme before place)."""
    text = "abcdefghij"
    marks = [review.Mark("a", 0, 6, kinds={"place"}), review.Mark("b", 3, 9, kinds={"theme"})]
    pieces = review.segments(text, marks)
    assert [(p["text"], p["marks"]) for p in pieces] == [
        ("abc", ["a"]), ("def", ["b", "a"]), ("ghi", ["b"]), ("j", [])]


def test_derived_placement_record_says_from_what(reports):
    view = review.article_view(reports["lev-2025"], LEVERKUSEN_2025)
    derived = [r for r in view["records"].values() if r["kind"] == "placement" and ["Rank is", "derived"] in r["fields"]]
    assert derived, "the text has derived placements"
    fields = dict(next(r for r in derived if r["title"] == "Hagen: rank 69")["fields"])
    assert fields["Derived from"] == "neighbour of Leverkusen on rank 70"


def test_failing_checks_come_first(reports):
    report = reports["lev-2025"]
    assert any(c.status == "fail" for c in report.checks), "this text gives a failing check"
    statuses = [c.status for _rid, c, _ev in review.article_view(report, LEVERKUSEN_2025)["checks"]]
    assert statuses == sorted(statuses, key=review._STATUS_ORDER.get) and statuses[0] == "fail"


def test_untrusted_text_cannot_inject_markup(reports):
    page = review.article_page([(reports["hostile"], HOSTILE, None)])
    assert page.count("<script") == 2  # the page's own: record data (JSON) and behaviour
    assert "<img" not in page and "<!--" not in page and 'alert("x")' not in page
    assert '"onmouseover="' not in page
    data = re.search(r'<script type="application/json" class="review-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data and ">" not in data
    assert json.loads(data)["records"]["d0-e0"]["title"] == "Köln"
    assert _visible_text(page) == HOSTILE


def test_other_text_than_the_report_is_flagged(reports):
    changed = LEVERKUSEN_2025.replace("Leverkusen landet", "Leverkusen  landet")
    view = review.article_view(reports["lev-2025"], changed)
    assert any("SHA-256" in note for note in view["notes"])
    assert any("do not match the text" in note for note in view["notes"])
    assert "".join(p["text"] for p in view["segments"]) == changed


@pytest.mark.parametrize("layout", [
    pytest.param("by-id", id="by-id"),
    pytest.param("nested-by-source-name", id="nested-by-source-name"),
])
def test_find_text(tmp_path, reports, layout):
    report = reports["lev-2024"]
    folder = tmp_path / "texts"
    path = folder / "lev-2024.txt" if layout == "by-id" else folder / "2024" / "deep" / "lev-2024.txt"
    path.parent.mkdir(parents=True)
    path.write_text(LEVERKUSEN_2024, encoding="utf-8")
    text, note = review.find_text(report, folder, review._text_files(folder), 10_000)
    assert (text, note) == (LEVERKUSEN_2024, None)


def test_missing_text_gives_a_note(tmp_path, reports):
    text, note = review.find_text(reports["lev-2024"], tmp_path, {}, 10_000)
    assert text is None and "not found" in note


def test_timeline_points_and_conflicts(reports):
    chosen = [reports[n] for n in ("lev-2023", "lev-2024", "lev-2025")]
    charts = {c["entity"]: c for c in review.timelines(chosen, ["a.html", "b.html", "c.html"])}
    overall = next(s for s in charts["Leverkusen"]["series"] if s["label"] == "Smart City Index – overall")
    points = {(d["year"], d["rank"]): d for d in overall["dots"]}
    # 68 stated in 2023 (and derived again from 2024's "acht Plätze"): one point; 2024: 60 stated, 73 derived
    assert sorted(points) == [(2023, 68), (2024, 60), (2024, 73), (2025, 74)]
    assert points[(2024, 60)]["conflict"] and points[(2024, 73)]["conflict"] and not points[(2023, 68)]["conflict"]
    assert points[(2024, 73)]["derived"] and not points[(2023, 68)]["derived"]
    assert points[(2023, 68)]["href"] == "a.html#d0-p0"
    assert points[(2024, 60)]["y"] < points[(2025, 74)]["y"]  # rank 1 at the top


runner = CliRunner()


def test_cli_article_review(tmp_path):
    article = tmp_path / "lev-2025.txt"
    article.write_text(LEVERKUSEN_2025, encoding="utf-8")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert _visible_text(page) == LEVERKUSEN_2025
    assert "http://" not in page and "https://" not in page


def test_cli_article_review_unreadable_file_exits_2(tmp_path):
    article = tmp_path / "lev-2025.txt"
    article.write_text(LEVERKUSEN_2025, encoding="utf-8")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(article), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert "E001" in result.output
    page = out.read_text(encoding="utf-8")
    assert "Error E001" in page and page.count('class="article"') == 2


def test_cli_corpus_review(tmp_path, reports):
    jsonl, texts = write_corpus(tmp_path, {n: reports[n] for n in ("lev-2023", "lev-2024", "lev-2025")})
    out = tmp_path / "review"
    result = runner.invoke(app, ["review", str(jsonl), "--texts", str(texts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    index = (out / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in (out / "docs").iterdir()) == ["lev-2023.html", "lev-2024.html", "lev-2025.html"]
    assert 'href="docs/lev-2024.html"' in index and 'id="entity-leverkusen"' in index
    assert _visible_text((out / "docs" / "lev-2024.html").read_text(encoding="utf-8")) == LEVERKUSEN_2024


def test_cli_corpus_review_reports_missing_texts(tmp_path, reports):
    jsonl, _texts = write_corpus(tmp_path, {"lev-2024": reports["lev-2024"]})
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["review", str(jsonl), "--texts", str(empty), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "lev-2024: text not found" in result.output
    assert "was not found" in (tmp_path / "out" / "docs" / "lev-2024.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    pytest.param(["{jsonl}", "--texts", "{missing}", "-o", "{out}"], "is not a folder", id="texts-not-a-folder"),
    pytest.param(["{article}", "--texts", "{tmp}", "-o", "{out}.html"], "--texts goes with", id="texts-with-articles"),
    pytest.param(["{bad}", "-o", "{out}"], "E008", id="invalid-report-line"),
    pytest.param(["{article}", "-o", "{tmp}"], "is a folder", id="article-output-is-a-folder"),
])
def test_cli_usage_errors_exit_2(tmp_path, reports, args, message):
    jsonl, _texts = write_corpus(tmp_path, {"lev-2024": reports["lev-2024"]})
    bad = tmp_path / "bad.jsonl"
    bad.write_text(reports["lev-2024"].to_json() + "\n{\"document\": 1}\n", encoding="utf-8")
    article = tmp_path / "texts" / "lev-2024.txt"
    names = {"jsonl": jsonl, "missing": tmp_path / "nope", "out": tmp_path / "out", "article": article,
             "tmp": tmp_path, "bad": bad}
    result = runner.invoke(app, ["review", *(a.format(**names) for a in args)])
    assert result.exit_code == 2
    assert message in result.output
