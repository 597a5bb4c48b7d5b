"""The shipped questionnaire: the sections in the order an audit walks them."""

from __future__ import annotations

from auditor.db.models import Audit
from auditor.forms.engine import Issue, validate_audit
from auditor.forms.fields import Form
from auditor.forms.rules import RULES
from auditor.forms.sections import (
    barriers,
    capacity,
    company,
    development,
    findings,
    gmp,
    market,
    products,
    workforce,
)
from auditor.forms.version import FORM_VERSION

FORM = Form(
    FORM_VERSION,
    [
        company.SECTION,
        gmp.SECTION,
        capacity.SECTION,
        products.SECTION,
        market.SECTION,
        workforce.SECTION,
        development.SECTION,
        barriers.SECTION,
        findings.SECTION,
    ],
)


def validate(audit: Audit) -> list[Issue]:
    """Every issue of ``audit`` under the shipped questionnaire and rules."""
    return validate_audit(FORM, audit, RULES)
