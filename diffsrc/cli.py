"""The command line: each command parses its arguments, makes one library call and renders the result.

Library errors (`DiffsrcError`) become one line, `Error: <file>: <reason>`, and exit status 2.
"""

from __future__ import annotations

import errno
import functools
import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from . import __version__
from .errors import DiffsrcError, WorkerError, shown_path
from .settings import CHECK_FORMATS, FORMAT_EXTENSIONS, INDEX_BULK_BATCH, PAIR_FORMATS, FingerprintParams
from .wording import agree, plural

logger = logging.getLogger(__name__)


def _err(message: str) -> None:
    """A line on standard error. One that cannot be written (a full disk, a closed pipe) is dropped: an OSError
    here would stop the run, or change its exit status (1 is `check`'s "near-duplicates found")."""
    try:
        click.echo(message, err=True)
    except OSError:
        pass


class CliError(click.ClickException):
    """A one-line error with exit status 2 (bad input, unreadable index, unwritable output)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        # An error line that cannot reach standard error (a full disk, a closed pipe) must not change the exit
        # status: the OSError would escape click and end the process with 1, which `check` uses for "near-duplicates
        # found".
        try:
            super().show(file)
        except OSError:
            pass


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's `DiffsrcError` into `Error: <file>: <reason>` and exit status 2, and an interrupt (Ctrl-C)
    into exit status 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiffsrcError as exc:
            raise CliError(exc.message) from None
        except KeyboardInterrupt:
            # 130, as a shell reports an interrupted command: click's "Aborted!" exits 1, which `check` uses for
            # "near-duplicates found", and a CI wrapper would go on as if the run had finished.
            _err("Interrupted.")
            sys.exit(130)

    return wrapper


def output_options(formats: tuple[str, ...], default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The `--format` and `-o/--output` options every command that prints results shares."""

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def with_format(*args: Any, fmt: str | None, output: str | None, **kwargs: Any) -> Any:
            return func(*args, fmt=fmt or format_for(output, formats, default), output=output, **kwargs)

        with_format = click.option("-o", "--output", type=click.Path(writable=False), default=None,
                                   callback=_check_output_folder,
                                   help="Write to this file (atomically) instead of standard output.")(with_format)
        return click.option("-f", "--format", "fmt", type=click.Choice(formats), default=None,
                            help=f"Output format.  [default: {default}, or what -o's extension names: "
                                 f"{', '.join(sorted({e for e, f in _EXTENSION_FORMATS.items() if f in formats}))}]"
                            )(with_format)

    return decorator


# -o's extension names the format when --format is not given: `-o pair.html` is a page, not the terminal table in
# a file called .html. The extensions the formats' files are written with, and the other spellings of them.
_EXTENSION_FORMATS = {f".{ext}": fmt for fmt, ext in FORMAT_EXTENSIONS.items()} | {
    ".markdown": "markdown", ".htm": "html", ".xml": "junit"}


def format_for(output: str | None, formats: tuple[str, ...], default: str) -> str:
    """The format -o's file extension names; `default` for another extension (`.txt`, none). An extension naming a
    format the command does not write (`check -o out.csv`) is an error, not the table in a file called .csv."""
    import os

    fmt = _EXTENSION_FORMATS.get(os.path.splitext(output or "")[1].lower())
    if fmt is not None and fmt not in formats:
        raise CliError(f"{output}: this command does not write {fmt}; its formats are {', '.join(formats)} "
                       "(give --format, or -o with another name)")
    return fmt or default


def _check_output_folder(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # Fail before any work is done, not after a long comparison, when the output could never be written.
    if value:
        import os

        if os.path.isdir(value):
            raise CliError(f"{value}: is a folder; -o takes the name of the file to write")
        folder = os.path.dirname(value) or "."
        if not os.path.isdir(folder):
            raise CliError(f"{folder}: output folder does not exist")
    return value


def quiet_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`-q/--quiet` after the command name too (`diffsrc compare -q A B`), as before it (`diffsrc -q compare`)."""
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_quiet,
                        help="Only errors on stderr: no warnings.")(func)


def _quiet(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        _configure_logging(0, True)
    return value


def encoding_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--encoding NAME`: the encoding of input files that are not UTF-8, for this command and its workers."""
    return click.option("--encoding", metavar="NAME", expose_value=False, callback=_encoding,
                        help="Read input files that are not UTF-8 in this encoding (windows-1251, gbk, shift_jis, "
                             "iso-8859-2...) instead of taking them for Windows-1252; UTF-8 files, files with a "
                             "byte order mark and pages that declare a charset are read as they say.")(func)


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        from .load.decode import read_legacy_as

        try:
            ctx.with_resource(read_legacy_as(value))
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r} (Python's codec names: windows-1251, gbk, "
                                     "shift_jis, euc-kr, iso-8859-2, koi8-r...)", ctx, param) from None
    return value


def emit(text: str, output: str | None) -> None:
    """Print to stdout, or write atomically to `output`."""
    if output:
        from .fileio import write_atomic

        write_atomic(output, text)
    else:
        out(text, nl=False)


def out(text: str, *, nl: bool = True) -> None:
    """Print results on standard output, flushed, so that output that cannot be written (a full disk, a closed
    pipe) is an error with exit status 2 and not a traceback, or a lost table and exit status 0 (or `check`'s 1,
    "near-duplicates found", to a CI job)."""
    try:
        click.echo(text, nl=nl)
        sys.stdout.flush()
    except OSError as exc:
        _stdout_failed(exc)


# What a failed write to standard output raises: a full disk or quota, a closed pipe, an I/O error.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EDQUOT, errno.EFBIG})


def _stdout_failed(exc: OSError) -> None:
    """Exit with status 2 after standard output could not be written: `Error: <stdout>: cannot write: <reason>`,
    or quietly when the reader closed the pipe (`diffsrc compare a b | head` stopped reading, as it meant to)."""
    import os

    # Nothing more can reach the stream: point it at /dev/null, so the interpreter's last flush is quiet.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # a stream without a file descriptor (io.UnsupportedOperation is a ValueError)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - standard output until the process ends
    if exc.errno != errno.EPIPE:
        _err(f"Error: <stdout>: cannot write: {exc.strerror or exc}")
    sys.exit(2)


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s" if verbose else "warning: %(message)s"))
    if not verbose:
        handler.addFilter(_FewOfAKind())
    root = logging.getLogger("diffsrc")
    root.handlers[:] = [h for h in root.handlers if isinstance(h, logging.NullHandler)] + [handler]
    root.setLevel(level)


class _FewOfAKind(logging.Filter):
    """Warnings a run gives once per file (a folder of Windows-1252 files: one line each, 175 for METER's papers)
    shown for the first `SHOWN` files of a process, then one line saying that more follow, unlisted; -v lists all."""

    SHOWN = 5
    KINDS = {"%s: not valid UTF-8; read as %s": "more files are not valid UTF-8 and are read as Windows-1252 or "
                                                "Latin-1 too (not listed: diffsrc -v lists every one; --encoding names "
                                                "their encoding)"}

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, int] = {}
        self.shared: dict[str, Any] = {}

    def share_between_processes(self) -> None:
        """Count in shared memory from now on, so that the worker processes about to be forked (`workers.
        process_pool`) show `SHOWN` files between them, not each (`-j 2` listed ten files and said "more" twice)."""
        import multiprocessing

        self.shared = {more: multiprocessing.Value("i", self.seen.get(more, 0)) for more in self.KINDS.values()}

    def filter(self, record: logging.LogRecord) -> bool:
        more = self.KINDS.get(str(record.msg))
        if more is None:
            return True
        if counter := self.shared.get(more):
            with counter.get_lock():
                counter.value += 1
                n = counter.value
        else:
            n = self.seen[more] = self.seen.get(more, 0) + 1
        if n == self.SHOWN + 1:
            record.msg, record.args = more, ()
            return True
        return n <= self.SHOWN


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    # \b keeps click from re-wrapping these lines: a command broken over two lines cannot be copied and run.
    epilog="\b\nExamples, in a clone of the repository:\n"
           "  diffsrc compare seeds/001_*.txt seeds/000_*.txt\n"
           "  diffsrc corpus seeds/ --out reports/",
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
                   "changes, changed facts, reversed meaning and overstatement (any --format; json gives just the "
                   "findings keys).")
@click.option("--semantic", is_flag=True,
              help='Add sentence-embedding similarity to the scorer (slower; needs pip install "diffsrc[semantic]"; '
                   "see the README for what it gains).")
@encoding_option
@quiet_option
@handle_errors
def compare(source: str, target: str, fmt: str, output: str | None, findings_only: bool = False,
            semantic: bool = False) -> None:
    """Align TARGET's sentences to SOURCE's and label each one.

    Target sentences are verbatim, paraphrased or added; source sentences verbatim, paraphrased or omitted;
    the pair gets a verdict (wholly-, partially- or non-derived).

    SOURCE and TARGET are text files, saved web pages, or one-record JSON Lines/CSV files, or `-` for standard
    input. A text file may begin with `---` front matter (`title:`, `outlet:`, `date:`, `url:` lines, then
    `---`): the outlet and date are what credits and dates are read against.

    Exit status: 0 the report was written (whatever the verdict), 2 an input could not be used (one line on
    stderr, `Error: <file>: <reason>`; no output file is left behind).

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
    from .pair.compare import compare as compare_documents
    from .report import render
    from .settings import CompareOptions

    options = CompareOptions(semantic=semantic)
    report = compare_documents(Document.from_path(source), Document.from_path(target), options=options)
    # A bound that was hit changes what the numbers mean: say so where a person sees it, even when the report
    # goes to a file (-o) or a pipe.
    for note in report.limits:
        logger.warning("%s", note)
    if not report.summary.complete:
        s = report.summary
        logger.warning("%d source and %d target sentences not compared (labelled not-compared); counts and shares "
                       "are of the compared sentences", s.source_not_compared, s.target_not_compared)
    if findings_only:
        from .report.findings import render as render_findings

        emit(render_findings(report, fmt), output)
        return
    emit(render(report, fmt), output)


_THRESHOLD = click.FloatRange(0.0, 1.0, min_open=True)


@cli.group()
def index() -> None:
    """Build and maintain a near-duplicate index: one SQLite file, nothing to start.

    \b
    Examples:
      diffsrc index add seen.db archive/
      diffsrc index add seen.db archive/ --jobs 4
      diffsrc index info seen.db
      diffsrc index list seen.db --format csv
      diffsrc index remove seen.db story-17.txt
      diffsrc index remove seen.db archive/story-17.txt
    """


@index.command("add")
@click.argument("index_path", metavar="INDEX")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--id", "doc_id", default=None, help="Id of the document (one PATH only; default: its file name).")
@click.option("--threshold", type=_THRESHOLD, default=None,
              help=f"Near-duplicate threshold of a new index (default {FingerprintParams.threshold}); an existing "
                   "index keeps its own, and a threshold given with it must be that one (else an error, exit 2).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Fingerprint on this Dask scheduler (e.g. tcp://host:8786); needs diffsrc[dask].")
@click.option("--batch-size", type=click.IntRange(min=1), default=INDEX_BULK_BATCH, show_default=True,
              help="Documents per write transaction (smaller: concurrent writers wait less).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes that read and fingerprint the files while this one writes the index.")
@encoding_option
@quiet_option
@handle_errors
def index_add(index_path: str, paths: tuple[str, ...], doc_id: str | None, threshold: float | None,
              scheduler: str | None, batch_size: int, jobs: int) -> None:
    """Fingerprint documents and add them to INDEX (created if missing).

    An unchanged document is left alone; a changed one (same id) replaces its old entry. Every readable document
    is added; an input that cannot be (missing, empty, binary, no article text) is reported on stderr, and the exit
    status is then 2. A web archive's records that are not articles (a redirect, an HTTP error, a page without
    article text, a repeat capture) are listed on stderr as skipped, and change no exit status.
    """
    import os

    from .index.ingest import add_paths
    from .workers import keep_freed_memory

    keep_freed_memory()  # before the worker processes fork, which inherit it
    try:
        result, info = add_paths(index_path, paths, threshold=threshold, doc_id=doc_id, scheduler=scheduler,
                                 batch_size=batch_size, jobs=jobs)
    except WorkerError as exc:
        raise _worker_error_of(exc, "--scheduler") from None
    failed = f", {len(result.failed)} not added (errors below)" if result.failed else ""
    skipped = f", {plural(len(result.skipped), 'record')} skipped (not articles)" if result.skipped else ""
    held = (f"{plural(info['documents'], 'document')} in {index_path}" if os.path.exists(index_path)
            else f"no index written to {index_path}")  # a new index whose inputs all failed is not left behind
    out(f"{len(result.added)} added, {len(result.replaced)} replaced, {len(result.unchanged)} unchanged"
        f"{failed}{skipped}; {held}")
    for path, reason in result.skipped:
        _err(f"skipped: {shown_path(path)}: {reason}")
    for path, reason in result.failed:
        _err(f"Error: {shown_path(path)}: {reason}")
    if result.failed:
        sys.exit(2)


@index.command("info")
@click.argument("index_path", metavar="INDEX")
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True,
              help="Output format.")
@quiet_option
@handle_errors
def index_info(index_path: str, fmt: str) -> None:
    """Show INDEX's document count, size and parameters."""
    from .index.store import Index

    with Index.open(index_path, create=False) as opened:
        info = opened.info()
    if fmt == "json":
        from .report.json import dumps

        out(dumps(info), nl=False)
    else:
        from .index.fingerprint import FINGERPRINT_READINGS

        version = info["fingerprint_version"]
        shown = {**info, "fingerprint_version": f"{version} ({FINGERPRINT_READINGS[version]})"}
        width = max(map(len, shown))
        out("\n".join(f"{key:<{width}}  {value}" for key, value in shown.items()))


@index.command("list")
@click.argument("index_path", metavar="INDEX")
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "csv", "json")), default="table",
              show_default=True, help="Output format.")
@quiet_option
@handle_errors
def index_list(index_path: str, fmt: str) -> None:
    """List INDEX's documents by id: the ids `index remove` takes and the file each was added from; csv and json
    add each one's size in shingles and its content digest."""
    from .index.store import Index

    with Index.open(index_path, create=False) as opened:
        documents = opened.documents()
    if fmt == "json":
        from .report.json import dumps

        out(dumps({"documents": documents}), nl=False)
    elif fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=["id", "path", "shingles", "digest"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(documents)
        out(buffer.getvalue(), nl=False)
    else:
        ids = [shown_path(d["id"]) for d in documents]
        width = max(map(len, ids), default=2)
        lines = [f"{doc_id:<{width}}  {shown_path(d['path'] or '-')}" for doc_id, d in zip(ids, documents, strict=True)]
        out("\n".join([f"{'id':<{width}}  path", *lines]))


@index.command("remove")
@click.argument("index_path", metavar="INDEX")
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@click.option("--strict", is_flag=True,
              help="An ID the index does not hold is an error (exit 2) and nothing is removed.")
@quiet_option
@handle_errors
def index_remove(index_path: str, ids: tuple[str, ...], strict: bool) -> None:
    """Remove documents from INDEX by id (the ids `index list` shows), or by the file they were added from.

    An ID the index holds is that document. Any other is taken as the path of a file: the documents added from it
    are removed, whatever their ids (every record of a JSONL file, one added with --id). A folder is an error
    (exit 2) and nothing is removed. An ID that is neither is passed over with a warning on stderr, "not in the
    index: ID", and the others are removed (exit 0); with --strict it is an error (exit 2) and nothing is removed.
    `-` reads the IDs from standard input, one a line (`diffsrc index list seen.db --format csv | ... | diffsrc
    index remove seen.db -`).
    """
    import os

    from .index.store import Index

    if "-" in ids:
        # Names a pipeline gives, one a line; "-" is not a file whose documents to remove (a document read from
        # standard input was recorded under that path, and every one of them would go).
        piped = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
        ids = tuple(name for given in ids for name in (piped if given == "-" else [given]))

    # Removal is idempotent by default: a CI cleanup step that runs twice (a retried job) finds its ids gone, and
    # failing the pipeline for that would make every retry a manual fix. A typo must still be seen, so each id the
    # index does not hold is named on stderr and counted on stdout; --strict makes it an error for a script that
    # wants one (the all-or-none removal of earlier versions). A file's path is what a script has at hand (`index
    # add` was given it), and the index records it: it names the file's documents.
    with Index.open(index_path, create=False) as opened:
        named = opened.ids_named(ids)
        removed = opened.remove([doc_id for name, held in named.items() for doc_id in held or [name]],
                                missing_ok=not strict)
    absent = [name for name, held in named.items() if not held]
    for name in absent:
        logger.warning("not in the index: %s%s", shown_path(name),
                       " (a file the index holds no document added from)" if os.path.isfile(name) else "")
    out(f"{len(removed)} removed" + (f", {len(absent)} not in the index" if absent else ""))


@cli.command()
@click.option("--index", "index_path", required=True, metavar="INDEX", help="The index to check against.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--threshold", type=_THRESHOLD, default=None,
              help="Similarity from which a document is a near-duplicate (default: the index's; only stricter).")
@click.option("--add", is_flag=True, help="Add the clean documents to the index (created if missing).")
@click.option("--max-matches", type=click.IntRange(min=1), default=None, metavar="N",
              help="List at most N matches for each near-duplicate, the most similar (the JSON's matches_total "
                   "says how many there were); default: all.")
@click.option("--allow-empty", is_flag=True,
              help="A folder with no article files or a pattern matching none is nothing to check (a warning), "
                   "not an error: an ingest job's idle run exits 0.")
@output_options(CHECK_FORMATS, "table")
@encoding_option
@quiet_option
@handle_errors
def check(index_path: str, paths: tuple[str, ...], threshold: float | None, add: bool, fmt: str,
          output: str | None, allow_empty: bool = False, max_matches: int | None = None) -> None:
    """Check documents against a near-duplicate index.

    A near-duplicate is the same text lightly changed (other page chrome, a new headline, a dropped paragraph, a
    trimmed reprint), not a rewrite. With --add, clean documents are added as they are checked, so a document
    that repeats an earlier one in the same run is reported too.

    Every readable document is checked; an input that cannot be (missing, empty, binary, no article text) is
    reported in the output (status error) and on stderr. A document the index already holds (same content,
    same path or id: a retried run) is already-indexed, not a near-duplicate of itself. A web archive's records
    that are not articles (a redirect, an HTTP error, a page without article text, a repeat capture) are not
    checked: they are listed on stderr as skipped.

    Exit status: 0 if all are clean or already indexed, 1 if any is a near-duplicate of an indexed document, 2 if
    any input could not be checked or the index cannot be used, 130 if interrupted (what `--add` added before
    stays added).

    \b
    Examples:
      diffsrc check --index seen.db new/*.txt
      diffsrc check --index seen.db new/ --add --format junit -o check.xml
      diffsrc check --index seen.db story.txt --format json
    """
    from .errors import IndexStoreError
    from .index.ingest import check_paths
    from .index.store import CheckResult, CheckResults
    from .report.check import render
    from .workers import keep_freed_memory

    keep_freed_memory()
    try:
        results = check_paths(index_path, paths, threshold=threshold, add=add, allow_empty=allow_empty)
    except IndexStoreError as exc:
        if output is not None or fmt != "table":
            # A CI job publishes the report it asked for: each input given, not checked, and why (then the
            # `Error:` line and exit 2 as for any error).
            emit(render(CheckResults([CheckResult(path, "", error=f"not checked: the index cannot be used "
                                                                     f"({exc.reason})") for path in paths]), fmt),
                 output)
        raise
    if max_matches:
        results = results.at_most(max_matches)
    emit(render(results, fmt), output)
    for path, reason in results.skipped:
        _err(f"skipped: {shown_path(path)}: {reason}")
    errors = [r for r in results if r.status == "error"]
    for r in errors:
        _err(f"Error: {shown_path(r.path)}: {r.error}")
    if errors:
        sys.exit(2)
    if any(r.status == "near-duplicate" for r in results):
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder (created if missing; only diffsrc's own files in it are replaced).")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="CSV with id or path, and date/outlet/url/title/author columns: metadata for the inputs.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes on this machine.")
@click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask cluster (tcp://host:8786); needs diffsrc[dask].")
@click.option("--dask", "use_dask", is_flag=True,
              help="Run on a local Dask cluster of --jobs worker processes (default: one per core).")
@click.option("--all-pairs", is_flag=True,
              help="Write pair reports for every pair compared in depth, not only those where one derives from the "
                   "other (every compared pair has its row in summary.csv either way).")
@click.option("-q", "--quiet", is_flag=True, callback=_quiet,
              help="Only errors on stderr: no warnings, no progress bar, no closing summary.")
@encoding_option
@click.pass_context
@handle_errors
def corpus(ctx: click.Context, paths: tuple[str, ...], out_dir: str, manifest: str | None, jobs: int,
           scheduler: str | None, use_dask: bool, all_pairs: bool, quiet: bool) -> None:
    """Compare every pair of PATHS that shares text and draw who derives from whom.

    PATHS are files, folders or glob patterns. Writes into OUT: pairs/<source>__<target>.json, .md and .html for
    each pair where the target derives (wholly or partly) from the source, summary.csv (a row for every compared
    pair), provenance.csv (every sentence's source), documents.csv, facts.csv (every changed number, date or name
    of a derived pair: which copies carry which changes), quotes.csv (every quote a derived pair reworded, gave
    to another speaker or gave as said to a paper), skipped.csv (inputs not used, and why),
    graph.json, graph.graphml, graph.dot, graph.svg and index.html (the graph picture, the summary table and the
    skipped inputs). Only candidate pairs (sharing rare word fingerprints, not stock phrases) are aligned, but
    every pair of a folder of at most 12 texts; near-identical copies are grouped first.

    Exit status: 0 all inputs used, 1 some inputs skipped (listed on stderr and in skipped.csv),
    2 nothing readable or an error.

    \b
    Examples:
      diffsrc corpus seeds/ --out reports/
      diffsrc corpus 'archive/**/*.txt' --out out/ --jobs 4
      diffsrc corpus archive/ --out out/ --manifest archive/manifest.csv
      diffsrc corpus archive/ --out out/ --scheduler tcp://10.0.0.5:8786
    """
    from .corpus.output import NoReadableDocuments, write_corpus
    from .settings import CorpusOptions

    quiet = quiet or ctx.obj.get("quiet", False)
    options = CorpusOptions(jobs=jobs, scheduler=scheduler or ("local" if use_dask else None), all_pairs=all_pairs)
    try:
        with ProgressReporter(quiet=quiet) as progress:
            result = write_corpus(paths, out_dir, options=options, manifest=manifest, progress=progress)
    except WorkerError as exc:
        raise _worker_error_of(exc, "--dask" if use_dask and not scheduler else "--scheduler") from None
    except NoReadableDocuments as exc:
        if len(exc.skipped) > 1:
            for item in exc.skipped:
                _err(f"skipped: {shown_path(item.path)}: {item.reason}")
        raise
    from .load.paths import natural_key

    for item in sorted(result.skipped, key=lambda s: natural_key(s.path)):  # as skipped.csv lists them
        _err(f"skipped: {shown_path(item.path)}: {item.reason}")
    # As `compare` does, say when a work bound kept sentences from being compared, even with -q: provenance.csv
    # labels them not-compared, and a reader of the tables alone would not know why.
    if cut := [p for p in result.pairs.values() if not p.summary.complete]:
        example = cut[0]
        _err(f"warning: {plural(len(cut), 'compared pair')} hit a work bound (huge inputs): "
             f"{agree(len(cut), 'its', 'their')} sentences past the cut are not-compared, e.g. "
             f"{example.source} -> {example.target} (docs/inputs.md)")
    edges = result.graph["edges"]
    if not quiet:
        from .report.graph import derivations

        directed = derivations(edges)
        _err(f"{plural(len(result.docs), 'document')}, {result.pairs_counted()}, "
             f"{plural(directed, 'derivation')}, {len(edges) - directed} undetermined; "
             f"{len(result.skipped)} skipped; written to {out_dir}")
    ctx.exit(1 if result.skipped else 0)


class ProgressReporter:
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


def _worker_error_of(exc: WorkerError, option: str) -> WorkerError:
    """A worker error as the command line says it: about the option the user gave ("--dask" for a local cluster,
    not the scheduler it became), unless it names the scheduler's address itself (one that cannot be reached)."""
    if exc.path is not None and option != "--dask":
        return exc
    return WorkerError(exc.reason, option)


def main() -> None:
    try:
        cli(prog_name="diffsrc")
    except OSError as exc:  # a write failed outside the library's own checks: click's --help, --version
        if exc.errno not in _WRITE_ERRORS:
            raise
        if exc.filename is not None:  # a file: say which, as the library's OutputError does
            _err(f"Error: {shown_path(exc.filename)}: cannot write: {exc.strerror or exc}")
            sys.exit(2)
        try:
            sys.stdout.flush()
        except OSError:
            _stdout_failed(exc)
        raise
