"""Demo data: plausible audits of producers in Kazakhstan, for tests, screenshots and benchmarks.

A layer of its own above the database, the domain and the form: it writes through
:mod:`auditor.db` and nothing below it imports it. The application offers it on an empty
database, ``auditor demo`` and the self-test run it, and the tests and benchmarks build on it.
"""

from __future__ import annotations

from auditor.demo.generator import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
