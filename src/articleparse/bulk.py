"""Bulk runs (`articleparse corpus`): documents -> workers, one loaded Extractor each -> ordered output.

Documents are streamed in chunks with a bounded number of chunks in flight, and results are consumed in
input order, so the output is the same whatever the number of workers and memory does not grow with the
corpus. Every report goes first to a JSONL journal beside the output (`OUT.partial`); at the end the journal
is renamed to the output (JSONL) or converted into tables (CSV, Parquet). `resume` keeps the reports of
the journal whose document (id and sha256 of the text) is unchanged, in order, and processes the rest.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from articleparse.errors import ArticleparseError
from articleparse.inputs import Fields, Item, ItemError, item_text, iter_items, with_bytes
from articleparse.read import DEFAULT_MAX_CHARS
from articleparse.report import Check

ENGINES = ("local", "dask")


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build its Extractor and read documents; sent with every chunk."""

    knowledge: tuple[str, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS


class Result(NamedTuple):
    line: str
    placements: int
    failed_checks: int
    errors: int


@dataclass
class Summary:
    documents: int = 0
    placements: int = 0
    failed_checks: int = 0
    errors: int = 0
    resumed: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.documents += 1
        self.placements += result.placements
        self.failed_checks += result.failed_checks
        self.errors += result.errors > 0

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


# --- the per-document function (runs in workers) ------------------------------------------------------

_worker: tuple[Settings, object] | None = None


def _extractor(settings: Settings):
    """The worker's Extractor, created once per process (and again only if the settings change)."""
    global _worker
    if _worker is None or _worker[0] != settings:
        from articleparse.api import Extractor

        _worker = (settings, Extractor(settings.knowledge))
    return _worker[1]


def process(items: list[Item], settings: Settings) -> list[Result | None]:
    """Results of a chunk, in order; None for a resumed document whose text is unchanged."""
    extractor = _extractor(settings)
    return [process_item(extractor, item, settings.max_chars) for item in items]


def process_item(extractor, item: Item, max_chars: int) -> Result | None:
    from articleparse.api import failed_report

    text = ""
    try:
        text = item_text(item, max_chars)
        if item.expect is not None and _sha256(text) == item.expect:
            return None
        report = extractor.parse(text, source=item.source, doc_id=item.id)
    except ArticleparseError as exc:
        report = failed_report(item.id, exc, source=item.source, text=text)
    except ItemError as exc:
        report = failed_report(item.id, exc.error, source=item.source)
    except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
        error = ArticleparseError("E007", path=item.source or item.id, reason=f"{type(exc).__name__}: {exc}")
        report = failed_report(item.id, error, source=item.source, text=text)
    if item.duplicate_of is not None:
        report = report.model_copy(update={"checks": [*report.checks, Check(
            name="unique document id", status="warn",
            message=f"The input repeats the id '{item.duplicate_of}'; this document was renamed '{item.id}'.")]})
    return Result(report.to_json(), len(report.placements), sum(c.status == "fail" for c in report.checks),
                  len(report.errors))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _init_worker(settings: Settings) -> None:
    _extractor(settings)


# --- engines: where chunks run -------------------------------------------------------------------------

class _Deferred:
    def __init__(self, fn: Callable[[], list]):
        self.fn = fn

    def result(self) -> list:
        return self.fn()


class InlineEngine:
    """`--jobs 1`: chunks run in this process, when their result is asked for."""

    ships_bytes, slots = False, 1

    def __init__(self, settings: Settings):
        self.settings = settings

    def submit(self, items: list[Item]) -> _Deferred:
        return _Deferred(lambda: process(items, self.settings))

    def close(self, cancel: bool = False) -> None:
        pass


class PoolEngine:
    """The default: a local process pool, each worker loading the pipeline once."""

    ships_bytes = False

    def __init__(self, jobs: int, settings: Settings):
        self.jobs = self.slots = jobs
        self.settings = settings
        self.pool = self._start()

    def _start(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker, initargs=(self.settings,))
        pool.submit(int).result()  # start the workers now, before any progress thread exists
        return pool

    def submit(self, items: list[Item]):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(process, items, self.settings)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()
            return self.pool.submit(process, items, self.settings)

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=True, cancel_futures=cancel)


class DaskEngine:
    """`--engine dask`: the same per-document function on dask.distributed, on `scheduler` or a LocalCluster.
    Files are read here and shipped as bytes, so workers need no access to this file system."""

    ships_bytes = True

    def __init__(self, jobs: int, settings: Settings, scheduler: str | None = None):
        from distributed import Client, LocalCluster

        self.settings, self.cluster, self.slots = settings, None, jobs
        if scheduler:
            self.client = Client(scheduler)
            self.slots = max(sum(self.client.nthreads().values()), 1)  # keep every worker thread busy
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                                        dashboard_address=None)
            self.client = Client(self.cluster)

    def submit(self, items: list[Item]):
        return self.client.submit(process, items, self.settings, pure=False)

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(engine: str, jobs: int, settings: Settings, scheduler: str | None = None):
    if engine == "dask":
        return DaskEngine(jobs, settings, scheduler)
    return InlineEngine(settings) if jobs == 1 else PoolEngine(jobs, settings)


# --- the journal: the partial output, and resuming from it ---------------------------------------------

class Journal:
    """The JSONL journal `OUT.partial`. When resuming, its complete lines are offered in order (`next_old`);
    kept ones advance `pos`; the first new line truncates the journal there and appends from then on."""

    def __init__(self, path: Path, resume: bool):
        self.path, self.pos = path, 0
        if resume and path.exists():
            _drop_incomplete_line(path)
            self.file, self.reader, self.live = path.open("r+b"), path.open("rb"), True
        else:
            self.file, self.reader, self.live = path.open("wb"), None, False

    def next_old(self) -> bytes | None:
        if not self.live or self.reader is None:
            return None
        line = self.reader.readline()
        if not line:
            self.stop_reading()
        return line or None

    def keep(self, old: bytes) -> None:
        self.pos += len(old)

    def write(self, line: bytes) -> None:
        if self.live:
            self.file.seek(self.pos)
            self.file.truncate()
            self.live = False
            self.stop_reading()
        self.file.write(line)
        self.pos += len(line)

    def finish(self) -> None:
        self.stop_reading()
        self.file.truncate(self.pos)
        self.close()

    def close(self) -> None:
        self.stop_reading()
        if not self.file.closed:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()

    def stop_reading(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


def _drop_incomplete_line(path: Path) -> None:
    """Cut what follows the last newline (a line an interrupted run did not finish)."""
    with path.open("r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            start = max(0, pos - 65536)
            handle.seek(start)
            block = handle.read(pos - start)
            cut = block.rfind(b"\n")
            if cut >= 0:
                handle.truncate(start + cut + 1)
                return
            pos = start
        handle.truncate(0)


def partial_path(out: Path) -> Path:
    return out.with_name(out.name + ".partial")


# --- the run -------------------------------------------------------------------------------------------

def run(inputs: Iterable[str], out: Path, *, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
        globs: Iterable[str] = (), fields: Fields = Fields(), settings: Settings = Settings(),
        resume: bool = False, chunk_size: int = 16, progress=None, stdin=None) -> Summary:
    """Process every document of `inputs` into `out` (.jsonl, .csv or .parquet); see the module docstring."""
    from articleparse import writers

    fmt = writers.output_format(out)
    if fmt is None:
        raise ValueError(f"unknown output format: {out}")
    started, summary = time.monotonic(), Summary()
    runner = make_engine(engine, jobs, settings, scheduler)
    try:
        journal = Journal(partial_path(out), resume)
    except BaseException:
        runner.close(cancel=True)
        raise
    cancel = True
    try:
        if progress is not None:
            progress.start()
        items = iter_items(inputs, globs, fields, stdin, exclude=writers.output_paths(out))
        if runner.ships_bytes:
            items = map(with_bytes, items)
        for result, kept in _ordered(runner, _chunks(_expectations(items, journal), chunk_size), journal,
                               max_inflight=2 * runner.slots + 1 if runner.slots > 1 else 1):
            summary.add(result)
            summary.resumed += kept
            if progress is not None:
                progress.update(summary)
        cancel = False
    finally:
        runner.close(cancel=cancel)
        if progress is not None:
            progress.stop()
        if cancel:
            journal.close()
    journal.finish()
    summary.outputs = _finalise(journal.path, out, fmt)
    summary.seconds = time.monotonic() - started
    return summary


def _expectations(items: Iterable[Item], journal: Journal) -> Iterator[tuple[Item, bytes | None]]:
    """Pair each item with the journal line at its position when resuming (same id), else None."""
    for item in items:
        old = journal.next_old() if journal.live else None
        if old is not None:
            try:
                document = json.loads(old)["document"]
                doc_id, sha = document["id"], document["sha256"]
            except (ValueError, KeyError, TypeError):
                doc_id, sha = None, None
            if doc_id == item.id:
                yield replace(item, expect=sha), old
                continue
            journal.stop_reading()  # the input changed here: nothing further can be kept in place
        yield item, None


def _chunks(pairs: Iterable[tuple[Item, bytes | None]], size: int) -> Iterator[list[tuple[Item, bytes | None]]]:
    chunk = []
    for pair in pairs:
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ordered(runner, chunks: Iterable[list], journal: Journal, max_inflight: int) -> Iterator[tuple[Result, bool]]:
    """Submit chunks with at most `max_inflight` pending, and write their results in input order;
    yields each result and whether it was kept from the journal."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append((chunk, runner.submit([item for item, _ in chunk])))
        while len(pending) >= max_inflight:
            yield from _consume(runner, *pending.popleft(), journal)
    while pending:
        yield from _consume(runner, *pending.popleft(), journal)


def _consume(runner, chunk: list, future, journal: Journal) -> Iterator[tuple[Result, bool]]:
    try:
        results = future.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker: the chunk's documents get error reports
        results = [_crashed(item, exc) for item, _ in chunk]
    for (item, old), result in zip(chunk, results):
        if old is not None and journal.live and (result is None or result.line.encode("utf-8") + b"\n" == old):
            journal.keep(old)
            yield _result_of_line(old), True
            continue
        if result is None:  # unchanged, but the journal was cut before it: process it again
            result = runner.submit([replace(item, expect=None)]).result()[0]
        journal.write(result.line.encode("utf-8") + b"\n")
        yield result, False


def _crashed(item: Item, exc: BaseException) -> Result:
    from articleparse.api import failed_report

    error = ArticleparseError("E007", path=item.source or item.id, reason=f"the worker failed ({type(exc).__name__}: {exc})")
    report = failed_report(item.id, error, source=item.source)
    return Result(report.to_json(), 0, 0, 1)


def _result_of_line(line: bytes) -> Result:
    report = json.loads(line)
    failed = sum(c["status"] == "fail" for c in report["checks"])
    return Result(line.decode("utf-8").rstrip("\n"), len(report["placements"]), failed, len(report["errors"]))


def _finalise(journal: Path, out: Path, fmt: str) -> list[Path]:
    """Move the complete journal into place: renamed for JSONL, converted for tables (via temporary files)."""
    from articleparse import writers

    if fmt == ".jsonl":
        os.replace(journal, out)
        return [out]
    targets = writers.output_paths(out)
    temps = [t.with_name(f".{t.name}.tmp") for t in targets]
    try:
        writers.write_tables(journal, temps[0], temps[1], fmt)
        for temp, target in zip(temps, targets):
            os.replace(temp, target)
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)
    journal.unlink()
    return targets


# --- progress and summary on stderr --------------------------------------------------------------------

class PlainProgress:
    """A line on stderr every `every` seconds (for logs and pipes)."""

    def __init__(self, total: int | None, every: float = 10.0, stream=None):
        self.total, self.every, self.stream = total, every, stream or sys.stderr
        self.started = self.last = 0.0

    def start(self) -> None:
        self.started = self.last = time.monotonic()

    def update(self, summary: Summary) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            print(f"articleparse: {_progress_line(summary, self.total, now - self.started)}", file=self.stream,
                  flush=True)

    def stop(self) -> None:
        pass


class RichProgress:
    """A live progress bar on a terminal."""

    def __init__(self, total: int | None):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("corpus"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]:.1f} docs/s"),
            TextColumn("{task.fields[placements]} placements"), TextColumn("{task.fields[errors]} errors"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )
        self.task = self.progress.add_task("corpus", total=total, rate=0.0, placements=0, errors=0)
        self.started = self.last = 0.0

    def start(self) -> None:
        self.started = time.monotonic()
        self.progress.start()

    def update(self, summary: Summary) -> None:
        now = time.monotonic()
        if now - self.last >= 0.1:
            self.last = now
            rate = summary.documents / max(now - self.started, 1e-9)
            self.progress.update(self.task, completed=summary.documents, rate=rate, placements=summary.placements,
                                 errors=summary.errors)

    def stop(self) -> None:
        self.progress.stop()


def _progress_line(summary: Summary, total: int | None, seconds: float) -> str:
    rate = summary.documents / seconds if seconds > 0 else 0.0
    done = f"{summary.documents}/{total}" if total is not None else f"{summary.documents}"
    eta = ""
    if total is not None and rate > 0:
        eta = f", ETA {_duration(max(total - summary.documents, 0) / rate)}"
    return (f"{done} documents, {rate:.1f} documents/s, {summary.placements} placements, "
            f"{summary.errors} errors{eta}")


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def summary_text(summary: Summary) -> str:
    resumed = f" ({summary.resumed} kept from the partial run)" if summary.resumed else ""
    outputs = ", ".join(str(p) for p in summary.outputs)
    return (f"articleparse: {summary.documents} documents{resumed}, {summary.placements} placements, "
            f"{summary.failed_checks} failed checks, {summary.errors} documents with errors; "
            f"{summary.seconds:.1f} s, {summary.rate:.1f} documents/s -> {outputs}")
