"""Demo data passes the engine; completeness, potential index, dictionary and `validate`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from auditor.cli import main
from auditor.db.audits import load_full_audit
from auditor.db.database import Database, open_database
from auditor.db.models import Audit, Company, Product, ProductionLine
from auditor.demo import build_demo
from auditor.domain.text import LANGUAGES
from auditor.forms.completeness import audit_completeness
from auditor.forms.dictionary import data_dictionary
from auditor.forms.potential import WEIGHTS, development_potential
from auditor.forms.questionnaire import FORM, validate


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    build_demo(database, companies=40, seed=11)
    yield database
    database.close()


def _audits(database: Database) -> list[Audit]:
    with database.session() as session:
        ids = list(session.scalars(select(Audit.id)))
        audits = (load_full_audit(session, i, with_files=True) for i in ids)
        return [a for a in audits if a is not None]


def test_demo_data_validates_with_no_errors(demo: Database) -> None:
    audits = _audits(demo)
    assert len(audits) == 40
    errors = [(a.company.bin, i.path, i.text("en")) for a in audits for i in validate(a)
              if i.is_error]
    assert errors == []


def test_demo_audits_are_complete_and_scored(demo: Database) -> None:
    for audit in _audits(demo):
        completeness = audit_completeness(FORM, audit)
        assert completeness["overall"].percent == 100, audit.company.bin
        index = development_potential(audit)
        assert 0 < index.score <= 100
        assert [c.key for c in index.criteria] == list(WEIGHTS)


def test_completeness_counts_required_relevant_answers_and_missing_rows() -> None:
    audit = Audit(company=Company(bin="940140000385", name_ru="Т", region_code="75"))
    empty = audit_completeness(FORM, audit)
    assert empty["capacity"].answered == 0 and empty["capacity"].expected >= 1
    assert 0 < empty["overall"].percent < 100  # the company's BIN and region are answered
    audit.production_lines.append(ProductionLine(name="Линия 1"))
    after = audit_completeness(FORM, audit)
    assert after["capacity"].answered == 1  # the name; dosage form, unit, figures still due
    assert after["capacity"].expected > after["capacity"].answered


def test_potential_index_shows_its_breakdown() -> None:
    audit = Audit(company=Company(bin="940140000385", name_ru="Т", region_code="75"))
    blank = development_potential(audit)
    assert blank.score == 0 and not any(c.has_data for c in blank.criteria if c.key != "investment")
    audit.gmp_status = "valid"
    audit.staff_total, audit.staff_qa_qc, audit.vacancies = 200, 20, 0
    audit.products.append(Product(trade_name="P", localization_stage="full_cycle"))
    audit.production_lines.append(
        ProductionLine(name="L", design_capacity=100.0, actual_output=50.0)
    )
    index = development_potential(audit)
    points = {c.key: c.points for c in index.criteria}
    assert points["gmp"] == 25 and points["localization"] == 15
    assert points["capacity_headroom"] == 15 and points["workforce"] == 5
    assert index.score == 60
    for criterion in index.criteria:
        assert all(criterion.explanation(lang) for lang in LANGUAGES)
    # A maker of devices only is scored over the criteria that apply to it.
    audit.producer_type = "medical_devices"
    devices = development_potential(audit)
    (localization,) = [c for c in devices.criteria if c.key == "localization"]
    assert not localization.applicable
    assert devices.score == round(100 * 45 / 85, 1)


def test_data_dictionary_covers_every_field_in_three_languages() -> None:
    entries = data_dictionary(FORM)
    assert [e.key for e in entries] == [f.key for f in FORM.all_fields()]
    gmp = next(e for e in entries if e.key == "audit.gmp_status")
    assert "valid = " in gmp.allowed["en"] and gmp.required == "yes"
    for entry in entries:
        assert all(entry.labels[lang] for lang in LANGUAGES)


def test_validate_command_reports_and_sets_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.sqlite"
    database = open_database(path)
    build_demo(database, companies=3, seed=5)
    with database.transaction() as session:
        product = session.scalars(select(Product)).first()
        assert product is not None
        product.atc_code = "C9AA"
        bad_audit = product.audit_id
        name = product.trade_name
    database.close()

    assert main(["validate", "--db", str(path), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "error" in line and name in line]
    assert "Код ATC" in line or "ATC" in line
    assert out.strip().endswith("3 audits checked: 1 errors, 0 warnings") or "1 errors" in out

    assert main(["validate", "--db", str(path), "--audit", "not-an-id"]) == 2
    with open_database(path).transaction() as session:
        session.scalars(select(Product).where(Product.audit_id == bad_audit)).first()
        fixed = session.get(Product, product.id)
        assert fixed is not None
        fixed.atc_code = "C09AA02"
    capsys.readouterr()
    assert main(["validate", "--db", str(path), "--audit", str(bad_audit)]) == 0
    assert "1 audits checked: 0 errors" in capsys.readouterr().out
