"""``auditor self-test``: every step passes on a working installation, a broken one is named,
what depends on it is not run, and nothing waits for an answer nobody can give."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.resources import FIRST_SCHEMA_DB
from auditor.selftest import (
    FAILED,
    NOT_RUN,
    OK,
    Context,
    Step,
    StepFailed,
    core_steps,
    run_self_test,
    run_steps,
)

ROOT = Path(__file__).parents[1]


def _self_test(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", "self-test", *args],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=600,
    )


@pytest.mark.qt
@pytest.mark.slow
def test_the_self_test_passes_in_the_source_tree_one_line_per_step(tmp_path: Path) -> None:
    from auditor.ui.selftest import ui_steps

    result = _self_test("--keep", str(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = [line for line in lines if line.split()[0] in (OK, FAILED, NOT_RUN)]
    count = len(core_steps()) + len(ui_steps())
    assert len(steps) == count and all(line.startswith("ok") for line in steps), result.stdout
    for step in ("first-schema database migrated", "package consolidated",
                 "databases checked (safeguards, trail, seals)",
                 "chart with Kazakh letters rendered", "UI translations loaded",
                 "main window shown offscreen"):
        assert any(step in line for line in steps), step
    assert lines[-1] == f"self-test passed: {count} steps"
    assert "Exchange menu present" in result.stdout
    assert result.stderr == ""  # nothing else on the terminal, no Qt noise, no traceback
    # What it made is kept for support: the migrated file has its backup beside it.
    assert len(list(tmp_path.glob("previous.schema-0001.*.backup.sqlite"))) == 1
    assert (tmp_path / "chart.png").stat().st_size > 10_000


def test_a_failed_step_is_named_and_what_needs_it_is_not_run() -> None:
    def fine(context: Context) -> str:
        context.made["file"] = "made"
        return "made"

    def broken(context: Context) -> str:
        raise OSError(28, "No space left on device")

    steps = [
        Step("first", fine),
        Step("second", broken),
        Step("third", fine, needs=("second",)),
        Step("fourth", fine, needs=("first",)),
    ]
    out = io.StringIO()
    code = run_self_test(steps, out)

    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines[1].startswith("ok    first")
    assert lines[2].startswith("FAIL  second") and "No space left on device" in lines[2]
    assert lines[3].startswith("skip  third") and "needs: second" in lines[3]
    assert lines[4].startswith("ok    fourth")
    assert lines[-1] == (
        "self-test FAILED at step: second: OSError: [Errno 28] No space left on device"
    )
    assert "Traceback" not in out.getvalue()


def test_the_traceback_of_a_failure_is_kept_for_support(tmp_path: Path) -> None:
    def broken(context: Context) -> str:
        raise StepFailed("the check found nothing")

    out = io.StringIO()
    assert run_self_test([Step("only", broken)], out, keep=tmp_path) == 1
    assert f"details: {tmp_path / 'self-test.log'}" in out.getvalue()
    log = (tmp_path / "self-test.log").read_text(encoding="utf-8")
    assert "--- only" in log and "Traceback" in log and "the check found nothing" in log


def test_an_unknown_error_is_one_line_with_its_kind(tmp_path: Path) -> None:
    def broken(context: Context) -> str:
        raise KeyError("laptop_db")

    report = run_steps([Step("only", broken)], tmp_path, io.StringIO())
    failure = report.first_failure
    assert failure is not None and failure.detail == "KeyError: 'laptop_db'"


def test_the_shipped_first_schema_database_is_the_test_fixture() -> None:
    # The packaged application carries no tests: self-test migrates this copy instead.
    fixture = ROOT / "tests" / "fixtures" / "schema-0001.sqlite"
    assert FIRST_SCHEMA_DB.read_bytes() == fixture.read_bytes()
