"""Review pages in a real browser: headless Debian Chromium driven by Playwright, pages opened from files.

Each test records every request the page makes and asserts that only the file:// pages themselves were loaded.
Screenshots go to the test's tmp folder, or to $ARTICLEPARSE_SCREENSHOTS when it is set (to look at them).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articleparse.cli import app
from articleparse.read import normalise
from test_review import HOSTILE, LEVERKUSEN_2025, TEXTS, write_corpus

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)")

runner = CliRunner()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A page in a fresh context that records requests, dialogs and script errors."""
    context = browser.new_context(viewport={"width": 1366, "height": 800})
    page = context.new_page()
    page.requests, page.dialogs, page.errors = [], [], []
    context.on("request", lambda request: page.requests.append(request.url))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    assert page.errors == []
    assert page.dialogs == []
    assert page.requests and all(url.startswith("file://") for url in page.requests), page.requests
    context.close()


def screenshot(page, tmp_path, name: str) -> Path:
    folder = Path(os.environ.get("ARTICLEPARSE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


@pytest.fixture(scope="module")
def article_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("article")
    (folder / "lev-2025.txt").write_text(LEVERKUSEN_2025, encoding="utf-8")
    out = folder / "review.html"
    result = runner.invoke(app, ["review", str(folder / "lev-2025.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def panel_field(page, field: str) -> str:
    return page.locator(f'.panel .record >> nth=0 >> dd[data-field="{field}"]').inner_text()


def marked_text(page) -> str:
    return "".join(page.locator(".hl.marked").all_inner_texts())


def test_text_shown_is_the_document_text(page, article_page):
    page.goto(article_page.as_uri())
    assert page.locator(".doctext").evaluate("n => n.textContent") == LEVERKUSEN_2025


def test_click_placement_row_marks_span_and_shows_record(page, article_page, tmp_path):
    page.goto(article_page.as_uri())
    assert page.locator(".hl.marked").count() == 0
    page.locator("table.placements tr.rec", has_text="74").click()
    assert marked_text(page) == "Platz 74 von insgesamt 83."
    assert panel_field(page, "rank") == "74"
    assert panel_field(page, "rank-is") == "stated in the text"
    screenshot(page, tmp_path, "article-row-click")


def test_click_derived_row_shows_what_it_follows_from(page, article_page):
    page.goto(article_page.as_uri())
    page.locator("table.placements tr.rec", has_text="Hagen").click()
    assert marked_text(page) == "ist 70., hinter Hagen und vor Solingen"
    assert panel_field(page, "rank") == "69"
    assert panel_field(page, "rank-is") == "derived"
    assert panel_field(page, "derived-from") == "neighbour of Leverkusen on rank 70"


def test_click_highlight_shows_its_records(page, article_page):
    page.goto(article_page.as_uri())
    page.locator(".hl", has_text="Rang 41.").click()
    assert panel_field(page, "rank") == "41"
    assert panel_field(page, "entity") == "Leverkusen"
    assert panel_field(page, "category") == "Energie und Umwelt"
    # a place inside a placement span: the place first, then the placements that hold it
    page.locator(".hl", has_text="Solingen").click()
    kinds = page.locator(".panel .record .kind").all_inner_texts()
    assert kinds[0].lower() == "place" and "placement" in [k.lower() for k in kinds]


def test_failing_checks_first_with_links_to_evidence(page, article_page):
    page.goto(article_page.as_uri())
    rows = page.locator("table.checks tbody tr")
    assert "status-fail" in rows.first.get_attribute("class")
    assert rows.first.evaluate("r => getComputedStyle(r.cells[0]).backgroundColor") != "rgba(0, 0, 0, 0)"
    failed = page.locator("table.checks tr.status-fail", has_text="Rang 41.")
    failed.locator("a.ev", has_text="Rang 41.").click()
    assert marked_text(page) == "Rang 41."
    assert page.locator(".panel .record >> nth=0 >> dd[data-field='status']").inner_text() == "fail"


def test_hostile_text_renders_as_text(page, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "review.html"
    assert runner.invoke(app, ["review", str(article), "-o", str(out)]).exit_code == 0
    page.goto(out.as_uri())
    assert page.locator(".doctext").evaluate("n => n.textContent") == normalise(HOSTILE)
    assert page.locator("script").count() == 2
    assert page.locator("img, [onerror], [onmouseover]").count() == 0
    page.locator(".hl", has_text="Köln").first.click()
    assert panel_field(page, "entity") == "Köln"
    screenshot(page, tmp_path, "article-hostile")


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    from articleparse.api import Extractor

    extractor = Extractor()
    folder = tmp_path_factory.mktemp("corpus")
    reports = {name: extractor.parse(TEXTS[name], source=f"{name}.txt", doc_id=name)
               for name in ("lev-2023", "lev-2024", "lev-2025", "hostile")}
    jsonl, texts = write_corpus(folder, reports)
    out = folder / "review"
    result = runner.invoke(app, ["review", str(jsonl), "--texts", str(texts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, reports


def test_timeline_has_one_point_per_year_and_rank(page, corpus_site, tmp_path):
    out, reports = corpus_site
    page.goto((out / "index.html").as_uri())
    chart = page.locator("figure.chart#entity-leverkusen")
    points = chart.locator("circle.point").evaluate_all(
        "cs => cs.map(c => [c.dataset.series, Number(c.dataset.year), Number(c.dataset.rank)])")
    expected = {(f"{p.ranking} – {p.category or 'overall'}", p.year, p.rank)
                for r in reports.values() for p in r.placements if p.entity == "Leverkusen"}
    assert sorted(map(tuple, points)) == sorted(expected)
    conflicts = chart.locator("circle.point.conflict").evaluate_all(
        "cs => cs.map(c => [c.dataset.series, Number(c.dataset.year), Number(c.dataset.rank)])")
    # overall 2024: 60 stated, 73 derived from 2025's "ein Platz schlechter"; Energie und Umwelt 2025: 41 and 70
    assert sorted(map(tuple, conflicts)) == sorted(
        point for point in expected if len({rank for s, year, rank in expected if (s, year) == point[:2]}) > 1)
    assert ("Smart City Index – overall", 2024, 60) in map(tuple, conflicts)
    # rank 1 on top: the better rank is drawn higher
    y = {int(c[2]): float(v) for c, v in zip(points, chart.locator("circle.point").evaluate_all("cs => cs.map(c => c.getAttribute('cy'))"))}
    assert y[60] < y[68] < y[74]
    screenshot(page, tmp_path, "corpus-index")


def test_timeline_point_opens_the_document_with_its_placement(page, corpus_site):
    out, _reports = corpus_site
    page.goto((out / "index.html").as_uri())
    page.locator('figure.chart#entity-leverkusen circle.point[data-year="2023"]').click()
    page.wait_for_url("**/docs/lev-2023.html#d0-p0")
    assert "68" in marked_text(page)
    assert panel_field(page, "rank") == "68"
    assert panel_field(page, "year") == "2023"


def test_index_sorts_by_failed_checks(page, corpus_site):
    out, reports = corpus_site
    page.goto((out / "index.html").as_uri())
    page.locator("table.index th", has_text="Failed checks").click()
    page.locator("table.index th", has_text="Failed checks").click()
    first = page.locator("table.index tbody tr").first.locator("td").nth(1).inner_text()
    most = max(reports.values(), key=lambda r: sum(c.status == "fail" for c in r.checks))
    assert sum(c.status == "fail" for c in reports[first].checks) == sum(c.status == "fail" for c in most.checks)
    assert page.locator("table.index th", has_text="Failed checks").get_attribute("aria-sort") == "descending"
