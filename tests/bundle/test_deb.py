"""The Debian package on this system: it installs, its launcher runs the self-test, an upgrade
over an older version keeps (and migrates, with a backup) the user's databases, and removing it
leaves them where they are.

This installs into the machine it runs on, as root (CI is root; `make test-bundle` too). There
has been no earlier release yet: the "older version" is this package with a lower version number
and one file more, which the upgrade must take away; the database "the previous release wrote"
is the first-schema database the application ships for its self-test.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from auditor import __version__
from auditor.db.location import APP_NAME as DATA_DIR_NAME
from auditor.db.schema import head_revision
from tests.bundle.conftest import ROOT, clean_environment, self_test_steps

sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import build_deb

PACKAGE = build_deb.PACKAGE
OLDER = "0.0.1"
LEFT_BEHIND = "only-in-the-older-version.txt"


def _sh(*command: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False,
                          **kwargs)  # type: ignore[call-overload]


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _installed_version() -> str | None:
    result = _sh("dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE)
    if result.returncode != 0 or not result.stdout.startswith("install ok installed"):
        return None
    return result.stdout.split()[-1]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the older package, this version's package)."""
    if os.geteuid() != 0:
        pytest.fail("the .deb tests install into this system: run them as root (CI does)")
    current = build_deb.deb_path(ROOT / "dist", __version__)
    if not current.is_file():
        pytest.fail(f"no {current.name}: run `make deb` first")
    work = tmp_path_factory.mktemp("older")
    tree = work / "tree"
    assert _sh("dpkg-deb", "-R", str(current), str(tree)).returncode == 0
    control = tree / "DEBIAN" / "control"
    control.write_text(control.read_text().replace(f"Version: {__version__}\n",
                                                   f"Version: {OLDER}\n"))
    (tree / "opt" / PACKAGE / LEFT_BEHIND).write_text("older version\n")
    older = work / f"{PACKAGE}_{OLDER}_amd64.deb"
    built = _sh("dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(tree), str(older))
    assert built.returncode == 0, built.stderr
    return older, current


@pytest.fixture
def clean_system() -> Iterator[None]:
    _sh("dpkg", "--purge", PACKAGE)
    yield
    _sh("dpkg", "--purge", PACKAGE)


def test_install_upgrade_keep_the_users_data_and_remove(
    packages: tuple[Path, Path], clean_system: None, tmp_path: Path
) -> None:
    older, current = packages
    home = tmp_path / "home"
    home.mkdir()
    env = clean_environment(home)
    launcher = Path("/usr/bin") / PACKAGE

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return _sh(str(launcher), *args, env=env, cwd=home, timeout=600)

    # The older version, and the data its user made with it.
    installed = _sh("dpkg", "-i", str(older))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert _installed_version() == OLDER
    made = run("demo", "--companies", "3", "--finalize")
    assert made.returncode == 0, made.stderr
    data_dir = home / ".local" / "share" / DATA_DIR_NAME
    database = data_dir / "auditor.sqlite"
    assert database.is_file()  # in the user's data directory, not under /opt
    counts_before = [line for line in run("info").stdout.splitlines() if line.startswith("  ")]
    # A database the previous release wrote at the first schema, elsewhere in the user's files.
    previous = home / "Documents" / "2024-audits.sqlite"
    previous.parent.mkdir()
    shutil.copyfile(Path("/opt") / PACKAGE / "_internal/auditor/resources/schema-0001.sqlite",
                    previous)
    previous_digest = _digest(previous)

    # The upgrade.
    upgraded = _sh("dpkg", "-i", str(current))
    assert upgraded.returncode == 0, upgraded.stdout + upgraded.stderr
    assert _installed_version() == __version__
    assert not (Path("/opt") / PACKAGE / LEFT_BEHIND).exists()
    self_test = run("self-test")
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert self_test.stdout.splitlines()[-1] == f"self-test passed: {self_test_steps()} steps"
    counts_after = [line for line in run("info").stdout.splitlines() if line.startswith("  ")]
    assert counts_after == counts_before and "  company              3" in counts_after
    migrated = run("info", "--db", str(previous))
    assert migrated.returncode == 0, migrated.stderr
    assert f"schema:   {head_revision()}" in migrated.stdout
    assert "  company              1" in migrated.stdout
    (backup,) = previous.parent.glob("2024-audits.schema-0001.*.backup.sqlite")
    assert _revision(backup) == "0001" and _digest(previous) != previous_digest

    # The menu entry and the icon.
    desktop = Path("/usr/share/applications") / f"{PACKAGE}.desktop"
    entry = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    assert entry["Exec"] == PACKAGE and entry["Icon"] == PACKAGE and entry["Type"] == "Application"
    assert (Path("/usr/share/icons/hicolor/256x256/apps") / f"{PACKAGE}.png").is_file()

    # Removal: the application goes, the user's data stays byte for byte.
    kept = {path: _digest(path) for path in [*data_dir.glob("*.sqlite"), previous, backup]}
    removed = _sh("dpkg", "--purge", PACKAGE)
    assert removed.returncode == 0, removed.stderr
    assert _installed_version() is None
    assert not launcher.exists() and not (Path("/opt") / PACKAGE).exists()
    assert not desktop.exists()
    assert {path: _digest(path) for path in kept} == kept


def test_the_package_depends_on_every_system_library_the_bundle_loads(
    packages: tuple[Path, Path], bundle: Path
) -> None:
    """Each library the bundle does not carry comes from a package it depends on (or one of
    theirs, or an essential one): ldd over every binary, dpkg -S for each library found."""
    _older, current = packages
    fields = _sh("dpkg-deb", "-f", str(current), "Depends").stdout
    depends = {item.split()[0] for item in fields.replace(",", " , ").split(",") if item.strip()}
    allowed = set(depends)
    for package in depends:
        more = _sh("dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}", package).stdout
        allowed |= {item.split()[0] for item in more.replace("|", ",").split(",") if item.strip()}
    essential = _sh("dpkg-query", "-W", "-f=${Package} ${Priority}\n").stdout.splitlines()
    allowed |= {line.split()[0] for line in essential if line.endswith((" required",))}
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(
        str(p) for p in (bundle / "_internal", bundle / "_internal/PySide6/Qt/lib"))}
    from_system: set[str] = set()
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        for line in _sh("ldd", str(path), env=env).stdout.splitlines():
            if "=> /" in line:
                library = line.split("=>")[1].split()[0]
                if not library.startswith(str(bundle)):
                    from_system.add(os.path.realpath(library))
    assert from_system, "ldd found nothing: is this a Linux bundle?"
    owners = {}
    for library in sorted(from_system):
        found = _sh("dpkg", "-S", library).stdout or _sh(
            "dpkg", "-S", library.replace("/usr/lib/", "/lib/")).stdout
        owners[library] = found.split(":")[0].strip() if found else "?"
    strays = {lib: owner for lib, owner in owners.items()
              if owner.split(":")[0] not in allowed}
    assert not strays, strays
