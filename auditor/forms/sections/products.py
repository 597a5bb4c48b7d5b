"""Product portfolio: registered products, their localization and the origin of the substance."""

from __future__ import annotations

from auditor.db.models import Audit, Product
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, FieldType, Repeat, Section, Severity
from auditor.forms.sections.common import PER_YEAR

# A product is a medicine unless its dosage form is a medical-device class (the group
# "medical_device" of the dosage_forms list: device_class_1, _2a, _2b, _3).
MEDICINE = "not matches(dosage_form, 'device_class_.+')"

SECTION = Section(
    "products",
    Text("Өнім портфелі", "Продуктовый портфель", "Product portfolio"),
    Text(
        "Кәсіпорын өзі шығаратын тіркелген өнімдер, локализация деңгейі және шығу тегі.",
        "Зарегистрированная продукция собственного производства, стадия локализации и "
        "происхождение.",
        "Registered products the company makes itself, their localization stage and origin.",
    ),
    [
        Repeat(
            Audit.products,
            Text("Өнімдер", "Продукты", "Products"),
            Text(
                "Әр сауда атауы мен дозасы бөлек жол; тізімді тіркеу куәліктерінен алыңыз.",
                "Каждое торговое наименование и дозировка — отдельной строкой; список — по "
                "регистрационным удостоверениям.",
                "One row per trade name and strength; take the list from the registration "
                "certificates.",
            ),
            [
                Field(
                    Product.inn,
                    Text("ХПА", "МНН", "INN"),
                    Text(
                        "Халықаралық патенттелмеген атауы, тіркеу куәлігіндегідей.",
                        "Международное непатентованное наименование, как в регистрационном "
                        "удостоверении.",
                        "International non-proprietary name, as in the registration certificate.",
                    ),
                    relevant=MEDICINE,
                ),
                Field(
                    Product.trade_name,
                    Text("Сауда атауы", "Торговое наименование", "Trade name"),
                    Text(
                        "Қаптамадағы және тіркеу куәлігіндегі атау.",
                        "Наименование на упаковке и в регистрационном удостоверении.",
                        "The name on the pack and in the registration certificate.",
                    ),
                ),
                Field(
                    Product.atc_code,
                    Text("АТХ коды (ATC)", "Код АТХ (ATC)", "ATC code"),
                    Text(
                        "5-деңгейлі код, мысалы C09AA02; нұсқаулықта немесе тізілімде бар.",
                        "Код 5-го уровня, например C09AA02; есть в инструкции или реестре.",
                        "Level-5 code, e.g. C09AA02; found in the leaflet or the register.",
                    ),
                    type=FieldType.ATC,
                    relevant=MEDICINE,
                    required=True,
                ),
                Field(
                    Product.dosage_form,
                    Text("Дәрілік түр", "Лекарственная форма", "Dosage form"),
                    Text(
                        "Тіркеу куәлігі бойынша; медициналық бұйым үшін оның қауіп сыныбы.",
                        "По регистрационному удостоверению; для медизделия — его класс риска.",
                        "As registered; for a medical device, its risk class.",
                    ),
                    choices="dosage_forms",
                    required=True,
                ),
                Field(
                    Product.strength,
                    Text("Дозасы", "Дозировка", "Strength"),
                    Text(
                        "Қаптамадағыдай, бірлігімен: 10 мг, 5 мг/мл, 100 ХБ/мл.",
                        "Как на упаковке, с единицей: 10 мг, 5 мг/мл, 100 МЕ/мл.",
                        "As on the pack, with its unit: 10 mg, 5 mg/ml, 100 IU/ml.",
                    ),
                    relevant=MEDICINE,
                ),
                Field(
                    Product.registration_number,
                    Text("Тіркеу куәлігінің нөмірі", "Номер регистрационного удостоверения",
                         "Registration number"),
                    Text(
                        "Мысалы РК-ЛС-5№000000; Мемлекеттік тізілімнен тексеруге болады.",
                        "Например РК-ЛС-5№000000; можно сверить с Государственным реестром.",
                        "E.g. РК-ЛС-5№000000; can be checked in the State Register.",
                    ),
                    required=True,
                ),
                Field(
                    Product.registration_expiry,
                    Text("Тіркеу мерзімі", "Срок регистрации", "Registration expiry"),
                    Text(
                        "Куәліктің жарамдылық мерзімі; мерзімсіз болса, бос қалдырыңыз.",
                        "Срок действия удостоверения; если бессрочное — оставьте пустым.",
                        "Expiry of the certificate; leave empty if it has no expiry.",
                    ),
                ),
                Field(
                    Product.on_national_formulary,
                    Text("Қазақстандық ұлттық формулярда", "В Казахстанском национальном "
                         "формуляре", "On the national formulary"),
                    Text(
                        "ХПА мен сауда атауы ҚҰФ-та бар ма; мемлекеттік сатып алу осыдан жүреді.",
                        "Есть ли МНН и торговое наименование в КНФ; госзакупки идут по нему.",
                        "Whether the INN and trade name are on the KNF, which state "
                        "procurement draws on.",
                    ),
                    relevant=MEDICINE,
                ),
                Field(
                    Product.is_oncology,
                    Text("Онкологиялық препарат", "Онкологический препарат", "Oncology drug"),
                    Text(
                        "Ісікке қарсы ем; әдетте АТХ L01 немесе L02 тобы.",
                        "Противоопухолевая терапия; обычно группа АТХ L01 или L02.",
                        "Cancer treatment; usually ATC group L01 or L02.",
                    ),
                    relevant=MEDICINE,
                ),
                Field(
                    Product.is_cardiovascular,
                    Text("Жүрек-қантамыр препараты", "Сердечно-сосудистый препарат",
                         "Cardiovascular drug"),
                    Text(
                        "Жүрек пен қантамыр ауруларына; әдетте АТХ C тобы.",
                        "Для болезней сердца и сосудов; обычно группа АТХ C.",
                        "For heart and vascular disease; usually ATC group C.",
                    ),
                    relevant=MEDICINE,
                ),
                Field(
                    Product.localization_stage,
                    Text("Локализация деңгейі", "Стадия локализации", "Localization stage"),
                    Text(
                        "Өндірістің қай бөлігі Қазақстанда жасалады; цехта көргеніңіз бойынша.",
                        "Какая часть производства делается в Казахстане; по тому, что видели "
                        "в цехе.",
                        "Which part of the making is done in Kazakhstan; from what you saw on "
                        "the floor.",
                    ),
                    choices="localization_stages",
                    relevant=MEDICINE,
                    required=True,
                ),
                Field(
                    Product.origin_evidence,
                    Text("Шығу тегінің дәлелі", "Подтверждение происхождения",
                         "Evidence of origin"),
                    Text(
                        "Отандық шығу тегін растайтын құжат; жоқ болса «Растайтын құжат жоқ».",
                        "Документ, подтверждающий отечественное происхождение; если нет — "
                        "«Подтверждения нет».",
                        "The document proving domestic origin; if there is none, 'No evidence'.",
                    ),
                    choices="origin_evidence",
                    required=True,
                ),
                Field(
                    Product.origin_document,
                    Text("Растайтын құжат нөмірі", "Номер подтверждающего документа",
                         "Evidence document number"),
                    Text(
                        "СТ-KZ сертификатының, тізілімдегі жазбаның не басқа құжаттың нөмірі.",
                        "Номер сертификата СТ-KZ, записи в реестре или другого документа.",
                        "Number of the CT-KZ certificate, the register entry or other document.",
                    ),
                    relevant=(
                        "origin_evidence in ('ct_kz_certificate', 'producer_register', 'other')"
                    ),
                    required=True,
                ),
                Field(
                    Product.annual_volume,
                    Text("Жылдық көлемі", "Годовой объём", "Annual volume"),
                    Text(
                        "Өткен жылы шығарылғаны, төмендегі бірлікпен.",
                        "Выпущено за прошлый год, в единице ниже.",
                        "Made last year, in the unit below.",
                    ),
                    unit=PER_YEAR,
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
                    Product.volume_unit,
                    Text("Көлем бірлігі", "Единица объёма", "Volume unit"),
                    Text(
                        "Көлем қалай саналады: қаптама, таблетка, құтыша, кг.",
                        "В чём считается объём: упаковки, таблетки, флаконы, кг.",
                        "What the volume is counted in: packs, tablets, vials, kg.",
                    ),
                    choices="units",
                    required="annual_volume != None",
                ),
                Field(
                    Product.api_origin,
                    Text("Субстанцияның шығу тегі", "Происхождение субстанции",
                         "Origin of the active substance"),
                    Text(
                        "Белсенді субстанция қайдан келеді; шикізат сертификаттарын қараңыз.",
                        "Откуда поступает активная субстанция; смотрите сертификаты на сырьё.",
                        "Where the active substance comes from; see the raw-material "
                        "certificates.",
                    ),
                    choices="api_origins",
                    relevant=MEDICINE,
                    required=True,
                    constraints=[
                        Constraint(
                            "localization_stage != 'full_cycle' or value != 'imported'",
                            Text(
                                "Толық циклде субстанция импортталмайды: деңгейді тексеріңіз.",
                                "При полном цикле субстанция не импортируется: проверьте стадию.",
                                "A full-cycle product does not import its substance: check the "
                                "stage.",
                            ),
                            Severity.WARNING,
                        ),
                        Constraint(
                            "localization_stage != 'fdf_from_imported_api' or value != 'domestic'",
                            Text(
                                "Деңгей «импортталған субстанциядан» дейді, ал субстанция отандық: "
                                "біреуін тексеріңіз.",
                                "Стадия говорит «из импортной субстанции», а субстанция "
                                "отечественная: проверьте одно из двух.",
                                "The stage says “from imported substance” but the substance is "
                                "domestic: check one of them.",
                            ),
                            Severity.WARNING,
                        ),
                    ],
                ),
                Field(
                    Product.api_country,
                    Text("Субстанция елі", "Страна субстанции", "Country of the substance"),
                    Text(
                        "Субстанция өндірушісінің елі; бірнеше болса — негізгісі.",
                        "Страна производителя субстанции; если их несколько — основная.",
                        "Country of the substance maker; if several, the main one.",
                    ),
                    choices="countries",
                    relevant=f"{MEDICINE} and api_origin in ('imported', 'mixed')",
                    required=True,
                    constraints=[
                        Constraint(
                            "api_origin != 'imported' or value != 'KZ'",
                            Text(
                                "Импортталған субстанцияның елі Қазақстан бола алмайды.",
                                "Страной импортной субстанции не может быть Казахстан.",
                                "An imported substance cannot come from Kazakhstan.",
                            ),
                        )
                    ],
                ),
            ],
            row_label="trade_name",
            item_label=Text("өнім", "продукт", "product"),
            min_rows="1 if producer_type != 'medical_devices' else 0",
        ),
    ],
)
