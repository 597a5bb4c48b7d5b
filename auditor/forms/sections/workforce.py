"""Workforce & R&D: headcount, quality staff, qualified persons, research."""

from __future__ import annotations

from auditor.db.models import Audit
from auditor.domain.text import Text
from auditor.forms.fields import Constraint, Field, Section, Severity
from auditor.forms.sections.common import PEOPLE, TENGE

SECTION = Section(
    "workforce",
    Text("Қызметкерлер және ҒЗТКЖ", "Персонал и НИОКР", "Workforce & R&D"),
    Text(
        "Соңғы есепті күнгі қызметкерлер саны және ғылыми-зерттеу жұмыстары.",
        "Численность персонала на последнюю отчётную дату и научно-исследовательская работа.",
        "Headcount at the last reporting date, and research and development.",
    ),
    [
        Field(
            Audit.staff_total,
            Text("Қызметкерлердің жалпы саны", "Общая численность персонала", "Total staff"),
            Text(
                "Есепті күнгі тізімдік сан, барлық алаңдар бойынша.",
                "Списочная численность на отчётную дату, по всем площадкам.",
                "Headcount on the payroll at the reporting date, all sites together.",
            ),
            unit=PEOPLE,
            required=True,
        ),
        Field(
            Audit.staff_qa_qc,
            Text(
                "Сапаны қамтамасыз ету және бақылау қызметкерлері",
                "Персонал обеспечения и контроля качества (QA/QC)",
                "Quality assurance and control staff (QA/QC)",
            ),
            Text(
                "Сапа бөлімдері мен бақылау зертханасының қызметкерлері.",
                "Сотрудники отделов качества и лаборатории контроля качества.",
                "Staff of the quality units and the quality-control laboratory.",
            ),
            unit=PEOPLE,
            required=True,
        ),
        Field(
            Audit.qualified_persons,
            Text("Уәкілетті тұлғалар", "Уполномоченные лица", "Qualified persons"),
            Text(
                "Серияларды шығаруға рұқсат беретін уәкілетті тұлғалар саны.",
                "Число уполномоченных лиц, выпускающих серии в реализацию.",
                "Number of qualified persons who certify batches for release.",
            ),
            unit=PEOPLE,
            constraints=[
                Constraint(
                    "value >= 1 or producer_type == 'medical_devices'",
                    Text(
                        "Дәрі өндірушіде кемінде бір уәкілетті тұлға болуы керек.",
                        "У производителя лекарств должно быть хотя бы одно уполномоченное лицо.",
                        "A medicines producer needs at least one qualified person.",
                    ),
                    Severity.WARNING,
                )
            ],
        ),
        Field(
            Audit.vacancies,
            Text("Бос жұмыс орындары", "Вакансии", "Vacancies"),
            Text(
                "Қазір ашық бос орындар саны.",
                "Число открытых на сегодня вакансий.",
                "Number of positions open today.",
            ),
            unit=PEOPLE,
        ),
        Field(
            Audit.rd_staff,
            Text("ҒЗТКЖ қызметкерлері", "Персонал НИОКР", "R&D staff"),
            Text(
                "Әзірлеу, клиникалық және фармацевтикалық зерттеулермен айналысатындар.",
                "Занятые разработкой, клиническими и фармацевтическими исследованиями.",
                "People working in development, clinical and pharmaceutical research.",
            ),
            unit=PEOPLE,
        ),
        Field(
            Audit.rd_budget_kzt,
            Text("ҒЗТКЖ бюджеті", "Бюджет НИОКР", "R&D budget"),
            Text(
                "Соңғы толық жылғы ғылыми-зерттеу шығындары.",
                "Расходы на исследования и разработки за последний полный год.",
                "Research and development spending in the last full year.",
            ),
            unit=TENGE,
        ),
        Field(
            Audit.clinical_trials,
            Text("Клиникалық зерттеулер", "Клинические исследования", "Clinical trials"),
            Text(
                "Соңғы үш жылда жүргізілген немесе жүріп жатқан зерттеулер саны.",
                "Число исследований, проведённых или идущих за последние три года.",
                "Trials run or running in the last three years.",
            ),
        ),
    ],
)
