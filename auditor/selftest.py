"""``auditor self-test``: the application checks itself on this machine, step by step.

What support asks a user to run when something is wrong: in a temporary folder it creates a
database at the newest schema, migrates a database of the first schema, writes a demo audit,
validates it, exports it as a package, verifies and consolidates the package, writes the
national workbook and renders a chart with Kazakh letters; the UI steps (``auditor.ui.selftest``)
load the translations and the bundled font and start the main window offscreen. One line per
step; a step that needs one that failed is not run. The user's own database is never touched.

No Qt here: the command line puts the UI steps behind these, so that a machine without Qt's
libraries still gets the core checked and is told which step could not start.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from auditor import APP_NAME, __version__

OK, FAILED, NOT_RUN = "ok", "FAIL", "skip"
LOG_FILE_NAME = "self-test.log"

# A label with every letter of the Kazakh alphabet that Russian lacks, upper and lower case.
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"


class StepFailed(Exception):
    """A check of a step found something wrong; the message says what, in one line."""


@dataclass
class Context:
    """What the steps share: the work folder and what earlier steps made (by name)."""

    work: Path
    made: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str]  # returns a short detail for its line
    needs: tuple[str, ...] = ()  # names of the steps whose results it uses


@dataclass(frozen=True)
class Outcome:
    step: str
    status: str
    detail: str
    seconds: float = 0.0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def first_failure(self) -> Outcome | None:
        return next((o for o in self.outcomes if o.status == FAILED), None)

    @property
    def passed(self) -> bool:
        return all(o.status == OK for o in self.outcomes)


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    message = text[0] if text else ""
    if isinstance(error, StepFailed):
        return message
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def run_steps(
    steps: Sequence[Step], work: Path, out: TextIO, log: TextIO | None = None
) -> Report:
    """Run ``steps`` in order in ``work``, one line each on ``out``; tracebacks go to ``log``."""
    context = Context(work)
    report = Report()
    done_ok: set[str] = set()
    width = max((len(step.name) for step in steps), default=0)
    for step in steps:
        missing = [name for name in step.needs if name not in done_ok]
        started = time.perf_counter()
        if missing:
            outcome = Outcome(step.name, NOT_RUN, f"needs: {', '.join(missing)}")
        else:
            try:
                detail = step.run(context)
            except Exception as exc:  # every failure is the step's result, never a traceback
                outcome = Outcome(step.name, FAILED, _one_line(exc),
                                  time.perf_counter() - started)
                if log is not None:
                    log.write(f"--- {step.name}\n{traceback.format_exc()}\n")
            else:
                outcome = Outcome(step.name, OK, detail, time.perf_counter() - started)
                done_ok.add(step.name)
        report.outcomes.append(outcome)
        timing = f" ({outcome.seconds:.1f} s)" if outcome.status != NOT_RUN else ""
        print(f"{outcome.status:<4}  {step.name:<{width}}  {outcome.detail}{timing}",
              file=out, flush=True)
    return report


@contextmanager
def work_folder(keep: Path | None) -> Iterator[Path]:
    """``keep`` (made if missing, left afterwards), else a temporary folder removed after."""
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    folder = Path(tempfile.mkdtemp(prefix="auditor-self-test-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_self_test(steps: Sequence[Step], out: TextIO, *, keep: Path | None = None) -> int:
    """The whole self-test: 0 when every step passed, 1 naming the first that failed."""
    with work_folder(keep) as work:
        print(f"{APP_NAME} {__version__}: self-test in {work}", file=out, flush=True)
        with (work / LOG_FILE_NAME).open("w", encoding="utf-8") as log:
            report = run_steps(steps, work, out, log)
    failed = report.first_failure
    if failed is None:
        print(f"self-test passed: {len(report.outcomes)} steps", file=out, flush=True)
        return 0
    print(f"self-test FAILED at step: {failed.step}: {failed.detail}", file=out, flush=True)
    if keep is not None:
        print(f"details: {keep / LOG_FILE_NAME}", file=out, flush=True)
    return 1


def unavailable(name: str, error: BaseException) -> Step:
    """A step that could not even be loaded (e.g. Qt's libraries are missing): it fails."""
    reason = _one_line(error)

    def run(context: Context) -> str:
        raise StepFailed(reason)

    return Step(name, run)


# --- the core steps ---------------------------------------------------------------------------

NEW_DATABASE = "database created at the newest schema"
MIGRATED = "first-schema database migrated"
DEMO = "demo audit written"
VALIDATED = "audit validated"
EXPORTED = "package exported"
VERIFIED = "package verified"
CONSOLIDATED = "package consolidated"
NATIONAL = "national workbook written"
CHECKED = "databases checked (safeguards, trail, seals)"
CHART = "chart with Kazakh letters rendered"

# The database the UI steps open: the demo audit, with a current auditor working in Kazakh.
LAPTOP_DB = "laptop_db"
CHART_FIGURE = "chart_figure"


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _new_database(context: Context) -> str:
    from auditor.db.database import open_database
    from auditor.db.schema import head_revision

    path = context.work / "new.sqlite"
    open_database(path).close()
    if (found := _revision(path)) != (head := head_revision()):
        raise StepFailed(f"created at schema {found}, expected {head}")
    return f"schema {head}"


def _migrated(context: Context) -> str:
    from sqlalchemy import func, select

    from auditor.db.database import open_database
    from auditor.db.models import Company
    from auditor.db.schema import head_revision
    from auditor.resources import FIRST_SCHEMA_DB

    path = context.work / "previous.sqlite"
    shutil.copyfile(FIRST_SCHEMA_DB, path)
    before = _revision(path)
    database = open_database(path)
    try:
        with database.session() as session:
            companies = session.scalar(select(func.count()).select_from(Company))
    finally:
        database.close()
    backup = database.backup_made
    if backup is None or not backup.is_file() or _revision(backup) != before:
        raise StepFailed("no backup of the first-schema file was made beside it")
    if _revision(path) != head_revision():
        raise StepFailed(f"still at schema {_revision(path)} after the upgrade")
    if companies != 1:
        raise StepFailed(f"{companies} companies after the upgrade, expected 1")
    return f"{before} -> {head_revision()}, data kept, backup {backup.name}"


def _demo(context: Context) -> str:
    from sqlalchemy import select

    from auditor.db.database import open_database
    from auditor.db.models import AuditorProfile
    from auditor.db.settings import CURRENT_PROFILE
    from auditor.demo import build_demo

    path = context.work / "laptop.sqlite"
    database = open_database(path)
    try:
        summary = build_demo(database, companies=1, finalize=True)
        with database.transaction() as session:
            profile = session.scalars(select(AuditorProfile)).first()
            if profile is None:
                raise StepFailed("the demo wrote no auditor profile")
            profile.language = "kk"
            profile_id = profile.id
        database.set_setting(CURRENT_PROFILE, str(profile_id))
    finally:
        database.close()
    if summary.audits != 1:
        raise StepFailed(f"{summary.audits} audits written, expected 1")
    context.made[LAPTOP_DB] = path
    return f"{summary.companies} company, {summary.products} products, finalized"


def _validated(context: Context) -> str:
    from sqlalchemy import select

    from auditor.db.audits import load_full_audit
    from auditor.db.database import open_database
    from auditor.db.models import Audit
    from auditor.forms.questionnaire import validate

    database = open_database(context.made[LAPTOP_DB])
    try:
        with database.session() as session:
            (audit_id,) = session.scalars(select(Audit.id))
            audit = load_full_audit(session, audit_id, with_files=True)
            if audit is None:
                raise StepFailed("the demo audit cannot be read back")
            issues = validate(audit)
    finally:
        database.close()
    errors = [issue for issue in issues if issue.is_error]
    if errors:
        raise StepFailed(f"{len(errors)} errors, first: {errors[0].text('en')}")
    return f"0 errors, {len(issues)} warnings"


def _exported(context: Context) -> str:
    from auditor.db.database import open_database
    from auditor.exchange.export import export_package

    out = context.work / "package.xlsx"
    database = open_database(context.made[LAPTOP_DB])
    try:
        result = export_package(database, out, lang="kk")
    finally:
        database.close()
    context.made[EXPORTED] = out
    return f"{result.audits} audit, {sum(result.counts.values())} records"


def _verified(context: Context) -> str:
    from auditor.exchange.reader import read_package, verify

    verification = verify(read_package(context.made[EXPORTED]))
    if not verification.ok:
        raise StepFailed(verification.describe().replace("\n", "; "))
    return "manifest intact"


def _consolidated(context: Context) -> str:
    from auditor.db.database import open_database
    from auditor.exchange.consolidate import Consolidator

    path = context.work / "ministry.sqlite"
    database = open_database(path)
    try:
        results = Consolidator(database).run([context.made[EXPORTED]])
    finally:
        database.close()
    if len(results) != 1 or not results[0].accepted:
        raise StepFailed("; ".join(result.line("en") for result in results) or "no result")
    context.made[CONSOLIDATED] = path
    return results[0].result


def _checked(context: Context) -> str:
    """What ``auditor check`` does, on the laptop's database and the ministry's: the triggers
    in place, the trail's chain whole, every finalized audit as it was sealed."""
    from auditor.db.maintenance import check_file

    entries = sealed = 0
    for path in (context.made[LAPTOP_DB], context.made[CONSOLIDATED]):
        report = check_file(path)
        if not report.ok:
            raise StepFailed(f"{path.name}: {report.problems[0]('en')}")
        entries += report.trail_entries
        sealed += report.sealed_audits
    return f"{entries} trail entries linked, {sealed} finalized audits as sealed"


def _national(context: Context) -> str:
    from auditor.db.database import open_database
    from auditor.exchange.national import write_national_workbook

    out = context.work / "national.xlsx"
    database = open_database(context.made[CONSOLIDATED])
    try:
        written = write_national_workbook(database, out, lang="kk")
    finally:
        database.close()
    with zipfile.ZipFile(written) as workbook:
        sheets = [n for n in workbook.namelist() if n.startswith("xl/worksheets/sheet")]
        charts = [n for n in workbook.namelist() if n.startswith("xl/charts/chart")]
    if not sheets:
        raise StepFailed("the workbook has no sheets")
    return f"{len(sheets)} sheets, {len(charts)} charts"


def _chart(context: Context) -> str:
    from auditor.domain.lists import REGIONS
    from auditor.reports.charts import bar_chart, save_png

    labels = [choice.label("kk") for choice in list(REGIONS)[:5]] + [KAZAKH_LETTERS]
    figure = bar_chart(
        "Өндірістік қуаттың пайдаланылуы (сынақ)",
        labels,
        [72.5, 64.0, 51.2, 43.7, 38.9, 30.0],
        value_label="Пайдаланылуы, %",
    )
    path = save_png(figure, context.work / "chart.png")
    context.made[CHART_FIGURE] = figure
    return f"{path.name}, {path.stat().st_size // 1024} KB, every letter has its glyph"


def core_steps() -> list[Step]:
    return [
        Step(NEW_DATABASE, _new_database),
        Step(MIGRATED, _migrated),
        Step(DEMO, _demo),
        Step(VALIDATED, _validated, needs=(DEMO,)),
        Step(EXPORTED, _exported, needs=(DEMO,)),
        Step(VERIFIED, _verified, needs=(EXPORTED,)),
        Step(CONSOLIDATED, _consolidated, needs=(EXPORTED,)),
        Step(NATIONAL, _national, needs=(CONSOLIDATED,)),
        Step(CHECKED, _checked, needs=(CONSOLIDATED,)),
        Step(CHART, _chart),
    ]
