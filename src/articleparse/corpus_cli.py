"""`articleparse corpus INPUT... -o OUT`: bulk processing of whole archives (see bulk.py).

Wired by the main CLI as `app.command("corpus")(corpus)`.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def corpus(
    inputs: list[str] = typer.Argument(..., help="Files, directories (recursive), JSONL files of records; '-' reads JSONL from stdin."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file: .jsonl (one report per line), .csv or .parquet (placements; documents in OUT-stem.documents.EXT)."),
    glob: Optional[list[str]] = typer.Option(None, "--glob", "-g", help="Only files in directories matching this pattern (repeatable; default: *.txt *.text *.html *.htm *.jsonl *.ndjson)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: the machine's cores; with --scheduler, in-flight work follows the cluster's threads)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (process pool, default) or dask (dask.distributed)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler address, e.g. tcp://HOST:8786 (default: a LocalCluster)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run from OUT.partial, keeping unchanged documents."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 also when a check failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
    id_field: str = typer.Option("id", "--id-field", help="JSONL field with the document id."),
    text_field: str = typer.Option("text", "--text-field", help="JSONL field with the plain text."),
    html_field: str = typer.Option("html", "--html-field", help="JSONL field with HTML (main text is extracted)."),
    knowledge: Optional[list[Path]] = typer.Option(None, "--knowledge", "-k", help="Extra knowledge file (TOML or YAML) adding or overriding rankings and places."),
    max_chars: int = typer.Option(5_000_000, "--max-chars", help="Give documents longer than this many characters an error report."),
    chunk_size: int = typer.Option(16, "--chunk-size", help="Documents sent to a worker at a time."),
) -> None:
    """Process many documents in parallel into one JSONL, CSV or Parquet output, with a summary on stderr.

    Exit 0 when every document was processed, 1 when some had errors (or, with --strict, a failed check),
    2 for usage errors."""
    from articleparse import bulk, writers
    from articleparse.inputs import Fields, count_items

    if writers.output_format(output) is None:
        _usage(f"{output}: the output must end in .jsonl, .csv or .parquet")
    if jobs is not None and jobs < 1:
        _usage("--jobs must be at least 1")
    if chunk_size < 1:
        _usage("--chunk-size must be at least 1")
    if inputs.count("-") > 1:
        _usage("'-' (stdin) can be given once")
    if scheduler and engine is not Engine.dask:
        _usage("--scheduler needs --engine dask")
    if not output.parent.is_dir():
        _usage(f"{output.parent} is not a directory")
    for path in knowledge or ():
        from articleparse.knowledge import KnowledgeFileError, load_knowledge_file

        try:
            load_knowledge_file(path)
        except KnowledgeFileError as exc:
            _usage(str(exc))
    settings = bulk.Settings(tuple(str(p) for p in knowledge or ()), max_chars)
    progress = None
    if not quiet:
        total = count_items(inputs, glob or (), exclude=writers.output_paths(output))
        progress = bulk.RichProgress(total) if sys.stderr.isatty() else bulk.PlainProgress(total)
    try:
        summary = bulk.run(
            inputs, output, jobs=jobs or _cores(), engine=engine.value, scheduler=scheduler,
            globs=glob or (), fields=Fields(id_field, text_field, html_field), settings=settings, resume=resume,
            chunk_size=chunk_size, progress=progress,
        )
    except KeyboardInterrupt:
        typer.echo(f"articleparse: interrupted; {bulk.partial_path(output)} holds what was done "
                   f"(continue with --resume)", err=True)
        raise typer.Exit(130) from None
    except OSError as exc:
        typer.echo(f"articleparse: error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    typer.echo(bulk.summary_text(summary), err=True)
    if summary.errors or (strict and summary.failed_checks):
        raise typer.Exit(EXIT_ERRORS)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _usage(message: str):
    typer.echo(f"articleparse: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)
