"""The auditor's findings and recommendations, written from the records of the audit."""

from __future__ import annotations

from datetime import date

from auditor.db.models import Audit, GmpCertificate, Product, ProductionLine
from auditor.demo.draws import Draws
from auditor.demo.plans import Plan


def findings(
    draw: Draws, plan: Plan,
    audit: Audit,
    lines: list[ProductionLine],
    products: list[Product],
    certificates: list[GmpCertificate],
    visit: date,
) -> None:
    rng = draw.rng
    # Average over lines of each line's own utilization: their units differ.
    shares = [share for line in lines if (share := line.utilization) is not None]
    load = round(100 * sum(shares) / len(shares)) if shares else 0
    open_capa = sum(1 for d in audit.deficiencies if d.capa_status != "closed")
    oncology = sum(1 for p in products if p.is_oncology)
    cardio = sum(1 for p in products if p.is_cardiovascular)
    formulary = sum(1 for p in products if p.on_national_formulary)
    valid = [c.valid_until for c in certificates
             if c.doc_type == "certificate" and c.valid_until and c.valid_until >= visit]
    lapsed = [c.valid_until for c in certificates
              if c.doc_type == "certificate" and c.valid_until and c.valid_until < visit]
    slack = min(lines, key=lambda line: line.utilization or 1.0).name if lines else ""

    if rng.random() < 0.2:
        # About one audit in five is written up in Kazakh.
        parts = [f"Өндірістік қуаттардың орташа жүктемесі — {load}%."]
        if valid:
            parts.append(f"GMP сертификаты {max(valid):%d.%m.%Y} дейін жарамды.")
        elif lapsed:
            parts.append(f"GMP сертификатының қолданылу мерзімі {max(lapsed):%d.%m.%Y} "
                         "аяқталған.")
        else:
            parts.append("Кәсіпорында жарамды GMP сертификаты жоқ.")
        if open_capa:
            parts.append(f"Инспекция ескертулері бойынша {open_capa} түзету әрекеті (CAPA) "
                         "аяқталмаған.")
        parts.append(f"Портфельде {len(products)} тіркелген өнім, оның ішінде "
                     f"онкологиялық — {oncology}, жүрек-қантамыр — {cardio}.")
        advice = ["«СК-Фармация» ЖШС-мен ұзақ мерзімді шарт жасасу мүмкіндігін қарастыру.",
                  f"«{slack}» желісінде екінші ауысым енгізу арқылы жүктемені арттыру.",
                  "Белсенді фармацевтикалық субстанцияларды жергілікті өндіруді дамыту.",
                  "Сапа қызметінің бос орындарын толтыру."]
        if plan.gmp != "valid":
            advice.insert(0, "GMP инспекциясына өтінім беру.")
    else:
        parts = [f"Средняя загрузка производственных мощностей — {load}%."]
        if load < 60:
            parts.append("Резерв мощностей позволяет нарастить выпуск без капитальных "
                         "вложений.")
        if valid:
            parts.append(f"Сертификат GMP действует до {max(valid):%d.%m.%Y}.")
        elif lapsed:
            parts.append(f"Срок действия сертификата GMP истёк {max(lapsed):%d.%m.%Y}; "
                         "повторная инспекция не проводилась.")
        elif plan.gmp == "non_compliant":
            parts.append("По итогам инспекции производство признано не соответствующим "
                         "требованиям GMP.")
        else:
            parts.append("Действующего сертификата GMP нет.")
        if open_capa:
            parts.append(f"По замечаниям инспекций не закрыто {open_capa} CAPA.")
        parts.append(f"В портфеле {len(products)} зарегистрированных наименований, "
                     f"из них онкологических — {oncology}, сердечно-сосудистых — {cardio}; "
                     f"в КНФ включено {formulary}.")
        advice = ["Рассмотреть заключение долгосрочного договора с ТОО «СК-Фармация» "
                  "на позиции из КНФ.",
                  f"Ввести вторую смену на линии «{slack}» для увеличения загрузки.",
                  "Проработать локализацию производства субстанций совместно с партнёром.",
                  "Расширить портфель онкологических и сердечно-сосудистых препаратов.",
                  "Заполнить вакансии службы качества (QA/QC).",
                  "Проработать выход на рынки Центральной Азии при поддержке QazTrade."]
        if plan.gmp != "valid":
            advice.insert(0, "Подать заявку на инспекцию на соответствие правилам GMP ЕАЭС.")
    audit.findings = " ".join(parts)
    keep = advice[:1] + rng.sample(advice[1:], rng.randint(1, 2))
    audit.recommendations = "\n".join(f"{n}. {text}" for n, text in enumerate(keep, 1))
