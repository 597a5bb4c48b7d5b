"""Charts render Kazakh letters with the bundled font, and refuse to draw boxes instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.reports.charts import MissingGlyphError, bar_chart, save_png
from auditor.selftest import KAZAKH_LETTERS


def test_a_chart_with_every_kazakh_letter_is_drawn(tmp_path: Path) -> None:
    figure = bar_chart("Қуат", ["Қарағанды облысы", KAZAKH_LETTERS], [1.0, 2.0])
    path = save_png(figure, tmp_path / "chart.png")
    assert path.read_bytes().startswith(b"\x89PNG")


def test_letters_the_font_lacks_are_refused_not_drawn_as_boxes(tmp_path: Path) -> None:
    figure = bar_chart("产能", ["Қарағанды"], [1.0])
    with pytest.raises(MissingGlyphError, match="missing from font"):
        save_png(figure, tmp_path / "chart.png")
    assert not (tmp_path / "chart.png").exists()
