"""Companies: created once per BIN, found by it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from auditor.db.database import Database
from auditor.db.models import Company


@dataclass(frozen=True)
class CompanyFound:
    id: uuid.UUID
    name_kk: str | None
    name_ru: str | None

    def name(self, lang: str) -> str | None:
        return (self.name_kk or self.name_ru) if lang == "kk" else (self.name_ru or self.name_kk)


def find_company_by_bin(database: Database, bin_: str) -> CompanyFound | None:
    with database.session() as session:
        found = session.execute(
            select(Company.id, Company.name_kk, Company.name_ru).where(Company.bin == bin_)
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
