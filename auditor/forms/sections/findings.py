"""Findings & sign-off: the auditor's conclusions, the company representative, attachments."""

from __future__ import annotations

from auditor.db.models import Attachment, Audit
from auditor.domain.text import Text
from auditor.forms.fields import Field, FieldType, Repeat, Section

SECTION = Section(
    "findings",
    Text("Қорытынды және қол қою", "Выводы и подписание", "Findings & sign-off"),
    Text(
        "Аудитордың тұжырымдары мен ұсыныстары, кәсіпорын өкілі және аудит құжаттары.",
        "Выводы и рекомендации аудитора, представитель предприятия и документы аудита.",
        "The auditor's findings and recommendations, the company representative and the "
        "audit's documents.",
    ),
    [
        Field(
            Audit.findings,
            Text("Аудитордың тұжырымдары", "Выводы аудитора", "Auditor's findings"),
            Text(
                "Басты фактілер: қуат жүктемесі, GMP жағдайы, өнім портфелі, тәуекелдер.",
                "Главное по фактам: загрузка мощностей, состояние GMP, портфель, риски.",
                "The essentials, as facts: capacity load, GMP standing, portfolio, risks.",
            ),
            required=True,
        ),
        Field(
            Audit.recommendations,
            Text("Ұсыныстар", "Рекомендации", "Recommendations"),
            Text(
                "Нөмірленген тізім: не істеу керек және кім істейді.",
                "Нумерованный список: что сделать и кому.",
                "A numbered list: what should be done, and by whom.",
            ),
            required=True,
        ),
        Field(
            Audit.representative_name,
            Text("Кәсіпорын өкілі", "Представитель предприятия", "Company representative"),
            Text(
                "Аудит нәтижесімен танысқан өкілдің толық аты-жөні; аудитті аяқтағанда сұралады.",
                "ФИО представителя, ознакомленного с итогами; запрашивается при завершении аудита.",
                "Full name of the person who reviews the results for the company; asked when "
                "the audit is finalized.",
            ),
            required=False,
        ),
        Field(
            Audit.representative_position,
            Text("Өкілдің лауазымы", "Должность представителя", "Representative's position"),
            Text(
                "Мысалы, бас директор не сапа жөніндегі директор; аудитті аяқтағанда сұралады.",
                "Например, генеральный директор или директор по качеству; запрашивается при "
                "завершении аудита.",
                "E.g. general director or quality director; asked when the audit is finalized.",
            ),
            required=False,
        ),
        Field(
            Audit.auditor_confirmed,
            Text("Аудитор растады", "Подтверждено аудитором", "Confirmed by the auditor"),
            Text(
                "Аудит аяқталғанда өзі белгіленеді; қолмен өзгертілмейді.",
                "Отмечается само при завершении аудита; вручную не меняется.",
                "Set when the audit is finalized; it cannot be changed by hand.",
            ),
            read_only=True,
        ),
        Repeat(
            Audit.attachments,
            Text("Тіркелген файлдар", "Вложения", "Attachments"),
            Text(
                "Хаттама, сертификат көшірмелері, фотосуреттер; файлдар аудитпен бірге "
                "дерекқорда сақталады.",
                "Протокол, копии сертификатов, фотографии; файлы хранятся в базе вместе с аудитом.",
                "Protocol, copies of certificates, photos; the files are kept in the database "
                "with the audit.",
            ),
            [
                Field(
                    Attachment.content,
                    Text("Файл", "Файл", "File"),
                    Text(
                        "Құжаттың сканы, фотосурет не PDF.",
                        "Скан документа, фотография или PDF.",
                        "A scan of a document, a photo or a PDF.",
                    ),
                    type=FieldType.ATTACHMENT,
                    required=True,
                ),
                Field(
                    Attachment.file_name,
                    Text("Файлдың атауы", "Имя файла", "File name"),
                    Text(
                        "Мазмұнын айтатын атау, мысалы «GMP-сертификат-2024.pdf».",
                        "Говорящее имя, например «Сертификат-GMP-2024.pdf».",
                        "A name that says what it is, e.g. 'GMP-certificate-2024.pdf'.",
                    ),
                ),
                Field(
                    Attachment.media_type,
                    Text("Файлдың түрі", "Тип файла", "File type"),
                    Text(
                        "Файл қосылғанда өзі анықталады.",
                        "Определяется сам при добавлении файла.",
                        "Detected when the file is added.",
                    ),
                    read_only=True,
                ),
                Field(
                    Attachment.description,
                    Text("Сипаттама", "Описание", "Description"),
                    Text(
                        "Бұл қандай құжат және ол нені растайды.",
                        "Что это за документ и что он подтверждает.",
                        "What the document is and what it shows.",
                    ),
                ),
            ],
            row_label="file_name",
            item_label=Text("файл", "файл", "file"),
        ),
    ],
)
