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
@click.option("--semantic", is_flag=True,
              help='Add sentence-embedding similarity to the scorer (slower; needs pip install "diffsrc[semantic]"; '
                   "see the README for what it gains).")
@handle_errors
def compare(source: str, target: str, fmt: str, output: str | None, findings_only: bool = False,
            semantic: bool = False) -> None:
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
      diffsrc compare wire.txt rewrite.txt --semantic
    """
    from .document import Document
    from .pipeline import compare as compare_documents
    from .report import render
    from .settings import CompareOptions

    options = CompareOptions(semantic=semantic)
    report = compare_documents(Document.from_path(source), Document.from_path(target), options=options)
    if findings_only:
        from .report.findings import render as render_findings

        emit(render_findings(report, fmt), output)
        return
    emit(render(report, fmt), output)


def main() -> None:
    cli(prog_name="diffsrc")
