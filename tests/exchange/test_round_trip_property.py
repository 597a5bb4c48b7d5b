"""Random valid answers survive export and consolidation unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from auditor.db.audits import finalize_audit, load_full_audit
from auditor.db.database import open_database
from auditor.db.models import Audit
from auditor.demo import build_demo
from auditor.exchange.consolidate import Consolidator
from auditor.exchange.export import export_package
from tests.helpers.records import row_values

# Text as people type it, in any script, with the characters a spreadsheet treats specially.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn")),
        st.sampled_from("әғқңөұүһіӘҒҚҢӨҰҮҺІ=+-@\n\t;\"'"),
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() == s and s.strip())
MONEY = st.integers(min_value=0, max_value=10**14)
AMOUNT = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)

ANSWERS = st.fixed_dictionaries(
    {
        "findings": TEXT,
        "recommendations": TEXT,
        "development_notes": st.one_of(st.none(), TEXT),
        "revenue_kzt": MONEY,
        "rd_budget_kzt": st.one_of(st.none(), MONEY),
        "export_countries": st.lists(st.sampled_from(["RU", "KG", "UZ", "CN", "DE"]),
                                     unique=True, min_size=1, max_size=4),
        "product_strength": st.one_of(st.none(), TEXT),
        "product_volume": AMOUNT,
        "site_address": TEXT,
        "site_latitude": st.floats(min_value=40.6, max_value=55.4),
    }
)


def _apply(audit: Audit, answers: dict[str, Any]) -> None:
    audit.findings = answers["findings"]
    audit.recommendations = answers["recommendations"]
    audit.development_notes = answers["development_notes"]
    audit.revenue_kzt = answers["revenue_kzt"]
    audit.domestic_sales_kzt = None
    audit.export_revenue_kzt = answers["revenue_kzt"] // 2
    audit.rd_budget_kzt = answers["rd_budget_kzt"]
    audit.export_countries = answers["export_countries"]
    audit.products[0].strength = answers["product_strength"]
    audit.products[0].annual_volume = answers["product_volume"]
    audit.sites[0].address = answers["site_address"]
    audit.sites[0].latitude = answers["site_latitude"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=ANSWERS)
def test_random_answers_survive_the_round_trip(answers: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        laptop = open_database(tmp / "laptop.sqlite")
        build_demo(laptop, companies=1, seed=8)
        with laptop.transaction() as session:
            audit = session.scalars(select(Audit)).one()
            _apply(audit, answers)
            finalize_audit(session, audit, representative_name="Т. Тестов",
                           representative_position="Директор")
            audit_id = audit.id
        package = export_package(laptop, tmp / "p.xlsx").path
        ministry = open_database(tmp / "ministry.sqlite")
        (result,) = Consolidator(ministry).run([package])
        assert result.accepted, result.line("en")
        with laptop.session() as a, ministry.session() as b:
            source = load_full_audit(a, audit_id, with_files=True)
            target = load_full_audit(b, audit_id, with_files=True)
            assert source is not None and target is not None
            assert row_values(target) == row_values(source)
            assert row_values(target.products[0]) == row_values(source.products[0])
            assert row_values(target.sites[0]) == row_values(source.sites[0])
        laptop.close()
        ministry.close()
