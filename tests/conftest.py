"""The packaged application's tests (``tests/bundle``) run only against a bundle.

``make test`` does not collect them: they need ``dist/auditor/`` built by ``make bundle`` and
the .deb, which take minutes. ``make test-bundle`` builds both and runs them with
``--bundle dist/auditor``; CI runs that target after ``make test``, so none of them is ever
skipped there, and without ``--bundle`` they are not collected rather than reported as skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

BUNDLE_TESTS = Path(__file__).with_name("bundle")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bundle", metavar="DIR", default=None,
                     help="run tests/bundle against this bundle folder (dist/auditor)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path == BUNDLE_TESTS and config.getoption("--bundle") is None:
        return True
    return None
