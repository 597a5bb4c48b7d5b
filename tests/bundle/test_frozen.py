"""The packaged application is the same program as the source tree: its self-test passes with no
display, every command works, and export, verify and consolidate give the same results."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from auditor import __version__
from auditor.cli import build_parser
from auditor.exchange.reader import read_package
from tests.bundle.conftest import Run, self_test_steps

# Meta data that differ between two exports of the same audits: the package, its time, and
# the digest over a manifest that covers them.
PER_EXPORT = {"package_id", "exported_at", "file_name", "data_sha256"}


def test_version(frozen: Run) -> None:
    result = frozen("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"auditor {__version__}")


def test_the_self_test_passes_headless(frozen: Run) -> None:
    result = frozen("self-test")

    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line for line in result.stdout.splitlines()[1:-1]]
    count = self_test_steps()
    assert len(steps) == count and all(line.startswith("ok ") for line in steps), result.stdout
    assert result.stdout.splitlines()[-1] == f"self-test passed: {count} steps"
    assert result.stderr == ""


def test_every_command_is_there(frozen: Run) -> None:
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"gui", "demo", "validate", "export", "verify", "consolidate", "info",
            "self-test"} <= set(commands)
    for command in commands:
        result = frozen(command, "--help")
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.startswith(f"usage: auditor {command}")


def test_commands_work_without_a_display_and_never_open_the_window(frozen: Run,
                                                                     home: Path) -> None:
    # No DISPLAY and the X11 platform asked for: a command that opened a window would fail.
    path = home / "laptop.sqlite"
    made = frozen("demo", "--db", str(path), "--companies", "2", "--finalize")
    assert made.returncode == 0, made.stderr
    info = frozen("info", "--db", str(path))
    assert info.returncode == 0 and "company              2" in info.stdout
    validated = frozen("validate", "--db", str(path), "--lang", "kk")
    assert validated.returncode == 0 and validated.stdout.endswith("0 errors, 0 warnings\n")


def test_a_bad_input_is_one_line_without_a_traceback(frozen: Run, home: Path) -> None:
    broken = home / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    result = frozen("verify", str(broken))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert len(result.stdout.strip().splitlines()) == 1


def _lasting(manifest: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """A manifest's digests without those of the Meta data that differ between two exports."""
    return {key: digest for key, digest in manifest.items()
            if not (key[0] == "Meta" and key[1] in PER_EXPORT)}


def _normalised(text: str, *folders: Path) -> str:
    for folder in folders:
        text = text.replace(str(folder), "<work>")
    return re.sub(r"package [0-9a-f-]{36}", "package <id>", text)


def test_export_verify_and_consolidate_give_the_same_results_frozen_and_from_source(
    frozen: Run, source: Run, home: Path
) -> None:
    laptop = home / "laptop.sqlite"
    assert source("demo", "--db", str(laptop), "--companies", "4", "--seed", "11",
                  "--finalize").returncode == 0
    outputs = {}
    for name, run in (("frozen", frozen), ("source", source)):
        folder = home / name
        folder.mkdir()
        package = folder / "package.xlsx"
        exported = run("export", "--db", str(laptop), "--out", str(package), "--lang", "ru")
        assert exported.returncode == 0, exported.stderr
        verified = run("verify", str(package))
        assert verified.returncode == 0, verified.stdout
        ministry = folder / "ministry.sqlite"
        national = folder / "national.xlsx"
        consolidated = run("consolidate", str(package), "--db", str(ministry), "--out",
                           str(national), "--lang", "kk")
        assert consolidated.returncode == 0, consolidated.stdout + consolidated.stderr
        info = run("info", "--db", str(ministry))
        outputs[name] = {
            "export": _normalised(exported.stdout, folder),
            "verify": _normalised(verified.stdout, folder),
            "consolidate": _normalised(consolidated.stdout, folder),
            "info": "\n".join(line for line in info.stdout.splitlines()
                              if not line.startswith(("database:", "installation:"))),
            "package": read_package(package),
            "national": read_package_free_sheets(national),
        }
    frozen_out, source_out = outputs["frozen"], outputs["source"]
    for key in ("export", "verify", "consolidate", "info", "national"):
        assert frozen_out[key] == source_out[key], key
    a, b = frozen_out["package"], source_out["package"]
    assert a.sheets == b.sheets and a.attachments == b.attachments
    assert _lasting(a.manifest) == _lasting(b.manifest)
    assert {k: v for k, v in a.meta.items() if k not in PER_EXPORT} == {
        k: v for k, v in b.meta.items() if k not in PER_EXPORT
    }
    # And each side reads the other's package as intact.
    crossed = frozen("verify", str(home / "source" / "package.xlsx"))
    assert crossed.returncode == 0 and crossed.stdout.strip() == "package.xlsx: OK"


_VARYING = [
    (re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$"), "<id>"),
    (re.compile(r"^[0-9a-f]{64}$"), "<sha256>"),
    (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d"), "<time>"),
]


def _cell(value: object) -> object:
    if isinstance(value, datetime):
        return "<time>"
    if isinstance(value, str):
        for pattern, placeholder in _VARYING:
            if pattern.search(value):
                return placeholder
    return value


def read_package_free_sheets(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet of a national workbook as values, without what differs between two exports
    of the same audits (package ids, file digests, times)."""
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    return {
        name: [[_cell(c) for c in row] for row in workbook.get_sheet_by_name(name).to_python()]
        for name in workbook.sheet_names
    }


def test_without_a_display_the_window_gives_a_reason_and_ends(frozen: Run, home: Path) -> None:
    result = frozen("--db", str(home / "auditor.sqlite"), timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("auditor: the desktop application needs a display")
