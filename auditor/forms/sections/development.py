"""Development potential: investment projects, partners, planned new dosage forms."""

from __future__ import annotations

from auditor.db.models import Audit, InvestmentProject, Partnership
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, FieldType, Repeat, Section, Severity
from auditor.forms.sections.common import ITEMS, PEOPLE, PER_YEAR, TENGE

SECTION = Section(
    "development",
    Text("Даму әлеуеті", "Потенциал развития", "Development potential"),
    Text(
        "Инвестициялық жобалар, локализация әріптестері, технологиялар трансфері және "
        "жоспарланған жаңа дәрілік түрлер.",
        "Инвестиционные проекты, партнёры по локализации, трансфер технологий и планируемые "
        "новые лекарственные формы.",
        "Investment projects, localization partners, technology transfer and planned new "
        "dosage forms.",
    ),
    [
        Repeat(
            Audit.investments,
            Text("Инвестициялық жобалар", "Инвестиционные проекты", "Investment projects"),
            Text(
                "Соңғы бес жылда аяқталған, жүріп жатқан және жоспарланған жобалар; әр жоба — "
                "бір жол.",
                "Завершённые за последние пять лет, идущие и планируемые проекты; каждый "
                "проект — отдельная запись.",
                "Projects completed in the last five years, under way or planned; one row per "
                "project.",
            ),
            [
                Field(
                    InvestmentProject.name,
                    Text("Жобаның атауы", "Название проекта", "Project name"),
                    Text(
                        "Бизнес-жоспардағы немесе инвестициялық келісімдегідей.",
                        "Как в бизнес-плане или инвестиционном соглашении.",
                        "As in the business plan or the investment agreement.",
                    ),
                ),
                Field(
                    InvestmentProject.project_type,
                    Text("Жобаның түрі", "Тип проекта", "Project type"),
                    Text(
                        "Жобаның негізгі мақсаты бойынша таңдаңыз.",
                        "Выберите по главной цели проекта.",
                        "Choose by the project's main purpose.",
                    ),
                    choices="investment_types",
                    required=True,
                ),
                Field(
                    InvestmentProject.status,
                    Text("Жобаның мәртебесі", "Статус проекта", "Project status"),
                    Text(
                        "Аудит күнгі жағдай.",
                        "Состояние на день аудита.",
                        "Where the project stands on the day of the audit.",
                    ),
                    choices="investment_statuses",
                    required=True,
                ),
                Field(
                    InvestmentProject.capex_kzt,
                    Text("Күрделі салымдар", "Капитальные вложения", "Capital expenditure"),
                    Text(
                        "Жобаның толық құны; аяқталмаған жоба үшін — жоспарлы сома.",
                        "Полная стоимость проекта; для незавершённого — плановая сумма.",
                        "Total cost of the project; the planned amount if it is not finished.",
                    ),
                    unit=TENGE,
                    required=True,
                ),
                Field(
                    InvestmentProject.funding_source,
                    Text("Қаржыландыру көзі", "Источник финансирования", "Funding source"),
                    Text(
                        "Негізгі көз; бірнеше көз тең болса — «Аралас қаржыландыру».",
                        "Основной источник; если их несколько на равных — «Смешанное "
                        "финансирование».",
                        "The main source; if several weigh the same, choose 'Mixed'.",
                    ),
                    choices="funding_sources",
                ),
                Field(
                    InvestmentProject.start_year,
                    Text("Басталу жылы", "Год начала", "Start year"),
                    Text(
                        "Құрылыс немесе жабдық сатып алу басталған (не басталатын) жыл.",
                        "Год начала строительства или закупки оборудования (или плановый).",
                        "Year construction or equipment purchase began (or is to begin).",
                    ),
                    type=FieldType.YEAR,
                    required=True,
                    constraints=[
                        Constraint(
                            "status not in ('in_progress', 'completed') or value <= year(today())",
                            Text(
                                "Жүріп жатқан немесе аяқталған жоба болашақта басталмайды: "
                                "жылды немесе мәртебені тексеріңіз.",
                                "Идущий или завершённый проект не может начаться в будущем: "
                                "проверьте год или статус.",
                                "A project under way or completed cannot start in the future: "
                                "check the year or the status.",
                            ),
                            Severity.WARNING,
                        )
                    ],
                ),
                Field(
                    InvestmentProject.finish_year,
                    Text("Аяқталу жылы", "Год завершения", "Finish year"),
                    Text(
                        "Іске қосу жылы; аяқталмаған жоба үшін — жоспар бойынша.",
                        "Год ввода в эксплуатацию; для незавершённого — по плану.",
                        "Year of commissioning; the planned year if not finished.",
                    ),
                    type=FieldType.YEAR,
                    required="status == 'completed'",
                    constraints=[
                        Constraint(
                            "status != 'completed' or value <= year(today())",
                            Text(
                                "Аяқталған жобаның аяқталу жылы болашақта болмайды.",
                                "У завершённого проекта год завершения не может быть в будущем.",
                                "A completed project cannot finish in the future.",
                            ),
                            Severity.WARNING,
                        )
                    ],
                ),
                Field(
                    InvestmentProject.added_capacity,
                    Text("Қосылатын қуат", "Прирост мощности", "Added capacity"),
                    Text(
                        "Жоба қосатын жобалық қуат, төменде таңдалған бірлікпен; қуат "
                        "қоспаса бос қалдырыңыз.",
                        "Проектная мощность, которую добавит проект, в единицах ниже; если не "
                        "добавляет — оставьте пустым.",
                        "Design capacity the project adds, in the unit chosen below; leave "
                        "empty if it adds none.",
                    ),
                    unit=PER_YEAR,
                    constraints=[
                        Constraint(
                            "value >= 0",
                            Text(
                                "Қуат теріс болмауы керек.",
                                "Мощность не может быть отрицательной.",
                                "Capacity cannot be negative.",
                            ),
                        )
                    ],
                ),
                Field(
                    InvestmentProject.capacity_unit,
                    Text("Қуат бірлігі", "Единица мощности", "Capacity unit"),
                    Text(
                        "Қуат немен есептеледі: таблетка, құтыша, кг және т.б.",
                        "В чём считается мощность: таблетки, флаконы, кг и т. п.",
                        "What the capacity is counted in: tablets, vials, kg and so on.",
                    ),
                    choices="units",
                    relevant="added_capacity > 0",
                    required=True,
                ),
                Field(
                    InvestmentProject.new_products,
                    Text("Жаңа өнімдер", "Новые продукты", "New products"),
                    Text(
                        "Жоба арқасында шығарылатын жаңа саудалық атаулар саны.",
                        "Число новых торговых наименований, которые даст проект.",
                        "Number of new trade names the project will bring.",
                    ),
                    unit=ITEMS,
                ),
                Field(
                    InvestmentProject.socially_significant_products,
                    Text(
                        "Оның ішінде әлеуметтік маңызды",
                        "В том числе социально значимых",
                        "Of which socially significant",
                    ),
                    Text(
                        "Жаңа өнімдердің ішінде онкология, диабет, жүрек-қантамыр және басқа "
                        "әлеуметтік маңызды ауруларға арналғандары.",
                        "Из новых продуктов — для онкологии, диабета, сердечно-сосудистых и "
                        "других социально значимых заболеваний.",
                        "Of the new products, those for cancer, diabetes, cardiovascular and "
                        "other socially significant diseases.",
                    ),
                    unit=ITEMS,
                    constraints=[
                        Constraint(
                            "new_products == None or value <= new_products",
                            Text(
                                "Жаңа өнімдердің жалпы санынан аспауы керек.",
                                "Не может превышать общее число новых продуктов.",
                                "Cannot exceed the number of new products.",
                            ),
                        )
                    ],
                ),
                Field(
                    InvestmentProject.jobs_created,
                    Text("Жаңа жұмыс орындары", "Новые рабочие места", "Jobs created"),
                    Text(
                        "Жоба ашатын тұрақты жұмыс орындары, құрылыс кезіндегі уақытша орындарсыз.",
                        "Постоянные рабочие места от проекта, без временных на время стройки.",
                        "Permanent jobs the project creates, not temporary construction jobs.",
                    ),
                    unit=PEOPLE,
                ),
                Field(
                    InvestmentProject.partner,
                    Text("Әріптес", "Партнёр", "Partner"),
                    Text(
                        "Технология, лицензия немесе қаржы беретін компания; болмаса бос "
                        "қалдырыңыз.",
                        "Компания, дающая технологию, лицензию или деньги; если нет — оставьте "
                        "пустым.",
                        "The company providing technology, a licence or money; leave empty if "
                        "none.",
                    ),
                ),
                Field(
                    InvestmentProject.technology_transfer,
                    Text("Технологиялар трансфері", "Трансфер технологий", "Technology transfer"),
                    Text(
                        "Әріптес өндіріс технологиясын, құжаттамасын немесе ноу-хауын бере ме.",
                        "Передаёт ли партнёр технологию производства, документацию или ноу-хау.",
                        "Whether a partner hands over the process, its documents or know-how.",
                    ),
                    constraints=[
                        Constraint(
                            "not value or count(partner) > 0",
                            Text(
                                "Технологияны кім беретінін «Әріптес» өрісінде көрсетіңіз.",
                                "Укажите в поле «Партнёр», кто передаёт технологию.",
                                "Name in 'Partner' who transfers the technology.",
                            ),
                            Severity.WARNING,
                        )
                    ],
                ),
                Field(
                    InvestmentProject.special_economic_zone,
                    Text(
                        "Арнайы экономикалық аймақ",
                        "Специальная экономическая зона",
                        "Special economic zone",
                    ),
                    Text(
                        "Жоба АЭА-да іске асырылса, аймақтың атауы (мысалы, «ТУРАН»); болмаса бос.",
                        "Если проект в СЭЗ — её название (например, «ТУРАН»); иначе пусто.",
                        "If the project is in a special economic zone, its name (e.g. TURAN).",
                    ),
                ),
            ],
            row_label="name",
            item_label=Text("жоба", "проект", "project"),
        ),
        Repeat(
            Audit.partnerships,
            Text("Әріптестіктер", "Партнёрства", "Partnerships"),
            Text(
                "Локализация әріптестері, лицензиарлар, жоғары оқу орындары мен ғылыми "
                "институттар; әр әріптес — бір жол.",
                "Партнёры по локализации, лицензиары, вузы и научные институты; каждый "
                "партнёр — отдельная запись.",
                "Localization partners, licensors, universities and research institutes; one "
                "row per partner.",
            ),
            [
                Field(
                    Partnership.partner_name,
                    Text("Әріптестің атауы", "Наименование партнёра", "Partner name"),
                    Text(
                        "Келісімдегідей толық атауы.",
                        "Полное наименование, как в соглашении.",
                        "Full name as in the agreement.",
                    ),
                ),
                Field(
                    Partnership.partner_country,
                    Text("Әріптестің елі", "Страна партнёра", "Partner country"),
                    Text(
                        "Әріптес тіркелген ел; отандық жоғары оқу орны үшін — Қазақстан.",
                        "Страна регистрации партнёра; для казахстанского вуза — Казахстан.",
                        "Where the partner is registered; Kazakhstan for a local university.",
                    ),
                    choices="countries",
                    required=True,
                ),
                Field(
                    Partnership.partnership_type,
                    Text("Әріптестік түрі", "Тип партнёрства", "Partnership type"),
                    Text(
                        "Келісімнің негізгі мәні бойынша таңдаңыз.",
                        "Выберите по главному предмету соглашения.",
                        "Choose by the main subject of the agreement.",
                    ),
                    choices="partnership_types",
                    required=True,
                ),
                Field(
                    Partnership.status,
                    Text("Әріптестіктің мәртебесі", "Статус партнёрства", "Partnership status"),
                    Text(
                        "Аудит күнгі жағдай: келіссөз, қол қойылған, іске асырылуда, аяқталған.",
                        "Состояние на день аудита: переговоры, подписано, действует, завершено.",
                        "On the day of the audit: negotiation, signed, active or completed.",
                    ),
                    choices="partnership_statuses",
                    required=True,
                ),
                Field(
                    Partnership.start_year,
                    Text("Басталу жылы", "Год начала", "Start year"),
                    Text(
                        "Келісімге қол қойылған немесе бірлескен жұмыс басталған жыл.",
                        "Год подписания соглашения или начала совместной работы.",
                        "Year the agreement was signed or the joint work began.",
                    ),
                    type=FieldType.YEAR,
                    constraints=[
                        Constraint(
                            "status not in ('active', 'completed') or value <= year(today())",
                            Text(
                                "Іске асырылып жатқан немесе аяқталған әріптестік болашақта "
                                "басталмайды.",
                                "Действующее или завершённое партнёрство не может начаться в "
                                "будущем.",
                                "An active or completed partnership cannot start in the future.",
                            ),
                            Severity.WARNING,
                        )
                    ],
                ),
                Field(
                    Partnership.description,
                    Text("Сипаттама", "Описание", "Description"),
                    Text(
                        "Не беріледі немесе бірге не істеледі: өнімдер, технология, зерттеулер.",
                        "Что передаётся или делается вместе: продукты, технология, исследования.",
                        "What is handed over or done together: products, technology, research.",
                    ),
                ),
            ],
            row_label="partner_name",
            item_label=Text("әріптес", "партнёр", "partner"),
        ),
        Field(
            Audit.planned_dosage_forms,
            Text(
                "Жоспарланған жаңа дәрілік түрлер",
                "Планируемые новые лекарственные формы",
                "Planned new dosage forms",
            ),
            Text(
                "Кәсіпорын әлі шығармайтын, бірақ игеруді жоспарлайтын түрлер.",
                "Формы, которые предприятие ещё не выпускает, но планирует освоить.",
                "Forms the company does not make yet but plans to take up.",
            ),
            choices="dosage_forms",
            type=FieldType.SELECT_MULTIPLE,
        ),
        Field(
            Audit.development_notes,
            Text("Даму туралы ескертпелер", "Заметки о развитии", "Development notes"),
            Text(
                "Жоғарыда көрсетілмеген жоспарлар мен фактілер, дереккөзімен.",
                "Планы и факты, не вошедшие выше, с указанием источника.",
                "Plans and facts not captured above, with their source.",
            ),
        ),
    ],
)
