"""Charts drawn with matplotlib the documented way: a ``Figure`` (never pyplot, which keeps
global state and picks a backend of its own), drawn by the Agg renderer for files and wrapped
in a ``FigureCanvasQTAgg`` by the UI.

Text is set in the DejaVu Sans the application ships (``auditor/ui/fonts``), registered with
matplotlib's font list: Kazakh letters (ә ғ қ ң ө ұ ү һ і) render on every machine, whatever
fonts it has, and matplotlib needs no font of its own.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager

from auditor.resources import CHART_FONT, FONT_DIR

_registered: set[Path] = set()


class MissingGlyphError(Exception):
    """A chart's text has letters that its font cannot draw (they would show as boxes)."""


def chart_font() -> FontProperties:
    """The application's chart font, registered with matplotlib once."""
    for path in sorted(FONT_DIR.glob("*.ttf")):
        if path not in _registered:
            fontManager.addfont(str(path))
            _registered.add(path)
    return FontProperties(fname=str(CHART_FONT))


def bar_chart(
    title: str, labels: Sequence[str], values: Sequence[float], *, value_label: str = ""
) -> Figure:
    """A horizontal bar chart, one bar per label, in the application's font."""
    font = chart_font()
    figure = Figure(figsize=(7, 0.5 * len(labels) + 1.5), layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    axes.barh(positions, values, color="#0f6e74")
    axes.set_yticks(positions, labels, fontproperties=font)
    axes.invert_yaxis()  # the first label on top, as it reads
    axes.set_title(title, fontproperties=font)
    if value_label:
        axes.set_xlabel(value_label, fontproperties=font)
    for tick in axes.get_xticklabels():
        tick.set_fontproperties(font)
    return figure


def save_png(figure: Figure, path: Path, *, dpi: int = 100) -> Path:
    """Draw ``figure`` into a PNG file; refuse when a letter has no glyph in its font."""
    canvas = FigureCanvasAgg(figure)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        canvas.draw()  # type: ignore[no-untyped-call]
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    if missing:
        raise MissingGlyphError("; ".join(sorted(set(missing))))
    figure.savefig(path, dpi=dpi)
    return path
