"""Builds the Debian package of the bundle, with dpkg-deb alone (no debhelper, no fakeroot).

    .venv/bin/python packaging/linux/build_deb.py       (what `make deb` runs, after `make bundle`)

``dist/pharma-capacity-auditor_<version>_amd64.deb`` installs:
- the bundle ``dist/auditor/`` under ``/opt/pharma-capacity-auditor/``;
- the launcher ``/usr/bin/pharma-capacity-auditor`` (every command of ``auditor``: without one
  it starts the window, ``pharma-capacity-auditor self-test`` checks the installation);
- a menu entry (``.desktop``) and the icon;
- ``Depends`` on the system libraries Qt needs (the list of ``scripts/system-deps.sh``) and on the
  C library the bundle was built against.
The user's databases live in the per-user data directory (``~/.local/share/PharmaCapacityAuditor``),
never under ``/opt``: upgrading or removing the package leaves them as they are, and the first
start of a newer version migrates them with a backup beside each.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import freeze  # noqa: E402

from auditor import APP_NAME, __version__  # noqa: E402
from auditor.resources import ICON_PNG  # noqa: E402

PACKAGE = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
INSTALL_DIR = Path("/opt") / PACKAGE
LAUNCHER = Path("/usr/bin") / PACKAGE
DESKTOP_FILE = Path("/usr/share/applications") / f"{PACKAGE}.desktop"
ICON_FILE = Path("/usr/share/icons/hicolor/256x256/apps") / f"{PACKAGE}.png"

DESCRIPTION = """\
Field audit of pharmaceutical and medical-device producers
 Pharma Capacity Auditor records the government audit of every pharmaceutical and
 medical-device producer in Kazakhstan: GMP status, production capacity and development
 potential, in Kazakh, Russian or English. Audits are kept in a local SQLite database,
 exported as package workbooks and consolidated into national workbooks.
 .
 The application is installed under /opt/pharma-capacity-auditor with everything it needs;
 each user's data stays in that user's data directory."""

LAUNCHER_SCRIPT = f"""\
#!/bin/sh
# {APP_NAME}: the application installed in {INSTALL_DIR}.
# Without a command it opens the window; `{PACKAGE} self-test` checks this installation.
exec {INSTALL_DIR}/{freeze.EXECUTABLE} "$@"
"""

DESKTOP_ENTRY = f"""\
[Desktop Entry]
Type=Application
Version=1.5
Name={APP_NAME}
Comment=Audit of pharmaceutical producers: GMP status, capacity, development potential
Comment[kk]=Фармацевтика өндірушілерінің аудиті: GMP мәртебесі, қуаты, даму әлеуеті
Comment[ru]=Аудит фармацевтических производителей: статус GMP, мощности, потенциал развития
Exec={PACKAGE}
Icon={PACKAGE}
Terminal=false
Categories=Office;
Keywords=audit;GMP;pharmaceutical;аудит;
"""


def depends() -> str:
    """The Qt system libraries (scripts/system-deps.sh) and this machine's C library."""
    listed = subprocess.run(["bash", str(ROOT / "scripts" / "system-deps.sh"), "depends"],
                            check=True, capture_output=True, text=True).stdout.strip()
    libc, version = platform.libc_ver()
    return f"libc6 (>= {version}), {listed}" if libc == "glibc" else listed


def _normalise_modes(folder: Path) -> None:
    # Whatever the build machine's umask: folders and programs 755, other files 644.
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def _installed_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def stage(bundle: Path, tree: Path, version: str) -> None:
    """The package's file tree in ``tree``: what dpkg-deb archives."""
    shutil.copytree(bundle, tree / INSTALL_DIR.relative_to("/"), symlinks=True)
    files = {
        LAUNCHER: LAUNCHER_SCRIPT,
        DESKTOP_FILE: DESKTOP_ENTRY,
    }
    for target, text in files.items():
        path = tree / target.relative_to("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tree / LAUNCHER.relative_to("/")).chmod(0o755)
    icon = tree / ICON_FILE.relative_to("/")
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON_PNG, icon)
    _normalise_modes(tree)
    control = tree / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {APP_NAME} maintainers <auditor@localhost>\n"
        f"Installed-Size: {_installed_size_kib(tree)}\n"
        f"Depends: {depends()}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    _normalise_modes(tree / "DEBIAN")


def deb_path(dist: Path, version: str) -> Path:
    return dist / f"{PACKAGE}_{version}_amd64.deb"


def build(bundle: Path, dist: Path, version: str) -> Path:
    if not (bundle / freeze.EXECUTABLE).is_file():
        raise SystemExit(f"no bundle in {bundle}: run `make bundle` first")
    target = deb_path(dist, version)
    with tempfile.TemporaryDirectory(prefix="deb-") as temp:
        tree = Path(temp) / "tree"
        stage(bundle, tree, version)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(tree),
             str(target)],
            check=True, stdout=subprocess.DEVNULL,
            env={**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "0")},
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / freeze.EXECUTABLE)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    target = build(args.bundle, args.dist, __version__)
    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
          f"{target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
