"""The ``shingi`` command: parses arguments, calls the library, chooses the exit code.

Exit codes: 0 success; 1 the job ran but some items failed (ingest); 2 bad input (a broken
pack, an empty claim, an unknown option).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from shingi.model import InputError, PackError, Problem, ShingiError
from shingi.render.safety import strip_controls

EXIT_OK, EXIT_SOME_FAILED, EXIT_BAD_INPUT = 0, 1, 2


#: The most a claim read from stdin (``diagnose -``) may hold.
STDIN_LIMIT = 1024 * 1024


def _out(text: str) -> None:
    # pack and claim text may hold ANSI escapes or NUL: none reaches the terminal
    text = strip_controls(text)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _err(text: str) -> None:
    if sys.stderr is None:
        return
    text = strip_controls(text)
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def _read_stdin_claim() -> str:
    """The claim on stdin, read up to :data:`STDIN_LIMIT` (a larger input is refused, not read)."""
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise InputError("'-' reads the claim from stdin, but stdin is closed")
    data = stream.read(STDIN_LIMIT + 1)
    if len(data) > STDIN_LIMIT:
        raise InputError(f"the claim on stdin is longer than {STDIN_LIMIT // 1024} KB: a claim is a sentence "
                         "or a paragraph")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("the claim on stdin is not UTF-8 text") from None


def _workers(value: str) -> int:
    """``--workers N``: 1 up to the machine's cores (more processes than cores only compete)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {n}")
    return min(n, os.cpu_count() or 1)


def _pack_problems(problems: Sequence[Problem]) -> None:
    """A pack that did not load: one line when there is no pack at all, else every problem as
    FILE:ROW:COLUMN and a count that says what to do next."""
    errors = [p for p in problems if p.severity == "error"]
    if len(errors) == 1 and errors[0].row == 0 and errors[0].column == "-" and len(problems) == 1:
        _err(f"error: {errors[0].file}: {errors[0].message}")
        return
    for p in problems:
        _err(str(p))
    warnings = len(problems) - len(errors)
    counts = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
    if warnings:
        counts += f" and {warnings} warning{'s' if warnings != 1 else ''}"
    _err(f"invalid pack: {counts} (listed above as FILE:ROW:COLUMN); "
         "fix them and run `shingi validate` again")


# --- commands ------------------------------------------------------------------------


def cmd_packs(args: argparse.Namespace) -> int:
    from shingi.pack.load import bundled_packs, load_pack

    for pack_id in bundled_packs():
        pack = load_pack(pack_id)
        _out(f"{pack_id}\t{pack.meta.title.get(pack.meta.language)}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from shingi.pack.load import check_pack

    pack, problems = check_pack(args.pack)
    errors = sum(p.severity == "error" for p in problems)
    if pack is None or errors:
        _pack_problems(problems)
        return EXIT_BAD_INPUT
    for p in problems:
        _out(str(p))
    from shingi.pack.transaction import pending_change

    if pack.path and pending_change(Path(pack.path)):
        _out("note: a merge or ingest into this pack was interrupted after its commit; the pack is valid, "
             "and the next `shingi merge` or `shingi ingest` into it completes the change")
    from shingi.pack.summary import summary_text

    _out(summary_text(pack, lang=args.lang or pack.meta.language))
    return EXIT_OK


def cmd_evidence(args: argparse.Namespace) -> int:
    from shingi.pack.load import load_pack
    from shingi.pack.query import EvidenceQuery, format_rows, select

    pack = load_pack(args.pack)
    query = EvidenceQuery(
        kind=args.kind,
        pillar=args.pillar,
        entity=args.entity,
        metric=args.metric,
        period=args.period,
        text=args.text,
    )
    lang = args.lang or pack.meta.language
    _out(format_rows(select(pack, query, lang), args.format, lang=lang))
    return EXIT_OK


def cmd_diagnose(args: argparse.Namespace) -> int:
    from shingi.pack.load import load_pack
    from shingi.pipeline.diagnose import diagnose, headline_claim, reader_language

    pack = load_pack(args.pack)
    claim = args.claim if args.claim is not None else headline_claim(pack, args.lang)
    diagnosis = diagnose(claim, pack, lang=reader_language(claim, args.lang, pack), as_of=args.as_of)
    if args.format == "json":
        from shingi.render.json_out import diagnosis_to_json

        _out(diagnosis_to_json(diagnosis))
    else:
        from shingi.render.text import diagnosis_text

        _out(diagnosis_text(diagnosis, pack))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from shingi.evaluation import evaluate_claims, load_claims_file
    from shingi.pack.load import load_pack

    pack = load_pack(args.pack)
    claims = (
        load_claims_file(args.claims, pack.meta.fiscal_year) if args.claims else list(pack.claims.values())
    )
    progress = args.format == "text" and sys.stderr.isatty()
    result = evaluate_claims(pack, claims, lang=args.lang, progress=progress)
    _out(result.to_json_text() if args.format == "json" else result.to_text())
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from shingi.pack.load import load_pack
    from shingi.render.registry import render_report

    pack = load_pack(args.pack)
    out = Path(args.output) if args.output else None
    written = render_report(
        pack, args.claim, fmt=args.format, lang=args.lang, output=out, url=args.url, as_of=args.as_of
    )
    if written is not None:
        _out(str(written))
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from shingi.ingest.run import ingest_files
    from shingi.ingest.tables import load_mapping

    if args.out is None and not args.dry_run:
        raise InputError("ingest: --out DIR is required (or --dry-run to only print the rows)")
    summary = ingest_files(
        [Path(f) for f in args.files],
        out_dir=Path(args.out or "."),
        pack_ref=args.pack,
        scheduler=args.scheduler,
        workers=args.workers,
        progress=sys.stderr.isatty(),
        replace=args.replace,
        mapping=load_mapping(Path(args.mapping)) if args.mapping else None,
        dry_run=args.dry_run,
        published=args.published,
        owner=args.owner,
        source=args.source,
    )
    for failure in summary.failures:
        _err(f"{failure.path}: {failure.message}")
    _out(summary.text())
    return EXIT_SOME_FAILED if summary.failures else EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from shingi.ingest.merge import merge_draft

    result = merge_draft(Path(args.draft), Path(args.into), include_drafts=args.all)
    _out(result.text())
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from shingi.serve.commands import serve
    except ImportError as exc:
        raise InputError(f"shingi serve needs the serve extra: pip install 'shingi[serve]' ({exc})") from None
    serve(args.db, args.packs, args.host, args.port, args.workers, args.url, args.inbox)
    return EXIT_OK


def cmd_users(args: argparse.Namespace) -> int:
    try:
        from shingi.serve.commands import users
    except ImportError as exc:
        raise InputError(f"shingi users needs the serve extra: pip install 'shingi[serve]' ({exc})") from None
    _out(users(args.action, args.name, args.role, args.db, args.packs, args.password_stdin, args.label))
    return EXIT_OK


# --- parser --------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shingi",
        description="shingi (真偽): diagnose claims against an evidence pack, with cited verdicts.",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    add("packs", cmd_packs, "List the packs bundled with shingi.")

    p = add(
        "validate", cmd_validate, "Check a pack against the format; print every problem as FILE:ROW:COLUMN."
    )
    p.add_argument("pack", metavar="PACK", help="a pack folder or the id of a bundled pack")
    p.add_argument("--lang", choices=("ja", "en"), help="language of the summary")

    p = add("evidence", cmd_evidence, "List and filter the events and observations of a pack.")
    p.add_argument("pack", metavar="PACK", help="a pack folder or the id of a bundled pack")
    p.add_argument("--kind", choices=("all", "events", "observations"), default="all")
    p.add_argument("--pillar", help="pillar id")
    p.add_argument("--entity", help="entity id or any of its names (also matches events' actors)")
    p.add_argument("--metric", help="metric id or name")
    p.add_argument("--period", help="a period (2026-04, FY2026, 2025年後半 ...): rows overlapping it")
    p.add_argument("--text", help="words in the title or note")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--lang", choices=("ja", "en"))

    p = add("diagnose", cmd_diagnose, "Diagnose a claim (default: the pack's headline claim).")
    p.add_argument("claim", metavar="CLAIM", nargs="?", help="the claim text; '-' reads it from stdin")
    p.add_argument(
        "--pack", default="japan-ai-2026", help="a pack folder or bundled id (default japan-ai-2026)"
    )
    p.add_argument("--lang", choices=("ja", "en"), help="language of the output (default: the pack's)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        metavar="PERIOD",
        help="when the claim was made (2023-11-02, 2024-Q1 ...): 'now' and 'the latest figure' are read "
        "at this date and later evidence does not decide (default: the claim's said_on in the pack, else "
        "the pack's latest evidence)",
    )

    p = add("eval", cmd_eval, "Diagnose every claim of a pack (or a claims file) and score against expected.")
    p.add_argument("pack", metavar="PACK", help="a pack folder or the id of a bundled pack")
    p.add_argument("--claims", metavar="FILE", help="a claims.yaml to use instead of the pack's")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=("ja", "en"))

    p = add(
        "report", cmd_report, "Write the diagnosis as a report (HTML, PDF, PPTX, Markdown, JSON, JSON-LD)."
    )
    p.add_argument("claim", metavar="CLAIM", nargs="?", help="the claim text (default: the pack's headline)")
    p.add_argument("--pack", default="japan-ai-2026")
    p.add_argument("--lang", choices=("ja", "en"))
    p.add_argument("--format", required=True, choices=("html", "pdf", "pptx", "md", "json", "jsonld"))
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (default: stdout for text formats)")
    p.add_argument("--url", help="the URL the report will be published at (for JSON-LD)")
    p.add_argument(
        "--as-of", metavar="PERIOD", help="when the claim was made (default: its said_on in the pack)"
    )

    p = add("ingest", cmd_ingest, "Turn documents (text, Markdown, HTML, PDF) and statistical tables "
            "(CSV, TSV, XLSX, XLS, ODS) into a draft evidence pack.")
    p.add_argument("files", metavar="FILE", nargs="+", help="documents, tables, or folders of them")
    p.add_argument("--pack", help="match actors to this pack's entities")
    p.add_argument("--out", metavar="DIR", help="folder for the draft pack (required unless --dry-run)")
    p.add_argument("--mapping", metavar="FILE",
                   help="a YAML file saying how to read the tables (header row, entity/period/value columns)")
    p.add_argument("--dry-run", action="store_true",
                   help="print the rows that would be drafted; write nothing")
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a Dask scheduler address; default: local processes for many files",
    )
    p.add_argument("--workers", type=_workers, default=None,
                   help="local worker processes, 1 to the number of cores (default: cores)")
    p.add_argument("--replace", action="store_true",
                   help="start the draft in --out afresh (default: add new rows, keep every row there)")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="the documents' date (relative dates such as today, 本日, last year are read "
                        "against it); default: each document's own date")
    p.add_argument("--owner", metavar="NAME",
                   help="whose the documents are (富山県, 足利市, New Zealand): the owner of figures whose "
                        "text names none; default: the title, a publisher line, the site's name or address")
    p.add_argument("--source", metavar="URL",
                   help="the web address the one document was found at (pref.<romaji>.jp names the "
                        "prefecture, go.jp Japan); the source row's url")

    p = add("merge", cmd_merge, "Add the reviewed rows of a draft pack to a pack, without duplicates.")
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("into", metavar="INTO_PACK")
    p.add_argument("--all", action="store_true", help="also merge rows still marked status=draft")

    db_help = ("database URL: postgresql://USER@HOST/DB for a team; default an SQLite file in the packs "
               "folder")
    packs_help = "folder of packs to serve (default ./shingi-packs, made with copies of the bundled packs)"
    p = add("serve", cmd_serve, "Run the web app and JSON API of a fact-checking desk (serve extra).")
    p.add_argument("--db", metavar="URL", help=db_help)
    p.add_argument("--packs", metavar="DIR", help=packs_help)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    p.add_argument("--url", metavar="URL", help="the public address (for published ClaimReview links)")
    p.add_argument("--inbox", metavar="DIR",
                   help="the only folder whose documents editors may ingest by path (default: inbox/ "
                        "beside the packs folder)")

    p = add("users", cmd_users, "Manage the web app's accounts: add NAME --role R, list, token NAME.")
    p.add_argument("action", choices=("add", "list", "token"))
    p.add_argument("name", metavar="NAME", nargs="?")
    p.add_argument("--role", choices=("viewer", "reviewer", "editor", "admin"))
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from stdin (else $SHINGI_PASSWORD, else a prompt)")
    p.add_argument("--label", default="", help="what an API token is for")
    p.add_argument("--db", metavar="URL", help=db_help)
    p.add_argument("--packs", metavar="DIR", help=packs_help)
    return parser


def _version() -> str:
    from shingi import __version__

    return f"shingi {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    if sys.stdout is None:  # started with stdout closed (>&-): say so before doing anything
        _err("error: standard output is closed; redirect it to a file or /dev/null")
        return EXIT_BAD_INPUT
    try:
        if getattr(args, "claim", None) == "-":
            args.claim = _read_stdin_claim()
        code = int(args.func(args))
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at exit as a traceback
        return code
    except PackError as exc:
        _pack_problems(exc.problems)
        return EXIT_BAD_INPUT
    except ShingiError as exc:
        _err(f"error: {exc}")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        _silence_stdout()
        if exc.errno == errno.EBADF and not exc.filename:
            _err("error: standard output is closed; redirect it to a file or /dev/null")
        else:
            where = f"{exc.filename}: " if exc.filename else "output: " if exc.errno == errno.ENOSPC else ""
            _err(f"error: {where}{exc.strerror or exc}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Exception as exc:  # a bug: one line, not a traceback (SHINGI_DEBUG=1 shows it)
        if os.environ.get("SHINGI_DEBUG"):
            raise
        _err(f"error: internal error ({type(exc).__name__}: {exc}); please report it "
             "(SHINGI_DEBUG=1 shows the traceback)")
        return EXIT_SOME_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
