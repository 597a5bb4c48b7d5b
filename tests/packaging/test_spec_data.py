"""build.spec lists every data file of auditor/resources, so that the bundle has each one the
application reads (read from the spec's text: no PyInstaller needed, the build is tests/bundle)."""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

from auditor import resources

ROOT = Path(__file__).parents[2]


def _listed_resources() -> list[tuple[str, list[str]]]:
    """(pattern, names required) of each ``_data("resources/...", [...])`` entry of build.spec."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    entries = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_data":
            pattern = ast.literal_eval(node.args[0])
            if pattern.startswith("resources/"):
                entries.append((pattern, list(ast.literal_eval(node.args[1]))))
    return entries


def test_every_resource_file_is_listed_and_required_by_the_spec() -> None:
    files = sorted(p.name for p in resources.RESOURCE_DIR.iterdir()
                   if p.is_file() and p.suffix != ".py")
    assert {"atc-index.tsv", "icon.png", "schema-0001.sqlite"} <= set(files)
    listed = _listed_resources()
    for name in files:
        assert any(
            fnmatch.fnmatch(f"resources/{name}", pattern) and name in required
            for pattern, required in listed
        ), f"build.spec does not list auditor/resources/{name}"


def test_the_atc_index_the_application_reads_is_the_one_listed() -> None:
    assert resources.ATC_INDEX.parent == resources.RESOURCE_DIR
    assert ("resources/*.tsv", [resources.ATC_INDEX.name]) in _listed_resources()
