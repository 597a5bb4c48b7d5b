"""Reference lists of the audit, kept as data so that a label or a list can be corrected
without touching any logic.

Codes are what the database and the exports store, so they must never change once data exists;
labels may be edited freely. Facts come from the project's domain notes (``DOMAIN.md``).
"""

from __future__ import annotations

from auditor.domain.choices import Choice, ChoiceList
from auditor.domain.text import Text


def _c(
    code: str,
    kk: str,
    ru: str,
    en: str,
    *,
    group: str | None = None,
    note: Text | None = None,
) -> Choice:
    return Choice(code, Text(kk, ru, en), group=group, note=note)


# --- Where -------------------------------------------------------------------------------------

# Codes are the ISO 3166-2:KZ numbers, which are also the first two digits of a KATO code, so an
# address can be checked against its region without a separate mapping.
REGIONS = ChoiceList(
    "regions",
    Text(
        "Облыс / республикалық маңызы бар қала",
        "Область / город республиканского значения",
        "Region / city of republican significance",
    ),
    [
        _c("10", "Абай облысы", "Область Абай", "Abai Region",
           note=Text("Семей", "Семей", "Semey")),
        _c("11", "Ақмола облысы", "Акмолинская область", "Akmola Region",
           note=Text("Көкшетау", "Кокшетау", "Kokshetau")),
        _c("15", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region",
           note=Text("Ақтөбе", "Актобе", "Aktobe")),
        _c("19", "Алматы облысы", "Алматинская область", "Almaty Region",
           note=Text("Қонаев", "Конаев", "Konaev")),
        _c("23", "Атырау облысы", "Атырауская область", "Atyrau Region",
           note=Text("Атырау", "Атырау", "Atyrau")),
        _c("27", "Батыс Қазақстан облысы", "Западно-Казахстанская область",
           "West Kazakhstan Region", note=Text("Орал", "Уральск", "Oral")),
        _c("31", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region",
           note=Text("Тараз", "Тараз", "Taraz")),
        _c("33", "Жетісу облысы", "Область Жетісу", "Zhetisu Region",
           note=Text("Талдықорған", "Талдыкорган", "Taldykorgan")),
        _c("35", "Қарағанды облысы", "Карагандинская область", "Karaganda Region",
           note=Text("Қарағанды", "Караганда", "Karaganda")),
        _c("39", "Қостанай облысы", "Костанайская область", "Kostanay Region",
           note=Text("Қостанай", "Костанай", "Kostanay")),
        _c("43", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region",
           note=Text("Қызылорда", "Кызылорда", "Kyzylorda")),
        _c("47", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region",
           note=Text("Ақтау", "Актау", "Aktau")),
        _c("55", "Павлодар облысы", "Павлодарская область", "Pavlodar Region",
           note=Text("Павлодар", "Павлодар", "Pavlodar")),
        _c("59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область",
           "North Kazakhstan Region", note=Text("Петропавл", "Петропавловск", "Petropavl")),
        _c("61", "Түркістан облысы", "Туркестанская область", "Turkistan Region",
           note=Text("Түркістан", "Туркестан", "Turkistan")),
        _c("62", "Ұлытау облысы", "Область Ұлытау", "Ulytau Region",
           note=Text("Жезқазған", "Жезказган", "Zhezkazgan")),
        _c("63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область",
           "East Kazakhstan Region", note=Text("Өскемен", "Усть-Каменогорск", "Oskemen")),
        _c("71", "Астана қаласы", "город Астана", "Astana (city)"),
        _c("75", "Алматы қаласы", "город Алматы", "Almaty (city)"),
        _c("79", "Шымкент қаласы", "город Шымкент", "Shymkent (city)"),
    ],
)

CLUSTERS = ChoiceList(
    "clusters",
    Text("Фармацевтикалық кластер", "Фармацевтический кластер", "Pharmaceutical cluster"),
    [
        _c("astana", "Астана кластері", "Астанинский кластер", "Astana cluster"),
        _c("almaty", "Алматы кластері", "Алматинский кластер", "Almaty cluster"),
        _c("shymkent", "Шымкент кластері", "Шымкентский кластер", "Shymkent cluster"),
        _c("aktobe", "Ақтөбе кластері", "Актюбинский кластер", "Aktobe cluster"),
        _c("none", "Кластерге кірмейді", "Не входит в кластер", "Not in a cluster"),
    ],
)

# Proper names of many countries are spelt the same in Kazakh and Russian; that is correct, not
# a copy. "XX" is the user-assigned ISO code, so it can never clash with a real country.
COUNTRIES = ChoiceList(
    "countries",
    Text("Ел", "Страна", "Country"),
    [
        _c("KZ", "Қазақстан", "Казахстан", "Kazakhstan"),
        _c("RU", "Ресей", "Россия", "Russia"),
        _c("CN", "Қытай", "Китай", "China"),
        _c("IN", "Үндістан", "Индия", "India"),
        _c("DE", "Германия", "Германия", "Germany"),
        _c("TR", "Түркия", "Турция", "Türkiye"),
        _c("UZ", "Өзбекстан", "Узбекистан", "Uzbekistan"),
        _c("KG", "Қырғызстан", "Кыргызстан", "Kyrgyzstan"),
        _c("TJ", "Тәжікстан", "Таджикистан", "Tajikistan"),
        _c("TM", "Түрікменстан", "Туркменистан", "Turkmenistan"),
        _c("BY", "Беларусь", "Беларусь", "Belarus"),
        _c("AM", "Армения", "Армения", "Armenia"),
        _c("AZ", "Әзірбайжан", "Азербайджан", "Azerbaijan"),
        _c("GE", "Грузия", "Грузия", "Georgia"),
        _c("MN", "Моңғолия", "Монголия", "Mongolia"),
        _c("PL", "Польша", "Польша", "Poland"),
        _c("SI", "Словения", "Словения", "Slovenia"),
        _c("CH", "Швейцария", "Швейцария", "Switzerland"),
        _c("US", "Америка Құрама Штаттары", "Соединённые Штаты Америки", "United States"),
        _c("KR", "Корея Республикасы", "Республика Корея", "Republic of Korea"),
        _c("JP", "Жапония", "Япония", "Japan"),
        _c("IT", "Италия", "Италия", "Italy"),
        _c("FR", "Франция", "Франция", "France"),
        _c("ES", "Испания", "Испания", "Spain"),
        _c("HU", "Венгрия", "Венгрия", "Hungary"),
        _c("IR", "Иран", "Иран", "Iran"),
        _c("AF", "Ауғанстан", "Афганистан", "Afghanistan"),
        _c("UA", "Украина", "Украина", "Ukraine"),
        _c("GB", "Ұлыбритания", "Великобритания", "United Kingdom"),
        _c("DK", "Дания", "Дания", "Denmark"),
        _c("NL", "Нидерланд", "Нидерланды", "Netherlands"),
        _c("BE", "Бельгия", "Бельгия", "Belgium"),
        _c("AT", "Австрия", "Австрия", "Austria"),
        _c("IL", "Израиль", "Израиль", "Israel"),
        _c("XX", "Басқа ел", "Другая страна", "Other country"),
    ],
)

# --- Who ---------------------------------------------------------------------------------------

LEGAL_FORMS = ChoiceList(
    "legal_forms",
    Text("Ұйымдық-құқықтық нысаны", "Организационно-правовая форма", "Legal form"),
    [
        _c("jsc", "Акционерлік қоғам (АҚ)", "Акционерное общество (АО)",
           "Joint-stock company (JSC)"),
        _c("llp", "Жауапкершілігі шектеулі серіктестік (ЖШС)",
           "Товарищество с ограниченной ответственностью (ТОО)",
           "Limited liability partnership (LLP)"),
        _c("state_economic_management",
           "Шаруашылық жүргізу құқығындағы мемлекеттік кәсіпорын",
           "Государственное предприятие на праве хозяйственного ведения",
           "State enterprise with the right of economic management"),
        _c("state_owned", "Мемлекеттік қазыналық кәсіпорын", "Государственное казённое предприятие",
           "State-owned (treasury) enterprise"),
        _c("foreign_branch", "Шетелдік заңды тұлғаның филиалы",
           "Филиал иностранного юридического лица", "Branch of a foreign legal entity"),
        _c("individual_entrepreneur", "Жеке кәсіпкер", "Индивидуальный предприниматель",
           "Individual entrepreneur"),
        _c("other", "Басқа", "Другая", "Other"),
    ],
)

PRODUCER_TYPES = ChoiceList(
    "producer_types",
    Text("Өндірушінің түрі", "Тип производителя", "Producer type"),
    [
        _c("medicines", "Дәрілік заттар", "Лекарственные средства", "Medicines"),
        _c("medical_devices", "Медициналық бұйымдар", "Медицинские изделия", "Medical devices"),
        _c("medicines_and_devices", "Дәрілік заттар және медициналық бұйымдар",
           "Лекарственные средства и медицинские изделия", "Medicines and medical devices"),
        _c("api", "Белсенді фармацевтикалық субстанциялар",
           "Активные фармацевтические субстанции", "Active pharmaceutical ingredients (APIs)"),
    ],
)

OWNERSHIP_TYPES = ChoiceList(
    "ownership_types",
    Text("Меншік нысаны", "Форма собственности", "Ownership"),
    [
        _c("private_domestic", "Жеке отандық", "Частная отечественная", "Private domestic"),
        _c("state", "Мемлекеттік", "Государственная", "State"),
        _c("foreign", "Шетелдік", "Иностранная", "Foreign"),
        _c("mixed", "Аралас", "Смешанная", "Mixed"),
    ],
)

# --- GMP ---------------------------------------------------------------------------------------

GMP_STATUSES = ChoiceList(
    "gmp_statuses",
    Text("GMP мәртебесі", "Статус GMP", "GMP status"),
    [
        _c("valid", "Жарамды GMP сертификаты бар", "Действующий сертификат GMP",
           "Valid GMP certificate"),
        _c("expired", "GMP сертификатының мерзімі өтті", "Срок сертификата GMP истёк",
           "GMP certificate expired"),
        _c("in_transition", "GMP-ге дайындық / инспекция жүріп жатыр",
           "Подготовка к GMP / идёт инспекция", "Preparing for GMP / under inspection"),
        _c("not_certified", "GMP сертификаты жоқ", "Нет сертификата GMP", "Not GMP-certified"),
        _c("non_compliant", "GMP талаптарына сәйкес емес деп танылды",
           "Признан не соответствующим GMP", "Found non-compliant with GMP"),
    ],
)

GMP_STANDARDS = ChoiceList(
    "gmp_standards",
    Text("GMP стандарты", "Стандарт GMP", "GMP standard"),
    [
        _c("eaeu", "ЕАЭО GMP қағидалары", "Правила GMP ЕАЭС", "EAEU GMP",
           note=Text(
               "ЕЭК Кеңесінің 2016 жылғы 3 қарашадағы № 77 шешімі; инспекциялау қағидалары — "
               "№ 83 шешім. Сертификаттың қолданылу мерзімі әлі нақтыланбаған.",
               "Решение Совета ЕЭК № 77 от 3 ноября 2016 г.; правила инспектирования — "
               "Решение № 83. Срок действия сертификата ещё не уточнён.",
               "Eurasian Economic Commission Council Decision No. 77 of 3 November 2016; "
               "inspection rules: Decision No. 83. Certificate validity not yet confirmed.",
           )),
        _c("eu", "ЕО GMP", "GMP ЕС", "EU GMP",
           note=Text(
               "ЕО сертификаттарында қолданылу мерзімі көрсетілмейді.",
               "В сертификатах ЕС срок действия не указывается.",
               "EU certificates have no expiry date.",
           )),
        _c("pics", "PIC/S GMP стандарты", "GMP PIC/S", "PIC/S GMP",
           note=Text(
               "Фармацевтикалық инспекция конвенциясы және ынтымақтастық схемасы.",
               "Конвенция о фармацевтических инспекциях и Схема сотрудничества.",
               "Pharmaceutical Inspection Convention and Co-operation Scheme.",
           )),
        _c("who", "ДДСҰ GMP", "GMP ВОЗ", "WHO GMP",
           note=Text(
               "ДДСҰ үлгілік сертификаты берілген күннен бастап 2 жыл, ал инспекциядан "
               "бастап ең көбі 3 жыл жарамды.",
               "Типовой сертификат ВОЗ действует 2 года с даты выдачи и не более 3 лет "
               "с даты инспекции.",
               "WHO model certificates are valid 2 years from issue and at most 3 years "
               "from the inspection.",
           )),
        _c("iso13485", "ISO 13485 (медициналық бұйымдар)", "ISO 13485 (медицинские изделия)",
           "ISO 13485 (medical devices)",
           note=Text(
               "Медициналық бұйымдарға арналған сапа менеджменті жүйесі.",
               "Система менеджмента качества для медицинских изделий.",
               "Quality management system for medical devices.",
           )),
        _c("national", "Ұлттық қағидалар", "Национальные правила", "National rules",
           note=Text(
               "Ұлттық уәкілетті органның GMP талаптары (мысалы, Қазақстан Республикасының "
               "қағидалары).",
               "Требования GMP национального уполномоченного органа (например, правила "
               "Республики Казахстан).",
               "GMP requirements of a national authority (e.g. the rules of the Republic of "
               "Kazakhstan).",
           )),
    ],
)

CERTIFICATE_DOC_TYPES = ChoiceList(
    "certificate_doc_types",
    Text("Құжат түрі", "Тип документа", "Document type"),
    [
        _c("certificate", "GMP сәйкестік сертификаты", "Сертификат соответствия GMP",
           "GMP certificate"),
        _c("non_compliance_statement", "GMP талаптарына сәйкес еместігі туралы мәлімдеме",
           "Заявление о несоответствии требованиям GMP", "Statement of non-compliance with GMP"),
    ],
)

INSPECTION_TYPES = ChoiceList(
    "inspection_types",
    Text("Инспекция түрі", "Вид инспекции", "Inspection type"),
    [
        _c("routine", "Жоспарлы инспекция", "Плановая инспекция", "Routine inspection"),
        _c("pre_licence", "Лицензиялау / тіркеу алдындағы инспекция",
           "Инспекция до выдачи лицензии / регистрации",
           "Pre-licence / pre-registration inspection"),
        _c("for_cause", "Жоспардан тыс инспекция (себеп бойынша)",
           "Внеплановая инспекция (по причине)", "For-cause inspection"),
        _c("follow_up", "Қайталама (бақылау) инспекциясы", "Повторная (контрольная) инспекция",
           "Follow-up inspection"),
        _c("remote", "Қашықтан инспекция", "Дистанционная инспекция", "Remote inspection"),
    ],
)

INSPECTION_CONCLUSIONS = ChoiceList(
    "inspection_conclusions",
    Text("Инспекция қорытындысы", "Заключение инспекции", "Inspection conclusion"),
    [
        _c("compliant", "GMP талаптарына сәйкес", "Соответствует требованиям GMP",
           "Compliant with GMP"),
        _c("non_compliant", "GMP талаптарына сәйкес емес", "Не соответствует требованиям GMP",
           "Non-compliant with GMP"),
        _c("compliant_pending_capa",
           "Түзету және алдын алу әрекеттері (CAPA) орындалған жағдайда сәйкес",
           "Соответствует при условии выполнения корректирующих и предупреждающих "
           "действий (CAPA)",
           "Compliant pending corrective and preventive actions (CAPA)"),
    ],
)


def _chapter(n: int) -> Text:
    return Text(f"{n}-тарау", f"Глава {n}", f"Chapter {n}")


# The chapters of EU GMP Part I, which the EAEU rules follow; the note keeps the chapter number so
# findings can be cross-referenced with an inspection report.
INSPECTION_AREAS = ChoiceList(
    "inspection_areas",
    Text("Инспекция саласы (GMP тарауы)", "Область инспекции (глава GMP)",
         "Inspection area (GMP chapter)"),
    [
        _c("quality_system", "Фармацевтикалық сапа жүйесі", "Фармацевтическая система качества",
           "Pharmaceutical quality system", note=_chapter(1)),
        _c("personnel", "Персонал", "Персонал", "Personnel", note=_chapter(2)),
        _c("premises_equipment", "Үй-жайлар және жабдықтар", "Помещения и оборудование",
           "Premises and equipment", note=_chapter(3)),
        _c("documentation", "Құжаттама", "Документация", "Documentation", note=_chapter(4)),
        _c("production", "Өндіріс", "Производство", "Production", note=_chapter(5)),
        _c("quality_control", "Сапаны бақылау", "Контроль качества", "Quality control",
           note=_chapter(6)),
        _c("outsourced_activities", "Аутсорсингке берілетін қызмет",
           "Деятельность, передаваемая на аутсорсинг", "Outsourced activities",
           note=_chapter(7)),
        _c("complaints_recall", "Шағымдар және өнімді кері қайтарып алу",
           "Претензии и отзыв продукции", "Complaints and product recall", note=_chapter(8)),
        _c("self_inspection", "Өзін-өзі инспекциялау", "Самоинспекция", "Self-inspection",
           note=_chapter(9)),
    ],
)

DEFICIENCY_CLASSES = ChoiceList(
    "deficiency_classes",
    Text("Сәйкессіздік сыныбы", "Класс несоответствия", "Deficiency class"),
    [
        _c("critical", "Сыни сәйкессіздік", "Критическое несоответствие", "Critical deficiency",
           note=Text(
               "Пациентке зиянды өнім шығаруға әкелген немесе мұның елеулі қаупін туғызатын "
               "сәйкессіздік. Деректерді немесе өнімді бұрмалау да сыни деп саналады.",
               "Привело или создаёт значительный риск выпуска продукции, вредной для "
               "пациента. Фальсификация данных или продукции также считается критическим "
               "несоответствием.",
               "Has produced, or leads to a significant risk of producing, a product harmful "
               "to the patient. Falsification of data or products is also treated as critical.",
           )),
        _c("major", "Елеулі сәйкессіздік", "Существенное несоответствие", "Major deficiency",
           note=Text(
               "Сыни емес, бірақ өнім тіркеу дерекнамасына сәйкес келмейді немесе сәйкес "
               "келмеуі мүмкін; не GMP талаптарынан немесе өндіруге берілген лицензиядан "
               "елеулі ауытқу; не серияны шығару тәртібінің бұзылуы. Бірнеше басқа "
               "сәйкессіздік бірге елеулі сәйкессіздік құрауы мүмкін.",
               "Не критическое, но продукция не соответствует или может не соответствовать "
               "регистрационному досье; либо существенное отклонение от GMP или от лицензии "
               "на производство; либо нарушение порядка выпуска серии. Несколько прочих "
               "несоответствий в совокупности могут составить существенное.",
               "Not critical, but the product does or may not comply with its registration "
               "dossier; or a major deviation from GMP or from the manufacturing licence; or a "
               "failure of batch release. Several other deficiencies together may make a "
               "major one.",
           )),
        _c("other", "Басқа сәйкессіздік", "Прочее несоответствие", "Other deficiency",
           note=Text(
               "Сыни да, елеулі де болып табылмайтын GMP талаптарынан ауытқу.",
               "Отклонение от GMP, которое не является ни критическим, ни существенным.",
               "A departure from GMP that is neither critical nor major.",
           )),
    ],
)

CAPA_STATUSES = ChoiceList(
    "capa_statuses",
    Text("CAPA мәртебесі", "Статус CAPA", "CAPA status"),
    [
        _c("open", "Ашық", "Открыто", "Open"),
        _c("in_progress", "Орындалуда", "Выполняется", "In progress"),
        _c("closed", "Жабылды", "Закрыто", "Closed"),
    ],
)

# The activity headings of an EU inspection report.
SITE_ACTIVITIES = ChoiceList(
    "site_activities",
    Text("Өндірістік алаңның қызметі", "Вид деятельности площадки", "Site activity"),
    [
        _c("manufacture_sterile", "Стерильді дайын өнімдерді өндіру",
           "Производство стерильной готовой продукции", "Manufacture of sterile finished products"),
        _c("manufacture_non_sterile", "Стерильді емес дайын өнімдерді өндіру",
           "Производство нестерильной готовой продукции",
           "Manufacture of non-sterile finished products"),
        _c("manufacture_biological", "Биологиялық дайын өнімдерді өндіру",
           "Производство биологической готовой продукции",
           "Manufacture of biological finished products"),
        _c("sterilisation", "Стерильдеу", "Стерилизация", "Sterilisation"),
        _c("primary_packaging", "Бастапқы қаптау", "Первичная упаковка", "Primary packaging"),
        _c("secondary_packaging", "Қайталама қаптау", "Вторичная упаковка",
           "Secondary packaging"),
        _c("qc_testing", "Сапаны бақылау сынақтары", "Испытания по контролю качества",
           "Quality-control testing"),
        _c("importing", "Әкелу (импорт)", "Импорт", "Importing"),
        _c("batch_certification", "Серияны сертификаттау", "Сертификация серий",
           "Batch certification"),
        _c("storage_distribution", "Сақтау және тарату", "Хранение и дистрибуция",
           "Storage and distribution"),
        _c("api_manufacture", "Белсенді субстанцияны өндіру",
           "Производство активной фармацевтической субстанции",
           "Manufacture of active substance"),
    ],
)

# --- What is made ------------------------------------------------------------------------------

DOSAGE_FORM_GROUPS = ChoiceList(
    "dosage_form_groups",
    Text("Дәрілік түрлер санаты", "Категория лекарственных форм", "Dosage form category"),
    [
        _c("sterile_aseptic", "Стерильді, асептикалық жағдайда дайындалған",
           "Стерильные, приготовленные асептически", "Sterile, aseptically prepared"),
        _c("sterile_terminal", "Стерильді, соңғы сатыда стерильденетін",
           "Стерильные, с финишной стерилизацией", "Sterile, terminally sterilised"),
        _c("non_sterile", "Стерильді емес", "Нестерильные", "Non-sterile"),
        _c("biological", "Биологиялық препараттар", "Биологические препараты",
           "Biological products"),
        _c("herbal_homeopathic", "Өсімдік текті және гомеопатиялық препараттар",
           "Растительные и гомеопатические препараты", "Herbal and homeopathic products"),
        _c("api", "Белсенді фармацевтикалық субстанциялар",
           "Активные фармацевтические субстанции", "Active substances (APIs)"),
        _c("medical_device", "Медициналық бұйымдар", "Медицинские изделия", "Medical devices"),
    ],
)

_ASEPTIC = Text("асептикалық", "асептически", "aseptic")
_TERMINAL = Text("соңғы стерильдеу", "финишная стерилизация", "terminally sterilised")


def _sterile(code: str, kk: str, ru: str, en: str, how: Text, group: str) -> Choice:
    # The same form exists in both sterile groups; the suffix keeps the two apart in a flat
    # drop-down where the group heading is not visible.
    return _c(code, f"{kk} ({how.kk})", f"{ru} ({how.ru})", f"{en} ({how.en})", group=group)


def _device(risk_class: str) -> Choice:
    return _c(
        f"device_class_{risk_class}",
        f"Медициналық бұйымдар, қауіп сыныбы {risk_class}",
        f"Медицинские изделия, класс риска {risk_class}",
        f"Medical devices, risk class {risk_class}",
        group="medical_device",
    )


_LVL = ("Үлкен көлемді сұйық дәрілік түрлер", "Жидкие формы большого объёма",
        "Large-volume liquids")
_SVL = ("Шағын көлемді сұйық дәрілік түрлер", "Жидкие формы малого объёма",
        "Small-volume liquids")
_SEMI = ("Жұмсақ дәрілік түрлер", "Мягкие лекарственные формы", "Semi-solids")
_SOLIDS = ("Қатты дәрілік түрлер және имплантаттар", "Твёрдые лекарственные формы и имплантаты",
           "Solids and implants")

# After the scope headings of the EU GMP certificate; the detail is unverified, hence the flag.
DOSAGE_FORMS = ChoiceList(
    "dosage_forms",
    Text("Дәрілік түр / операция", "Лекарственная форма / операция", "Dosage form / operation"),
    [
        _sterile("aseptic_large_volume_liquids", *_LVL, _ASEPTIC, "sterile_aseptic"),
        _sterile("aseptic_lyophilisates", "Лиофилизаттар", "Лиофилизаты", "Lyophilisates",
                 _ASEPTIC, "sterile_aseptic"),
        _sterile("aseptic_semi_solids", *_SEMI, _ASEPTIC, "sterile_aseptic"),
        _sterile("aseptic_small_volume_liquids", *_SVL, _ASEPTIC, "sterile_aseptic"),
        _sterile("aseptic_solids_implants", *_SOLIDS, _ASEPTIC, "sterile_aseptic"),
        _sterile("terminal_large_volume_liquids", *_LVL, _TERMINAL, "sterile_terminal"),
        _sterile("terminal_semi_solids", *_SEMI, _TERMINAL, "sterile_terminal"),
        _sterile("terminal_small_volume_liquids", *_SVL, _TERMINAL, "sterile_terminal"),
        _sterile("terminal_solids_implants", *_SOLIDS, _TERMINAL, "sterile_terminal"),
        _c("hard_capsules", "Қатты капсулалар", "Твёрдые капсулы", "Hard capsules",
           group="non_sterile"),
        _c("soft_capsules", "Жұмсақ капсулалар", "Мягкие капсулы", "Soft capsules",
           group="non_sterile"),
        _c("chewing_gums", "Дәрілік сағыздар", "Лечебные жевательные резинки",
           "Medicated chewing gums", group="non_sterile"),
        _c("liquids_external", "Сыртқа қолдануға арналған сұйық дәрілік түрлер",
           "Жидкие формы для наружного применения", "Liquids for external use",
           group="non_sterile"),
        _c("liquids_internal", "Ішке қабылдауға арналған сұйық дәрілік түрлер",
           "Жидкие формы для внутреннего применения", "Liquids for internal use",
           group="non_sterile"),
        _c("medicinal_gases", "Медициналық газдар", "Медицинские газы", "Medicinal gases",
           group="non_sterile"),
        _c("other_solids", "Басқа қатты дәрілік түрлер", "Прочие твёрдые лекарственные формы",
           "Other solid dosage forms", group="non_sterile"),
        _c("pressurised_preparations", "Қысым астындағы дәрілік түрлер (аэрозольдер)",
           "Лекарственные формы под давлением (аэрозоли)", "Pressurised preparations",
           group="non_sterile"),
        _c("semi_solids", *_SEMI, group="non_sterile"),
        _c("suppositories", "Суппозиторийлер", "Суппозитории", "Suppositories",
           group="non_sterile"),
        _c("tablets", "Таблеткалар", "Таблетки", "Tablets", group="non_sterile"),
        _c("transdermal_patches", "Трансдермальды жапсырмалар", "Трансдермальные пластыри",
           "Transdermal patches", group="non_sterile"),
        _c("blood_products", "Қан препараттары", "Препараты крови", "Blood products",
           group="biological"),
        _c("immunologicals", "Иммунологиялық препараттар (вакциналар)",
           "Иммунологические препараты (вакцины)", "Immunological products (vaccines)",
           group="biological"),
        _c("biotech_products", "Биотехнологиялық препараттар", "Биотехнологические препараты",
           "Biotechnology products", group="biological"),
        _c("other_biologicals", "Басқа биологиялық препараттар", "Прочие биологические препараты",
           "Other biological products", group="biological"),
        _c("herbal", "Өсімдік текті препараттар", "Растительные препараты", "Herbal products",
           group="herbal_homeopathic"),
        _c("homeopathic", "Гомеопатиялық препараттар", "Гомеопатические препараты",
           "Homeopathic products", group="herbal_homeopathic"),
        _c("api", "Белсенді фармацевтикалық субстанциялар",
           "Активные фармацевтические субстанции", "Active substances (APIs)", group="api"),
        _device("1"),
        _device("2a"),
        _device("2b"),
        _device("3"),
    ],
    unverified=True,
)

UNITS = ChoiceList(
    "units",
    Text("Өлшем бірлігі", "Единица измерения", "Unit"),
    [
        _c("tablets", "Таблеткалар", "Таблетки", "Tablets"),
        _c("capsules", "Капсулалар", "Капсулы", "Capsules"),
        _c("ampoules", "Ампулалар", "Ампулы", "Ampoules"),
        _c("vials", "Құтышалар (флакондар)", "Флаконы", "Vials"),
        _c("bottles", "Бөтелкелер", "Бутылки", "Bottles"),
        _c("syringes", "Шприцтер", "Шприцы", "Syringes"),
        _c("packs", "Қаптамалар", "Упаковки", "Packs"),
        _c("doses", "Дозалар", "Дозы", "Doses"),
        _c("pieces", "Дана", "Штуки", "Pieces"),
        _c("kg", "Килограмм (кг)", "Килограммы (кг)", "Kilograms (kg)"),
        _c("tonnes", "Тонна (т)", "Тонны (т)", "Tonnes (t)"),
        _c("litres", "Литр (л)", "Литры (л)", "Litres (l)"),
    ],
)

ATC_GROUPS = ChoiceList(
    "atc_groups",
    Text("АТХ анатомиялық тобы", "Анатомическая группа АТХ", "ATC anatomical main group"),
    [
        _c("A", "Ас қорыту жолы және зат алмасу", "Пищеварительный тракт и обмен веществ",
           "Alimentary tract and metabolism"),
        _c("B", "Қан және қан түзу ағзалары", "Кровь и органы кроветворения",
           "Blood and blood forming organs"),
        _c("C", "Жүрек-қантамыр жүйесі", "Сердечно-сосудистая система", "Cardiovascular system",
           note=Text("Осы аудиттің басым тобы", "Приоритетная группа аудита",
                     "Priority group of this audit")),
        _c("D", "Дерматологиялық препараттар", "Дерматологические препараты", "Dermatologicals"),
        _c("G", "Несеп-жыныс жүйесі және жыныс гормондары", "Мочеполовая система и половые гормоны",
           "Genito-urinary system and sex hormones"),
        _c("H", "Жыныс гормондары мен инсулиндерден басқа жүйелі гормондық препараттар",
           "Гормональные препараты для системного применения, кроме половых гормонов и "
           "инсулинов",
           "Systemic hormonal preparations, excluding sex hormones and insulins"),
        _c("J", "Жүйелі қолдануға арналған инфекцияға қарсы препараттар",
           "Противомикробные препараты для системного применения",
           "Anti-infectives for systemic use"),
        _c("L", "Ісікке қарсы препараттар және иммуномодуляторлар",
           "Противоопухолевые препараты и иммуномодуляторы",
           "Antineoplastic and immunomodulating agents",
           note=Text("Осы аудиттің басым тобы (онкология)", "Приоритетная группа аудита "
                     "(онкология)", "Priority group of this audit (oncology)")),
        _c("M", "Тірек-қимыл жүйесі", "Костно-мышечная система", "Musculo-skeletal system"),
        _c("N", "Жүйке жүйесі", "Нервная система", "Nervous system"),
        _c("P", "Паразиттерге қарсы препараттар, инсектицидтер және репелленттер",
           "Противопаразитарные препараты, инсектициды и репелленты",
           "Antiparasitic products, insecticides and repellents"),
        _c("R", "Тыныс алу жүйесі", "Дыхательная система", "Respiratory system"),
        _c("S", "Сезім мүшелері", "Органы чувств", "Sensory organs"),
        _c("V", "Әртүрлі препараттар", "Прочие препараты", "Various"),
    ],
)

# --- Localization and origin -------------------------------------------------------------------

# Ordered from the least to the most domestic value added: reports rely on this order.
LOCALIZATION_STAGES = ChoiceList(
    "localization_stages",
    Text("Локализация деңгейі", "Стадия локализации", "Localization stage"),
    [
        _c("secondary_packaging", "Тек қайталама қаптау (дайын өнім импортталады)",
           "Только вторичная упаковка (готовый продукт импортируется)",
           "Secondary packaging only (finished product imported)"),
        _c("primary_packaging_fill_finish",
           "Импортталған балк-өнімнен немесе субстанциядан бастапқы қаптау / құю",
           "Первичная упаковка / розлив из импортного балк-продукта или субстанции",
           "Primary packaging / fill-finish from imported bulk or substance"),
        _c("fdf_from_imported_api",
           "Импортталған белсенді субстанциядан дайын дәрілік түрді өндіру",
           "Производство готовой лекарственной формы из импортной субстанции",
           "Finished dosage form from imported active substance"),
        _c("full_cycle", "Белсенді субстанцияны қоса алғанда толық цикл",
           "Полный цикл, включая производство активной субстанции",
           "Full cycle including the active substance"),
    ],
)

ORIGIN_EVIDENCE = ChoiceList(
    "origin_evidence",
    Text("Отандық шығу тегінің дәлелі", "Подтверждение отечественного происхождения",
         "Evidence of domestic origin"),
    [
        _c("ct_kz_certificate", "СТ-KZ шығу тегі туралы сертификаты",
           "Сертификат о происхождении СТ-KZ", "CT-KZ certificate of origin",
           note=Text(
               "Ұзақ мерзімді шарттар үшін 2025 жылға дейін қолданылды.",
               "Использовался для долгосрочных договоров до 2025 года.",
               "Used for long-term contracts until 2025.",
           )),
        _c("producer_register", "Қазақстандық өндірушілер тізіліміне енгізу",
           "Включение в реестр казахстанских производителей",
           "Inclusion in the register of Kazakhstani producers",
           note=Text(
               "2025 жылдың соңынан бастап қолданылады.",
               "Применяется с конца 2025 года.",
               "Used since late 2025.",
           )),
        _c("none", "Растайтын құжат жоқ", "Подтверждения нет", "No evidence"),
        _c("other", "Басқа құжат", "Другой документ", "Other document",
           note=Text(
               "Құжатты ескертпеде сипаттаңыз.",
               "Опишите документ в примечании.",
               "Describe the document in the remarks.",
           )),
    ],
)

API_ORIGINS = ChoiceList(
    "api_origins",
    Text("Белсенді субстанцияның шығу тегі", "Происхождение субстанции",
         "Origin of the active substance"),
    [
        _c("domestic", "Отандық", "Отечественная", "Domestic"),
        _c("imported", "Импортталған", "Импортная", "Imported"),
        _c("mixed", "Аралас", "Смешанная", "Mixed"),
    ],
)

# --- Development potential ---------------------------------------------------------------------

BARRIERS = ChoiceList(
    "barriers",
    Text("Даму кедергілері", "Барьеры развития", "Barriers to development"),
    [
        _c("credit_access", "Несиеге қолжетімділік", "Доступ к кредитам", "Access to credit"),
        _c("registration", "Тіркеу рәсімдері", "Процедуры регистрации", "Registration procedures"),
        _c("pricing", "Баға белгілеу", "Ценообразование", "Pricing"),
        _c("taxation", "Салық салу", "Налогообложение", "Taxation"),
        _c("labeling", "Таңбалау", "Маркировка", "Labelling"),
        _c("long_term_contracts", "Ұзақ мерзімді шарттар", "Долгосрочные договоры",
           "Long-term contracts"),
        _c("export_support", "Экспортты қолдау", "Поддержка экспорта", "Export support"),
        _c("sez_clusters", "Арнайы экономикалық аймақтар және кластерлер",
           "Специальные экономические зоны и кластеры", "Special economic zones and clusters"),
        _c("qualified_staff", "Білікті кадрлар", "Квалифицированные кадры", "Qualified staff"),
        _c("rd_clinical_base", "ҒЗТКЖ және клиникалық база", "НИОКР и клиническая база",
           "R&D and clinical base"),
        _c("infrastructure", "Инфрақұрылым", "Инфраструктура", "Infrastructure"),
        _c("raw_materials", "Шикізат", "Сырьё", "Raw materials"),
        _c("other", "Басқа", "Другое", "Other"),
    ],
)

SUPPORT_MEASURES = ChoiceList(
    "support_measures",
    Text("Мемлекеттік қолдау шаралары", "Меры государственной поддержки",
         "State support measures"),
    [
        _c("concessional_loans", "Жеңілдетілген несиелер", "Льготные кредиты",
           "Concessional loans"),
        _c("interest_subsidy", "Сыйақы мөлшерлемесін субсидиялау",
           "Субсидирование процентной ставки", "Interest-rate subsidy"),
        _c("long_term_contracts", "Бірыңғай дистрибьютормен ұзақ мерзімді шарттар",
           "Долгосрочные договоры с Единым дистрибьютором",
           "Long-term contracts with the Single Distributor"),
        _c("tax_incentives", "Салықтық жеңілдіктер", "Налоговые льготы", "Tax incentives"),
        _c("registration_support", "Тіркеуге жәрдемдесу", "Содействие в регистрации",
           "Registration support"),
        _c("export_support", "Экспортты қолдау", "Поддержка экспорта", "Export support"),
        _c("infrastructure", "Инфрақұрылыммен қамтамасыз ету", "Обеспечение инфраструктурой",
           "Infrastructure provision"),
        _c("staff_training", "Кадрларды даярлау", "Подготовка кадров", "Staff training"),
        _c("sez_participation", "Арнайы экономикалық аймаққа қатысу",
           "Участие в специальной экономической зоне",
           "Participation in a special economic zone"),
        _c("other", "Басқа", "Другое", "Other"),
    ],
)

SUPPORT_STATUSES = ChoiceList(
    "support_statuses",
    Text("Қолдаудың мәртебесі", "Статус поддержки", "Support status"),
    [
        _c("requested", "Өтінім берілді", "Запрошена", "Requested"),
        _c("received", "Алынды", "Получена", "Received"),
        _c("refused", "Бас тартылды", "Отказано", "Refused"),
        _c("planned", "Жоспарлануда", "Планируется", "Planned"),
    ],
)

SEVERITIES = ChoiceList(
    "severities",
    Text("Маңыздылық дәрежесі", "Значимость", "Severity"),
    [
        _c("low", "Төмен", "Низкая", "Low"),
        _c("medium", "Орташа", "Средняя", "Medium"),
        _c("high", "Жоғары", "Высокая", "High"),
    ],
)

INVESTMENT_TYPES = ChoiceList(
    "investment_types",
    Text("Инвестициялық жобаның түрі", "Тип инвестиционного проекта", "Investment project type"),
    [
        _c("new_plant", "Жаңа зауыт салу", "Строительство нового завода", "New plant"),
        _c("expansion", "Өндірісті кеңейту", "Расширение производства", "Expansion"),
        _c("modernization", "Жаңғырту", "Модернизация", "Modernization"),
        _c("new_dosage_form", "Жаңа дәрілік түрді игеру", "Освоение новой лекарственной формы",
           "New dosage form"),
        _c("gmp_upgrade", "GMP талаптарына сәйкестендіру", "Приведение в соответствие с GMP",
           "GMP upgrade"),
        _c("api_production", "Субстанциялар өндірісін ұйымдастыру",
           "Организация производства субстанций", "API production"),
        _c("rd_centre", "Ғылыми-зерттеу орталығы", "Научно-исследовательский центр",
           "R&D centre"),
        _c("other", "Басқа", "Другое", "Other"),
    ],
)

INVESTMENT_STATUSES = ChoiceList(
    "investment_statuses",
    Text("Жобаның мәртебесі", "Статус проекта", "Project status"),
    [
        _c("planned", "Жоспарлануда", "Планируется", "Planned"),
        _c("in_progress", "Іске асырылуда", "Реализуется", "In progress"),
        _c("completed", "Аяқталды", "Завершён", "Completed"),
        _c("suspended", "Тоқтатылды", "Приостановлен", "Suspended"),
    ],
)

FUNDING_SOURCES = ChoiceList(
    "funding_sources",
    Text("Қаржыландыру көзі", "Источник финансирования", "Funding source"),
    [
        _c("own_funds", "Меншікті қаражат", "Собственные средства", "Own funds"),
        _c("bank_loan", "Банк несиесі", "Банковский кредит", "Bank loan"),
        _c("state_development_institution", "Мемлекеттік даму институты",
           "Государственный институт развития", "State development institution"),
        _c("state_programme", "Мемлекеттік бағдарлама", "Государственная программа",
           "State programme"),
        _c("foreign_investor", "Шетелдік инвестор", "Иностранный инвестор", "Foreign investor"),
        _c("mixed", "Аралас қаржыландыру", "Смешанное финансирование", "Mixed"),
    ],
)

PARTNERSHIP_TYPES = ChoiceList(
    "partnership_types",
    Text("Әріптестік түрі", "Тип партнёрства", "Partnership type"),
    [
        _c("localization", "Өндірісті локализациялау", "Локализация производства",
           "Localization of production"),
        _c("technology_transfer", "Технологияларды беру", "Трансфер технологий",
           "Technology transfer"),
        _c("contract_manufacturing", "Келісімшарттық өндіріс", "Контрактное производство",
           "Contract manufacturing"),
        _c("licensing", "Лицензиялық келісім", "Лицензионное соглашение", "Licensing"),
        _c("university", "Жоғары оқу орнымен ынтымақтастық", "Сотрудничество с вузом",
           "University partnership"),
        _c("research_institute", "Ғылыми-зерттеу институтымен ынтымақтастық",
           "Сотрудничество с научно-исследовательским институтом",
           "Research institute partnership"),
    ],
)

PARTNERSHIP_STATUSES = ChoiceList(
    "partnership_statuses",
    Text("Әріптестіктің мәртебесі", "Статус партнёрства", "Partnership status"),
    [
        _c("negotiation", "Келіссөздер жүріп жатыр", "Переговоры", "Negotiation"),
        _c("agreement_signed", "Келісімге қол қойылды", "Соглашение подписано",
           "Agreement signed"),
        _c("active", "Іске асырылуда", "Действует", "Active"),
        _c("completed", "Аяқталды", "Завершено", "Completed"),
    ],
)

# --- Application -------------------------------------------------------------------------------

AUDIT_STATUSES = ChoiceList(
    "audit_statuses",
    Text("Аудиттің мәртебесі", "Статус аудита", "Audit status"),
    [
        _c("draft", "Қаралама", "Черновик", "Draft"),
        _c("finalized", "Қорытындыланды", "Завершён", "Finalized"),
    ],
)

# Not to be confused with ``auditor.domain.text.LANGUAGES``, the tuple of language codes.
# Each language is named in itself whatever the interface language, so a user who cannot read the
# current interface can still find their own.
LANGUAGES = ChoiceList(
    "languages",
    Text("Тіл", "Язык", "Language"),
    [
        _c("kk", "Қазақша", "Қазақша", "Қазақша"),
        _c("ru", "Русский", "Русский", "Русский"),
        _c("en", "English", "English", "English"),
    ],
)

CHOICE_LISTS: dict[str, ChoiceList] = {
    lst.name: lst
    for lst in (
        REGIONS,
        LEGAL_FORMS,
        PRODUCER_TYPES,
        OWNERSHIP_TYPES,
        CLUSTERS,
        GMP_STATUSES,
        GMP_STANDARDS,
        CERTIFICATE_DOC_TYPES,
        INSPECTION_TYPES,
        INSPECTION_CONCLUSIONS,
        INSPECTION_AREAS,
        DEFICIENCY_CLASSES,
        CAPA_STATUSES,
        SITE_ACTIVITIES,
        DOSAGE_FORMS,
        DOSAGE_FORM_GROUPS,
        UNITS,
        LOCALIZATION_STAGES,
        ORIGIN_EVIDENCE,
        API_ORIGINS,
        BARRIERS,
        SUPPORT_MEASURES,
        SUPPORT_STATUSES,
        SEVERITIES,
        ATC_GROUPS,
        INVESTMENT_TYPES,
        INVESTMENT_STATUSES,
        FUNDING_SOURCES,
        PARTNERSHIP_TYPES,
        PARTNERSHIP_STATUSES,
        AUDIT_STATUSES,
        LANGUAGES,
        COUNTRIES,
    )
}
