"""How the application is frozen with PyInstaller: the settings ``build.spec`` uses, shared with
``bench/bundle.py`` so that its bare-window baseline is built exactly the same way.

Runs inside PyInstaller's spec execution (Linux and Windows alike) and in the tests, which
check the lists here against what a build produced. Standard library only, plus PyInstaller's
binary-dependency reader when pruning.

What is left out, and why it is safe:
- Qt: only the platform plugins for a display (xcb on Linux, windows on Windows), offscreen
  (the self-test, servers) and minimal; SVG for icon themes; the input methods of X11 (compose
  keys, IBus: Kazakh keyboards); the desktop portal's dialogs; Windows' styles. No Wayland
  plugin (Qt uses XWayland through xcb), no EGL/KMS, OpenGL integrations, printing, networking,
  SQL drivers, QML tooling, virtual keyboard, GTK theme (it needs the system's GTK and would
  bring the build machine's cairo and pango). Libraries that only those linked to are dropped.
- Qt's translations: only ``qtbase`` in Kazakh and Russian (the buttons and file dialogs of our
  two translated languages); English is Qt's source language.
- Windows' software OpenGL renderer (``opengl32sw.dll``, 20 MB): widgets paint without OpenGL.
- Python: tkinter, test suites of the libraries, packaging tools, other Qt bindings,
  matplotlib's backends other than QtAgg
  (and Agg, its base; set through ``hooksconfig``), font subsetting for PDF and PostScript;
  pandas (in the environment for a benchmark only), numpy's random numbers, FFT and
  polynomials, matplotlib's triangulations and contours and its window icons, TLS; docstrings
  (``OPTIMIZE``).
- Debugging data and full symbol tables of the binaries (``strip --strip-unneeded``,
  Linux).
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

# The name of the executable (auditor, auditor.exe) and of the bundle folder.
EXECUTABLE = "auditor"
# On Windows a second executable without a console window starts the application from the
# Start menu; ``auditor.exe`` keeps the console for the command line and the self-test.
WINDOWED_EXECUTABLE = "auditorw"

EXCLUDES = [
    # GUI toolkits and bindings we do not use
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "PyQt5", "PyQt6", "PySide2", "shiboken2", "PIL.ImageQt", "PIL.ImageTk",
    # PySide6 modules other than QtCore, QtGui and QtWidgets (the Qt libraries the kept
    # plugins link to are still collected). QtSvg stays: matplotlib's Qt canvas imports it.
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtDBus", "QtSvgWidgets", "QtOpenGL", "QtOpenGLWidgets",
        "QtPrintSupport", "QtXml", "QtConcurrent", "QtTest", "QtSql", "QtQml", "QtQuick",
        "QtQuickWidgets", "QtQuickControls2", "QtStateMachine", "QtHelp", "QtUiTools",
        "QtDesigner", "QtConcurrent", "QtNetworkAuth", "QtWebSockets",
    )),
    # Python's East Asian codecs (shift_jis, gb2312, big5, euc-kr...): no file of ours uses them
    "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
    "_multibytecodec",
    # pandas is not used by the application (the national workbook's summaries add up in plain
    # Python); the project's environment has it for a benchmark's baseline. 23 MB.
    "pandas",
    # numpy's parts that neither matplotlib's bar and pie charts nor anything else here calls:
    # random numbers (3 MB of compiled code), Fourier transforms, the polynomial classes, and
    # numpy's own test extension. Since numpy 2 they are imported only when asked for.
    "numpy.random", "numpy.fft", "numpy.polynomial", "numpy._core._multiarray_tests",
    # matplotlib's triangulations and contours (tricontour, triplot, contour): compiled code it
    # imports only when one is drawn; the charts here are bars and pies. 2 MB.
    "contourpy", "matplotlib._qhull", "matplotlib._tri",
    # TLS: nothing here opens a network connection (asyncio, http.client and urllib import ssl
    # only if it is there); with it go libssl and _ssl.
    "ssl", "_ssl",
    # Interactive help (numpy's np.info imports it when called); with it goes pkgutil, and so
    # PyInstaller's start-up hook that imports pkgutil on every start.
    "pydoc",
    # Processes: the work runs on threads (ThreadPoolExecutor); without multiprocessing in the
    # bundle, PyInstaller adds no start-up hook importing it on every start
    "multiprocessing", "concurrent.futures.process",
    # Mako's Pygments plugin (syntax highlighting of templates) and so Pygments itself, 1.8 MB
    "mako.ext", "pygments",
    # tests and tools
    "test", "pytest", "_pytest", "hypothesis", "pytestqt", "IPython", "pydoc_data",
    "doctest", "pdb", "readline", "numpy.testing",
    "numpy.tests", "numpy.f2py", "numpy.distutils", "numpy.testing._private.extbuild",
    "pandas.tests",
    "matplotlib.tests", "matplotlib.testing", "mpl_toolkits.tests",
    "sqlalchemy.testing", "alembic.testing", "openpyxl.tests",
    "setuptools", "pkg_resources", "distutils", "lib2to3", "ensurepip", "venv",
    "mypy", "ruff", "importlinter", "grimp",
    # matplotlib: PDF/PS/SVG output and TeX are not used (QtAgg and Agg only)
    "matplotlib.backends.backend_pdf", "matplotlib.backends.backend_ps",
    "matplotlib.backends.backend_svg", "matplotlib.backends.backend_pgf",
    "matplotlib.backends.backend_cairo", "matplotlib.backends._backend_pdf_ps",
    "matplotlib.backends.backend_template", "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg", "matplotlib.backends.backend_gtk3",
    "matplotlib.backends.backend_gtk4", "matplotlib.backends.backend_wx",
    "matplotlib.backends.backend_tk", "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_macosx",
    # PIL image formats matplotlib never reads or writes here (it writes PNG)
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.WebPImagePlugin", "PIL._webp",
    "PIL.ImageCms", "PIL._imagingcms", "PIL.ImageFont", "PIL._imagingft",
    "PIL.ImageMath", "PIL._imagingmath", "PIL.ImageMorph", "PIL._imagingmorph",
]

MATPLOTLIB_BACKENDS = ["QtAgg"]

# Bytecode as ``python -OO`` compiles it: without docstrings (3 MB of the modules' archive:
# SQLAlchemy's and matplotlib's documentation lives in them) and asserts. Nothing in the
# application reads a docstring; numpy, matplotlib, SQLAlchemy and Alembic import and run
# without them (the frozen self-test goes through each).
OPTIMIZE = 2

# Qt plugins kept, per plugin folder; a folder not named here is left out entirely.
# Names are the file name without "lib", the "q" prefix Qt gives plugins and the suffix.
QT_PLUGINS = {
    "platforms": {"xcb", "offscreen", "minimal", "windows", "cocoa"},
    "imageformats": {"svg"},
    "iconengines": {"svgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "platformthemes": {"xdgdesktopportal"},
    "styles": {"*"},
}
QT_TRANSLATIONS = {"qtbase_kk.qm", "qtbase_ru.qm"}
LEFT_OUT_FILES = {"opengl32sw.dll"}

Entry = tuple[str, str, str]  # PyInstaller's (name in the bundle, source path, type code)


def _parts(name: str) -> list[str]:
    return list(PurePath(name.replace("\\", "/")).parts)


def _qt_root(parts: list[str]) -> int | None:
    """Index of the folder holding Qt's plugins/translations inside PySide6, if any."""
    if "PySide6" not in parts:
        return None
    base = parts.index("PySide6") + 1
    if base < len(parts) and parts[base] == "Qt":  # Linux and macOS wheels: PySide6/Qt/...
        base += 1
    return base


def plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem[1:] if stem.startswith("q") else stem


def keep_qt_file(name: str) -> bool:
    """Whether a file PyInstaller collected from PySide6 belongs in the bundle."""
    parts = _parts(name)
    if parts[-1].lower() in LEFT_OUT_FILES:
        return False
    base = _qt_root(parts)
    if base is None or base >= len(parts) - 1:
        return True
    folder = parts[base]
    if folder == "plugins":
        kind = parts[base + 1] if base + 1 < len(parts) - 1 else ""
        wanted = QT_PLUGINS.get(kind, set())
        plugin = plugin_name(parts[-1])
        return any(fnmatch.fnmatch(plugin, pattern) for pattern in wanted)
    if folder == "translations":
        return parts[-1] in QT_TRANSLATIONS
    return True


def prune_libraries(
    before: list[Entry], kept: list[Entry], imports_of: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """Drop the shared libraries of ``kept`` that were collected only because something left
    out linked to them (Qt's Wayland, OpenGL and network libraries; the Kerberos and GTK
    libraries those brought from the build machine).

    A library stays when a kept binary links to it, directly or through another kept library,
    and when nothing collected linked to it at all (the executable loads libpython; ctypes
    loads what it names): only what linking brought in can be told apart as unneeded.
    """
    linked: set[str] = set()
    for entry in before:
        linked.update(_base(name) for name in imports_of(entry[1]))
    libraries = {_base(e[0]): e for e in kept if e[2] == "BINARY" and not _is_plugin(e[0])}
    roots = [e for e in kept if _base(e[0]) not in libraries or _base(e[0]) not in linked]
    needed = {_base(e[0]) for e in roots}
    pending = [e[1] for e in roots]
    while pending:
        for name in imports_of(pending.pop()):
            library = _base(name)
            if library in libraries and library not in needed:
                needed.add(library)
                pending.append(libraries[library][1])
    return [e for e in kept if _base(e[0]) in needed]


def drop_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """Symbolic links whose target was left out (PyInstaller links Qt's libraries to the top)."""
    present = {PurePath(e[0]).as_posix() for e in [*binaries, *datas] if e[2] != "SYMLINK"}
    kept = []
    for entry in datas:
        if entry[2] == "SYMLINK":
            target = (PurePath(entry[0]).parent / entry[1]).as_posix()
            if target not in present:
                continue
        kept.append(entry)
    return kept


def _base(name: str) -> str:
    base = PurePath(name.replace("\\", "/")).name
    return base.lower() if is_windows() else base  # DLL names are not case-sensitive


def _is_plugin(name: str) -> bool:
    return "plugins" in _parts(name)


def pyinstaller_imports(source: str) -> list[str]:
    from PyInstaller.depend import bindepend

    try:
        return [name for name, _path in bindepend.get_imports(source)]
    except Exception:  # not a binary PyInstaller can read: it links to nothing we prune
        return []


def _binutils(tool: str, flag: str, path: str) -> str:
    import subprocess

    result = subprocess.run([tool, flag, path], capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else ""


# What ``strip --strip-unneeded`` takes out of a binary: debugging data and the full symbol
# table (the dynamic symbols, which linking and loading use, stay).
STRIPPED_SECTIONS = (".debug_info", ".symtab")


def strip_binaries(binaries: list[Entry], cache: Path) -> list[Entry]:
    """Binaries without debugging data and full symbol tables (Linux): copies stripped into
    ``cache`` with ``strip --strip-unneeded``, as Linux distributions ship their libraries.

    Python built from source carries debugging data (libpython 23 MB, of which 17 MB), and so
    do some wheels' extensions (SQLAlchemy's, kiwisolver's, Pillow's ``_imaging``: 2.6 MB of
    its 3.5); OpenBLAS, ICU, calamine and numpy carry symbol tables (1 MB, 1.4 MB, 0.5 MB,
    0.5 MB). Code, dynamic symbols and the dynamic section are left alone. A library that
    auditwheel's patchelf rewrote (``$ORIGIN`` in its RPATH, its dynamic section moved to
    segments of its own) may come out of strip unloadable: numpy's OpenBLAS and libgfortran
    do ("ELF load command address/offset not page-aligned"), Pillow's ``_imaging`` does not.
    So each stripped copy is checked, and the original kept when the copy would not load
    (:func:`loadable`) or not link the same way (other needed libraries, search path or name).
    """
    import hashlib
    import shutil
    import subprocess

    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        return binaries
    result = []
    for name, source, kind in binaries:
        if kind in ("BINARY", "EXTENSION") and _strippable(source):
            digest = hashlib.sha256(source.encode()).hexdigest()[:16]
            target = cache / digest / PurePath(source).name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                subprocess.run(["strip", "--strip-unneeded", str(target)], check=True)
            if loadable(str(target)) and _linking(str(target)) == _linking(source):
                source = str(target)
        result.append((name, source, kind))
    return result


def _strippable(path: str) -> bool:
    sections = {
        fields[1]
        for line in _binutils("readelf", "-SW", path).splitlines()
        if len(fields := line.replace("[ ", "[").split()) > 1 and fields[0].startswith("[")
    }
    return any(section in sections for section in STRIPPED_SECTIONS)


def loadable(path: str) -> bool:
    """Whether the loader can map each segment of a binary: its place in the file and in
    memory must agree modulo its alignment (what strip breaks in some patchelf'd libraries)."""
    segments = [
        line.split()
        for line in _binutils("readelf", "-lW", path).splitlines()
        if line.split()[:1] == ["LOAD"]
    ]
    return bool(segments) and all(
        (int(vaddr, 16) - int(offset, 16)) % max(int(fields[-1], 16), 0x1000) == 0
        for fields in segments
        for offset, vaddr in [fields[1:3]]
    )


def _linking(path: str) -> list[str]:
    """How a binary links: its needed libraries, search paths and name, in order."""
    return [
        line.split(None, 1)[1]
        for line in _binutils("objdump", "-p", path).splitlines()
        if line.split(None, 1)[:1] in (["NEEDED"], ["RPATH"], ["RUNPATH"], ["SONAME"])
    ]


def stripped(entries: list[Entry], workpath: str) -> list[Entry]:
    """``entries`` with their binaries stripped (:func:`strip_binaries`), cached in
    PyInstaller's ``workpath``. The specs also pass the extensions PyInstaller's own start-up
    code needs (``PYZ(...).dependencies``: zlib, _struct), which the analysis does not list."""
    return strip_binaries(entries, Path(workpath) / "stripped")


def trim(
    binaries: list[Entry], datas: list[Entry], workpath: str | None = None
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files of an Analysis without what the application never uses;
    with ``workpath`` (PyInstaller's), binaries stripped (:func:`strip_binaries`)."""
    kept = [e for e in binaries if keep_qt_file(e[0])]
    kept = prune_libraries(binaries, kept, pyinstaller_imports)
    if workpath is not None:
        kept = stripped(kept, workpath)
    datas = [
        e for e in datas
        if keep_qt_file(e[0]) and keep_matplotlib_file(e[0]) and not _is_test_data(e[0])
    ]
    return kept, drop_dangling_links(datas, kept)


def _is_test_data(name: str) -> bool:
    parts = _parts(name)
    return any(part in ("tests", "testing") for part in parts[:-1]) or parts[-1] == "conftest.py"


# matplotlib's own fonts: the charts use the DejaVu Sans the application ships (registered
# with matplotlib); its regular face and LastResort stay, matplotlib's own fallbacks.
MATPLOTLIB_FONTS_KEPT = {"DejaVuSans.ttf", "LastResortHE-Regular.ttf"}
# mpl-data folders left out: sample data, and the icons of pyplot's windows and toolbar (the
# application draws its charts in canvases of its own, with neither).
MATPLOTLIB_DATA_LEFT_OUT = {"sample_data", "images"}


def keep_matplotlib_file(name: str) -> bool:
    parts = _parts(name)
    if "mpl-data" not in parts:
        return True
    inside = parts[parts.index("mpl-data") + 1:]
    if inside[0] in MATPLOTLIB_DATA_LEFT_OUT:
        return False
    if inside[:1] == ["fonts"]:
        return parts[-1] in MATPLOTLIB_FONTS_KEPT
    return True


def platform_tag() -> str:
    """The platform in archive names: linux-x86_64, win-amd64, macosx-..."""
    import sysconfig

    return sysconfig.get_platform()


def is_windows() -> bool:
    return sys.platform == "win32"
