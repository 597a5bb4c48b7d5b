"""Rules across fields: what no single answer can tell, but two answers together can.

Each rule names the field it points at, so the editor can jump there and the report can say
which row of which table is concerned.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

from sqlalchemy import inspect as sa_inspect

from auditor.db.models import Audit
from auditor.domain import files
from auditor.domain.atc import (
    atc_name,
    atc_problem,
    describe_atc,
    nearest_atc_group,
    normalize_atc,
)
from auditor.domain.text import Text
from auditor.forms.engine import Finding, Rule
from auditor.forms.fields import Severity

# Output above design capacity by more than this share is worth a look (shift overtime,
# an outdated design figure, or a typing slip).
OVER_CAPACITY_TOLERANCE = 0.10


def reference_date(audit: Audit) -> date:
    """The day the audit speaks for: the end of the visit, else its start, else today."""
    return audit.visit_end or audit.visit_start or date.today()


def _certificate_after_inspection(audit: Audit) -> Iterator[Finding]:
    for cert in audit.certificates:
        if cert.inspection_date and cert.issued_on and cert.issued_on < cert.inspection_date:
            yield Finding("gmp_certificate.issued_on", cert)


def _certificate_expires_after_issue(audit: Audit) -> Iterator[Finding]:
    for cert in audit.certificates:
        if cert.issued_on and cert.valid_until and cert.valid_until <= cert.issued_on:
            yield Finding("gmp_certificate.valid_until", cert)


def _valid_status_with_expired_certificate(audit: Audit) -> Iterator[Finding]:
    # An old certificate that has since been renewed is no contradiction: what matters is
    # whether the most recent certificate still runs on the day of the audit.
    if audit.gmp_status != "valid":
        return
    certificates = [
        c for c in audit.certificates if c.doc_type == "certificate" and c.valid_until
    ]
    if not certificates:
        return
    latest = max(certificates, key=lambda c: c.valid_until or date.min)
    day = reference_date(audit)
    if latest.valid_until is not None and latest.valid_until < day:
        yield Finding(
            "audit.gmp_status",
            params={"number": latest.number, "until": latest.valid_until.strftime("%d.%m.%Y")},
        )


def _output_above_capacity(audit: Audit) -> Iterator[Finding]:
    for line in audit.production_lines:
        utilization = line.utilization
        if utilization is not None and utilization > 1 + OVER_CAPACITY_TOLERANCE:
            yield Finding(
                "production_line.actual_output",
                line,
                {"percent": round(100 * utilization)},
            )


def _open_critical_with_compliant(audit: Audit) -> Iterator[Finding]:
    for inspection in audit.inspections:
        if inspection.conclusion != "compliant":
            continue
        for deficiency in inspection.deficiencies:
            if deficiency.deficiency_class == "critical" and deficiency.capa_status != "closed":
                yield Finding("inspection.conclusion", inspection)
                break


def _flag_outside_group(audit: Audit, flag: str, group: str) -> Iterator[Finding]:
    for product in audit.products:
        code = normalize_atc(product.atc_code or "")
        if getattr(product, flag) and code and not code.startswith(group):
            yield Finding("product.atc_code", product, {"code": describe_atc(code)})


def _oncology_outside_l(audit: Audit) -> Iterator[Finding]:
    return _flag_outside_group(audit, "is_oncology", "L")


def _cardiovascular_outside_c(audit: Audit) -> Iterator[Finding]:
    return _flag_outside_group(audit, "is_cardiovascular", "C")


def _atc_not_in_index(audit: Audit) -> Iterator[Finding]:
    # A warning, not an error: the index the application ships may lack a code that is right
    # (a new medicine, a code added this year), and an auditor must never be blocked by that.
    # A code that is not even well formed is an error of its own (the field's type check).
    for product in audit.products:
        code = normalize_atc(product.atc_code or "")
        if code and atc_problem(code) is None and atc_name(code) is None:
            group = nearest_atc_group(code)
            assert group is not None  # a well-formed code has a main group the index holds
            yield Finding("product.atc_code", product,
                          {"code": code, "group": describe_atc(group)})


def _investment_years(audit: Audit) -> Iterator[Finding]:
    for project in audit.investments:
        if project.start_year and project.finish_year and project.finish_year < project.start_year:
            yield Finding("investment_project.finish_year", project)


def _staff_not_above_total(audit: Audit) -> Iterator[Finding]:
    if audit.staff_total is None:
        return
    for name in ("staff_qa_qc", "qualified_persons", "rd_staff"):
        part = getattr(audit, name)
        if isinstance(part, int) and isinstance(audit.staff_total, int) and (
            part > audit.staff_total
        ):
            yield Finding(f"audit.{name}", params={"total": audit.staff_total})


def _visit_dates(audit: Audit) -> Iterator[Finding]:
    if audit.visit_start and audit.visit_end and audit.visit_end < audit.visit_start:
        yield Finding("audit.visit_end")


def _visit_in_the_future(audit: Audit) -> Iterator[Finding]:
    # The audit records a visit that took place: a later day is a slip of the year or month.
    today = date.today()
    for name in ("visit_start", "visit_end"):
        day = getattr(audit, name)
        if day is not None and day > today:
            yield Finding(f"audit.{name}", params={"today": today.strftime("%d.%m.%Y")})


def _same_product_twice(audit: Audit) -> Iterator[Finding]:
    # A registered product is its trade name, dosage form and strength: listed twice, its
    # volume and its localization count twice in every national figure.
    seen: dict[tuple[object, ...], int] = {}
    for number, product in enumerate(audit.products, start=1):
        if not (product.trade_name or "").strip():
            continue
        key = (_plain(product.trade_name), product.dosage_form, _plain(product.strength))
        if key in seen:
            yield Finding("product.trade_name", product, {"row": seen[key]})
        else:
            seen[key] = number


def _same_certificate_twice(audit: Audit) -> Iterator[Finding]:
    seen: dict[tuple[object, ...], int] = {}
    for number, certificate in enumerate(audit.certificates, start=1):
        if not (certificate.number or "").strip():
            continue
        key = (certificate.doc_type, _plain(certificate.number))
        if key in seen:
            yield Finding("gmp_certificate.number", certificate, {"row": seen[key]})
        else:
            seen[key] = number


def _plain(text: str | None) -> str:
    """Text as two rows are compared: case, spacing and surrounding blanks aside."""
    return " ".join((text or "").split()).casefold()


def _inspection_dates(audit: Audit) -> Iterator[Finding]:
    for inspection in audit.inspections:
        if (
            inspection.date_start
            and inspection.date_end
            and inspection.date_end < inspection.date_start
        ):
            yield Finding("inspection.date_end", inspection)


def _sales_within_revenue(audit: Audit) -> Iterator[Finding]:
    revenue = audit.revenue_kzt
    parts = [v for v in (audit.domestic_sales_kzt, audit.export_revenue_kzt) if v is not None]
    if revenue is not None and parts and sum(parts) > revenue * 1.01:
        yield Finding("audit.revenue_kzt")


# A part of the revenue this many times smaller than the whole was most likely typed in another
# unit (millions or thousands of tenge): 12 for 12 million.
OUT_OF_SCALE = 1_000


def _sales_out_of_scale(audit: Audit) -> Iterator[Finding]:
    revenue = audit.revenue_kzt
    if not isinstance(revenue, int) or revenue <= 0:
        return
    for name in ("domestic_sales_kzt", "export_revenue_kzt"):
        part = getattr(audit, name)
        if isinstance(part, int) and part > 0 and part * OUT_OF_SCALE <= revenue:
            yield Finding(f"audit.{name}",
                          params={"amount": _grouped(part), "revenue": _grouped(revenue)})


def _grouped(amount: int) -> str:
    """An amount of tenge with its thousands apart, as every language of the app writes it."""
    return f"{amount:,}".replace(",", "\u00a0")


def _attachment_is_what_it_says(audit: Audit) -> Iterator[Finding]:
    """Each file is a document or image by its content and its name, under its clean name,
    with the size and SHA-256 its record declares (an imported package could say otherwise).
    Files whose bytes are not loaded are checked where they are (finalizing, import, export)."""
    for attachment in audit.attachments:
        if "content" in sa_inspect(attachment).unloaded:
            continue
        content: bytes = attachment.content or b""
        name = attachment.file_name or ""
        file_type = files.identify(content, name)
        if name != files.clean_file_name(name) or file_type is None or (
            file_type.media_type != attachment.media_type
            or len(content) != attachment.size_bytes
            or hashlib.sha256(content).hexdigest() != attachment.sha256
        ):
            yield Finding("attachment.file_name", attachment, {"name": name})


RULES: tuple[Rule, ...] = (
    Rule(
        "certificate_after_inspection",
        Severity.ERROR,
        Text(
            "Сертификат өзі негізделген инспекциядан бұрын берілмейді.",
            "Сертификат не может быть выдан раньше инспекции, на которой он основан.",
            "A certificate cannot be issued before the inspection it rests on.",
        ),
        _certificate_after_inspection,
    ),
    Rule(
        "certificate_expiry_after_issue",
        Severity.ERROR,
        Text(
            "Қолданылу мерзімі берілген күннен кейін аяқталуы керек.",
            "Срок действия должен заканчиваться после даты выдачи.",
            "The certificate must expire after it was issued.",
        ),
        _certificate_expires_after_issue,
    ),
    Rule(
        "valid_status_expired_certificate",
        Severity.ERROR,
        Text(
            "GMP мәртебесі «жарамды», бірақ соңғы сертификаттың ({number}) мерзімі {until} "
            "аяқталған.",
            "Статус GMP «действует», но срок последнего сертификата ({number}) истёк {until}.",
            "GMP status says valid, but the latest certificate ({number}) expired on {until}.",
        ),
        _valid_status_with_expired_certificate,
    ),
    Rule(
        "output_above_capacity",
        Severity.WARNING,
        Text(
            "Нақты өндіріс жобалық қуаттың {percent}% құрайды: деректерді тексеріңіз.",
            "Фактический выпуск составляет {percent}% проектной мощности: проверьте данные.",
            "Actual output is {percent}% of design capacity: please check the figures.",
        ),
        _output_above_capacity,
    ),
    Rule(
        "open_critical_with_compliant",
        Severity.ERROR,
        Text(
            "Сыни сәйкессіздік жабылмаған кезде қорытынды «сәйкес» бола алмайды.",
            "Заключение «соответствует» невозможно при незакрытом критическом несоответствии.",
            "The conclusion cannot be 'compliant' while a critical deficiency is open.",
        ),
        _open_critical_with_compliant,
    ),
    Rule(
        "oncology_outside_l",
        Severity.WARNING,
        Text(
            "Онкологиялық препарат, бірақ АТХ коды {code} L тобында емес.",
            "Препарат отмечен как онкологический, но код АТХ {code} не из группы L.",
            "Marked as oncology, but ATC code {code} is not in group L.",
        ),
        _oncology_outside_l,
    ),
    Rule(
        "cardiovascular_outside_c",
        Severity.WARNING,
        Text(
            "Жүрек-қантамыр препараты, бірақ АТХ коды {code} C тобында емес.",
            "Препарат отмечен как сердечно-сосудистый, но код АТХ {code} не из группы C.",
            "Marked as cardiovascular, but ATC code {code} is not in group C.",
        ),
        _cardiovascular_outside_c,
    ),
    Rule(
        "atc_not_in_index",
        Severity.WARNING,
        Text(
            "{code} АТХ коды қосымшаның АТХ анықтамалығында жоқ; ондағы ең жақын топ: {group}. "
            "Кодты нұсқаулықпен немесе Мемлекеттік тізіліммен салыстырыңыз; код дұрыс болса, "
            "өзгертпеңіз.",
            "Кода АТХ {code} нет в справочнике АТХ приложения; ближайшая группа в нём: {group}. "
            "Сверьте код с инструкцией или Государственным реестром; если код верен, "
            "оставьте его.",
            "ATC code {code} is not in the application's ATC index; its nearest group there is "
            "{group}. Check the code against the leaflet or the State Register; if it is right, "
            "leave it as it is.",
        ),
        _atc_not_in_index,
    ),
    Rule(
        "investment_finish_before_start",
        Severity.ERROR,
        Text(
            "Аяқталу жылы басталу жылынан ерте болмауы керек.",
            "Год завершения не может быть раньше года начала.",
            "The finish year cannot be before the start year.",
        ),
        _investment_years,
    ),
    Rule(
        "staff_above_total",
        Severity.ERROR,
        Text(
            "Бұл қызметкерлер саны жалпы саннан ({total}) аспауы керек.",
            "Это число сотрудников не может превышать общую численность ({total}).",
            "This number of staff cannot exceed the total headcount ({total}).",
        ),
        _staff_not_above_total,
    ),
    Rule(
        "visit_end_before_start",
        Severity.ERROR,
        Text(
            "Сапардың аяқталуы басталуынан ерте болмауы керек.",
            "Окончание визита не может быть раньше его начала.",
            "The visit cannot end before it starts.",
        ),
        _visit_dates,
    ),
    Rule(
        "visit_in_the_future",
        Severity.ERROR,
        Text(
            "Сапар күні болашақта болмауы керек (бүгін {today}): жылы мен айын тексеріңіз.",
            "Дата визита не может быть в будущем (сегодня {today}): проверьте год и месяц.",
            "The visit cannot be in the future (today is {today}): check the year and month.",
        ),
        _visit_in_the_future,
    ),
    Rule(
        "same_product_twice",
        Severity.WARNING,
        Text(
            "Бұл өнім {row}-жолда бар (атауы, дәрілік түрі, дозасы бірдей): біреуін жойыңыз "
            "немесе айырмашылығын көрсетіңіз.",
            "Этот продукт уже есть в строке {row} (то же название, форма и дозировка): "
            "удалите одну строку или укажите, чем они отличаются.",
            "This product is already in row {row} (same name, dosage form and strength): "
            "remove one or show how they differ.",
        ),
        _same_product_twice,
    ),
    Rule(
        "same_certificate_twice",
        Severity.WARNING,
        Text(
            "Осы нөмірлі құжат {row}-жолда бар: біреуін жойыңыз.",
            "Документ с этим номером уже есть в строке {row}: удалите одну строку.",
            "A document with this number is already in row {row}: remove one.",
        ),
        _same_certificate_twice,
    ),
    Rule(
        "inspection_end_before_start",
        Severity.ERROR,
        Text(
            "Инспекцияның аяқталуы басталуынан ерте болмауы керек.",
            "Окончание инспекции не может быть раньше её начала.",
            "The inspection cannot end before it starts.",
        ),
        _inspection_dates,
    ),
    Rule(
        "sales_above_revenue",
        Severity.WARNING,
        Text(
            "Ішкі сату мен экспорттың қосындысы жалпы түсімнен асады.",
            "Сумма внутренних продаж и экспорта превышает общую выручку.",
            "Domestic sales and export together exceed total revenue.",
        ),
        _sales_within_revenue,
    ),
    Rule(
        "sales_out_of_scale",
        Severity.WARNING,
        Text(
            "{amount} теңге — жалпы түсімнің ({revenue} теңге) мыңнан бірінен аз: миллионмен "
            "не мыңмен жазылған жоқ па? Сомалар теңгемен енгізіледі.",
            "{amount} тенге — не больше тысячной доли выручки ({revenue} тенге): не записано "
            "ли в миллионах или тысячах? Суммы вводятся в тенге.",
            "{amount} KZT is a thousandth of the revenue ({revenue} KZT) or less: was it "
            "typed in millions or thousands? Amounts are entered in tenge.",
        ),
        _sales_out_of_scale,
    ),
    Rule(
        "attachment_not_as_declared",
        Severity.ERROR,
        Text(
            "«{name}» файлы тіркелмейді: оның түрі рұқсат етілмеген, атауында жасырын "
            "таңбалар бар, не мазмұны, көлемі немесе SHA-256 жазбасына сәйкес келмейді.",
            "Файл «{name}» не принимается: его тип не разрешён, в имени скрытые символы, или "
            "содержимое, размер либо SHA-256 не совпадают с записью о нём.",
            "File “{name}” is not accepted: its type is not allowed, its name has hidden "
            "characters, or its content, size or SHA-256 differ from its record.",
        ),
        _attachment_is_what_it_says,
    ),
)
