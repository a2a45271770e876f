"""Review pages: self-contained HTML that shows reports over their text (articles) and across a corpus.

`article_page` highlights every evidence span of a report in its text (built from character offsets by cutting
the text into segments, so nested and crossing spans render and the shown text is exactly the document text);
`corpus_site` writes an index of documents, one article page per document and a rank-over-years timeline per
entity as inline SVG. Templates, CSS and JS live in data/ and are inlined: the pages load nothing from anywhere.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from articleparse.errors import ArticleparseError
from articleparse.read import read_file
from articleparse.report import Report, Span
from articleparse.resources import data_text

KINDS = ("placement", "movement", "claim", "theme", "place", "ranking")
# The colour of a span carrying records of several kinds is that of the first kind here.
# A derived placement shares its span with the movement or neighbour it follows from: that one shows.
_PRIORITY = ("placement", "movement", "claim", "derived", "theme", "ranking", "place", "check")
_STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2}
TEXT_SUFFIXES = (".txt", ".html", ".htm", ".text", ".md")
SERIES_COLOURS = ("#1f5fa8", "#c2571a", "#2e8b57", "#8a3ea8", "#9c7a00", "#0f8a8a", "#a83e5f", "#555555")


@dataclass
class Mark:
    """One highlighted range of the text and the records whose evidence it is."""

    id: str
    start: int
    end: int
    records: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    placed: bool = True

    @property
    def kind(self) -> str:
        kind = next(k for k in _PRIORITY if k in self.kinds)
        return "placement" if kind == "derived" else kind


# --------------------------------------------------------------------------- one article

def article_view(report: Report, text: str | None, index: int = 0, text_note: str | None = None) -> dict:
    """The template context of one article: records, marks, text segments, tables and warnings."""
    prefix = f"d{index}-"
    records: dict[str, dict] = {}
    marks: dict[tuple[int, int], Mark] = {}
    notes = [text_note] if text_note else []
    if text is not None and _sha256(text) != report.document.sha256:
        notes.append("This text differs from the one the report was made from (its SHA-256 does not match); "
                     "highlights are shown only where the recorded span text is found at its offsets.")

    def mark_of(span: Span) -> Mark:
        key = (span.start, span.end)
        if key not in marks:
            placed = text is not None and 0 <= span.start < span.end <= len(text) and text[span.start:span.end] == span.text
            marks[key] = Mark(f"{prefix}m{len(marks)}", span.start, span.end, placed=placed)
        return marks[key]

    def add(rid: str, kind: str, title: str, fields: list[tuple[str, object]], spans: list[Span], derived=False) -> None:
        ids = []
        for span in spans:
            mark = mark_of(span)
            mark.records.append(prefix + rid)
            mark.kinds.add("derived" if kind == "placement" and derived else kind)
            ids.append(mark.id)
        records[prefix + rid] = {"id": prefix + rid, "kind": kind, "title": title, "marks": ids,
                                 "fields": [[label, _show(value)] for label, value in fields]}

    for i, p in enumerate(report.placements):
        add(f"p{i}", "placement", f"{p.entity}: rank {p.rank}", [
            ("Entity", p.entity), ("Ranking", p.ranking), ("Category", p.category or "overall"), ("Year", p.year),
            ("Rank", p.rank), ("Total", p.total), ("Score", p.score),
            ("Rank is", "derived" if p.derived else "stated in the text"), ("Derived from", p.derived_from),
            ("Evidence", p.evidence.text)], [p.evidence], p.derived)
    for i, m in enumerate(report.movements):
        add(f"v{i}", "movement", f"{m.entity}: {_places(m.places)}", [
            ("Entity", m.entity), ("Ranking", m.ranking), ("Category", m.category or "overall"),
            ("From year", m.from_year), ("To year", m.to_year), ("Places", _places(m.places)),
            ("Evidence", m.evidence.text)], [m.evidence])
    for i, c in enumerate(report.claims):
        add(f"c{i}", "claim", f"{c.entity}: {c.kind} {c.n or ''}".strip(), [
            ("Entity", c.entity), ("Ranking", c.ranking), ("Category", c.category or "overall"), ("Year", c.year),
            ("Claim", c.kind), ("N", c.n), ("Evidence", c.evidence.text)], [c.evidence])
    for i, t in enumerate(report.themes):
        add(f"t{i}", "theme", f"Theme: {t.name}", [
            ("Theme", t.name), ("Ranking", t.ranking), ("Named", "explicitly" if t.explicit else "inferred from a keyword"),
            ("Rank", t.rank)], t.mentions)
    for i, e in enumerate(report.entities):
        add(f"e{i}", "place", e.name, [("Entity", e.name), ("Type", e.type), ("Mentions", len(e.mentions))], e.mentions)
    for i, r in enumerate(report.rankings):
        add(f"r{i}", "ranking", f"{r.name} {r.year or ''}".strip(), [
            ("Ranking", r.name), ("Publisher", r.publisher), ("Year", r.year), ("Total", r.total),
            ("Total from", r.total_source), ("Categories", ", ".join(r.categories))], r.mentions)
    checks = sorted(enumerate(report.checks), key=lambda ic: (_STATUS_ORDER.get(ic[1].status, 3), ic[0]))
    for i, c in checks:
        add(f"k{i}", "check", f"Check {c.status}: {c.name}", [
            ("Check", c.name), ("Status", c.status), ("Message", c.message)], c.evidence)

    unplaced = sum(1 for m in marks.values() if not m.placed)
    if text is not None and unplaced:
        notes.append(f"{unplaced} evidence span(s) do not match the text at their offsets and are not highlighted.")
    mark_list = sorted(marks.values(), key=lambda m: (m.start, -m.end))
    return {
        "index": index, "prefix": prefix, "report": report, "doc": report.document, "text": text,
        "segments": segments(text, mark_list) if text is not None else [],
        "records": records, "notes": notes,
        "checks": [(prefix + f"k{i}", c, [(marks[(s.start, s.end)], s) for s in c.evidence]) for i, c in checks],
        "failed": sum(1 for c in report.checks if c.status == "fail"),
        "legend": [(k, sum(1 for r in records.values() if r["kind"] == k)) for k in KINDS],
        "data": {"records": records, "marks": {m.id: {"records": m.records, "kind": m.kind, "placed": m.placed,
                                                      "text": text[m.start:m.end] if m.placed else None}
                                               for m in mark_list}},
    }


def segments(text: str, marks: list[Mark]) -> list[dict]:
    """Cut the text at every span boundary; each piece knows the marks covering it (innermost first).

    Joining the pieces' text gives back the text exactly; a piece with no mark is plain text.
    """
    placed = [m for m in marks if m.placed]
    cuts = sorted({0, len(text), *(m.start for m in placed), *(m.end for m in placed)})
    starts = defaultdict(list)
    for m in placed:
        starts[m.start].append(m)
    active: dict[str, Mark] = {}
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        for m in starts.get(a, ()):
            active[m.id] = m
        for mid in [mid for mid, m in active.items() if m.end <= a]:
            del active[mid]
        covering = sorted(active.values(), key=lambda m: (m.end - m.start, _PRIORITY.index(m.kind)))
        anchors = [m.id for m in starts.get(a, ())]
        if not covering:
            pieces.append({"text": text[a:b], "marks": [], "anchors": anchors})
            continue
        inner = covering[0].kind
        outer = next((m.kind for m in reversed(covering) if m.kind != inner), None)
        pieces.append({"text": text[a:b], "marks": [m.id for m in covering], "kind": inner, "outer": outer,
                       "anchors": anchors})
    return pieces


def article_page(items: list[tuple[Report, str | None, str | None]], *, back_href: str | None = None) -> str:
    """One HTML page reviewing (report, text, note about the text) items."""
    views = [article_view(report, text, i, note) for i, (report, text, note) in enumerate(items)]
    title = views[0]["doc"].title or views[0]["doc"].id if len(views) == 1 else f"{len(views)} articles"
    return _render("review_article.html.j2", title=title, views=views, back_href=back_href,
                   data_json={v["prefix"]: _script_json(v["data"]) for v in views})


def write_article_review(files: list[str], output: Path, extractor, max_chars: int) -> list[ArticleparseError]:
    """Parse article files and write one review page; returns the errors of files that could not be read."""
    from articleparse.api import failed_report

    items, problems = [], []
    for name in files:
        try:
            text = read_file(name, max_chars)
        except ArticleparseError as exc:
            problems.append(exc)
            items.append((failed_report(Path(name).stem, exc, source=name), None, None))
            continue
        items.append((extractor.parse(text, source=name), text, None))
    _write(output, article_page(items))
    return problems


# --------------------------------------------------------------------------- a corpus run

def load_reports(path: str | Path) -> list[Report]:
    """Reports from a JSONL file (one report per line, as written by `extract --format jsonl` or `corpus`)."""
    path = Path(path)
    if not path.exists():
        raise ArticleparseError("E001", path=path)
    if path.is_dir():
        raise ArticleparseError("E003", path=path, reason="it is a directory, not a JSONL file of reports")
    reports = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleparseError("E003", path=path, reason=str(exc)) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            reports.append(Report.model_validate_json(line))
        except ValidationError as exc:
            reason = exc.errors()[0].get("msg", str(exc)) if exc.errors() else str(exc)
            raise ArticleparseError("E008", path=path, line=number, reason=reason) from None
    return reports


def find_text(report: Report, texts_dir: Path, files: dict[str, list[Path]], max_chars: int) -> tuple[str | None, str | None]:
    """The text of a report's document in texts_dir (by document.source, then by id = file stem), or a note why not."""
    doc = report.document
    candidates = []
    if doc.source:
        source = Path(doc.source)
        candidates += [source] if source.is_absolute() else [source, texts_dir / source]
        candidates += files.get(source.name, [])
    candidates += [texts_dir / f"{doc.id}{suffix}" for suffix in TEXT_SUFFIXES]
    candidates += files.get(doc.id, [])
    first = None
    for path in dict.fromkeys(candidates):
        if not path.is_file() or not _inside(path, texts_dir):
            continue
        try:
            text = read_file(path, max_chars)
        except ArticleparseError:
            continue
        if _sha256(text) == doc.sha256:
            return text, None
        first = text if first is None else first
    if first is not None:
        return first, None
    if report.errors and not doc.chars:
        return None, None
    return None, f"The text of this document was not found in {texts_dir} (looked for its source and its id)."


def corpus_site(reports: list[Report], texts_dir: Path | None, output: Path, max_chars: int = 5_000_000) -> list[str]:
    """Write output/index.html and output/docs/*.html; returns notes about texts that were not found."""
    docs_dir = output / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    files = _text_files(texts_dir) if texts_dir else {}
    hrefs, used, notes, rows = [], set(), [], []
    for i, report in enumerate(reports):
        name = _safe_name(report.document.id, used)
        hrefs.append(f"docs/{name}.html")
        if texts_dir:
            text, note = find_text(report, texts_dir, files, max_chars)
        else:
            text, note = None, "No --texts folder was given, so the text is not shown."
        if note and texts_dir:
            notes.append(f"{report.document.id}: text not found in {texts_dir}")
        _write(docs_dir / f"{name}.html", article_page([(report, text, note)], back_href="../index.html"))
        rows.append({"i": i, "report": report, "href": hrefs[-1],
                     "failed": sum(1 for c in report.checks if c.status == "fail"),
                     "warned": sum(1 for c in report.checks if c.status == "warn")})
    charts = timelines(reports, hrefs)
    _write(output / "index.html", _render("review_corpus.html.j2", title=f"Corpus review: {len(reports)} documents",
                                          rows=rows, charts=charts, texts_dir=str(texts_dir) if texts_dir else None,
                                          totals={"placements": sum(len(r.placements) for r in reports),
                                                  "failed": sum(row["failed"] for row in rows),
                                                  "errors": sum(1 for r in reports if r.errors)}))
    return notes


def timelines(reports: list[Report], hrefs: list[str]) -> list[dict]:
    """One chart per entity: rank over edition years, one series per ranking and category; rank 1 on top."""
    by_entity: dict[str, dict[tuple, dict[tuple[int, int], list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    undated: dict[str, list] = defaultdict(list)
    for d, report in enumerate(reports):
        for i, p in enumerate(report.placements):
            ref = {"doc": report.document.id, "href": f"{hrefs[d]}#d0-p{i}", "derived": p.derived}
            if p.year is None:
                undated[p.entity].append((p, ref))
            else:
                by_entity[p.entity][(p.ranking or "(ranking unknown)", p.category or "overall")][(p.year, p.rank)].append(ref)
    charts = []
    for entity, series in by_entity.items():
        charts.append(_chart(entity, series, undated.get(entity, [])))
    charts.sort(key=lambda c: (-c["n_points"], c["entity"]))
    return charts


def _chart(entity: str, series: dict, undated: list) -> dict:
    width, height, left, right, top, bottom = 680, 260, 52, 16, 16, 34
    years = sorted({year for points in series.values() for (year, _rank) in points})
    ranks = [rank for points in series.values() for (_year, rank) in points]
    y_max = _nice_ceiling(max(10, *ranks))
    lo, hi = years[0] - 0.5, years[-1] + 0.5

    def x(year: float) -> float:
        return round(left + (year - lo) / (hi - lo) * (width - left - right), 1)

    def y(rank: float) -> float:
        return round(top + (rank - 1) / max(y_max - 1, 1) * (height - top - bottom), 1)

    step = max(1, -(-len(range(years[0], years[-1] + 1)) // 12))
    x_ticks = [(year, x(year)) for year in range(years[0], years[-1] + 1, step)]
    y_step = _nice_step(y_max)
    y_ticks = [(rank, y(rank)) for rank in sorted({1, *range(y_step, y_max + 1, y_step)})]
    out, table = [], []
    for s, ((ranking, category), points) in enumerate(sorted(series.items())):
        colour = SERIES_COLOURS[s % len(SERIES_COLOURS)]
        per_year, stated_per_year = defaultdict(set), defaultdict(set)
        for (year, rank), refs in points.items():
            per_year[year].add(rank)
            if any(not r["derived"] for r in refs):
                stated_per_year[year].add(rank)
        dots = []
        for (year, rank), refs in sorted(points.items()):
            conflict = len(per_year[year]) > 1
            stated = [r for r in refs if not r["derived"]]
            dots.append({"x": x(year), "y": y(rank), "year": year, "rank": rank, "href": (stated or refs)[0]["href"],
                         "conflict": conflict, "derived": not stated, "docs": sorted({r["doc"] for r in refs}),
                         "title": f"{ranking} ({category}) {year}: rank {rank}" + (" - conflicting values this year" if conflict else "")
                         + (" - derived" if not stated else "") + "; " + ", ".join(sorted({r["doc"] for r in refs}))})
            table.append({"series": f"{ranking} ({category})", "year": year, "rank": rank, "conflict": conflict,
                          "derived": not stated, "refs": refs, "colour": colour})
        # The line goes through a year's one rank, or its one stated rank when a derived one differs.
        line = [(x(year), y(min(stated_per_year[year] or ranks_))) for year, ranks_ in sorted(per_year.items())
                if len(stated_per_year[year] or ranks_) == 1]
        conflicts = [(x(year), y(min(r)), y(max(r))) for year, r in sorted(per_year.items()) if len(r) > 1]
        out.append({"label": f"{ranking} – {category}", "colour": colour, "dots": dots, "conflicts": conflicts,
                    "right_label": s % 2 == 0,
                    "path": " ".join(f"{'M' if j == 0 else 'L'}{px},{py}" for j, (px, py) in enumerate(line))})
    table.sort(key=lambda r: (r["series"], r["year"], r["rank"]))
    return {"entity": entity, "id": "entity-" + re.sub(r"[^A-Za-z0-9_-]+", "-", entity).strip("-").lower(),
            "width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
            "x_ticks": x_ticks, "y_ticks": y_ticks, "series": out, "table": table, "undated": undated,
            "n_points": sum(len(s["dots"]) for s in out),
            "n_conflicts": sum(len(s["conflicts"]) for s in out)}


# --------------------------------------------------------------------------- helpers

@cache
def _environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.FunctionLoader(data_text), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(css=data_text("review.css"), js=data_text("review.js"), kinds=KINDS)
    return env


def _render(template: str, **context) -> str:
    return _environment().get_template(template).render(**context)


def _script_json(data) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open a comment."""
    from markupsafe import Markup

    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                  .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _show(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _places(places: int) -> str:
    if places > 0:
        return f"+{places} (climbed)"
    if places < 0:
        return f"{places} (fell back)"
    return "0 (unchanged)"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _nice_ceiling(value: int) -> int:
    step = _nice_step(value)
    return max(step, -(-value // step) * step)


def _nice_step(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value / step <= 8:
            return step
    return 10 ** len(str(value))


def _text_files(texts_dir: Path) -> dict[str, list[Path]]:
    """Files under texts_dir by name and by stem."""
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(texts_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            found[path.name].append(path)
            found[path.stem].append(path)
    return found


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _safe_name(doc_id: str, used: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_id).lstrip(".")[:120] or "document"
    name, n = base, 1
    while name.lower() in used:
        n += 1
        name = f"{base}-{n}"
    used.add(name.lower())
    return name


def _write(path: Path, html: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
