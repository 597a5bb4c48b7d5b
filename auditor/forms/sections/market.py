"""Market & contracts: revenue, exports and long-term contracts with the Single Distributor."""

from __future__ import annotations

from auditor.db.models import Audit, SupplyContract
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, FieldType, Repeat, Section, Severity
from auditor.forms.sections.common import ITEMS, TENGE, UNITS_OF_ISSUE, YEARS

SECTION = Section(
    "market",
    Text("Нарық және шарттар", "Рынок и договоры", "Market & contracts"),
    Text(
        "Соңғы толық жылғы түсім мен экспорт, Бірыңғай дистрибьютормен ұзақ мерзімді шарттар.",
        "Выручка и экспорт за последний полный год, долгосрочные договоры с Единым дистрибьютором.",
        "Revenue and exports in the last full year; long-term contracts with the Single "
        "Distributor.",
    ),
    [
        Field(
            Audit.revenue_kzt,
            Text("Түсім", "Выручка", "Revenue"),
            Text(
                "Соңғы толық жылғы өнім сатудан түскен түсім, қаржылық есептіліктен.",
                "Выручка от реализации за последний полный год, из финансовой отчётности.",
                "Sales revenue in the last full year, from the financial statements.",
            ),
            unit=TENGE,
            required=True,
        ),
        Field(
            Audit.domestic_sales_kzt,
            Text("Ішкі нарықтағы сатылым", "Продажи на внутреннем рынке", "Domestic sales"),
            Text(
                "Қазақстанда сатылғаны, Бірыңғай дистрибьюторға қоса; бөлек сан болмаса — "
                "түсім минус экспорт.",
                "Продано в Казахстане, включая Единого дистрибьютора; если отдельной цифры "
                "нет — выручка минус экспорт.",
                "Sold in Kazakhstan, the Single Distributor included; without a separate "
                "figure, revenue minus exports.",
            ),
            unit=TENGE,
        ),
        Field(
            Audit.export_revenue_kzt,
            Text("Экспорттан түскен түсім", "Экспортная выручка", "Export revenue"),
            Text(
                "Соңғы толық жылы шетелге сатылғаны; экспорт болмаса 0 жазыңыз.",
                "Продажи за рубеж за последний полный год; если экспорта нет, укажите 0.",
                "Sales abroad in the last full year; enter 0 if there were none.",
            ),
            unit=TENGE,
            required=True,
        ),
        Field(
            Audit.export_countries,
            Text("Экспорт елдері", "Страны экспорта", "Export countries"),
            Text(
                "Өнім өткен жылы жеткізілген елдер; тізімде жоқ ел үшін — «Басқа ел».",
                "Страны, куда продукция поставлялась в прошлом году; нет в списке — "
                "«Другая страна».",
                "Countries the products went to last year; 'Other country' for one not listed.",
            ),
            type=FieldType.SELECT_MULTIPLE,
            choices="countries",
            relevant="export_revenue_kzt > 0",
            required=True,
            constraints=[
                Constraint(
                    "not selected(value, 'KZ')",
                    Text(
                        "Қазақстан экспорт елі бола алмайды: ішкі сатылым жоғарыда жазылады.",
                        "Казахстан не может быть страной экспорта: внутренние продажи "
                        "указываются выше.",
                        "Kazakhstan cannot be an export country: domestic sales go above.",
                    ),
                )
            ],
        ),
        Repeat(
            Audit.contracts,
            Text("Ұзақ мерзімді шарттар", "Долгосрочные договоры", "Long-term contracts"),
            Text(
                "Ұзақ мерзімді (10 жылға дейін) жеткізу шарттары, әдетте Бірыңғай "
                "дистрибьютормен. Әр шарт — бір жол.",
                "Долгосрочные (до 10 лет) договоры поставки, обычно с Единым дистрибьютором. "
                "Каждый договор — отдельная запись.",
                "Long-term (up to 10 years) off-take contracts, usually with the Single "
                "Distributor. One row per contract.",
            ),
            [
                Field(
                    SupplyContract.counterparty,
                    Text(
                        "Сатып алушы (контрагент)",
                        "Контрагент (покупатель)",
                        "Counterparty (buyer)",
                    ),
                    Text(
                        "Әдетте Бірыңғай дистрибьютор — «СК-Фармация» ЖШС; шарттағыдай жазыңыз.",
                        "Обычно Единый дистрибьютор — ТОО «СК-Фармация»; как в договоре.",
                        "Usually the Single Distributor, SK-Pharmacy LLP; as in the contract.",
                    ),
                ),
                Field(
                    SupplyContract.contract_number,
                    Text("Шарттың нөмірі", "Номер договора", "Contract number"),
                    Text(
                        "Шарттың бірінші бетіндегідей.",
                        "Как на первой странице договора.",
                        "As on the first page of the contract.",
                    ),
                    required=True,
                ),
                Field(
                    SupplyContract.signed_on,
                    Text("Қол қойылған күні", "Дата подписания", "Date signed"),
                    Text(
                        "Шартқа екі тарап қол қойған күн.",
                        "Дата подписания договора обеими сторонами.",
                        "The day both parties signed the contract.",
                    ),
                    required=True,
                    constraints=[
                        Constraint(
                            "value <= today()",
                            Text(
                                "Қол қою күні болашақта болмауы керек.",
                                "Дата подписания не может быть в будущем.",
                                "The signing date cannot be in the future.",
                            ),
                        )
                    ],
                ),
                Field(
                    SupplyContract.term_years,
                    Text("Шарттың мерзімі", "Срок договора", "Contract term"),
                    Text(
                        "Шарт бойынша жеткізу мерзімі, толық жылмен.",
                        "Срок поставки по договору, в полных годах.",
                        "Supply term of the contract, in whole years.",
                    ),
                    unit=YEARS,
                    required=True,
                    constraints=[
                        Constraint(
                            "value >= 1",
                            Text(
                                "Мерзім кемінде бір жыл болуы керек.",
                                "Срок должен быть не меньше одного года.",
                                "The term must be at least one year.",
                            ),
                        ),
                        Constraint(
                            "value <= 10",
                            Text(
                                "Ұзақ мерзімді шарттар әдетте 10 жылдан аспайды: мерзімді "
                                "тексеріңіз.",
                                "Долгосрочные договоры обычно не длиннее 10 лет: проверьте срок.",
                                "Long-term contracts usually run at most 10 years: check the term.",
                            ),
                            Severity.WARNING,
                        ),
                    ],
                ),
                Field(
                    SupplyContract.items_count,
                    Text("Атаулар саны", "Число позиций", "Items"),
                    Text(
                        "Шарт спецификациясындағы дәрілік заттар мен бұйымдар атауларының саны.",
                        "Число наименований лекарств и изделий в спецификации договора.",
                        "Number of medicines and devices in the contract's specification.",
                    ),
                    unit=ITEMS,
                    required=True,
                    constraints=[
                        Constraint(
                            "value >= 1",
                            Text(
                                "Шартта кемінде бір атау болуы керек.",
                                "В договоре должна быть хотя бы одна позиция.",
                                "A contract covers at least one item.",
                            ),
                        )
                    ],
                ),
                Field(
                    SupplyContract.volume_units,
                    Text("Жеткізу көлемі", "Объём поставки", "Supply volume"),
                    Text(
                        "Бүкіл мерзімге барлық атаулар бойынша жалпы саны, спецификациядағы "
                        "бірлікпен (қаптама, құтыша).",
                        "Общее количество по всем позициям за весь срок, в единицах "
                        "спецификации (упаковки, флаконы).",
                        "Total quantity of all items over the whole term, in the units of the "
                        "specification (packs, vials).",
                    ),
                    unit=UNITS_OF_ISSUE,
                    constraints=[
                        Constraint(
                            "value >= 0",
                            Text(
                                "Көлем теріс болмауы керек.",
                                "Объём не может быть отрицательным.",
                                "The volume cannot be negative.",
                            ),
                        )
                    ],
                ),
                Field(
                    SupplyContract.value_kzt,
                    Text("Шарттың сомасы", "Сумма договора", "Contract value"),
                    Text(
                        "Бүкіл мерзімге жалпы сома, шартта көрсетілгендей.",
                        "Общая сумма за весь срок, как указано в договоре.",
                        "Total value over the whole term, as stated in the contract.",
                    ),
                    unit=TENGE,
                    required=True,
                ),
            ],
            row_label="contract_number",
            item_label=Text("шарт", "договор", "contract"),
        ),
    ],
)
