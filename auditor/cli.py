"""The ``auditor`` command: starts the app, or runs one command for scripted work.

Each command takes ``--db PATH`` (else ``$AUDITOR_DB``, else the per-user data directory),
exits 0 on success, 1 when its work failed (with a one-line reason) and 2 on usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from auditor import __version__
from auditor.db.location import ENV_VAR, resolve_db_path
from auditor.domain.bin import DEMO_BIN_PREFIX
from auditor.domain.text import Text

Handler = Callable[[argparse.Namespace], int]

DEMO_COMPANIES = 12
DEMO_SEED = 2024


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before or after the command; a command's own copy must not reset the value
    # given before it, hence SUPPRESS there.
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help=f"database file (default: ${ENV_VAR}, else the user data directory)",
    )
    parser.add_argument(
        "--lang",
        choices=("kk", "ru", "en"),
        default="en" if top else argparse.SUPPRESS,
        help="language of messages (default: en)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditor",
        description=(
            "Pharma Capacity Auditor: audit of pharmaceutical and medical-device producers "
            "(GMP status, production capacity, development potential). Without a command, "
            "starts the desktop application."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the desktop application (the default)")
    _db_option(gui)
    gui.set_defaults(handler=_run_gui)

    demo = commands.add_parser(
        "demo",
        help="fill a database with realistic demo audits",
        description=(
            "Fill a database with demo data: the public producers of the domain notes plus "
            "generated ones, each with sites, certificates, inspections, production lines, "
            "products, contracts, investment projects and barriers. The same seed gives the "
            "same content. Demo companies have BINs of a range no real company holds "
            "(starting with " + DEMO_BIN_PREFIX + "), which tells their data from real data "
            "everywhere; --remove removes all of it."
        ),
    )
    _db_option(demo)
    demo.add_argument("--companies", type=_positive, metavar="N",
                      help=f"number of companies (default: {DEMO_COMPANIES})")
    demo.add_argument("--seed", type=int, metavar="S",
                      help=f"random seed (default: {DEMO_SEED})")
    demo.add_argument("--finalize", action="store_true", help="finalize the demo audits")
    demo.add_argument(
        "--remove", action="store_true",
        help="remove all demo data instead: every company of the demo BIN range with its "
        "audits (finalized ones too, the trail says why); real companies are not touched",
    )
    demo.set_defaults(handler=_run_demo)

    validate = commands.add_parser(
        "validate",
        help="check every audit against the questionnaire and its rules",
        description=(
            "Print every issue of every audit (company, section, field, row, message). "
            "Exit 0 when there is no error (warnings allowed), 1 otherwise."
        ),
    )
    _db_option(validate)
    validate.add_argument("--audit", metavar="ID", action="append",
                          help="check only this audit (repeatable)")
    validate.set_defaults(handler=_run_validate)

    export = commands.add_parser(
        "export",
        help="export audits as a package workbook",
        description=(
            "Write audits into one package workbook (.xlsx) with a data dictionary, meta data "
            "and an integrity manifest. Without --audit, every finalized audit is exported."
        ),
    )
    _db_option(export)
    export.add_argument("--out", metavar="FILE.xlsx", required=True, type=Path)
    export.add_argument("--audit", metavar="ID", action="append",
                        help="export this audit (repeatable)")
    export.set_defaults(handler=_run_export)

    verify = commands.add_parser(
        "verify",
        help="check packages against their manifest",
        description=(
            "Recompute each package's manifest: OK, or which sheets and rows changed after "
            "export. Exit 0 when every file is intact, 1 otherwise."
        ),
    )
    verify.add_argument("files", metavar="FILE", nargs="+", type=Path)
    verify.add_argument("--lang", choices=("kk", "ru", "en"), default=argparse.SUPPRESS)
    verify.set_defaults(handler=_run_verify)

    consolidate = commands.add_parser(
        "consolidate",
        help="import packages into the ministry's database",
        description=(
            "Import package workbooks (files, or folders searched for .xlsx) into one "
            "database. Each package is imported whole or not at all; one line per input says "
            "what happened. Exit 0 when every input was accepted, 1 when any was refused "
            "(the others are still imported), 2 on usage errors."
        ),
    )
    consolidate.add_argument("inputs", metavar="INPUT", nargs="+", type=Path)
    _db_option(consolidate)
    consolidate.add_argument("--accept-modified", action="store_true",
                             help="import packages edited after export (the log says so)")
    consolidate.add_argument("--out", metavar="NATIONAL.xlsx", type=Path,
                             help="then write the national workbook here")
    consolidate.set_defaults(handler=_run_consolidate)

    conflicts = commands.add_parser(
        "conflicts",
        help="list the open conflicts of consolidation, or resolve one",
        description=(
            "Without --keep: one line per open conflict (id, when, kind, company BIN and "
            "name, audit, file). With --keep database|package ID --by NAME: settle conflict ID "
            "by keeping that version (the package's replaces the audit's content, which stays "
            "in the import history); the decision goes into the audit trail under NAME."
        ),
    )
    _db_option(conflicts)
    conflicts.add_argument("--keep", nargs=2, metavar=("VERSION", "ID"),
                           help="VERSION is database or package; ID a conflict's number")
    conflicts.add_argument("--by", metavar="NAME",
                           help="who decides, as the audit trail names them (with --keep)")
    conflicts.set_defaults(handler=_run_conflicts)

    info = commands.add_parser(
        "info", help="show the database location, schema, journal state and counts")
    _db_option(info)
    info.set_defaults(handler=_run_info)

    check = commands.add_parser(
        "check",
        help="check the database for damage and for changes made outside the application",
        description=(
            "Read-only: SQLite's integrity check, the safeguards (triggers) that lock finalized "
            "audits and keep the trail, the audit trail's hash chain, and every finalized "
            "audit against its seal. Prints what was changed, one line each. Exit 0 when "
            "nothing was, 1 otherwise."
        ),
    )
    _db_option(check)
    check.set_defaults(handler=_run_check)

    backup = commands.add_parser(
        "backup",
        help="make a consistent copy of the database",
        description=(
            "Copy the database with SQLite's backup API, including the changes still in its "
            "-wal file (copying the .sqlite file alone can miss the last saved changes). The "
            "copy is written beside FILE, checked, then renamed into place."
        ),
    )
    _db_option(backup)
    backup.add_argument("--out", metavar="FILE", required=True, type=Path)
    backup.set_defaults(handler=_run_backup)

    self_test = commands.add_parser(
        "self-test",
        help="check that the application works on this machine",
        description=(
            "In a temporary folder: create a database, migrate one of the first schema, write "
            "a demo audit, validate, export, verify and consolidate it, write the national "
            "workbook, render a chart with Kazakh letters, load the translations and the font, "
            "and show the main window offscreen. One line per step; exit 1 naming the first "
            "step that failed. Your own database is not touched."
        ),
    )
    self_test.add_argument("--keep", metavar="DIR", type=Path,
                           help="work in DIR and keep what was made there, with a log of "
                                "every failure, for support")
    self_test.set_defaults(handler=_run_self_test)
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _db_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(args.db)


def _fail(message: str) -> int:
    from auditor.exchange.celltext import one_line  # a reason may quote a file's text

    print(f"auditor: {one_line(message)}", file=sys.stderr)
    return 1


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from auditor.db.database import DatabaseError, open_database

    def waiting(note: Text) -> None:
        print(f"auditor: {note(args.lang)}", file=sys.stderr, flush=True)

    try:
        return open_database(_db_path(args), on_wait=waiting)
    except DatabaseError as exc:
        _fail(exc.reason(args.lang))
        return None


def _run_demo(args: argparse.Namespace) -> int:
    if args.remove:
        return _remove_demo(args)
    from auditor.demo import build_demo

    database = _open(args)
    if database is None:
        return 1

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} companies", end="", file=sys.stderr, flush=True)

    try:
        summary = build_demo(
            database,
            companies=DEMO_COMPANIES if args.companies is None else args.companies,
            seed=DEMO_SEED if args.seed is None else args.seed,
            finalize=args.finalize,
            progress=progress,
        )
    finally:
        database.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"{summary.companies} companies, {summary.audits} audits, "
        f"{summary.production_lines} production lines, {summary.products} products "
        f"written to {database.path} in {summary.seconds:.1f} s"
        + (f" ({summary.skipped} already present, skipped)" if summary.skipped else "")
    )
    return 0


MSG_DEMO_REMOVED = Text("Демо-деректер {path} дерекқорынан жойылды: {what}.",
                        "Демо-данные удалены из {path}: {what}.",
                        "Demo data removed from {path}: {what}.")


def _remove_demo(args: argparse.Namespace) -> int:
    from auditor.db.demo_data import remove_demo_data
    from auditor.db.profiles import current_profile

    if args.finalize or args.companies is not None or args.seed is not None:
        print("auditor demo: --remove takes no --companies, --seed or --finalize",
              file=sys.stderr)
        return 2
    database = _open(args)
    if database is None:
        return 1
    try:
        profile = current_profile(database)
        # The trail names the auditor working with this database, as the window would.
        actor = (profile.auditor_code.strip() or profile.full_name.strip()) if profile else ""
        with database.transaction(actor or "system") as session:
            removed = remove_demo_data(session)
    except Exception as exc:
        return _failed_while(exc, database.path, "removing the demo data", args.lang)
    finally:
        database.close()
    print(MSG_DEMO_REMOVED.format(path=database.path, what=removed.describe())(args.lang))
    return 0


def _run_validate(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from auditor.db.audits import load_full_audit
    from auditor.db.models import Audit
    from auditor.forms.questionnaire import FORM, validate

    wanted = _audit_ids(args)
    if wanted is None:
        return 2
    database = _open(args)
    if database is None:
        return 1
    lang = args.lang
    errors = warnings = checked = 0
    try:
        with database.session() as session:
            ids = wanted or list(session.scalars(select(Audit.id).order_by(Audit.created_at)))
            for audit_id in ids:
                audit = load_full_audit(session, audit_id, with_files=True)
                if audit is None:
                    return _fail(f"no audit with id {audit_id}")
                checked += 1
                company = f"{audit.company.name_in(lang)} ({audit.company.bin})"
                for issue in validate(audit):
                    # A missing row is about the whole table, not its first column.
                    about = (
                        FORM.repeat(issue.repeat).label
                        if issue.repeat and issue.row is None
                        else FORM.field(issue.field).label
                    )
                    section = FORM.section(issue.section).label(lang)
                    where = f"{issue.repeat}[{issue.row}]" if issue.row is not None else "-"
                    if issue.row_label:
                        where += f" {issue.row_label}"
                    print(
                        f"{company} | {section} | {about(lang)} | {where} | "
                        f"{issue.severity}: {issue.text(lang)}"
                    )
                    errors += issue.is_error
                    warnings += not issue.is_error
                session.expunge_all()
    finally:
        database.close()
    print(f"{checked} audits checked: {errors} errors, {warnings} warnings")
    return 1 if errors else 0


def _audit_ids(args: argparse.Namespace) -> list[uuid.UUID] | None:
    ids = []
    for text in args.audit or []:
        try:
            ids.append(uuid.UUID(text))
        except ValueError:
            print(f"auditor {args.command}: not an audit id: {text}", file=sys.stderr)
            return None
    return ids


def _failed_while(error: Exception, database: Path, doing: str, lang: str) -> int:
    """A fault of the database or the disk in plain words; anything else as one line too (the
    command ends either way, without a traceback)."""
    from auditor.db.faults import fault_text

    text = fault_text(error, database)
    if text is not None:
        return _fail(text(lang))
    return _fail(f"internal error while {doing}: {type(error).__name__}: {error}")


def _run_export(args: argparse.Namespace) -> int:
    from auditor.exchange.export import ExportError, export_package
    from auditor.exchange.outputs import OutputError, check_output

    ids = _audit_ids(args)
    if ids is None:
        return 2
    try:
        check_output(args.out, database=_db_path(args))
    except OutputError as exc:
        return _fail(exc.reason(args.lang))
    database = _open(args)
    if database is None:
        return 1
    try:
        result = export_package(database, args.out, ids, lang=args.lang)
    except (ExportError, OutputError) as exc:
        return _fail(exc.reason(args.lang))
    except Exception as exc:
        return _failed_while(exc, database.path, "exporting the package", args.lang)
    finally:
        database.close()
    records = sum(result.counts.values())
    print(f"{result.path}: {result.audits} audits, {records} records, package {result.package_id}")
    return 0


def _run_verify(args: argparse.Namespace) -> int:
    from auditor.exchange.celltext import one_line
    from auditor.exchange.reader import PackageError, read_package, verify

    failed = False
    for path in args.files:
        try:
            verification = verify(read_package(path))
        except PackageError as exc:
            print(one_line(exc.reason(args.lang)), flush=True)
            failed = True
            continue
        except Exception as exc:  # whatever a file makes happen: its line, then the next file
            print(one_line(f"{path.name}: cannot be verified ({type(exc).__name__}: {exc})"),
                  flush=True)
            failed = True
            continue
        print(verification.describe(), flush=True)
        failed |= not verification.ok
    return 1 if failed else 0


def _run_consolidate(args: argparse.Namespace) -> int:
    from auditor.collector import long_run
    from auditor.exchange.consolidate import ConsolidationFault, Consolidator, package_inputs
    from auditor.exchange.outputs import OutputError, check_output

    lang = args.lang
    if args.out is not None:
        try:  # before any work: never a workbook in place of the database or an input
            check_output(args.out, database=_db_path(args),
                         inputs=package_inputs(args.inputs))
        except OutputError as exc:
            return _fail(exc.reason(lang))
    database = _open(args)
    if database is None:
        return 1
    results = []
    # A long run: the objects this process made before it are kept out of garbage collection
    # while it lasts (see auditor.collector).
    with long_run():
        try:
            try:
                results = Consolidator(database, accept_modified=args.accept_modified).run(
                    args.inputs,
                    on_result=lambda result: print(result.line(lang), flush=True),
                    on_note=lambda note: print(f"auditor: {note(lang)}", file=sys.stderr,
                                               flush=True),
                )
            except ConsolidationFault as exc:
                return _fail(exc.reason(lang))
            except Exception as exc:  # not a file's doing (those each have their line)
                return _failed_while(exc, database.path, "consolidating", lang)
            if not results:
                return _fail("no package files found in the inputs")
            if args.out is not None:
                from auditor.exchange.national import write_national_workbook

                try:
                    written = write_national_workbook(database, args.out, lang=lang)
                except OutputError as exc:
                    return _fail(exc.reason(lang))
                except Exception as exc:
                    return _failed_while(exc, database.path, "writing the national workbook",
                                         lang)
                print(f"national workbook: {written}")
        finally:
            database.close()
    return 0 if all(r.accepted for r in results) else 1


def _run_conflicts(args: argparse.Namespace) -> int:
    from auditor.exchange.conflicts import (
        KEEPS,
        ConflictError,
        open_conflicts,
        resolution_text,
        resolve_conflict,
    )

    lang = args.lang
    keep, number = args.keep or (None, None)
    if keep is not None:
        if keep not in KEEPS:
            return _fail(f"--keep: the version is one of {', '.join(KEEPS)}, not {keep}")
        if number is None or not number.isdigit():
            return _fail(f"--keep: {number} is not a conflict's number")
        if not (args.by or "").strip():
            return _fail("--keep needs --by NAME: who decides, as the audit trail names them")
    database = _open(args)
    if database is None:
        return 1
    try:
        if keep is None:
            with database.session() as session:
                for entry in open_conflicts(session):
                    print("\t".join((
                        str(entry.id), entry.at.isoformat(timespec="seconds"),
                        entry.kind_label(lang), entry.company_bin, entry.company(lang),
                        entry.audit_id, entry.file_name)))
            return 0
        assert number is not None
        with database.transaction(args.by.strip()) as session:
            resolved = resolve_conflict(session, int(number), keep)
        print(f"{resolved.id}: {resolution_text(keep)(lang)}")
        return 0
    except ConflictError as exc:
        return _fail(exc.reason(lang))
    except Exception as exc:
        return _failed_while(exc, database.path, "resolving the conflict", lang)
    finally:
        database.close()


def _run_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select, table

    from auditor.db.maintenance import wal_state
    from auditor.db.models import TRACKED_MODELS, TrailEntry
    from auditor.db.schema import read_revision

    database = _open(args)
    if database is None:
        return 1
    try:
        print(f"database: {database.path}")
        revision = read_revision(database.path)
        print(f"schema:   {revision.current if revision else '-'}")
        print(f"installation: {database.installation_id}")
        print(wal_state(database.path).describe())
        with database.session() as session:
            tables = [model.__tablename__ for model in TRACKED_MODELS]
            for name in [*tables, TrailEntry.__tablename__]:
                count = session.scalar(select(func.count()).select_from(table(name)))
                print(f"  {name:<20} {count}")
    finally:
        database.close()
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from auditor.db.maintenance import MaintenanceError, check_file

    path = _db_path(args)
    try:
        report = check_file(path)
    except MaintenanceError as exc:
        return _fail(exc.reason(args.lang))
    for problem in report.problems:
        print(f"{path.name}: {problem(args.lang)}")
    if not report.ok:
        return 1
    print(f"{path.name}: OK ({report.trail_entries} audit-trail entries linked, "
          f"{report.sealed_audits} finalized audits as sealed)")
    return 0


def _run_backup(args: argparse.Namespace) -> int:
    from auditor.db.maintenance import MaintenanceError, backup_database

    path = _db_path(args)
    try:
        written = backup_database(path, args.out)
    except MaintenanceError as exc:
        return _fail(exc.reason(args.lang))
    print(f"{path.name}: backed up to {written}")
    return 0

def _run_self_test(args: argparse.Namespace) -> int:
    from auditor.selftest import core_steps, run_self_test, unavailable

    steps = core_steps()
    try:  # the UI steps import Qt only when they run; this import needs none
        from auditor.ui.selftest import ui_steps
    except ImportError as exc:
        steps.append(unavailable("desktop application", exc))
    else:
        steps += ui_steps()
    return run_self_test(steps, sys.stdout, keep=args.keep)


def _no_display() -> bool:
    """Linux without a display to open a window on (a remote shell, a server, CI): Qt would end
    the process with an abort instead of a reason."""
    return sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    )


def _run_gui(args: argparse.Namespace) -> int:
    if _no_display():
        return _fail(
            "the desktop application needs a display, and none is set (DISPLAY); the commands "
            "work without one (auditor --help), and `auditor self-test` checks this machine"
        )
    try:
        from auditor.ui.app import run_app
    except ImportError as exc:  # a server install without Qt's system libraries
        return _fail(f"the desktop application cannot start: {exc}")
    return run_app(_db_path(args), lang=args.lang if args.lang != "en" else None)


def _never_fail_printing() -> None:
    # A Windows pipe or file takes the ANSI code page, which has no Kazakh letters: printing a
    # company's name there must not end the command with an encoding error.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_printing()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", _run_gui)
    try:
        return handler(args)
    except KeyboardInterrupt:
        return _fail("stopped")
    except BrokenPipeError:
        # The reader of the output went away (`auditor info | head`): nothing more to say.
        # Standard output is pointed at nothing so that closing it at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # no traceback reaches the user: a fault in words, a defect logged
        return _fail(_unexpected(exc, args.lang))


def _unexpected(error: Exception, lang: str) -> str:
    from auditor.db import faults

    reason = faults.fault_text(error)
    if reason is not None:
        return reason(lang)
    import traceback

    from auditor.db.location import data_dir

    try:
        directory = data_dir()
        directory.mkdir(parents=True, exist_ok=True)
        log = directory / "auditor.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(error)))
    except OSError:
        return f"unexpected error: {type(error).__name__}: {error}"
    return f"unexpected error: {type(error).__name__}: {error} (details in {log})"
