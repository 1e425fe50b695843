"""The command line: each command parses its arguments, makes one library call and renders the result.

Library errors (`DiffsrcError`) become one line, `Error: <file>: <reason>`, and exit status 2.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import DiffsrcError

PAIR_FORMATS = ("table", "json", "csv", "markdown", "html")


class CliError(click.ClickException):
    """A one-line error with exit status 2 (bad input, unreadable index, unwritable output)."""

    exit_code = 2


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's `DiffsrcError` into `Error: <file>: <reason>` and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiffsrcError as exc:
            raise CliError(exc.message) from None

    return wrapper


def output_options(formats: tuple[str, ...], default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The `--format` and `-o/--output` options every command that prints results shares."""

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=False), default=None,
                            callback=_check_output_folder,
                            help="Write to this file (atomically) instead of standard output.")(func)
        func = click.option("-f", "--format", "fmt", type=click.Choice(formats), default=default, show_default=True,
                            help="Output format.")(func)
        return func

    return decorator


def _check_output_folder(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # Fail before any work is done, not after a long comparison, when the output could never be written.
    if value:
        import os

        folder = os.path.dirname(value) or "."
        if not os.path.isdir(folder):
            raise CliError(f"{folder}: output folder does not exist")
    return value


def emit(text: str, output: str | None) -> None:
    """Print to stdout, or write atomically to `output`."""
    if output:
        from .fileio import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s" if verbose else "warning: %(message)s"))
    root = logging.getLogger("diffsrc")
    root.handlers[:] = [h for h in root.handlers if isinstance(h, logging.NullHandler)] + [handler]
    root.setLevel(level)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Example: diffsrc compare seeds/001_72d3a0bd69b97b31.txt seeds/000_07eeea3d0505a8a1.txt",
)
@click.version_option(__version__, prog_name="diffsrc")
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-v info, -vv debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr: no warnings, no progress.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Compare news articles sentence by sentence: what was copied verbatim, paraphrased, added or omitted."""
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
    _configure_logging(verbose, quiet)


@cli.command()
@click.argument("source")
@click.argument("target")
@output_options(PAIR_FORMATS, "table")
@click.option("--findings", "findings_only", is_flag=True,
              help="Print only the fact-checker findings: unattributed reuse, altered/new/dropped quotes, speaker "
                   "changes and changed facts (any --format; json gives just the findings keys).")
@handle_errors
def compare(source: str, target: str, fmt: str, output: str | None, findings_only: bool = False) -> None:
    """Align TARGET's sentences to SOURCE's and label each one.

    Target sentences are verbatim, paraphrased or added; source sentences verbatim, paraphrased or omitted;
    the pair gets a verdict (wholly-, partially- or non-derived).

    \b
    Examples:
      diffsrc compare wire.txt story.txt
      diffsrc compare wire.txt story.txt --format json -o report.json
      diffsrc compare wire.txt story.txt --format csv > sentences.csv
      diffsrc compare wire.txt story.txt --findings
      diffsrc compare wire.txt story.txt --format html -o pair.html
    """
    from .document import Document
    from .pipeline import compare as compare_documents
    from .report import render

    report = compare_documents(Document.from_path(source), Document.from_path(target))
    if findings_only:
        from .report.findings import render as render_findings

        emit(render_findings(report, fmt), output)
        return
    emit(render(report, fmt), output)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder (created if missing; only diffsrc's own files in it are replaced).")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="CSV with id or path, and date/outlet/url/title columns: metadata for the inputs.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes on this machine.")
@click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask cluster (tcp://host:8786); needs diffsrc[dask].")
@click.option("--dask", "use_dask", is_flag=True, help="Run on a local Dask cluster of --jobs worker processes (default: one per core).")
@click.pass_context
@handle_errors
def corpus(ctx: click.Context, paths: tuple[str, ...], out_dir: str, manifest: str | None, jobs: int,
           scheduler: str | None, use_dask: bool) -> None:
    """Compare every pair of PATHS that shares text and draw who derives from whom.

    PATHS are files, folders or glob patterns. Writes into OUT: pairs/<source>__<target>.json and .md for each
    pair that shares text, summary.csv, provenance.csv (every sentence's source), graph.json, graph.graphml,
    graph.dot and graph.svg. Only candidate pairs (sharing word fingerprints) are aligned; near-identical
    copies are grouped first.

    Exit status: 0 all inputs used, 1 some inputs skipped (listed on stderr and in summary.csv),
    2 nothing readable or an error.

    \b
    Examples:
      diffsrc corpus seeds/ --out reports/
      diffsrc corpus 'archive/**/*.txt' --out out/ --manifest archive/manifest.csv --jobs 4
      diffsrc corpus archive/ --out out/ --scheduler tcp://10.0.0.5:8786
    """
    from .corpus import CorpusOptions, write_corpus

    options = CorpusOptions(jobs=jobs, scheduler=scheduler or ("local" if use_dask else None))
    with progress_reporter(quiet=ctx.obj.get("quiet", False)) as progress:
        result = write_corpus(paths, out_dir, options=options, manifest=manifest, progress=progress)
    for item in result.skipped:
        click.echo(f"skipped: {item.path}: {item.reason}", err=True)
    edges = result.graph["edges"]
    if not ctx.obj.get("quiet", False):
        click.echo(
            f"{len(result.docs)} documents, {len(result.pairs)} pairs compared, {len(edges)} edges; "
            f"{len(result.skipped)} skipped; written to {out_dir}", err=True)
    ctx.exit(1 if result.skipped else 0)


class progress_reporter:
    """A progress bar per stage on stderr, only when stderr is a terminal and not --quiet."""

    def __init__(self, *, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar: Any = None
        self._stage: str | None = None
        self._done = 0

    def __enter__(self) -> Callable[[str, int, int], None] | None:
        return self.update if self.enabled else None

    def update(self, stage: str, done: int, total: int) -> None:
        if stage != self._stage:
            self._close()
            self._stage, self._done = stage, 0
            self._bar = click.progressbar(length=max(total, 1), label=stage.ljust(10), file=sys.stderr,
                                          show_pos=True, show_eta=True)
            self._bar.__enter__()
        if self._bar is not None and done > self._done:
            self._bar.update(done - self._done)
            self._done = done

    def _close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __exit__(self, *exc: object) -> None:
        self._close()


def main() -> None:
    cli(prog_name="diffsrc")
