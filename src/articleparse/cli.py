"""The command line: `articleparse extract | schema | eval | corpus | review | knowledge`."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from articleparse.corpus_cli import corpus
from articleparse.errors import ArticleparseError
from articleparse.knowledge_cli import knowledge_app
from articleparse.read import DEFAULT_MAX_CHARS
from articleparse.review_cli import review

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
    help="Structured, verified, source-grounded ranking records from German press articles.",
)

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE = 0, 1, 2


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


KnowledgeOption = typer.Option(None, "--knowledge", "-k", help="Extra knowledge file (TOML or YAML) adding or overriding rankings and places.")


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="Article files (.txt, .html); '-' reads stdin."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="json (default in a pipe), jsonl, or table (default at a terminal)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when a check fails."),
    knowledge: Optional[list[Path]] = KnowledgeOption,
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Reject documents longer than this many characters."),
) -> None:
    """Extract rankings from articles and print one report per file."""
    from articleparse.api import Extractor
    from articleparse.read import read_file, read_stream

    chosen = format or (Format.table if sys.stdout.isatty() else Format.json)
    try:
        extractor = Extractor(knowledge or ())
    except ArticleparseError as exc:
        _fail(exc)
    reports, unreadable = [], False
    for name in files:
        try:
            if name == "-":
                text = read_stream(sys.stdin.buffer, "<stdin>", max_chars)
                reports.append(extractor.parse(text, doc_id="stdin"))
            else:
                reports.append(extractor.parse(read_file(name, max_chars), source=name))
        except ArticleparseError as exc:
            typer.echo(f"articleparse: error {exc.code}: {exc.message}", err=True)
            unreadable = True
    _print_reports(reports, chosen)
    if unreadable:
        raise typer.Exit(EXIT_USAGE)
    if strict and any(c.status == "fail" for r in reports for c in r.checks):
        raise typer.Exit(EXIT_CHECK_FAILED)


def _print_reports(reports, chosen: Format) -> None:
    if chosen is Format.jsonl:
        for report in reports:
            typer.echo(report.to_json())
    elif chosen is Format.json:
        if len(reports) == 1:
            typer.echo(reports[0].to_json(indent=2))
        elif reports:
            typer.echo("[\n" + ",\n".join(r.to_json(indent=2) for r in reports) + "\n]")
    else:
        from articleparse.table import print_tables

        print_tables(reports)


def _fail(exc: ArticleparseError):
    typer.echo(f"articleparse: error {exc.code}: {exc.message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report, generated from the pydantic models."""
    from articleparse.report import Report

    typer.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


@app.command("eval")
def eval_command(
    gold_dir: Path = typer.Argument(..., help="Folder with NAME.txt texts and NAME.json gold files (searched recursively), "
                                    "or a JSONL file of texts with their gold records."),
    show_misses: bool = typer.Option(False, "--show-misses", help="List missed and extra records per text."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table (default) or json."),
    min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Exit 1 when placement F1 is below this."),
    knowledge: Optional[list[Path]] = KnowledgeOption,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per record kind."""
    from articleparse.api import Extractor
    from articleparse.evaluate import GoldError, evaluate

    try:
        result = evaluate(gold_dir, Extractor(knowledge or ()))
    except GoldError as error:
        typer.echo(f"articleparse: error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if format is Format.table:
        typer.echo(result.table(show_misses))
    else:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    if min_f1 is not None and "placements" not in result.scored:
        typer.echo("articleparse: error: --min-f1 needs gold placements, and this gold set has none", err=True)
        raise typer.Exit(EXIT_USAGE)
    if min_f1 is not None and result.scores["placements"].f1 < min_f1:
        typer.echo(f"articleparse: placement F1 {result.scores['placements'].f1:.3f} is below {min_f1}", err=True)
        raise typer.Exit(EXIT_CHECK_FAILED)


app.command("corpus")(corpus)
app.command("review")(review)
app.add_typer(knowledge_app, name="knowledge")


def main() -> None:
    app()
