"""Barriers & support: what holds the producer back, and the state support it asked for."""

from __future__ import annotations

from auditor.db.models import Audit, Barrier, SupportRequest
from auditor.domain.text import Text
from auditor.forms.fields import Field, Repeat, Section
from auditor.forms.sections.common import TENGE

SECTION = Section(
    "barriers",
    Text("Кедергілер және қолдау", "Барьеры и поддержка", "Barriers & support"),
    Text(
        "Кәсіпорын атаған даму кедергілері және сұралған не алынған мемлекеттік қолдау.",
        "Барьеры, названные предприятием, и запрошенная или полученная господдержка.",
        "Barriers the company names, and the state support it asked for or received.",
    ),
    [
        Repeat(
            Audit.barriers,
            Text("Кедергілер", "Барьеры", "Barriers"),
            Text(
                "Кәсіпорын басшылығы атаған әр кедергі — бір жол.",
                "Каждый барьер, названный руководством, — отдельная запись.",
                "One row for each barrier the management names.",
            ),
            [
                Field(
                    Barrier.barrier_code,
                    Text("Кедергі", "Барьер", "Barrier"),
                    Text(
                        "Тізімнен ең жақынын таңдаңыз; ештеңе сәйкес келмесе — «Басқа».",
                        "Выберите ближайший из списка; если ничего не подходит — «Другое».",
                        "Choose the closest from the list; 'Other' if none fits.",
                    ),
                    choices="barriers",
                ),
                Field(
                    Barrier.severity,
                    Text("Маңыздылығы", "Значимость", "Severity"),
                    Text(
                        "Жоғары — өндірісті не жобаны тежейді; төмен — тек қолайсыздық.",
                        "Высокая — сдерживает выпуск или проект; низкая — лишь неудобство.",
                        "High: holds back output or a project; low: only a nuisance.",
                    ),
                    choices="severities",
                    required=True,
                ),
                Field(
                    Barrier.description,
                    Text("Сипаттама", "Описание", "Description"),
                    Text(
                        "Нақты не кедергі келтіреді, мысалмен не сомамен; «Басқа» үшін міндетті.",
                        "Что конкретно мешает, с примером или суммой; для «Другое» обязательно.",
                        "What exactly gets in the way, with an example or amount; needed for "
                        "'Other'.",
                    ),
                    required="barrier_code == 'other'",
                ),
            ],
            row_label="barrier_code",
            item_label=Text("кедергі", "барьер", "barrier"),
        ),
        Repeat(
            Audit.support_requests,
            Text("Мемлекеттік қолдау", "Государственная поддержка", "State support"),
            Text(
                "Сұралған, алынған не жоспарланған қолдау шаралары; әр шара — бір жол.",
                "Запрошенные, полученные или планируемые меры поддержки; каждая мера — "
                "отдельная запись.",
                "Support measures requested, received or planned; one row per measure.",
            ),
            [
                Field(
                    SupportRequest.measure_code,
                    Text("Қолдау шарасы", "Мера поддержки", "Support measure"),
                    Text(
                        "Тізімнен таңдаңыз; ештеңе сәйкес келмесе — «Басқа».",
                        "Выберите из списка; если ничего не подходит — «Другое».",
                        "Choose from the list; 'Other' if none fits.",
                    ),
                    choices="support_measures",
                ),
                Field(
                    SupportRequest.status,
                    Text("Мәртебесі", "Статус", "Status"),
                    Text(
                        "Өтінім, шешім не шарт бойынша аудит күнгі жағдай.",
                        "Состояние на день аудита по заявке, решению или договору.",
                        "Where it stands on the day of the audit, by application or decision.",
                    ),
                    choices="support_statuses",
                    required=True,
                ),
                Field(
                    SupportRequest.amount_kzt,
                    Text("Сомасы", "Сумма", "Amount"),
                    Text(
                        "Несие, субсидия не жеңілдік сомасы; қаржылық емес шара үшін бос "
                        "қалдырыңыз.",
                        "Сумма кредита, субсидии или льготы; для нефинансовой меры оставьте "
                        "пустым.",
                        "Amount of the loan, subsidy or relief; leave empty for a non-financial "
                        "measure.",
                    ),
                    unit=TENGE,
                ),
                Field(
                    SupportRequest.description,
                    Text("Сипаттама", "Описание", "Description"),
                    Text(
                        "Қандай қолдау, қай ұйымнан, не үшін; «Басқа» үшін міндетті.",
                        "Какая поддержка, от какой организации, на что; для «Другое» обязательно.",
                        "What support, from which body, for what; needed for 'Other'.",
                    ),
                    required="measure_code == 'other'",
                ),
            ],
            row_label="measure_code",
            item_label=Text("қолдау шарасы", "мера поддержки", "support measure"),
        ),
    ],
)
