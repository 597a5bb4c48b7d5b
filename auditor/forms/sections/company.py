"""Company & sites: who the producer is, who owns it, and where it makes things."""

from __future__ import annotations

from auditor.db.models import Audit, Company, Site
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, FieldType, Repeat, Section, Severity
from auditor.forms.sections.common import DEGREES, PERCENT

FOREIGN_OWNED = "ownership_type in ('foreign', 'mixed')"

# A company is registered under its name in Kazakh, in Russian or in both (the registration
# certificate gives both where both were registered): one of them is required, either will do.
# The database holds the same rule (the company table's "has_name" check).
NAME_MISSING = Text(
    "Атауын қазақша, орысша немесе екі тілде де енгізіңіз.",
    "Введите наименование на казахском, на русском или на обоих языках.",
    "Enter the name in Kazakh, in Russian, or both.",
)

SECTION = Section(
    "company",
    Text("Компания және алаңдар", "Компания и площадки", "Company & sites"),
    Text(
        "Тіркеу деректері, меншік, кластер және өндірістік алаңдар.",
        "Регистрационные данные, собственность, кластер и производственные площадки.",
        "Registration details, ownership, cluster and production sites.",
    ),
    [
        Field(
            Company.bin,
            Text("БСН", "БИН", "BIN"),
            Text(
                "12 цифр, мемлекеттік тіркеу туралы анықтамадан; бақылау цифры тексеріледі.",
                "12 цифр, из справки о государственной регистрации; контрольная цифра "
                "проверяется.",
                "12 digits, from the state registration certificate; the check digit is "
                "verified.",
            ),
            type=FieldType.BIN,
        ),
        Field(
            Company.name_kk,
            Text("Атауы (қазақша)", "Наименование (на казахском)", "Name (Kazakh)"),
            Text(
                "Тіркеу құжатындағыдай толық атауы, мысалы «Фарм» ЖШС.",
                "Полное наименование на казахском, как в регистрационных документах.",
                "Full legal name in Kazakh, as in the registration documents.",
            ),
            required="not name_ru",
            required_message=NAME_MISSING,
        ),
        Field(
            Company.name_ru,
            Text("Атауы (орысша)", "Наименование (на русском)", "Name (Russian)"),
            Text(
                "Тіркеу құжатындағыдай орысша толық атауы, мысалы ТОО «Фарм».",
                "Полное наименование, как в регистрационных документах, например ТОО «Фарм».",
                "Full legal name in Russian, as in the registration documents.",
            ),
            required="not name_kk",
            required_message=NAME_MISSING,
        ),
        Field(
            Company.legal_form,
            Text("Ұйымдық-құқықтық нысаны", "Организационно-правовая форма", "Legal form"),
            Text(
                "Атаудағы қысқартуға қараңыз: АҚ, ЖШС, МК.",
                "Смотрите сокращение в наименовании: АО, ТОО, ГП.",
                "See the abbreviation in the name: JSC, LLP, state enterprise.",
            ),
            choices="legal_forms",
            required=True,
        ),
        Field(
            Company.region_code,
            Text("Тіркелген өңірі", "Регион регистрации", "Region of registration"),
            Text(
                "Заңды мекенжай орналасқан облыс немесе республикалық маңызы бар қала.",
                "Область или город республиканского значения по юридическому адресу.",
                "Region or city of republican significance of the legal address.",
            ),
            choices="regions",
        ),
        Field(
            Company.address,
            Text("Заңды мекенжайы", "Юридический адрес", "Legal address"),
            Text(
                "Тіркеу туралы анықтамадағыдай: елді мекен, көше, үй.",
                "Как в справке о регистрации: населённый пункт, улица, дом.",
                "As in the registration certificate: town, street, building.",
            ),
            required=True,
        ),
        Field(
            Audit.visit_start,
            Text("Сапардың басталуы", "Начало визита", "Visit start"),
            Text(
                "Кәсіпорында аудит басталған күн.",
                "День, когда аудит на предприятии начался.",
                "Day the audit at the company began.",
            ),
            required=True,
        ),
        Field(
            Audit.visit_end,
            Text("Сапардың аяқталуы", "Окончание визита", "Visit end"),
            Text(
                "Соңғы күні; бір күндік сапарда басталу күнін қайталаңыз.",
                "Последний день; при однодневном визите — та же дата, что и начало.",
                "Last day; for a one-day visit, the same date as the start.",
            ),
        ),
        Field(
            Audit.producer_type,
            Text("Өндірушінің түрі", "Тип производителя", "Producer type"),
            Text(
                "Кәсіпорын негізінен не шығарады: дәрі, медициналық бұйым, субстанция.",
                "Что предприятие в основном выпускает: лекарства, медизделия, субстанции.",
                "What the company mainly makes: medicines, medical devices, APIs.",
            ),
            choices="producer_types",
            required=True,
        ),
        Field(
            Audit.ownership_type,
            Text("Меншік нысаны", "Форма собственности", "Ownership"),
            Text(
                "Құрылтайшылар тізімі немесе акционерлер тізілімі бойынша.",
                "По списку учредителей или реестру акционеров.",
                "From the list of founders or the shareholder register.",
            ),
            choices="ownership_types",
            required=True,
        ),
        Field(
            Audit.foreign_share_pct,
            Text("Шетелдік қатысу үлесі", "Доля иностранного участия", "Foreign share"),
            Text(
                "Жарғылық капиталдағы шетелдік қатысушылардың жалпы үлесі.",
                "Суммарная доля иностранных участников в уставном капитале.",
                "Combined share of foreign owners in the charter capital.",
            ),
            type=FieldType.PERCENTAGE,
            unit=PERCENT,
            relevant=FOREIGN_OWNED,
            required=True,
            constraints=[
                Constraint(
                    "value > 0",
                    Text(
                        "Шетелдік немесе аралас меншікте шетелдік үлес нөлден үлкен болуы керек.",
                        "При иностранной или смешанной собственности доля должна быть больше "
                        "нуля.",
                        "With foreign or mixed ownership the foreign share must be above zero.",
                    ),
                ),
                Constraint(
                    "ownership_type != 'mixed' or value < 100",
                    Text(
                        "Аралас меншікте шетелдік үлес 100% болмайды: меншік нысанын тексеріңіз.",
                        "При смешанной собственности доля не бывает 100%: проверьте форму "
                        "собственности.",
                        "Mixed ownership cannot be 100% foreign: check the ownership type.",
                    ),
                    Severity.WARNING,
                ),
            ],
        ),
        Field(
            Audit.foreign_partner_country,
            Text("Шетелдік серіктестің елі", "Страна иностранного партнёра",
                 "Country of the foreign partner"),
            Text(
                "Ең үлкен шетелдік қатысушы тіркелген ел.",
                "Страна регистрации крупнейшего иностранного участника.",
                "Country where the largest foreign owner is registered.",
            ),
            choices="countries",
            relevant=FOREIGN_OWNED,
            required=True,
            constraints=[
                Constraint(
                    "value != 'KZ'",
                    Text(
                        "Шетелдік серіктестің елі Қазақстан бола алмайды.",
                        "Страной иностранного партнёра не может быть Казахстан.",
                        "The foreign partner's country cannot be Kazakhstan.",
                    ),
                )
            ],
        ),
        Field(
            Audit.cluster,
            Text("Фармацевтикалық кластер", "Фармацевтический кластер",
                 "Pharmaceutical cluster"),
            Text(
                "Кәсіпорын мүше болған кластер; мүше болмаса «Кластерге кірмейді».",
                "Кластер, участником которого является предприятие; если нет — «Не входит "
                "в кластер».",
                "The cluster the company belongs to; otherwise 'Not in a cluster'.",
            ),
            choices="clusters",
            required=True,
        ),
        Field(
            Audit.special_economic_zone,
            Text("Арнайы экономикалық аймақ", "Специальная экономическая зона",
                 "Special economic zone"),
            Text(
                "Кәсіпорын қатысушы болған АЭА атауы, мысалы «ТҰРАН»; болмаса бос қалдырыңыз.",
                "Название СЭЗ, участником которой является предприятие, например «ТУРАН»; "
                "если нет — оставьте пустым.",
                "Name of the special economic zone the company takes part in, e.g. TURAN; "
                "leave empty if none.",
            ),
        ),
        Repeat(
            Audit.sites,
            Text("Өндірістік алаңдар", "Производственные площадки", "Production sites"),
            Text(
                "Кәсіпорын өндіріс, қаптау немесе бақылау жүргізетін әр мекенжай.",
                "Каждый адрес, где предприятие производит, упаковывает или контролирует "
                "продукцию.",
                "Every address where the company makes, packs or tests products.",
            ),
            [
                Field(
                    Site.name,
                    Text("Алаң атауы", "Название площадки", "Site name"),
                    Text(
                        "Кәсіпорында қалай аталса, солай: «Негізгі алаң, Шымкент».",
                        "Как площадку называют на предприятии: «Основная площадка, Шымкент».",
                        "As the company calls it: 'Main site, Shymkent'.",
                    ),
                ),
                Field(
                    Site.region_code,
                    Text("Өңір", "Регион", "Region"),
                    Text(
                        "Алаң орналасқан облыс немесе қала.",
                        "Область или город, где находится площадка.",
                        "Region or city where the site is.",
                    ),
                    choices="regions",
                    required=True,
                ),
                Field(
                    Site.address,
                    Text("Алаңның мекенжайы", "Адрес площадки", "Site address"),
                    Text(
                        "Нақты мекенжай: елді мекен, көше, үй немесе өнеркәсіптік аймақ.",
                        "Фактический адрес: населённый пункт, улица, дом или промзона.",
                        "Actual address: town, street, building or industrial zone.",
                    ),
                    required=True,
                ),
                Field(
                    Site.kato,
                    Text("ӘАОЖ коды", "Код КАТО", "KATO code"),
                    Text(
                        "Әкімшілік-аумақтық объектілер жіктеуішінің 9 цифры; алғашқы екеуі — "
                        "өңір.",
                        "9 цифр классификатора административно-территориальных объектов; "
                        "первые две — регион.",
                        "9 digits of the administrative-territorial classifier; the first two "
                        "are the region.",
                    ),
                    constraints=[
                        Constraint(
                            "matches(value, '[0-9]{9}')",
                            Text(
                                "ӘАОЖ коды дәл 9 цифрдан тұрады.",
                                "Код КАТО состоит ровно из 9 цифр.",
                                "A KATO code has exactly 9 digits.",
                            ),
                        ),
                        Constraint(
                            "region_code == None or matches(value, region_code + '[0-9]{7}')",
                            Text(
                                "Кодтың алғашқы екі цифры алаң өңіріне сәйкес келмейді.",
                                "Первые две цифры кода не совпадают с регионом площадки.",
                                "The first two digits do not match the site's region.",
                            ),
                            Severity.WARNING,
                        ),
                    ],
                ),
                Field(
                    Site.latitude,
                    Text("Ендік", "Широта", "Latitude"),
                    Text(
                        "Ондық градуспен, телефон картасынан: мысалы 42.3167.",
                        "В десятичных градусах, по карте в телефоне: например 42.3167.",
                        "In decimal degrees, from a phone map: e.g. 42.3167.",
                    ),
                    unit=DEGREES,
                    constraints=[
                        Constraint(
                            "40.5 <= value <= 55.5",
                            Text(
                                "Қазақстан шамамен 40,5°–55,5° солтүстік ендікте жатыр.",
                                "Казахстан лежит примерно между 40,5° и 55,5° северной широты.",
                                "Kazakhstan lies roughly between 40.5° and 55.5° north.",
                            ),
                        )
                    ],
                ),
                Field(
                    Site.longitude,
                    Text("Бойлық", "Долгота", "Longitude"),
                    Text(
                        "Ондық градуспен, телефон картасынан: мысалы 69.5958.",
                        "В десятичных градусах, по карте в телефоне: например 69.5958.",
                        "In decimal degrees, from a phone map: e.g. 69.5958.",
                    ),
                    unit=DEGREES,
                    constraints=[
                        Constraint(
                            "46.5 <= value <= 87.5",
                            Text(
                                "Қазақстан шамамен 46,5°–87,5° шығыс бойлықта жатыр.",
                                "Казахстан лежит примерно между 46,5° и 87,5° восточной долготы.",
                                "Kazakhstan lies roughly between 46.5° and 87.5° east.",
                            ),
                        )
                    ],
                ),
                Field(
                    Site.activities,
                    Text("Алаңның қызметі", "Виды деятельности площадки", "Site activities"),
                    Text(
                        "Алаңда нақты орындалатынның бәрі; GMP сертификатының қосымшасын "
                        "қараңыз.",
                        "Всё, что реально выполняется на площадке; смотрите приложение к "
                        "сертификату GMP.",
                        "Everything actually done at the site; see the annex to the GMP "
                        "certificate.",
                    ),
                    type=FieldType.SELECT_MULTIPLE,
                    choices="site_activities",
                    required=True,
                ),
            ],
            row_label="name",
            item_label=Text("алаң", "площадка", "site"),
            min_rows=1,
        ),
    ],
)
