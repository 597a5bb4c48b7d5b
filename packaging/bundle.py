"""Builds the packaged application: ``dist/auditor/`` and its archive.

    .venv/bin/python packaging/bundle.py        (what `make bundle` runs; Windows: .venv\\Scripts)

PyInstaller turns ``build.spec`` into the one-folder bundle ``dist/auditor/`` (the executable
``auditor``, ``auditor.exe`` and ``auditorw.exe`` on Windows, beside ``_internal/``), then the
folder is archived as ``dist/auditor-<version>-<platform>.tar.gz`` (``.zip`` on Windows), with
``auditor/`` at its top. Needs the project's environment with the ``bundle`` extra and the
``.qm`` translations built (``make install``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

import freeze  # noqa: E402

from auditor import __version__  # noqa: E402


def bundle_dir(dist: Path = DIST) -> Path:
    return dist / freeze.EXECUTABLE


def archive_path(dist: Path = DIST) -> Path:
    suffix = ".zip" if freeze.is_windows() else ".tar.gz"
    return dist / f"{freeze.EXECUTABLE}-{__version__}-{freeze.platform_tag()}{suffix}"


def run_pyinstaller(spec: Path, dist: Path, work: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
               str(spec)]
    # Bytecode written for the bundle must not depend on the order hash seeds give.
    subprocess.run(command, check=True, cwd=spec.parent,
                   env={**os.environ, "PYTHONHASHSEED": "0"})


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Nothing of the build machine in the archive: no user or group names, no owners.
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_archive(folder: Path, target: Path) -> Path:
    """Archive ``folder`` (its name at the top) as ``target``: .tar.gz, or .zip on Windows."""
    target.unlink(missing_ok=True)
    files = sorted(folder.rglob("*"))
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in files:
                if path.is_file():
                    archive.write(path, path.relative_to(folder.parent).as_posix())
        return target
    with tarfile.open(target, "w:gz", compresslevel=9) as archive:
        archive.add(folder, folder.name, recursive=False, filter=_reset)
        for path in files:
            archive.add(path, path.relative_to(folder.parent).as_posix(), recursive=False,
                        filter=_reset)
    return target


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``, symbolic links not followed."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive-only", action="store_true",
                        help="archive the existing dist/auditor/ without building it again")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.archive_only:
        run_pyinstaller(ROOT / "build.spec", DIST, WORK)
    built = time.perf_counter()
    archive = make_archive(bundle_dir(), archive_path())
    print(f"{bundle_dir().relative_to(ROOT)}: {folder_size(bundle_dir()) / 1e6:.1f} MB"
          f" ({built - started:.0f} s)")
    print(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB"
          f" ({time.perf_counter() - built:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
