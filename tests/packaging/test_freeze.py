"""What the packaged build keeps of Qt and matplotlib, and which libraries it drops, decided by
name on both platforms' layouts (no PyInstaller needed: the build itself is in tests/bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "packaging"))
import freeze


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_kk.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_ru.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        # Windows wheels: no Qt/ folder inside PySide6
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\translations\\qtbase_ru.qm", True),
        ("PySide6\\opengl32sw.dll", False),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_qt_files_kept(name: str, kept: bool) -> None:
    assert freeze.keep_qt_file(name) is kept


def test_matplotlib_keeps_its_settings_and_fallback_fonts_only() -> None:
    data = "matplotlib/mpl-data"
    assert freeze.keep_matplotlib_file(f"{data}/fonts/ttf/DejaVuSans.ttf")
    assert freeze.keep_matplotlib_file(f"{data}/fonts/ttf/LastResortHE-Regular.ttf")
    assert not freeze.keep_matplotlib_file(f"{data}/fonts/ttf/STIXGeneral.ttf")
    assert not freeze.keep_matplotlib_file(f"{data}/sample_data/goog.npz")
    assert freeze.keep_matplotlib_file(f"{data}/matplotlibrc")
    assert freeze.keep_matplotlib_file(f"{data}/stylelib/classic.mplstyle")
    assert not freeze.keep_matplotlib_file(f"{data}/images/home.svg")
    assert freeze.keep_matplotlib_file("matplotlib/images/not-mpl-data.png")


def test_libraries_only_left_out_binaries_linked_to_are_dropped() -> None:
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libQt6Core.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/src/libqwayland.so": ["libQt6WaylandClient.so.6"],
        "/src/libQt6WaylandClient.so.6": ["libwayland-client.so.0", "libQt6Core.so.6"],
    }
    before = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "/src/libqwayland.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/src/libQt6WaylandClient.so.6", "BINARY"),
        ("libwayland-client.so.0", "/src/libwayland-client.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # nothing links it
    ]
    kept = [e for e in before if "libqwayland" not in e[0]]
    result = freeze.prune_libraries(before, kept, lambda source: links.get(source, []))
    assert [e[0] for e in result] == [
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libpython3.11.so.1.0",
    ]


def test_links_to_dropped_libraries_go_with_them() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("auditor/resources/icon.png", "/src/icon.png", "DATA"),
    ]
    assert [e[0] for e in freeze.drop_dangling_links(datas, binaries)] == [
        "libQt6Core.so.6", "auditor/resources/icon.png"]
