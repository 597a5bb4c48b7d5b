"""The command line: version, help for every command, the database location, clear failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from auditor import __version__
from auditor.cli import build_parser, main

COMMANDS = ["gui", "demo", "validate", "info"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=Path(__file__).parents[1],
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"auditor {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: auditor {command}" in out and "--db PATH" in out


def test_the_listed_commands_are_all_there() -> None:
    help_text = build_parser().format_help()
    for command in COMMANDS:
        assert command in help_text


def test_demo_then_info_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    result = _run("demo", "--db", str(path), "--companies", "3", "--seed", "9")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 companies, 3 audits")
    again = _run("--db", str(path), "demo", "--companies", "3", "--seed", "9")
    assert "3 already present, skipped" in again.stdout
    info = _run("info", "--db", str(path))
    assert "company              3" in info.stdout


def test_demo_remove_removes_the_demo_and_keeps_a_real_company(tmp_path: Path) -> None:
    from sqlalchemy import select

    from auditor.db.database import open_database
    from auditor.db.models import Audit, Company
    from auditor.domain.bin import make_bin

    path = tmp_path / "laptop.sqlite"
    assert _run("demo", "--db", str(path), "--companies", "4", "--finalize").returncode == 0
    real = make_bin(2003, 3, 3_003)
    database = open_database(path)
    with database.transaction("KZ-AUD-001") as session:
        session.add(Audit(company=Company(bin=real, name_ru="ТОО «Настоящий»",
                                          region_code="75")))
    database.close()

    result = _run("demo", "--db", str(path), "--remove", "--lang", "ru")

    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"Демо-данные удалены из {path}: компаний: 4, аудитов: 4 "
                             "(из них завершённых: 4), профилей аудиторов: 4.\n")
    database = open_database(path)
    with database.session() as session:
        assert session.scalars(select(Company.bin)).all() == [real]
        assert len(session.scalars(select(Audit)).all()) == 1
    database.close()
    assert _run("check", "--db", str(path)).returncode == 0
    # Removing again finds nothing to remove; building options make no sense with --remove.
    assert "companies: 0, audits: 0" in _run("demo", "--db", str(path), "--remove").stdout
    assert _run("demo", "--db", str(path), "--remove", "--seed", "3").returncode == 2


def test_output_read_only_in_part_ends_quietly(tmp_path: Path) -> None:
    """`auditor info | head -1`: the reader goes away, and no error follows the line it read."""
    path = tmp_path / "demo.sqlite"
    assert _run("demo", "--db", str(path), "--companies", "1").returncode == 0
    piped = subprocess.run(
        f"{sys.executable} -m auditor info --db {path} | head -1", shell=True,
        capture_output=True, text=True, check=False, cwd=Path(__file__).parents[1],
    )
    assert piped.stdout == f"database: {path}\n"
    assert piped.stderr == ""


def test_the_database_location_comes_from_the_environment(tmp_path: Path) -> None:
    import os

    path = tmp_path / "from-env.sqlite"
    result = _run("info", env={**os.environ, "AUDITOR_DB": str(path)})
    assert result.returncode == 0 and str(path) in result.stdout
    assert path.exists()


def test_a_broken_database_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"\x00garbage" * 100)
    result = _run("info", "--db", str(path), "--lang", "ru")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "это не база данных SQLite" in result.stderr


def test_usage_errors_exit_with_two(tmp_path: Path) -> None:
    assert _run("demo", "--companies", "0", "--db", str(tmp_path / "x.sqlite")).returncode == 2
    assert _run("no-such-command").returncode == 2


def test_without_a_display_the_window_gives_a_reason_not_an_abort(tmp_path: Path) -> None:
    import os

    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = _run("--db", str(tmp_path / "auditor.sqlite"), env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("auditor: the desktop application needs a display")
    assert "Traceback" not in result.stderr and not (tmp_path / "auditor.sqlite").exists()


def test_output_in_an_encoding_without_kazakh_letters_does_not_fail(tmp_path: Path) -> None:
    import os

    path = tmp_path / "Қарағанды.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}  # a Windows pipe's code page
    result = _run("info", "--db", str(path), env=env)
    assert result.returncode == 0, result.stderr
    assert "\\u049a\\u0430\\u0440\\u0430\\u0493\\u0430\\u043d\\u0434\\u044b.sqlite" in result.stdout
