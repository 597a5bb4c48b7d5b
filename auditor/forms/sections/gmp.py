"""GMP status: certificates, the last inspections and the deficiencies they found."""

from __future__ import annotations

from auditor.db.models import Audit, Deficiency, GmpCertificate, Inspection
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, FieldType, Repeat, Section

# The day the audit speaks for, as ``rules.reference_date`` has it.
VISIT_DAY = "coalesce(visit_end, visit_start, today())"

NOT_AFTER_VISIT = Text(
    "Күн аудит сапарынан кейін болмауы керек.",
    "Дата не может быть позже визита аудитора.",
    "The date cannot be after the audit visit.",
)

SECTION = Section(
    "gmp",
    Text("GMP мәртебесі", "Статус GMP", "GMP status"),
    Text(
        "GMP сертификаттары, соңғы инспекциялар, олардың сәйкессіздіктері және CAPA.",
        "Сертификаты GMP, последние инспекции, их несоответствия и CAPA.",
        "GMP certificates, the last inspections, their deficiencies and CAPA.",
    ),
    [
        Field(
            Audit.gmp_status,
            Text("GMP мәртебесі", "Статус GMP", "GMP status"),
            Text(
                "Сапар күніндегі жалпы мәртебе, соңғы сертификат пен инспекция бойынша.",
                "Общий статус на день визита, по последнему сертификату и инспекции.",
                "Overall status on the day of the visit, from the latest certificate and "
                "inspection.",
            ),
            choices="gmp_statuses",
            required=True,
        ),
        Repeat(
            Audit.certificates,
            Text("GMP сертификаттары", "Сертификаты GMP", "GMP certificates"),
            Text(
                "Әр сертификат немесе сәйкессіздік туралы мәлімдеме, мерзімі өткендерін қоса.",
                "Каждый сертификат или заявление о несоответствии, включая истёкшие.",
                "Every certificate or statement of non-compliance, expired ones included.",
            ),
            [
                Field(
                    GmpCertificate.site_id,
                    Text("Алаң", "Площадка", "Site"),
                    Text(
                        "Сертификат берілген алаң; бүкіл кәсіпорынға болса, бос қалдырыңыз.",
                        "Площадка, на которую выдан сертификат; если на всё предприятие — "
                        "оставьте пустым.",
                        "The site the certificate covers; leave empty if it covers the whole "
                        "company.",
                    ),
                    type=FieldType.ROW_REF,
                    ref="sites",
                ),
                Field(
                    GmpCertificate.number,
                    Text("Сертификат нөмірі", "Номер сертификата", "Certificate number"),
                    Text(
                        "Құжаттағыдай, барлық әріп пен белгілерімен.",
                        "Как в документе, со всеми буквами и знаками.",
                        "As printed, with all letters and signs.",
                    ),
                ),
                Field(
                    GmpCertificate.doc_type,
                    Text("Құжат түрі", "Тип документа", "Document type"),
                    Text(
                        "Сәйкестік сертификаты ма, әлде сәйкес еместігі туралы мәлімдеме ме.",
                        "Сертификат соответствия или заявление о несоответствии.",
                        "A certificate of compliance or a statement of non-compliance.",
                    ),
                    choices="certificate_doc_types",
                    required=True,
                ),
                Field(
                    GmpCertificate.standard,
                    Text("GMP стандарты", "Стандарт GMP", "GMP standard"),
                    Text(
                        "Сертификат қай қағидаларға сәйкестігін растайды: ЕАЭО, ЕО, PIC/S, ДДСҰ.",
                        "На соответствие каким правилам выдан: ЕАЭС, ЕС, PIC/S, ВОЗ.",
                        "The rules the certificate attests to: EAEU, EU, PIC/S, WHO.",
                    ),
                    choices="gmp_standards",
                    required=True,
                ),
                Field(
                    GmpCertificate.issuing_authority,
                    Text("Берген орган", "Выдавший орган", "Issuing authority"),
                    Text(
                        "Сертификатта көрсетілген орган немесе сертификаттау ұйымы.",
                        "Орган или орган по сертификации, указанный в сертификате.",
                        "The authority or certification body named on the certificate.",
                    ),
                    required=True,
                ),
                Field(
                    GmpCertificate.inspection_date,
                    Text("Инспекция күні", "Дата инспекции", "Inspection date"),
                    Text(
                        "Сертификат негізделген инспекцияның соңғы күні, сертификатта жазылған.",
                        "Последний день инспекции, на которой основан сертификат.",
                        "Last day of the inspection the certificate rests on.",
                    ),
                    constraints=[Constraint(f"value <= {VISIT_DAY}", NOT_AFTER_VISIT)],
                ),
                Field(
                    GmpCertificate.issued_on,
                    Text("Берілген күні", "Дата выдачи", "Issued on"),
                    Text(
                        "Сертификатта көрсетілген берілген күні.",
                        "Дата выдачи, указанная в сертификате.",
                        "Date of issue printed on the certificate.",
                    ),
                    required=True,
                    constraints=[Constraint(f"value <= {VISIT_DAY}", NOT_AFTER_VISIT)],
                ),
                Field(
                    GmpCertificate.valid_until,
                    Text("Жарамдылық мерзімі", "Действителен до", "Valid until"),
                    Text(
                        "Сертификатта жазылғандай. ЕО сертификаттарында мерзім жоқ — бос "
                        "қалдырыңыз; ДДСҰ сертификаты 2 жыл жарамды.",
                        "Как в сертификате. У сертификатов ЕС срока нет — оставьте пустым; "
                        "сертификат ВОЗ действует 2 года.",
                        "As printed. EU certificates have none: leave empty; WHO certificates "
                        "run 2 years.",
                    ),
                    relevant="doc_type != 'non_compliance_statement'",
                ),
                Field(
                    GmpCertificate.scope_dosage_forms,
                    Text("Сертификат аясы", "Область сертификата", "Certificate scope"),
                    Text(
                        "Сертификат қосымшасында аталған дәрілік түрлер мен операциялар.",
                        "Лекарственные формы и операции, перечисленные в приложении к "
                        "сертификату.",
                        "Dosage forms and operations listed in the certificate's annex.",
                    ),
                    type=FieldType.SELECT_MULTIPLE,
                    choices="dosage_forms",
                ),
                Field(
                    GmpCertificate.api_names,
                    Text("Белсенді субстанциялар", "Активные субстанции", "Active substances"),
                    Text(
                        "Сертификатта аталған субстанциялардың ХПА, үтір арқылы; болмаса бос.",
                        "МНН субстанций, названных в сертификате, через запятую; если нет — "
                        "пусто.",
                        "INNs of the substances named on the certificate, comma-separated; "
                        "empty if none.",
                    ),
                ),
                Field(
                    GmpCertificate.remarks,
                    Text("Ескертпелер", "Примечания", "Remarks"),
                    Text(
                        "Шектеулер, тоқтата тұру, қайта инспекция жоспары.",
                        "Ограничения, приостановка, планы повторной инспекции.",
                        "Restrictions, suspension, plans for re-inspection.",
                    ),
                ),
            ],
            row_label="number",
            item_label=Text("сертификат", "сертификат", "certificate"),
            min_rows="1 if gmp_status in ('valid', 'expired') else 0",
        ),
        Repeat(
            Audit.inspections,
            Text("Инспекциялар", "Инспекции", "Inspections"),
            Text(
                "Соңғы GMP инспекциялары, отандық та, шетелдік те, әр алаң бойынша.",
                "Последние инспекции GMP, отечественные и зарубежные, по каждой площадке.",
                "The last GMP inspections, domestic and foreign, for each site.",
            ),
            [
                Field(
                    Inspection.site_id,
                    Text("Алаң", "Площадка", "Site"),
                    Text(
                        "Инспекцияланған алаң; есептен қараңыз.",
                        "Проинспектированная площадка; смотрите отчёт.",
                        "The site inspected; see the report.",
                    ),
                    type=FieldType.ROW_REF,
                    ref="sites",
                ),
                Field(
                    Inspection.inspection_type,
                    Text("Инспекция түрі", "Вид инспекции", "Inspection type"),
                    Text(
                        "Инспекция туралы бұйрықта немесе есепте көрсетілген.",
                        "Указан в приказе об инспекции или в отчёте.",
                        "Stated in the inspection order or the report.",
                    ),
                    choices="inspection_types",
                    required=True,
                ),
                Field(
                    Inspection.standard,
                    Text("GMP стандарты", "Стандарт GMP", "GMP standard"),
                    Text(
                        "Инспекция қай қағидалар бойынша жүргізілді.",
                        "По каким правилам проводилась инспекция.",
                        "The rules the inspection was against.",
                    ),
                    choices="gmp_standards",
                ),
                Field(
                    Inspection.inspectorate,
                    Text("Инспекциялаушы орган", "Инспекторат", "Inspectorate"),
                    Text(
                        "Инспекцияны жүргізген орган, есептің титул парағынан.",
                        "Орган, проводивший инспекцию, с титульного листа отчёта.",
                        "The body that inspected, from the report's title page.",
                    ),
                ),
                Field(
                    Inspection.date_start,
                    Text("Басталған күні", "Дата начала", "Start date"),
                    Text(
                        "Алаңдағы инспекцияның бірінші күні.",
                        "Первый день инспекции на площадке.",
                        "First day of the inspection on site.",
                    ),
                    required=True,
                    constraints=[Constraint(f"value <= {VISIT_DAY}", NOT_AFTER_VISIT)],
                ),
                Field(
                    Inspection.date_end,
                    Text("Аяқталған күні", "Дата окончания", "End date"),
                    Text(
                        "Алаңдағы соңғы күн; бір күндік болса, басталған күнін жазыңыз.",
                        "Последний день на площадке; если один день — та же дата.",
                        "Last day on site; for a one-day inspection, the same date.",
                    ),
                    constraints=[Constraint(f"value <= {VISIT_DAY}", NOT_AFTER_VISIT)],
                ),
                Field(
                    Inspection.conclusion,
                    Text("Қорытынды", "Заключение", "Conclusion"),
                    Text(
                        "Инспекция есебінің қорытындысы бойынша.",
                        "По заключению отчёта об инспекции.",
                        "As the inspection report concludes.",
                    ),
                    choices="inspection_conclusions",
                    required=True,
                ),
                Field(
                    Inspection.areas,
                    Text("Тексерілген салалар", "Проверенные области", "Areas inspected"),
                    Text(
                        "Есепте қаралған GMP тараулары.",
                        "Главы GMP, рассмотренные в отчёте.",
                        "GMP chapters covered by the report.",
                    ),
                    type=FieldType.SELECT_MULTIPLE,
                    choices="inspection_areas",
                ),
                Field(
                    Inspection.remarks,
                    Text("Ескертпелер", "Примечания", "Remarks"),
                    Text(
                        "Есептегі маңызды мәліметтер, шектеулер, келесі инспекция.",
                        "Важное из отчёта: ограничения, следующая инспекция.",
                        "What matters from the report: restrictions, next inspection.",
                    ),
                ),
            ],
            row_label="inspectorate",
            item_label=Text("инспекция", "инспекция", "inspection"),
            min_rows="1 if gmp_status == 'non_compliant' else 0",
        ),
        Repeat(
            Audit.deficiencies,
            Text("Сәйкессіздіктер", "Несоответствия", "Deficiencies"),
            Text(
                "Инспекциялар анықтаған сәйкессіздіктер және оларды түзету (CAPA).",
                "Несоответствия, выявленные инспекциями, и их устранение (CAPA).",
                "Deficiencies the inspections found and their correction (CAPA).",
            ),
            [
                Field(
                    Deficiency.inspection_id,
                    Text("Анықтаған инспекция", "Инспекция", "Inspection"),
                    Text(
                        "Сәйкессіздікті анықтаған инспекция; алдымен оны жоғарыда қосыңыз.",
                        "Инспекция, выявившая несоответствие; сначала добавьте её выше.",
                        "The inspection that found it; add the inspection above first.",
                    ),
                    type=FieldType.ROW_REF,
                    ref="inspections",
                    required=True,
                ),
                Field(
                    Deficiency.deficiency_class,
                    Text("Сыныбы", "Класс", "Class"),
                    Text(
                        "PIC/S бойынша. Сыни — пациентке зиянды өнім қаупі; елеулі — "
                        "дерекнамадан, GMP-дан не лицензиядан елеулі ауытқу; басқа — қалғаны.",
                        "По PIC/S. Критическое — риск вредной для пациента продукции; "
                        "существенное — серьёзное отклонение от досье, GMP или лицензии; "
                        "прочее — остальное.",
                        "Per PIC/S. Critical: risk of a product harmful to patients; major: "
                        "serious deviation from the dossier, GMP or licence; other: the rest.",
                    ),
                    choices="deficiency_classes",
                ),
                Field(
                    Deficiency.area,
                    Text("Сала", "Область", "Area"),
                    Text(
                        "Сәйкессіздік жататын GMP тарауы.",
                        "Глава GMP, к которой относится несоответствие.",
                        "The GMP chapter the deficiency falls under.",
                    ),
                    choices="inspection_areas",
                ),
                Field(
                    Deficiency.description,
                    Text("Сипаттамасы", "Описание", "Description"),
                    Text(
                        "Есептегі тұжырым, қысқаша өз сөзіңізбен.",
                        "Формулировка из отчёта, кратко своими словами.",
                        "The finding as in the report, briefly in your own words.",
                    ),
                    required=True,
                ),
                Field(
                    Deficiency.capa_status,
                    Text("CAPA мәртебесі", "Статус CAPA", "CAPA status"),
                    Text(
                        "Түзету әрекеттерінің сапар күнгі жағдайы, CAPA жоспары бойынша.",
                        "Состояние корректирующих действий на день визита, по плану CAPA.",
                        "State of the corrective actions on the day of the visit, per the CAPA "
                        "plan.",
                    ),
                    choices="capa_statuses",
                    required=True,
                ),
                Field(
                    Deficiency.capa_due,
                    Text("CAPA мерзімі", "Срок CAPA", "CAPA due date"),
                    Text(
                        "CAPA жоспарында инспекторатпен келісілген мерзім.",
                        "Срок, согласованный с инспекторатом в плане CAPA.",
                        "Deadline agreed with the inspectorate in the CAPA plan.",
                    ),
                ),
                Field(
                    Deficiency.capa_closed_on,
                    Text("CAPA жабылған күні", "Дата закрытия CAPA", "CAPA closed on"),
                    Text(
                        "Жабуды растайтын құжаттың күні.",
                        "Дата документа, подтверждающего закрытие.",
                        "Date of the document that confirms closure.",
                    ),
                    relevant="capa_status == 'closed'",
                    required=True,
                    constraints=[Constraint(f"value <= {VISIT_DAY}", NOT_AFTER_VISIT)],
                ),
            ],
            row_label="description",
            item_label=Text("сәйкессіздік", "несоответствие", "deficiency"),
        ),
    ],
)
