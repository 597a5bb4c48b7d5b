"""The Windows installer script names only files the bundle has: checked here on the Linux
bundle, whose layout the same build.spec makes on Windows (``auditor.exe`` for ``auditor``; the
windowed ``auditorw.exe`` is built on Windows only, by the spec's Windows branch). Building and
running the installer itself happens on a Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from auditor import APP_NAME
from auditor.db.location import APP_NAME as DATA_DIR_NAME
from tests.bundle.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import freeze

ISS = ROOT / "packaging" / "windows" / "auditor.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def _entries(section: str) -> list[dict[str, str]]:
    entries = []
    for line in _sections()[section]:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
        entries.append({key: value.strip().strip('"') for key, value in fields})
    return entries


def _in_linux_bundle(bundle: Path, windows_name: str) -> Path:
    name = windows_name.replace("\\", "/")
    if name == f"{freeze.EXECUTABLE}.exe":
        return bundle / freeze.EXECUTABLE
    return bundle / name


def test_every_file_the_installer_takes_is_in_the_bundle(bundle: Path) -> None:
    sources = [entry["Source"] for entry in _entries("Files")]
    assert sources, "the installer takes no files"
    windowed = f"{freeze.WINDOWED_EXECUTABLE}.exe"
    for source in sources:
        assert source.startswith("{#BundleDir}\\"), source
        inside = source.removeprefix("{#BundleDir}\\")
        if inside == windowed:
            # Built by the spec's Windows branch only: the Start-menu window without a console.
            spec = (ROOT / "build.spec").read_text(encoding="utf-8")
            assert "name=freeze.WINDOWED_EXECUTABLE" in spec and "console=False" in spec
            continue
        if inside.endswith("\\*"):
            folder = _in_linux_bundle(bundle, inside[:-2])
            assert folder.is_dir() and any(folder.iterdir()), inside
        else:
            assert _in_linux_bundle(bundle, inside).is_file(), inside
    installed = {Path(s.replace("\\", "/")).name for s in sources}
    for icon in _entries("Icons"):
        assert icon["Filename"].removeprefix("{app}\\") in installed, icon
    setup = dict(line.split("=", 1) for line in _sections()["Setup"] if "=" in line)
    icon_file = ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon_file.resolve() == ROOT / "auditor" / "resources" / "icon.ico"
    (bundle_dir,) = re.findall(r'#define BundleDir "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert (ISS.parent / bundle_dir.replace("\\", "/")).resolve() == ROOT / "dist" / "auditor"
    assert setup["UninstallDisplayIcon"].removeprefix("{app}\\") in installed


def test_a_per_user_installation_apart_from_the_users_data() -> None:
    setup = dict(line.split("=", 1) for line in _sections()["Setup"] if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights asked
    assert setup["DefaultDirName"].startswith("{userpf}\\")  # %LOCALAPPDATA%\Programs
    # The data directory (%LOCALAPPDATA%\PharmaCapacityAuditor) is not the installation folder.
    assert setup["DefaultDirName"] != "{localappdata}\\" + DATA_DIR_NAME
    assert _entries("Icons")[0]["Name"] == "{autoprograms}\\{#AppName}"


def test_the_workflow_builds_runs_the_self_test_and_passes_name_and_version() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "packaging\\bundle.py" in workflow
    assert "dist\\auditor\\auditor.exe self-test" in workflow
    assert '"/DAppVersion=$version" "/DAppName=$name"' in workflow
    assert "import auditor; print(auditor.APP_NAME)" in workflow and APP_NAME
    assert "packaging\\windows\\auditor.iss" in workflow
