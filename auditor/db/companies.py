"""Companies: created once per BIN, found by it, deleted only while no audit rests on them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from auditor.db.audits import AuditRuleError
from auditor.db.database import Database
from auditor.db.models import Audit, Company, company_name_in
from auditor.domain.bin import is_demo_bin, real_bin_problem
from auditor.domain.text import Text

# No plural forms: "audits: 2" reads right in all three languages for any number.
MSG_HAS_AUDITS = Text(
    kk="{company} жойылмайды: оның аудиттері бар (саны: {n}). Тек аудиті жоқ, қателесіп "
    "жасалған компанияны жоюға болады; аудиттер сақталады.",
    ru="{company} нельзя удалить: у компании есть аудиты (всего: {n}). Удалить можно только "
    "компанию без аудитов, созданную по ошибке; аудиты сохраняются.",
    en="{company} cannot be deleted: it has audits (count: {n}). Only a company without "
    "audits, one created by mistake, can be deleted; audits are kept.",
)


@dataclass(frozen=True)
class CompanyFound:
    id: uuid.UUID
    bin: str
    name_kk: str | None
    name_ru: str | None

    def name_in(self, lang: str) -> str:
        return company_name_in(lang, self.name_kk, self.name_ru, self.bin)


def find_company_by_bin(database: Database, bin_: str) -> CompanyFound | None:
    with database.session() as session:
        found = session.execute(
            select(Company.id, Company.bin, Company.name_kk, Company.name_ru)
            .where(Company.bin == bin_)
        ).first()
    return CompanyFound(*found) if found is not None else None


@dataclass(frozen=True)
class NewCompany:
    bin: str
    name_kk: str | None
    name_ru: str | None
    region_code: str
    legal_form: str | None
    address: str | None


def create_company(session: Session, new: NewCompany) -> uuid.UUID:
    """A company entered by hand: a real one, so never with a BIN of the demo range (its data
    would be taken for demo data, and removed with it)."""
    if is_demo_bin(new.bin):
        reason = real_bin_problem(new.bin)
        assert reason is not None
        raise AuditRuleError(reason)
    company = Company(bin=new.bin, name_kk=new.name_kk, name_ru=new.name_ru,
                      region_code=new.region_code, legal_form=new.legal_form,
                      address=new.address)
    session.add(company)
    session.flush()
    return company.id


def company_audit_count(session: Session, company_id: uuid.UUID) -> int:
    return session.scalar(
        select(func.count()).select_from(Audit).where(Audit.company_id == company_id)
    ) or 0


def delete_company(session: Session, company_id: uuid.UUID) -> None:
    """Delete a company created by mistake: one that has no audit.

    One with audits (drafts too) is refused with :class:`AuditRuleError`, never emptied; the
    database refuses it as well (the audit's foreign key is RESTRICT). The deleted record, all
    its values, goes into the audit trail like any other. A company already gone is what was
    asked: nothing happens.
    """
    company = session.get(Company, company_id)
    if company is None:
        return
    count = company_audit_count(session, company_id)
    if count:
        raise AuditRuleError(MSG_HAS_AUDITS.format(company=company.names, n=count))
    session.delete(company)
    session.flush()
