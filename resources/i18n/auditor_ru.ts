<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignmentResultDialog</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="297"/>
        <source>Assignment list</source>
        <translation>Список назначений</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="298"/>
        <source>{file}: companies added: {imported}; already in the database: {present}.</source>
        <translation>{file}: добавлено компаний: {imported}; уже есть в базе данных: {present}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="303"/>
        <source>Rows not imported: {bad}. Correct them in the workbook and import it again.</source>
        <translation>Не импортировано строк: {bad}. Исправьте их в книге и импортируйте её снова.</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="74"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="75"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="76"/>
        <source>Spreadsheet</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="77"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="78"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="117"/>
        <source>{size} B</source>
        <translation>{size} Б</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="120"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="121"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="122"/>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="143"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="144"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="145"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="146"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="147"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/attachments.py" line="223"/>
        <location filename="../../auditor/ui/selftest.py" line="98"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsNote</name>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="222"/>
        <source>{files}: photos, certificates and documents are on the attachments page.</source>
        <translation>{files}: фотографии, сертификаты и документы находятся на странице «Вложения».</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="225"/>
        <source>&amp;Open the attachments page</source>
        <translation>Перейти к &amp;вложениям</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="427"/>
        <source>Add files to the audit</source>
        <translation>Добавление файлов в аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="435"/>
        <source>Adding files</source>
        <translation>Добавление файлов</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="458"/>
        <source>Opening {name}</source>
        <translation>Открытие файла {name}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="470"/>
        <source>Remove attachment</source>
        <translation>Удаление вложения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="472"/>
        <source>Remove “{name}” from this audit? The file is deleted from the database; the audit trail keeps a record of it.</source>
        <translation>Удалить «{name}» из этого аудита? Файл будет удалён из базы данных; в журнале изменений останется запись об этом.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="481"/>
        <source>Removing {name}</source>
        <translation>Удаление файла {name}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="497"/>
        <source>No files attached yet. Add photos of the site, certificates or documents.</source>
        <translation>Вложенных файлов пока нет. Добавьте фотографии площадки, сертификаты или документы.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="500"/>
        <location filename="../../auditor/ui/editor/attachments.py" line="503"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="499"/>
        <location filename="../../auditor/ui/editor/attachments.py" line="502"/>
        <source>A&amp;dd files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="406"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="501"/>
        <location filename="../../auditor/ui/editor/attachments.py" line="504"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="505"/>
        <source>Add photos or documents</source>
        <translation>Добавить фотографии или документы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="506"/>
        <source>Open the chosen file</source>
        <translation>Открыть выбранный файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="508"/>
        <source>Remove the chosen file</source>
        <translation>Удалить выбранный файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="532"/>
        <source>Photos and documents ({patterns})</source>
        <translation>Фотографии и документы ({patterns})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="535"/>
        <source>Photos ({patterns})</source>
        <translation>Фотографии ({patterns})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="536"/>
        <source>Documents ({patterns})</source>
        <translation>Документы ({patterns})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="595"/>
        <source>Some files were not added</source>
        <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="605"/>
        <source>the file is empty (0 bytes), so there is nothing to keep.</source>
        <translation>файл пуст (0 байт), сохранять нечего.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="608"/>
        <source>the file is {size}; each file may be at most {limit}, because it is kept inside the audit and travels with every exported package. Reduce the photo&apos;s size or scan at a lower resolution.</source>
        <translation>размер файла — {size}; каждый файл может быть не более {limit}, так как он хранится внутри аудита и передаётся с каждым экспортированным пакетом. Уменьшите размер фотографии или отсканируйте документ с меньшим разрешением.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="616"/>
        <source>the file could not be read ({detail}).</source>
        <translation>не удалось прочитать файл ({detail}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/attachments.py" line="622"/>
        <source>%n other file(s) were added.</source>
        <translation>
            <numerusform>Добавлен ещё %n файл.</numerusform>
            <numerusform>Добавлено ещё %n файла.</numerusform>
            <numerusform>Добавлено ещё %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="627"/>
        <source>Saving the description</source>
        <translation>Сохранение описания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="659"/>
        <source>Open file</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="661"/>
        <source>No application on this computer opens {name}. A copy is at {path}.</source>
        <translation>На этом компьютере нет приложения, которое открывает {name}. Копия находится здесь: {path}.</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="531"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="533"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="534"/>
        <source>potential index {score}</source>
        <translation>индекс потенциала {score}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="543"/>
        <source>Waiting for the database: another program is using it…</source>
        <translation>Ожидание базы данных: её использует другая программа…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="545"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="547"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="549"/>
        <source>Changes are saved as you go</source>
        <translation>Изменения сохраняются по ходу работы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="551"/>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="629"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Отменить {change}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="632"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Повторить {change}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="632"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="635"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="636"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="647"/>
        <source>{company} — revision {revision}, {status}</source>
        <translation>{company} — редакция {revision}, {status}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="658"/>
        <source>Read-only: the database is open in another window of the application; change the audit there.</source>
        <translation>Только чтение: база данных открыта в другом окне приложения; изменяйте аудит там.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="662"/>
        <source>Imported on {date} from {file} (auditor: {auditor}).</source>
        <translation>Импортирован {date} из файла {file} (аудитор: {auditor}).</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="664"/>
        <source>not named</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="669"/>
        <source>It came from another installation and is read-only here. As a ministry analyst you can reopen it, with a reason, to change it here.</source>
        <translation>Он получен с другой установки и здесь доступен только для чтения. Как аналитик министерства вы можете открыть его заново с указанием причины, чтобы изменить здесь.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="673"/>
        <source>Finalized on {date} — read-only. Reopen to change.</source>
        <translation>Завершён {date} — только для чтения. Чтобы внести изменения, откройте его повторно.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="676"/>
        <location filename="../../auditor/ui/editor/editor.py" line="726"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть повторно…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="698"/>
        <source>Close the audit</source>
        <translation>Закрыть аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="699"/>
        <source>What was typed in these answers cannot be read and is not saved:
{answers}

Close and lose it?</source>
        <translation>Введённое в эти ответы невозможно прочитать, и оно не сохранено:
{answers}

Закрыть и потерять его?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="718"/>
        <source>&amp;Audit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="719"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="720"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="721"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="722"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="724"/>
        <source>Check the audit; when it has no errors, sign it off and lock it</source>
        <translation>Проверить аудит и, если ошибок нет, подписать и заблокировать его</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="656"/>
        <source>Unlock the finalized audit as a new revision; a reason is asked</source>
        <translation>Разблокировать завершённый аудит как новую редакцию; потребуется указать причину</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="528"/>
        <source>{percent} complete</source>
        <translation>заполнено на {percent}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="727"/>
        <source>&amp;Close</source>
        <translation>За&amp;крыть</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="728"/>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="729"/>
        <source>D&amp;uplicate row</source>
        <translation>Ду&amp;блировать строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="730"/>
        <source>Re&amp;move row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="731"/>
        <source>&amp;Previous section</source>
        <translation>П&amp;редыдущий раздел</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="732"/>
        <source>&amp;Next section</source>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="736"/>
        <source>A&amp;ttachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="765"/>
        <source>Saving the last changes; the window closes when they are saved…</source>
        <translation>Сохраняются последние изменения; окно закроется, когда они будут сохранены…</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="80"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="81"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="82"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="84"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="85"/>
        <source>GMP status</source>
        <translation>Статус GMP</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="86"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="87"/>
        <source>Complete</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="88"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="89"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="162"/>
        <source>No audit yet</source>
        <translation>Аудита ещё нет</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="308"/>
        <source>Checking audits</source>
        <translation>Проверка аудитов</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="452"/>
        <source>Being checked…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="454"/>
        <source>This audit could not be checked; the log file has the details.</source>
        <translation>Этот аудит не удалось проверить; подробности в файле журнала.</translation>
    </message>
</context>
<context>
    <name>BadRowsModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="180"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="181"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="182"/>
        <source>What is wrong</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="129"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="130"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="131"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="132"/>
        <source>In the database</source>
        <translation>В базе данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="133"/>
        <source>In the package</source>
        <translation>В пакете</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="68"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="69"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="70"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="71"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="72"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="274"/>
        <source>Conflicts of consolidation</source>
        <translation>Конфликты консолидации</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="275"/>
        <source>Keep the &amp;database&apos;s version</source>
        <translation>Оставить версию &amp;базы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="276"/>
        <source>Keep the &amp;package&apos;s version</source>
        <translation>Оставить версию &amp;пакета</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/conflicts.py" line="319"/>
        <source>%n conflict(s) wait for a decision. Select one to compare the database&apos;s version with the package&apos;s, then keep one of them.</source>
        <translation>
            <numerusform>%n конфликт ожидает решения. Выберите его, чтобы сравнить версию базы с версией пакета, и оставьте одну из них.</numerusform>
            <numerusform>%n конфликта ожидают решения. Выберите один, чтобы сравнить версию базы с версией пакета, и оставьте одну из них.</numerusform>
            <numerusform>%n конфликтов ожидают решения. Выберите один, чтобы сравнить версию базы с версией пакета, и оставьте одну из них.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="322"/>
        <source>No conflicts wait for a decision.</source>
        <translation>Нет конфликтов, ожидающих решения.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="371"/>
        <source>Reading both versions…</source>
        <translation>Читаются обе версии…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="377"/>
        <source>{kind}: {company}, file {file}.</source>
        <translation>{kind}: {company}, файл {file}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="381"/>
        <source>Both audits stay in the database; the national figures use the latest finalized one. Left: the audit that was there; right: the one the package brought.</source>
        <translation>Оба аудита остаются в базе; национальные показатели берут последний завершённый. Слева — аудит, который уже был; справа — пришедший с пакетом.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/conflicts.py" line="384"/>
        <source>Differences: %n.</source>
        <translation>
            <numerusform>Различий: %n.</numerusform>
            <numerusform>Различий: %n.</numerusform>
            <numerusform>Различий: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="406"/>
        <source>The database stays as it is. The package&apos;s version stays in the import history.</source>
        <translation>База данных остаётся как есть. Версия пакета остаётся в истории импорта.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="409"/>
        <source>The company {company} takes the name the package gives it.</source>
        <translation>Компания {company} получает наименование из пакета.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="412"/>
        <source>The audit {audit} of {company} is replaced by the package&apos;s version from {file}. What the database holds now is kept in the import history. The national figures will use the version kept.</source>
        <translation>Аудит {audit} компании {company} заменяется версией пакета из {file}. То, что сейчас в базе, сохраняется в истории импорта. Национальные показатели будут использовать сохранённую версию.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="418"/>
        <source>The conflict is closed and your decision ({actor}) is recorded in the audit trail.</source>
        <translation>Конфликт закрывается, ваше решение ({actor}) записывается в аудиторский след (журнал изменений).</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="426"/>
        <source>Keep the database&apos;s version?</source>
        <translation>Оставить версию базы?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="427"/>
        <source>Keep the package&apos;s version?</source>
        <translation>Оставить версию пакета?</translation>
    </message>
</context>
<context>
    <name>ConsolidationResultDialog</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="267"/>
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="269"/>
        <source>Show con&amp;flicts…</source>
        <translation>Показать &amp;конфликты…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="277"/>
        <source>Packages: {total}. Imported: {accepted} ({audits}). Already imported: {already}. Not imported: {refused}.</source>
        <translation>Пакетов: {total}. Импортировано: {accepted} ({audits}). Импортировано ранее: {already}. Не импортировано: {refused}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/menu.py" line="281"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n аудит</numerusform>
            <numerusform>%n аудита</numerusform>
            <numerusform>%n аудитов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationResultModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="126"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="127"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="128"/>
        <source>Audits</source>
        <translation>Аудиты</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="129"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="133"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="134"/>
        <source>Accepted, changed after export</source>
        <translation>Принят, изменён после экспорта</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="137"/>
        <source>Imported in part, the rest in conflict</source>
        <translation>Импортирован частично, остальное в конфликте</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="140"/>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="141"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="142"/>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="143"/>
        <source>Refused, changed after export</source>
        <translation>Отклонён, изменён после экспорта</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <location filename="../../auditor/ui/demo.py" line="21"/>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/demo.py" line="22"/>
        <source>Demo data: an invented audit of a producer modelled on public facts, not a real one. Its BIN is of the range reserved for demo data. File → Remove demo data removes it.</source>
        <translation>Демо-данные: вымышленный аудит производителя по открытым сведениям, не настоящий. Его БИН — из диапазона, отведённого для демо-данных. Файл → Удалить демо-данные удаляет его.</translation>
    </message>
</context>
<context>
    <name>EditControl</name>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="121"/>
        <source>change of “{answer}”</source>
        <translation>изменение «{answer}»</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="139"/>
        <location filename="../../auditor/ui/editor/editing.py" line="153"/>
        <source>The row was not added</source>
        <translation>Строка не добавлена</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="144"/>
        <source>adding a row to “{table}”</source>
        <translation>добавление строки в «{table}»</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="158"/>
        <source>copy of a row of “{table}”</source>
        <translation>копирование строки в «{table}»</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="178"/>
        <source>removal of a row of “{table}”</source>
        <translation>удаление строки из «{table}»</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="246"/>
        <location filename="../../auditor/ui/editor/editing.py" line="252"/>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="334"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="347"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="434"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="436"/>
        <source>E&amp;xport package…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="437"/>
        <source>Write finalized audits into a package workbook to hand over</source>
        <translation>Записать завершённые аудиты в пакет (книгу Excel) для передачи</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="438"/>
        <source>Import &amp;assignment list…</source>
        <translation>Импорт &amp;списка назначений…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="439"/>
        <source>Add the companies of a workbook listing the producers to visit</source>
        <translation>Добавить компании из книги со списком производителей для посещения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="440"/>
        <source>&amp;Consolidate packages…</source>
        <translation>&amp;Консолидация пакетов…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="441"/>
        <source>Import package workbooks from auditors into this database</source>
        <translation>Импортировать пакеты аудиторов в эту базу данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="442"/>
        <source>Consolidate a &amp;folder…</source>
        <translation>Консолидация &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="443"/>
        <source>Import every package workbook in a folder and its subfolders</source>
        <translation>Импортировать все пакеты из папки и её подпапок</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="444"/>
        <source>Write &amp;national workbook…</source>
        <translation>Сформировать &amp;национальную книгу…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="445"/>
        <source>Write the consolidated national workbook with summaries and charts</source>
        <translation>Сформировать сводную национальную книгу с итогами и диаграммами</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="446"/>
        <source>Conf&amp;licts…</source>
        <translation>Кон&amp;фликты…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="447"/>
        <source>Compare the versions consolidation could not decide between, and keep one</source>
        <translation>Сравнить версии, между которыми консолидация не смогла выбрать, и оставить одну</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="572"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="607"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="615"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="628"/>
        <source>Export package</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="573"/>
        <source>Which audits do you want to export?</source>
        <translation>Какие аудиты экспортировать?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="577"/>
        <source>Drafts among the selected audits: {drafts}. They are not exported: only finalized audits can be exported, so finalize them first.</source>
        <translation>Черновиков среди выбранных аудитов: {drafts}. Они не будут экспортированы: экспортировать можно только завершённые аудиты, поэтому сначала завершите их.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="584"/>
        <source>&amp;Selected finalized audits ({count})</source>
        <translation>&amp;Выбранные завершённые аудиты ({count})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="588"/>
        <source>&amp;All finalized audits</source>
        <translation>Все &amp;завершённые аудиты</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="609"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="640"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="665"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="777"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="624"/>
        <source>Exporting the package…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="629"/>
        <source>Package written: {path}
Audits in it: {count}.</source>
        <translation>Пакет записан: {path}
Аудитов в нём: {count}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="638"/>
        <source>Import assignment list</source>
        <translation>Импорт списка назначений</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="651"/>
        <source>Importing the assignment list…</source>
        <translation>Импорт списка назначений…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="663"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="699"/>
        <source>Consolidate packages</source>
        <translation>Консолидация пакетов</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="675"/>
        <source>Consolidate a folder of packages</source>
        <translation>Консолидация папки с пакетами</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="692"/>
        <source>Consolidating packages…</source>
        <translation>Консолидация пакетов…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="700"/>
        <source>No package workbooks (.xlsx) were found in {inputs}.</source>
        <translation>Пакеты (.xlsx) не найдены: {inputs}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="714"/>
        <source>Packages changed after export</source>
        <translation>Пакеты, изменённые после экспорта</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="715"/>
        <source>These packages were changed after export:
{files}

Import them anyway? The import log will say so.</source>
        <translation>Эти пакеты были изменены после экспорта:
{files}

Всё равно импортировать их? Это будет отмечено в журнале импорта.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="740"/>
        <source>Importing changed packages…</source>
        <translation>Импорт изменённых пакетов…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="775"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="783"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="796"/>
        <source>Write national workbook</source>
        <translation>Формирование национальной книги</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="792"/>
        <source>Writing the national workbook…</source>
        <translation>Формирование национальной книги…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="797"/>
        <source>The national workbook was written to {path}.</source>
        <translation>Национальная книга сохранена: {path}.</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../auditor/ui/editor/formatting.py" line="72"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/formatting.py" line="73"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/inputs/line.py" line="103"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/inputs/line.py" line="106"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/inputs/boolean.py" line="19"/>
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
</context>
<context>
    <name>FinalizeFlow</name>
    <message>
        <location filename="../../auditor/ui/editor/finalizing.py" line="95"/>
        <source>The audit was not finalized</source>
        <translation>Аудит не завершён</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/finalizing.py" line="122"/>
        <source>The audit was not reopened</source>
        <translation>Аудит не открыт повторно</translation>
    </message>
</context>
<context>
    <name>FinalizeIssuesDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="220"/>
        <source>Finalize audit: answers to correct</source>
        <translation>Завершение аудита: ответы для исправления</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="223"/>
        <source>The audit can be finalized only when no errors are left. Choose an issue and press Enter (or Go to field) to correct that answer.</source>
        <translation>Аудит можно завершить, только когда не осталось ошибок. Чтобы исправить ответ, выберите замечание и нажмите Enter (или «Перейти к полю»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="227"/>
        <source>%n error(s) block finalizing</source>
        <translation>
            <numerusform>%n ошибка препятствует завершению</numerusform>
            <numerusform>%n ошибки препятствуют завершению</numerusform>
            <numerusform>%n ошибок препятствуют завершению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="228"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="230"/>
        <source>&amp;Go to field</source>
        <translation>&amp;Перейти к полю</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="231"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="91"/>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="92"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="93"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="94"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="95"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="120"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="121"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="623"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="624"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="625"/>
        <source>Company name or BIN</source>
        <translation>Наименование компании или БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="626"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="627"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="628"/>
        <source>G&amp;MP status:</source>
        <translation>Статус &amp;GMP:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="629"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="631"/>
        <source>No audit yet</source>
        <translation>Аудита ещё нет</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="637"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="638"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="639"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="640"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="641"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="642"/>
        <source>&amp;New company…</source>
        <translation>&amp;Новая компания…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="643"/>
        <source>New &amp;audit</source>
        <translation>Новый &amp;аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="644"/>
        <source>&amp;Open audit</source>
        <translation>&amp;Открыть аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="645"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="646"/>
        <source>Delete co&amp;mpany…</source>
        <translation>Удалить &amp;компанию…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="647"/>
        <source>Remove d&amp;emo data…</source>
        <translation>Удалить &amp;демо-данные…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="648"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="650"/>
        <source>&amp;Find company</source>
        <translation>&amp;Найти компанию</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="651"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="652"/>
        <source>&amp;Refresh list</source>
        <translation>&amp;Обновить список</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="653"/>
        <source>Auditor &amp;profile…</source>
        <translation>&amp;Профиль аудитора…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="654"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="655"/>
        <source>Open &amp;data folder</source>
        <translation>Открыть папку с &amp;данными</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="693"/>
        <source>Audits shown: {shown} of {total}</source>
        <translation>Показано аудитов: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="769"/>
        <source>No auditor profile</source>
        <translation>Профиль аудитора не задан</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="774"/>
        <source>{kind}: {name} ({code})</source>
        <translation>{kind}: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="775"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="779"/>
        <source>Database: {path} — read-only, open in another window</source>
        <translation>База данных: {path} — только чтение, открыта в другом окне</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="782"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="801"/>
        <location filename="../../auditor/ui/main/window.py" line="818"/>
        <source>Open audit</source>
        <translation>Открытие аудита</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="845"/>
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="847"/>
        <location filename="../../auditor/ui/main/window.py" line="969"/>
        <source>Choose a company in the list first.</source>
        <translation>Сначала выберите компанию в списке.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="862"/>
        <source>{company} already has a draft audit (revision {revision}). Finish it rather than starting another. Open the draft?</source>
        <translation>Для компании {company} уже есть черновик аудита (редакция {revision}). Завершите его вместо того, чтобы начинать новый. Открыть черновик?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="888"/>
        <source>Delete draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="890"/>
        <source>Choose an audit in the list first.</source>
        <translation>Сначала выберите аудит в списке.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="898"/>
        <source>The audit of {company} (revision {revision}) is finalized and cannot be deleted: a signed audit is kept as it was signed. To change it, reopen it in the editor.</source>
        <translation>Аудит компании {company} (редакция {revision}) завершён и не может быть удалён: подписанный аудит хранится в том виде, в каком был подписан. Чтобы изменить его, откройте его повторно в редакторе.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="908"/>
        <source>Delete the draft audit of {company}, revision {revision}? Everything entered in it is deleted; the audit trail keeps a record of it.</source>
        <translation>Удалить черновик аудита компании {company}, редакция {revision}? Всё, что в него внесено, будет удалено; в журнале изменений останется запись об этом.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="924"/>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="929"/>
        <source>Database copies (*.sqlite)</source>
        <translation>Копии базы данных (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="943"/>
        <source>The database was copied to {path}.</source>
        <translation>База данных скопирована: {path}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="967"/>
        <source>Delete company</source>
        <translation>Удаление компании</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="986"/>
        <source>Delete the company {company} (BIN {bin})? It has no audits; the audit trail keeps a record of it.</source>
        <translation>Удалить компанию {company} (БИН {bin})? Аудитов у неё нет; журнал аудита сохранит запись об этом.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1027"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1046"/>
        <source>Pharma Capacity Auditor {version}

Audit of pharmaceutical and medical-device producers of Kazakhstan: GMP status, production capacity and development potential.

Database: {database}
Log file: {log}</source>
        <translation>Pharma Capacity Auditor {version}

Аудит производителей лекарственных средств и медицинских изделий Казахстана: статус GMP, производственные мощности и потенциал развития.

База данных: {database}
Файл журнала: {log}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1053"/>
        <source>not written in this session</source>
        <translation>в этом сеансе не записывался</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1057"/>
        <source>About Pharma Capacity Auditor</source>
        <translation>О программе Pharma Capacity Auditor</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1067"/>
        <source>Remove demo data</source>
        <translation>Удаление демо-данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1070"/>
        <source>This database holds no demo data.</source>
        <translation>В этой базе данных нет демо-данных.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1079"/>
        <source>Remove all demo data? Demo companies: {companies}; their audits: {audits}, finalized among them: {finalized}. Demo data is what carries the DEMO badge (a BIN starting with {prefix}); real companies and their audits are not touched. The audit trail keeps a record of everything removed.</source>
        <translation>Удалить все демо-данные? Демо-компаний: {companies}; их аудитов: {audits}, из них завершённых: {finalized}. Демо-данные — то, что отмечено знаком ДЕМО (БИН начинается с {prefix}); настоящие компании и их аудиты не затрагиваются. Журнал аудита сохраняет запись обо всём удалённом.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1103"/>
        <source>Demo data removed: {what}.</source>
        <translation>Демо-данные удалены: {what}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1113"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/main/window.py" line="1118"/>
        <source>The database is empty. Load demo data (%n producer(s)) to try the application?</source>
        <translation>
            <numerusform>База данных пуста. Загрузить демонстрационные данные (%n производитель), чтобы опробовать приложение?</numerusform>
            <numerusform>База данных пуста. Загрузить демонстрационные данные (%n производителя), чтобы опробовать приложение?</numerusform>
            <numerusform>База данных пуста. Загрузить демонстрационные данные (%n производителей), чтобы опробовать приложение?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1134"/>
        <source>Loading demo data</source>
        <translation>Загрузка демонстрационных данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1158"/>
        <source>Saving the last changes; the window closes when they are saved…</source>
        <translation>Сохраняются последние изменения; окно закроется, когда они будут сохранены…</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="431"/>
        <source>resident legal entity</source>
        <translation>юридическое лицо — резидент</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="432"/>
        <source>non-resident legal entity</source>
        <translation>юридическое лицо — нерезидент</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="433"/>
        <source>joint individual entrepreneurship</source>
        <translation>совместное индивидуальное предпринимательство</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="438"/>
        <source>head office</source>
        <translation>головное подразделение</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="439"/>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="440"/>
        <source>representative office</source>
        <translation>представительство</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="441"/>
        <source>peasant or farm enterprise</source>
        <translation>крестьянское (фермерское) хозяйство</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="449"/>
        <source>Registered {month:02d}.{year}; {entity}, {attribute}.</source>
        <translation>Регистрация: {month:02d}.{year}; {entity}, {attribute}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="589"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="597"/>
        <source>Fields marked * are required; give the name in at least one language.</source>
        <translation>Поля, отмеченные *, обязательны; укажите наименование хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="599"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="602"/>
        <source>&amp;Open existing company</source>
        <translation>&amp;Открыть существующую компанию</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="603"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="605"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="669"/>
        <source>A company with this BIN already exists: {name}</source>
        <translation>Компания с таким БИН уже существует: {name}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="722"/>
        <source>The company could not be created</source>
        <translation>Не удалось создать компанию</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../auditor/ui/operations/work.py" line="137"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/operations/work.py" line="165"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>PotentialModel</name>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Basis</source>
        <translation>Обоснование</translation>
    </message>
</context>
<context>
    <name>PotentialPanel</name>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="177"/>
        <source>{score} of 100</source>
        <translation>{score} из 100</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="185"/>
        <source>Development potential index</source>
        <translation>Индекс потенциала развития</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="188"/>
        <source>Computed from the answers, never typed: each criterion gives part of its weight; criteria without data score nothing.</source>
        <translation>Рассчитывается по ответам, вручную не вводится: каждый критерий даёт часть своего веса; критерии без данных баллов не получают.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="309"/>
        <source>Auditor profile</source>
        <translation>Профиль аудитора</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="312"/>
        <source>Welcome. Tell us who audits on this computer. The profile is kept in this database; your name and code go with every change you make and every audit you sign.</source>
        <translation>Добро пожаловать! Укажите, кто проводит аудит на этом компьютере. Профиль хранится в этой базе данных; ФИО и код аудитора записываются при каждом внесённом изменении и в каждом подписанном аудите.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="318"/>
        <source>Welcome. Tell us who works on this computer. The profile is kept in this database; your name goes with every change you make.</source>
        <translation>Добро пожаловать. Укажите, кто работает на этом компьютере. Профиль хранится в этой базе данных; ваше имя сохраняется с каждым внесённым вами изменением.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="323"/>
        <source>Your name and code go with every change you make and every audit you sign.</source>
        <translation>ФИО и код аудитора записываются при каждом внесённом изменении и в каждом подписанном аудите.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="326"/>
        <source>Your name goes with every change you make.</source>
        <translation>Ваше имя сохраняется с каждым внесённым вами изменением.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="328"/>
        <source>I work as</source>
        <translation>Я работаю как</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="332"/>
        <source>&amp;Full name *</source>
        <translation>&amp;ФИО *</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="333"/>
        <source>Auditor &amp;code *</source>
        <translation>&amp;Код аудитора *</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="334"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="335"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="336"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="337"/>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="338"/>
        <source>e.g. KZ-AUD-017</source>
        <translation>например, KZ-AUD-017</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="342"/>
        <source>— not set —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="349"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="349"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="352"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="352"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="411"/>
        <source>The profile could not be saved</source>
        <translation>Не удалось сохранить профиль</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../auditor/ui/selftest.py" line="103"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="413"/>
        <source>Reopen the audit</source>
        <translation>Повторное открытие аудита</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="416"/>
        <source>Reopening unlocks the finalized audit as its next revision (the revision number goes up by one). The reason is kept in the audit trail with your name and the time.</source>
        <translation>При повторном открытии завершённый аудит разблокируется как следующая редакция (номер редакции увеличивается на единицу). Причина сохраняется в журнале изменений вместе с ФИО аудитора и временем.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="422"/>
        <source>Reopening unlocks the finalized audit as revision {revision}. The reason is kept in the audit trail with your name and the time.</source>
        <translation>При повторном открытии завершённый аудит разблокируется как редакция {revision}. Причина сохраняется в журнале изменений вместе с ФИО аудитора и временем.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="426"/>
        <source>&amp;Reason for reopening:</source>
        <translation>&amp;Причина повторного открытия:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="427"/>
        <source>Re&amp;open</source>
        <translation>&amp;Открыть повторно</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="428"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RepeatGroup</name>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="655"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="656"/>
        <source>Duplicate row</source>
        <translation>Дублировать строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="586"/>
        <location filename="../../auditor/ui/editor/repeat.py" line="657"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="587"/>
        <source>Remove the row “{row}” of “{table}” with all its answers? Undo (Ctrl+Z) puts it back.</source>
        <translation>Удалить строку «{row}» таблицы «{table}» со всеми её ответами? Отмена действия (Ctrl+Z) вернёт её.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="658"/>
        <source>Add a row at the end (Ctrl+Ins)</source>
        <translation>Добавить строку в конец (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="660"/>
        <source>Add a copy of the current row to edit (Ctrl+D)</source>
        <translation>Добавить копию текущей строки для правки (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="663"/>
        <source>Remove the current row; Undo puts it back (Ctrl+Del)</source>
        <translation>Удалить текущую строку; «Отменить» вернёт её (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>RepeatTableModel</name>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="195"/>
        <source>Does not apply to this row, given its other answers.</source>
        <translation>Не относится к этой строке с учётом других её ответов.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../auditor/ui/editor/navigator.py" line="56"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="60"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/navigator.py" line="66"/>
        <source>Photos, certificates and documents kept with the audit.</source>
        <translation>Фотографии, сертификаты и документы, хранящиеся вместе с аудитом.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="94"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="96"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/navigator.py" line="103"/>
        <source>{answered} of {expected} required answers given</source>
        <translation>Дано ответов на обязательные вопросы: {answered} из {expected}</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="328"/>
        <source>Finalize and sign off the audit</source>
        <translation>Завершение и подписание аудита</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="331"/>
        <source>The answers have no errors. Once finalized, the audit becomes read-only: nobody can change it until it is reopened with a reason, which makes a new revision.</source>
        <translation>Ошибок в ответах нет. После завершения аудит станет доступен только для чтения: никто не сможет его изменить, пока он не будет открыт повторно с указанием причины; при этом создаётся новая редакция.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="338"/>
        <source>%n warning(s) remain. They do not block finalizing; make sure each is intended.</source>
        <translation>
            <numerusform>Осталось %n предупреждение. Предупреждения не препятствуют завершению; убедитесь, что каждое из них обосновано.</numerusform>
            <numerusform>Осталось %n предупреждения. Предупреждения не препятствуют завершению; убедитесь, что каждое из них обосновано.</numerusform>
            <numerusform>Осталось %n предупреждений. Предупреждения не препятствуют завершению; убедитесь, что каждое из них обосновано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="345"/>
        <source>The audit was assigned to {assigned}; you sign it off in your own name.</source>
        <translation>Аудит назначен аудитору {assigned}; вы подписываете его от своего имени.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="348"/>
        <source>Company representative&apos;s &amp;name:</source>
        <translation>&amp;ФИО представителя компании:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="349"/>
        <source>Representative&apos;s &amp;position:</source>
        <translation>&amp;Должность представителя:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="353"/>
        <source>I, {auditor}, &amp;confirm that this audit is complete and correct.</source>
        <translation>Я, {auditor}, &amp;подтверждаю, что аудит заполнен полностью и верно.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="357"/>
        <source>&amp;Finalize and lock</source>
        <translation>&amp;Завершить и заблокировать</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="358"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../auditor/ui/errors.py" line="73"/>
        <source>Something went wrong that the application did not expect: {error}.</source>
        <translation>Произошла непредвиденная ошибка: {error}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/errors.py" line="78"/>
        <source>The details are saved in {path}.</source>
        <translation>Подробности сохранены в файле {path}.</translation>
    </message>
</context>
</TS>
