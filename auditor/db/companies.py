"""Companies: created once per BIN, found by it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.database import Database
from auditor.db.models import Company, company_name_in


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
    company = Company(bin=new.bin, name_kk=new.name_kk, name_ru=new.name_ru,
                      region_code=new.region_code, legal_form=new.legal_form,
                      address=new.address)
    session.add(company)
    session.flush()
    return company.id
