"""An audit imported from another installation is read-only; only a ministry analyst reopens it.

The rule is asked of the database layer the way the window and the command line meet it:
reopening (:func:`auditor.db.audits.reopen_audit`), answers written by record id
(:func:`auditor.db.editing.set_column`, as the editor's writes are), and the database's own
guards for a write that skips the rule.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from auditor.db.audits import (
    AuditRuleError,
    delete_audit,
    finalize_audit,
    imported_audit,
    reopen_audit,
)
from auditor.db.database import Database, open_database
from auditor.db.editing import document_import, load_document, set_column
from auditor.db.guards import IMPORTED, GuardError
from auditor.db.models import Audit, Product, TrailEntry
from auditor.db.profiles import ProfileAnswers, save_profile
from auditor.db.trail import REOPEN_KEY, AuditLockedError
from auditor.demo import build_demo
from auditor.domain.profile_kinds import FIELD_AUDITOR, MINISTRY_ANALYST
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package


@dataclass
class Imported:
    ministry: Database
    finalized: uuid.UUID  # imported finalized, as auditors hand them in
    draft: uuid.UUID  # imported as a draft, revision 2 (the command line exports drafts named)
    own: uuid.UUID  # made in the ministry's database itself
    laptop: Path  # the field auditor's database they came from


def _profile(database: Database, kind: str, name: str, code: str = "") -> None:
    answers = ProfileAnswers(full_name=name, auditor_code=code, organisation="МЗ РК",
                             region_code=None, language="ru", kind=kind)
    with database.transaction(name) as session:
        save_profile(session, None, answers, database.installation_id)


@pytest.fixture
def imported(tmp_path: Path) -> Iterator[Imported]:
    laptop = open_database(tmp_path / "laptop.sqlite")
    build_demo(laptop, companies=2, seed=5, finalize=True)
    with laptop.transaction("KZ-AUD-001") as session:
        first = session.scalars(select(Audit).order_by(Audit.created_at)).first()
        assert first is not None
        reopen_audit(session, first, "Повторный визит")  # a draft, revision 2
    with laptop.session() as session:
        audits = {a.status: a.id for a in session.scalars(select(Audit))}
    package = export_package(laptop, tmp_path / "p.xlsx", list(audits.values())).path
    laptop.close()
    ministry = open_database(tmp_path / "ministry.sqlite")
    (result,) = Consolidator(ministry).run([package])
    assert result.result == "accepted", result.line("en")
    build_demo(ministry, companies=3, seed=7, finalize=True)  # some new to it
    with ministry.session() as session:
        own_id = session.scalars(
            select(Audit.id).where(Audit.id.not_in(list(audits.values())))).first()
    assert own_id is not None
    yield Imported(ministry, audits["finalized"], audits["draft"], own_id,
                   tmp_path / "laptop.sqlite")
    ministry.close()


def _reopen(database: Database, audit_id: uuid.UUID, actor: str) -> None:
    with database.transaction(actor) as session:
        reopen_audit(session, session.get_one(Audit, audit_id), "Уточнение данных министерством")


def _audit(database: Database, audit_id: uuid.UUID) -> tuple[str, int, str | None]:
    with database.session() as session:
        audit = session.get_one(Audit, audit_id)
        return audit.status, audit.revision, audit.findings


def test_a_field_auditor_cannot_reopen_an_imported_audit(imported: Imported) -> None:
    ministry = imported.ministry
    _profile(ministry, FIELD_AUDITOR.code, "Ерлан Қасымов", "KZ-AUD-001")
    for audit_id in (imported.finalized, imported.draft):
        before = _audit(ministry, audit_id)
        with pytest.raises(AuditRuleError) as refused:
            _reopen(ministry, audit_id, "KZ-AUD-001")
        assert "only a ministry analyst" in refused.value.reason.en
        assert "аналитик министерства" in refused.value.reason.ru
        assert "министрлік талдаушысы" in refused.value.reason.kk
        assert _audit(ministry, audit_id) == before


def test_an_imported_audit_refuses_changes_to_its_answers(imported: Imported) -> None:
    ministry = imported.ministry
    _profile(ministry, MINISTRY_ANALYST.code, "Айгүл Сейітова")
    with ministry.session() as session:
        product = session.scalars(
            select(Product.id).where(Product.audit_id == imported.draft)).first()
    with pytest.raises(GuardError) as refused, ministry.transaction("Айгүл Сейітова") as s:
        set_column(s, Audit, imported.draft, "findings", "Исправлено в министерстве")
    assert refused.value.code == IMPORTED
    assert "read-only" in refused.value.reason.en
    assert product is not None
    with pytest.raises(GuardError), ministry.transaction("Айгүл Сейітова") as s:
        set_column(s, Product, product, "trade_name", "Другое")
    with pytest.raises(AuditLockedError), ministry.transaction("Айгүл Сейітова") as s:
        set_column(s, Audit, imported.finalized, "findings", "Исправлено в министерстве")
    with pytest.raises(GuardError), ministry.transaction("Айгүл Сейітова") as s:
        delete_audit(s, s.get_one(Audit, imported.draft))
    assert _audit(ministry, imported.draft)[2] != "Исправлено в министерстве"


def test_an_analyst_reopens_an_imported_audit_and_the_trail_names_them(
    imported: Imported,
) -> None:
    ministry = imported.ministry
    _profile(ministry, MINISTRY_ANALYST.code, "Айгүл Сейітова")
    with ministry.session() as session:
        document = load_document(session, imported.finalized)
        assert document is not None
        found = document_import(document)
        assert found is not None and found.file_name == "p.xlsx"
        assert found.reopen_refused is None  # an analyst may

    _reopen(ministry, imported.finalized, "Айгүл Сейітова")

    status, revision, _ = _audit(ministry, imported.finalized)
    assert (status, revision) == ("draft", 2)
    with ministry.session() as session:
        entry = session.scalars(select(TrailEntry).where(
            TrailEntry.record_id == str(imported.finalized), TrailEntry.action == "reopen")
        ).one()
        assert (entry.actor, entry.reason) == ("Айгүл Сейітова",
                                                "Уточнение данных министерством")
        assert imported_audit(session, session.get_one(Audit, imported.finalized)) is None
    # Its next revision is this database's own: it changes and is finalized again here.
    with ministry.transaction("Айгүл Сейітова") as session:
        set_column(session, Audit, imported.finalized, "findings", "Уточнено")
    with ministry.transaction("Айгүл Сейітова") as session:
        finalize_audit(session, session.get_one(Audit, imported.finalized),
                       representative_name="Ә. Ғалымжанұлы", representative_position="Директор")
    assert _audit(ministry, imported.finalized)[:2] == ("finalized", 2)


def test_an_analyst_reopens_an_imported_draft_with_the_reason_in_the_trail(
    imported: Imported,
) -> None:
    ministry = imported.ministry
    _profile(ministry, MINISTRY_ANALYST.code, "Айгүл Сейітова")

    _reopen(ministry, imported.draft, "Айгүл Сейітова")

    assert _audit(ministry, imported.draft)[:2] == ("draft", 3)
    with ministry.session() as session:
        entry = session.scalars(select(TrailEntry).where(
            TrailEntry.record_id == str(imported.draft), TrailEntry.action == "reopen")).one()
        assert (entry.field, entry.actor, entry.reason) == (
            "revision", "Айгүл Сейітова", "Уточнение данных министерством")
    with ministry.transaction("Айгүл Сейітова") as session:
        set_column(session, Audit, imported.draft, "findings", "Уточнено")
    assert _audit(ministry, imported.draft)[2] == "Уточнено"


def test_the_database_refuses_a_reopening_that_skips_the_rule(imported: Imported) -> None:
    """A write that reopens an imported audit without asking who may (as code that bypassed
    ``reopen_audit`` would) is refused by the database while no analyst is signed in."""
    ministry = imported.ministry
    _profile(ministry, FIELD_AUDITOR.code, "Ерлан Қасымов", "KZ-AUD-001")

    def reopen_without_the_rule() -> None:
        with ministry.transaction("KZ-AUD-001") as session:
            audit = session.get_one(Audit, imported.finalized)
            session.info.setdefault(REOPEN_KEY, {})[audit.id] = "без проверки"
            audit.status, audit.revision = "draft", audit.revision + 1
            audit.finalized_at, audit.auditor_confirmed, audit.seal_sha256 = None, False, None

    with pytest.raises(GuardError) as refused:
        reopen_without_the_rule()
    assert refused.value.code == IMPORTED
    assert _audit(ministry, imported.finalized)[:2] == ("finalized", 1)

    _profile(ministry, MINISTRY_ANALYST.code, "Айгүл Сейітова")
    reopen_without_the_rule()  # the database's part of the rule is the role, not the path
    assert _audit(ministry, imported.finalized)[:2] == ("draft", 2)


def test_audits_made_here_are_reopened_by_a_field_auditor_as_before(
    imported: Imported,
) -> None:
    ministry = imported.ministry
    _profile(ministry, FIELD_AUDITOR.code, "Ерлан Қасымов", "KZ-AUD-001")
    with ministry.session() as session:
        assert imported_audit(session, session.get_one(Audit, imported.own)) is None

    _reopen(ministry, imported.own, "KZ-AUD-001")

    assert _audit(ministry, imported.own)[:2] == ("draft", 2)


def test_a_newer_revision_from_its_installation_still_replaces_an_imported_draft(
    imported: Imported, tmp_path: Path
) -> None:
    """The lock is on what came in, not on consolidation: the auditor's next revision of the
    draft replaces it, as before."""
    laptop = open_database(imported.laptop)
    for step in ("finalize", "reopen", "finalize"):  # revision 3, finalized
        with laptop.transaction("KZ-AUD-001") as session:
            audit = session.get_one(Audit, imported.draft)
            if step == "reopen":
                reopen_audit(session, audit, "Повторный визит")
            else:
                finalize_audit(session, audit, representative_name="Ә. Ғалымжанұлы",
                               representative_position="Директор")
    package = export_package(laptop, tmp_path / "p3.xlsx", [imported.draft]).path
    laptop.close()

    (result,) = Consolidator(imported.ministry).run([package])

    assert result.result == "accepted", result.line("en")
    assert _audit(imported.ministry, imported.draft)[:2] == ("finalized", 3)
