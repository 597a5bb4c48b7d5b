"""Production capacity: lines per site, design capacity, last year's output and shifts."""

from __future__ import annotations

from auditor.db.models import Audit, ProductionLine
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, FieldType, Repeat, Section
from auditor.forms.sections.common import DAYS, HOURS, PER_YEAR, PERCENT, SHIFTS, TENGE

SECTION = Section(
    "capacity",
    Text("Өндірістік қуат", "Производственная мощность", "Production capacity"),
    Text(
        "Әр алаңның желілері: жобалық қуат, өткен жылғы нақты өндіріс, ауысым тәртібі.",
        "Линии каждой площадки: проектная мощность, фактический выпуск за прошлый год, "
        "режим смен.",
        "Lines of each site: design capacity, actual output last year, shift pattern.",
    ),
    [
        Repeat(
            Audit.production_lines,
            Text("Өндірістік желілер", "Производственные линии", "Production lines"),
            Text(
                "Әр желі немесе учаске бөлек; бір желі бір дәрілік түрді шығарады.",
                "Каждая линия или участок отдельно; одна линия — одна лекарственная форма.",
                "Each line or area separately; one line, one dosage form.",
            ),
            [
                Field(
                    ProductionLine.site_id,
                    Text("Алаң", "Площадка", "Site"),
                    Text(
                        "Желі орналасқан алаң; алаңдар «Компания және алаңдар» бөлімінде.",
                        "Площадка, где стоит линия; площадки — в разделе «Компания и "
                        "площадки».",
                        "The site the line stands at; sites are in 'Company & sites'.",
                    ),
                    type=FieldType.ROW_REF,
                    ref="sites",
                    required=True,
                ),
                Field(
                    ProductionLine.name,
                    Text("Желі атауы", "Название линии", "Line name"),
                    Text(
                        "Кәсіпорында қалай аталса: «Таблеткалау желісі №1».",
                        "Как линию называют на предприятии: «Линия таблетирования №1».",
                        "As the company calls it: 'Tableting line 1'.",
                    ),
                ),
                Field(
                    ProductionLine.dosage_form,
                    Text("Дәрілік түр", "Лекарственная форма", "Dosage form"),
                    Text(
                        "Желі шығаратын негізгі дәрілік түр немесе бұйым сыныбы.",
                        "Основная лекарственная форма или класс изделий, выпускаемых линией.",
                        "Main dosage form or device class the line makes.",
                    ),
                    choices="dosage_forms",
                    required=True,
                ),
                Field(
                    ProductionLine.unit,
                    Text("Өлшем бірлігі", "Единица измерения", "Unit"),
                    Text(
                        "Қуат пен өндіріс қалай саналады: таблетка, ампула, құтыша, кг.",
                        "В чём считаются мощность и выпуск: таблетки, ампулы, флаконы, кг.",
                        "What capacity and output are counted in: tablets, ampoules, vials, kg.",
                    ),
                    choices="units",
                    required=True,
                ),
                Field(
                    ProductionLine.design_capacity,
                    Text("Жобалық қуат", "Проектная мощность", "Design capacity"),
                    Text(
                        "Жылына, таңдалған бірлікпен; жобадан немесе жабдық паспортынан.",
                        "В год, в выбранной единице; из проекта или паспорта оборудования.",
                        "Per year, in the unit chosen; from the design or the equipment "
                        "passport.",
                    ),
                    unit=PER_YEAR,
                    required=True,
                    constraints=[
                        Constraint(
                            "value > 0",
                            Text(
                                "Жобалық қуат нөлден үлкен болуы керек.",
                                "Проектная мощность должна быть больше нуля.",
                                "Design capacity must be above zero.",
                            ),
                        )
                    ],
                ),
                Field(
                    ProductionLine.actual_output,
                    Text("Нақты өндіріс", "Фактический выпуск", "Actual output"),
                    Text(
                        "Өткен күнтізбелік жылы шығарылғаны, сол бірлікпен; тоқтап тұрса 0.",
                        "Выпущено за прошлый календарный год, в той же единице; простаивала — 0.",
                        "Made in the last calendar year, in the same unit; 0 if the line stood "
                        "idle.",
                    ),
                    unit=PER_YEAR,
                    required=True,
                    constraints=[
                        Constraint(
                            "value >= 0",
                            Text(
                                "Нақты өндіріс теріс болмауы керек.",
                                "Фактический выпуск не может быть отрицательным.",
                                "Actual output cannot be negative.",
                            ),
                        )
                    ],
                ),
                Field(
                    None,
                    Text("Қуатты пайдалану", "Загрузка мощности", "Utilization"),
                    Text(
                        "Нақты өндірістің жобалық қуатқа қатынасы; өзі есептеледі, енгізілмейді.",
                        "Фактический выпуск к проектной мощности; считается сам, не вводится.",
                        "Actual output over design capacity; derived, never typed.",
                    ),
                    name="utilization",
                    type=FieldType.CALCULATE,
                    calculate="100 * capacity_utilization(design_capacity, actual_output)",
                    unit=PERCENT,
                ),
                Field(
                    ProductionLine.output_value_kzt,
                    Text("Өндіріс құны", "Стоимость выпуска", "Output value"),
                    Text(
                        "Өткен жылғы өндірістің ҚҚС-сыз зауыттық бағамен құны.",
                        "Стоимость выпуска за прошлый год в отпускных ценах без НДС.",
                        "Value of last year's output at ex-works prices, VAT excluded.",
                    ),
                    unit=TENGE,
                ),
                Field(
                    ProductionLine.shifts_per_day,
                    Text("Тәулігіне ауысым", "Смен в сутки", "Shifts per day"),
                    Text(
                        "Өткен жылғы әдеттегі жұмыс кестесі бойынша.",
                        "По обычному графику работы в прошлом году.",
                        "As the line usually ran last year.",
                    ),
                    unit=SHIFTS,
                    required=True,
                    constraints=[
                        Constraint(
                            "1 <= value <= 4",
                            Text(
                                "Тәулігіне 1-ден 4-ке дейін ауысым.",
                                "От 1 до 4 смен в сутки.",
                                "From 1 to 4 shifts a day.",
                            ),
                        )
                    ],
                ),
                Field(
                    ProductionLine.hours_per_shift,
                    Text("Ауысым ұзақтығы", "Продолжительность смены", "Hours per shift"),
                    Text(
                        "Бір ауысымның сағаты, үзілістерді қоса: әдетте 8 немесе 12.",
                        "Часов в одной смене, включая перерывы: обычно 8 или 12.",
                        "Hours in one shift, breaks included: usually 8 or 12.",
                    ),
                    unit=HOURS,
                    constraints=[
                        Constraint(
                            "1 <= value <= 24",
                            Text(
                                "Ауысым 1-ден 24 сағатқа дейін.",
                                "Смена длится от 1 до 24 часов.",
                                "A shift lasts from 1 to 24 hours.",
                            ),
                        ),
                        Constraint(
                            "shifts_per_day == None or value * shifts_per_day <= 24",
                            Text(
                                "Тәулігіне ауысымдар жиыны 24 сағаттан аспайды.",
                                "Смены за сутки вместе не превышают 24 часов.",
                                "The shifts of one day cannot add up to more than 24 hours.",
                            ),
                        ),
                    ],
                ),
                Field(
                    ProductionLine.working_days,
                    Text("Жылдағы жұмыс күндері", "Рабочих дней в году", "Working days a year"),
                    Text(
                        "Өткен жылы желі жұмыс істеген күндер.",
                        "Дней, которые линия работала в прошлом году.",
                        "Days the line ran last year.",
                    ),
                    unit=DAYS,
                    constraints=[
                        Constraint(
                            "1 <= value <= 366",
                            Text(
                                "Жылына 1-ден 366 күнге дейін.",
                                "От 1 до 366 дней в году.",
                                "From 1 to 366 days a year.",
                            ),
                        )
                    ],
                ),
                Field(
                    ProductionLine.commissioned_year,
                    Text("Іске қосылған жылы", "Год ввода в эксплуатацию", "Year commissioned"),
                    Text(
                        "Пайдалануға беру актісі бойынша; жаңғыртылса — соңғы іске қосу.",
                        "По акту ввода в эксплуатацию; после модернизации — последний ввод.",
                        "From the commissioning certificate; after an upgrade, the latest one.",
                    ),
                    type=FieldType.YEAR,
                    constraints=[
                        Constraint(
                            "value <= year(coalesce(visit_end, visit_start, today()))",
                            Text(
                                "Іске қосылған жыл аудит жылынан кейін болмайды.",
                                "Год ввода не может быть позже года аудита.",
                                "The line cannot be commissioned after the year of the audit.",
                            ),
                        )
                    ],
                ),
            ],
            row_label="name",
            item_label=Text("желі", "линия", "line"),
            min_rows=1,
        ),
    ],
)
