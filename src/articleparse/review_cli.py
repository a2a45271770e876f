"""`articleparse review FILE... -o review.html` and `articleparse review REPORTS.jsonl --texts DIR -o review/`.

Wired by the main CLI as `app.command("review")(review)`; the pages themselves are made in review.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

EXIT_OK, EXIT_USAGE = 0, 2
REPORT_SUFFIXES = (".jsonl", ".ndjson")


def review(
    files: list[str] = typer.Argument(..., help="Article files (.txt, .html), or one REPORTS.jsonl written by `extract --format jsonl` or `corpus`."),
    output: Path = typer.Option(..., "--output", "-o", help="For articles: the HTML file to write; for REPORTS.jsonl: the folder to write index.html and docs/ into."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="With REPORTS.jsonl: folder holding the texts, found by the report's document.source or document.id."),
    knowledge: Optional[list[Path]] = typer.Option(None, "--knowledge", "-k", help="Extra knowledge file (TOML or YAML) adding or overriding rankings and places."),
    max_chars: int = typer.Option(5_000_000, "--max-chars", help="Reject documents longer than this many characters."),
) -> None:
    """Write a self-contained HTML review page: highlighted evidence, records and checks; timelines for a corpus."""
    from articleparse.errors import ArticleparseError
    from articleparse import review as pages

    corpus_mode = any(Path(name).suffix.lower() in REPORT_SUFFIXES for name in files)
    try:
        if corpus_mode:
            if len(files) != 1:
                _usage("give one REPORTS.jsonl file, or article files, not both")
            if texts is not None and not texts.is_dir():
                _usage(f"--texts {texts} is not a folder")
            if output.exists() and not output.is_dir():
                _usage(f"{output} exists and is not a folder; a corpus review is written into a folder")
            notes = pages.corpus_site(pages.load_reports(files[0]), texts, output, max_chars)
            for note in notes:
                typer.echo(f"articleparse: {note}", err=True)
            typer.echo(str(output / "index.html"))
            return
        if texts is not None:
            _usage("--texts goes with a REPORTS.jsonl file; article files are read directly")
        if output.is_dir():
            _usage(f"{output} is a folder; give the HTML file to write, e.g. -o review.html")
        from articleparse.api import Extractor

        problems = pages.write_article_review(files, output, Extractor(knowledge or ()), max_chars)
    except ArticleparseError as exc:
        typer.echo(f"articleparse: error {exc.code}: {exc.message}", err=True)
        raise typer.Exit(EXIT_USAGE)
    for exc in problems:
        typer.echo(f"articleparse: error {exc.code}: {exc.message}", err=True)
    typer.echo(str(output))
    if problems:
        raise typer.Exit(EXIT_USAGE)


def _usage(message: str):
    typer.echo(f"articleparse: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
