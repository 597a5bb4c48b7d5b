"""Each audit's counts are kept with it and hold exactly as long as what they were worked out
from: a change to the audit or its company makes them be worked out again."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from auditor.db.database import Database, open_database
from auditor.db.listing import load_audit_rows, store_summaries
from auditor.db.models import Audit, Product
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from auditor.forms.summary import compute_audit_stats
from auditor.forms.version import FORM_VERSION


def _demo(path: Path, *, finalize: bool = False) -> Database:
    database = open_database(path)
    build_demo(database, companies=3, seed=5, finalize=finalize)
    return database


def _kept(database: Database) -> dict[uuid.UUID, object]:
    return {r.audit_id: r.stats for r in load_audit_rows(database, FORM_VERSION) if r.audit_id}


def _check_and_keep(database: Database) -> None:
    ids = list(_kept(database))
    computed = compute_audit_stats(database, ids)
    with database.transaction() as session:
        store_summaries(session, computed)


def test_kept_counts_come_with_the_list_and_go_stale_when_the_audit_changes(
    tmp_path: Path,
) -> None:
    database = _demo(tmp_path / "a.sqlite")
    assert set(_kept(database).values()) == {None}  # never checked yet
    _check_and_keep(database)
    kept = _kept(database)
    assert None not in kept.values() and len(kept) == 3

    changed = next(iter(kept))
    with database.transaction("A-1") as session:
        product = session.scalars(select(Product).where(Product.audit_id == changed)).first()
        assert product is not None
        product.trade_name = "Другое название"
    after = _kept(database)
    assert after[changed] is None  # worked out again
    assert all(after[a] == kept[a] for a in kept if a != changed)

    # A change to the company counts too (its names are answers of the audit).
    other = next(a for a in kept if a != changed)
    with database.transaction("A-1") as session:
        session.get_one(Audit, other).company.address = "Новый адрес"
    assert _kept(database)[other] is None
    database.close()


def test_the_questionnaire_version_is_part_of_what_counts_rest_on(tmp_path: Path) -> None:
    database = _demo(tmp_path / "a.sqlite")
    _check_and_keep(database)
    rows = load_audit_rows(database, "another questionnaire")
    assert {r.stats for r in rows if r.audit_id} == {None}
    database.close()


def test_consolidation_keeps_the_counts_of_what_it_imports(tmp_path: Path) -> None:
    laptop = _demo(tmp_path / "laptop.sqlite", finalize=True)
    package = export_package(laptop, tmp_path / "p.xlsx").path
    laptop.close()
    ministry = open_database(tmp_path / "ministry.sqlite")
    (result,) = Consolidator(ministry).run([package])
    assert result.accepted
    kept = _kept(ministry)
    assert len(kept) == 3 and None not in kept.values()
    # The same counts the engine gives when asked now.
    fresh = compute_audit_stats(ministry, list(kept))
    assert {a: stats for a, (_basis, stats) in fresh.items()} == kept
    ministry.close()
