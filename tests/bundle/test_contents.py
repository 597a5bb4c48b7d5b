"""What the bundle holds: every data file the application reads, only the Qt it uses, and
nothing of the source tree or the build machine (no tests, no virtual environment, no build
paths in the code, so a traceback in a log names no folder of the machine that built it)."""

from __future__ import annotations

import re
import subprocess
import sys
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path

from tests.bundle.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import freeze


def _files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def _modules(bundle: Path) -> Iterator[tuple[str, types.CodeType]]:
    """Every module compiled into the executable's archive (PYZ) and base_library.zip."""
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(bundle / "auditor"))
    for name, entry in package.toc.items():
        if entry[-1] == "z":  # the PYZ
            pyz = package.open_embedded_archive(name)
            for module in pyz.toc:
                code = pyz.extract(module)
                if isinstance(code, types.CodeType):
                    yield module, code
    with zipfile.ZipFile(bundle / "_internal" / "base_library.zip") as library:
        import marshal

        for name in library.namelist():
            if name.endswith(".pyc"):
                yield name, marshal.loads(library.read(name)[16:])


def _file_names(code: types.CodeType) -> Iterator[str]:
    yield code.co_filename
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _file_names(constant)


def test_every_data_file_the_application_reads_is_there(bundle: Path) -> None:
    package = bundle / "_internal" / "auditor"
    for lang in ("kk", "ru", "en"):
        assert (package / "ui" / "translations" / f"auditor_{lang}.qm").stat().st_size > 0
    assert {p.name for p in (package / "ui" / "fonts").iterdir()} == {
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"}
    migrations = sorted(p.name for p in (package / "db" / "migrations" / "versions").glob("*.py"))
    source = sorted(p.name for p in (ROOT / "auditor/db/migrations/versions").glob("*.py"))
    assert migrations == source and (package / "db" / "migrations" / "env.py").is_file()
    shipped = [p.name for p in (ROOT / "auditor/resources").iterdir()
               if p.is_file() and p.suffix != ".py"]
    assert {"icon.png", "icon.ico", "schema-0001.sqlite", "atc-index.tsv"} <= set(shipped)
    for name in shipped:
        assert (package / "resources" / name).is_file(), name
    catalogue = sorted(p.name for p in (package / "demo" / "data").glob("*.toml"))
    assert catalogue == sorted(p.name for p in (ROOT / "auditor/demo/data").glob("*.toml"))


def test_only_the_qt_the_application_uses(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    plugins = {f"{p.parent.name}/{freeze.plugin_name(p.name)}"
               for p in (qt / "plugins").rglob("*.so")}
    assert {"platforms/xcb", "platforms/offscreen", "imageformats/svg"} <= plugins
    for plugin in plugins:
        kind, name = plugin.split("/")
        assert name in freeze.QT_PLUGINS[kind] or "*" in freeze.QT_PLUGINS[kind], plugin
    assert {p.name for p in (qt / "translations").iterdir()} == freeze.QT_TRANSLATIONS
    libraries = {p.name.split(".")[0] for p in (qt / "lib").iterdir()}
    assert not {"libQt6Network", "libQt6OpenGL", "libQt6WaylandClient", "libQt6Qml",
                "libQt6Quick", "libQt6Pdf"} & libraries
    names = {p.name for p in bundle.rglob("*")}
    assert not {"tkinter", "_tkinter", "libtk8.6.so", "opengl32sw.dll"} & names
    assert not any(name.startswith(("libgtk", "libcairo", "libpango")) for name in names)


def test_no_tests_and_nothing_of_the_source_tree(bundle: Path) -> None:
    parts = {part for p in bundle.rglob("*") for part in p.relative_to(bundle).parts}
    assert not {".venv", "tests", "bench", "docs", ".git", "conftest.py", "__pycache__"} & parts
    modules = [name for name, _code in _modules(bundle)]
    assert "auditor.ui.exchange.menu" in modules  # loaded by name at run time
    assert not [m for m in modules if m.split(".")[0] in ("tests", "pytest", "_pytest", "bench",
                                                         "hypothesis", "mypy", "tkinter")]


def test_no_build_path_in_the_code_or_any_file(bundle: Path) -> None:
    build_paths = {str(ROOT), str(Path(sys.prefix)), str(Path(sys.prefix).resolve())}
    absolute = re.compile(r"^(/|[A-Za-z]:[\\/])")
    for module, code in _modules(bundle):
        for file_name in _file_names(code):
            # What a traceback shows: a path inside the bundle, never the build machine's.
            assert not absolute.match(file_name), (module, file_name)
            assert not any(path in file_name for path in build_paths), (module, file_name)
    needles = [path.encode() for path in build_paths]
    for path in _files(bundle):
        data = path.read_bytes()
        found = [needle.decode() for needle in needles if needle in data]
        assert not found, (path.relative_to(bundle), found)


def _debugging_data(path: Path) -> bool:
    sections = subprocess.run(["objdump", "-h", str(path)], capture_output=True, text=True,
                              check=False).stdout
    return ".debug_info" in sections


def _is_binary(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def test_what_the_application_never_uses_is_left_out(bundle: Path) -> None:
    # Each of these kept the bundle over its goals (README, "Figures"): pandas (23 MB),
    # numpy's random numbers and FFT, TLS, docstrings, debugging data.
    from auditor import cli

    modules = dict(_modules(bundle))
    unused = ("pandas", "numpy.random", "numpy.fft", "numpy.polynomial", "ssl", "pydoc")
    assert [m for m in modules if m in unused or m.startswith(tuple(f"{u}." for u in unused))
            ] == []
    names = {p.name for p in (bundle / "_internal").rglob("*")}
    assert not {"pandas", "pandas.libs", "libssl.so.3"} & names
    assert [n for n in names if n.startswith(("_ssl.", "_multiarray_tests.", "mtrand."))] == []
    # Compiled as python -OO compiles: a module's docstring is not in its code.
    assert cli.__doc__ and cli.__doc__ not in modules["auditor.cli"].co_consts
    binaries = [p for p in _files(bundle) if _is_binary(p)]
    assert len(binaries) > 50
    assert [p.relative_to(bundle) for p in binaries if _debugging_data(p)] == []


def test_binaries_are_stripped_unless_strip_would_break_them(tmp_path: Path) -> None:
    # strip rewrites numpy's OpenBLAS (patchelf'd by auditwheel) into a library the loader
    # refuses ("ELF load command address/offset not page-aligned"): it ships as it was.
    # Pillow's _imaging, patchelf'd too, strips fine and loses 2.6 MB of debugging data.
    import numpy
    from PIL import _imaging

    openblas = next((Path(numpy.__file__).parents[1] / "numpy.libs").glob("libscipy_openblas*"))
    imaging = Path(_imaging.__file__)
    entries = [(f"numpy.libs/{openblas.name}", str(openblas), "BINARY"),
               (f"PIL/{imaging.name}", str(imaging), "EXTENSION")]
    shipped = {name: Path(source) for name, source, _kind in freeze.strip_binaries(entries,
                                                                                  tmp_path)}
    assert shipped[f"numpy.libs/{openblas.name}"] == openblas
    stripped = shipped[f"PIL/{imaging.name}"]
    assert stripped != imaging and stripped.stat().st_size < imaging.stat().st_size / 2
    assert freeze.loadable(str(stripped)) and not _debugging_data(stripped)
