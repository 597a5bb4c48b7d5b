<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignmentResultDialog</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="348"/>
        <source>Assignment list</source>
        <translation>Список назначений</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="349"/>
        <source>{file}: companies added: {imported}; already in the database: {present}.</source>
        <translation>{file}: добавлено компаний: {imported}; уже есть в базе данных: {present}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="354"/>
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
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="520"/>
        <source>{percent} complete</source>
        <translation>заполнено на {percent}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="523"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="525"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="526"/>
        <source>potential index {score}</source>
        <translation>индекс потенциала {score}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="535"/>
        <source>Waiting for the database: another program is using it…</source>
        <translation>Ожидание базы данных: её использует другая программа…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="537"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="539"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="541"/>
        <source>Changes are saved as you go</source>
        <translation>Изменения сохраняются по ходу работы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="543"/>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="608"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Отменить {change}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="608"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="611"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Повторить {change}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="611"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="614"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="615"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="626"/>
        <source>{company} — revision {revision}, {status}</source>
        <translation>{company} — редакция {revision}, {status}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="635"/>
        <source>Read-only: the database is open in another window of the application; change the audit there.</source>
        <translation>Только чтение: база данных открыта в другом окне приложения; изменяйте аудит там.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="638"/>
        <source>Finalized on {date} — read-only. Reopen to change.</source>
        <translation>Завершён {date} — только для чтения. Чтобы внести изменения, откройте его повторно.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="641"/>
        <location filename="../../auditor/ui/editor/editor.py" line="689"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть повторно…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="661"/>
        <source>Close the audit</source>
        <translation>Закрыть аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="662"/>
        <source>What was typed in these answers cannot be read and is not saved:
{answers}

Close and lose it?</source>
        <translation>Введённое в эти ответы невозможно прочитать, и оно не сохранено:
{answers}

Закрыть и потерять его?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="681"/>
        <source>&amp;Audit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="682"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="683"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="684"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="685"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="687"/>
        <source>Check the audit; when it has no errors, sign it off and lock it</source>
        <translation>Проверить аудит и, если ошибок нет, подписать и заблокировать его</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="691"/>
        <source>Unlock the finalized audit as a new revision; a reason is asked</source>
        <translation>Разблокировать завершённый аудит как новую редакцию; потребуется указать причину</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="693"/>
        <source>&amp;Close</source>
        <translation>За&amp;крыть</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="694"/>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="695"/>
        <source>D&amp;uplicate row</source>
        <translation>Ду&amp;блировать строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="696"/>
        <source>Re&amp;move row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="697"/>
        <source>&amp;Previous section</source>
        <translation>П&amp;редыдущий раздел</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="698"/>
        <source>&amp;Next section</source>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="702"/>
        <source>A&amp;ttachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="731"/>
        <source>Saving the last changes; the window closes when they are saved…</source>
        <translation>Сохраняются последние изменения; окно закроется, когда они будут сохранены…</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="78"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="79"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="80"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="82"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="83"/>
        <source>GMP status</source>
        <translation>Статус GMP</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="84"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="85"/>
        <source>Complete</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="86"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="87"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="160"/>
        <source>No audit yet</source>
        <translation>Аудита ещё нет</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="305"/>
        <source>Checking audits</source>
        <translation>Проверка аудитов</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="432"/>
        <source>Being checked…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="434"/>
        <source>This audit could not be checked; the log file has the details.</source>
        <translation>Этот аудит не удалось проверить; подробности в файле журнала.</translation>
    </message>
</context>
<context>
    <name>BadRowsModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="213"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="214"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="215"/>
        <source>What is wrong</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ConsolidationResultDialog</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="321"/>
        <source>Consolidation</source>
        <translation>Консолидация</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="329"/>
        <source>Packages: {total}. Imported: {accepted} ({audits}). Already imported: {already}. Not imported: {refused}.</source>
        <translation>Пакетов: {total}. Импортировано: {accepted} ({audits}). Импортировано ранее: {already}. Не импортировано: {refused}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/menu.py" line="332"/>
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
        <location filename="../../auditor/ui/exchange/menu.py" line="123"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="124"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="125"/>
        <source>Audits</source>
        <translation>Аудиты</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="126"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="129"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="130"/>
        <source>Accepted, changed after export</source>
        <translation>Принят, изменён после экспорта</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="133"/>
        <source>Imported in part, the rest in conflict</source>
        <translation>Импортирован частично, остальное в конфликте</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="136"/>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="137"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="138"/>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="139"/>
        <source>Refused, changed after export</source>
        <translation>Отклонён, изменён после экспорта</translation>
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
        <location filename="../../auditor/ui/exchange/menu.py" line="384"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="397"/>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="480"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="482"/>
        <source>E&amp;xport package…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="483"/>
        <source>Write finalized audits into a package workbook to hand over</source>
        <translation>Записать завершённые аудиты в пакет (книгу Excel) для передачи</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="484"/>
        <source>Import &amp;assignment list…</source>
        <translation>Импорт &amp;списка назначений…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="485"/>
        <source>Add the companies of a workbook listing the producers to visit</source>
        <translation>Добавить компании из книги со списком производителей для посещения</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="486"/>
        <source>&amp;Consolidate packages…</source>
        <translation>&amp;Консолидация пакетов…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="487"/>
        <source>Import package workbooks from auditors into this database</source>
        <translation>Импортировать пакеты аудиторов в эту базу данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="488"/>
        <source>Consolidate a &amp;folder…</source>
        <translation>Консолидация &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="489"/>
        <source>Import every package workbook in a folder and its subfolders</source>
        <translation>Импортировать все пакеты из папки и её подпапок</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="490"/>
        <source>Write &amp;national workbook…</source>
        <translation>Сформировать &amp;национальную книгу…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="491"/>
        <source>Write the consolidated national workbook with summaries and charts</source>
        <translation>Сформировать сводную национальную книгу с итогами и диаграммами</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="615"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="649"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="657"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="670"/>
        <source>Export package</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="616"/>
        <source>Which audits do you want to export?</source>
        <translation>Какие аудиты экспортировать?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="620"/>
        <source>Drafts among the selected audits: {drafts}. They are not exported: only finalized audits can be exported, so finalize them first.</source>
        <translation>Черновиков среди выбранных аудитов: {drafts}. Они не будут экспортированы: экспортировать можно только завершённые аудиты, поэтому сначала завершите их.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="627"/>
        <source>&amp;Selected finalized audits ({count})</source>
        <translation>&amp;Выбранные завершённые аудиты ({count})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="630"/>
        <source>&amp;All finalized audits</source>
        <translation>Все &amp;завершённые аудиты</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="651"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="682"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="707"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="796"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="666"/>
        <source>Exporting the package…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="671"/>
        <source>Package written: {path}
Audits in it: {count}.</source>
        <translation>Пакет записан: {path}
Аудитов в нём: {count}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="680"/>
        <source>Import assignment list</source>
        <translation>Импорт списка назначений</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="693"/>
        <source>Importing the assignment list…</source>
        <translation>Импорт списка назначений…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="705"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="741"/>
        <source>Consolidate packages</source>
        <translation>Консолидация пакетов</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="717"/>
        <source>Consolidate a folder of packages</source>
        <translation>Консолидация папки с пакетами</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="734"/>
        <source>Consolidating packages…</source>
        <translation>Консолидация пакетов…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="742"/>
        <source>No package workbooks (.xlsx) were found in {inputs}.</source>
        <translation>Пакеты (.xlsx) не найдены: {inputs}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="756"/>
        <source>Packages changed after export</source>
        <translation>Пакеты, изменённые после экспорта</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="757"/>
        <source>These packages were changed after export:
{files}

Import them anyway? The import log will say so.</source>
        <translation>Эти пакеты были изменены после экспорта:
{files}

Всё равно импортировать их? Это будет отмечено в журнале импорта.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="782"/>
        <source>Importing changed packages…</source>
        <translation>Импорт изменённых пакетов…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="794"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="802"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="815"/>
        <source>Write national workbook</source>
        <translation>Формирование национальной книги</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="811"/>
        <source>Writing the national workbook…</source>
        <translation>Формирование национальной книги…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="816"/>
        <source>The national workbook was written to {path}.</source>
        <translation>Национальная книга сохранена: {path}.</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../auditor/ui/editor/formatting.py" line="68"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/formatting.py" line="69"/>
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
        <location filename="../../auditor/ui/editor/finalizing.py" line="118"/>
        <source>The audit was not reopened</source>
        <translation>Аудит не открыт повторно</translation>
    </message>
</context>
<context>
    <name>FinalizeIssuesDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="252"/>
        <source>Finalize audit: answers to correct</source>
        <translation>Завершение аудита: ответы для исправления</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="255"/>
        <source>The audit can be finalized only when no errors are left. Choose an issue and press Enter (or Go to field) to correct that answer.</source>
        <translation>Аудит можно завершить, только когда не осталось ошибок. Чтобы исправить ответ, выберите замечание и нажмите Enter (или «Перейти к полю»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="259"/>
        <source>%n error(s) block finalizing</source>
        <translation>
            <numerusform>%n ошибка препятствует завершению</numerusform>
            <numerusform>%n ошибки препятствуют завершению</numerusform>
            <numerusform>%n ошибок препятствуют завершению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="260"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="262"/>
        <source>&amp;Go to field</source>
        <translation>&amp;Перейти к полю</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="263"/>
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
        <location filename="../../auditor/ui/editor/signoff.py" line="143"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="144"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="597"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="598"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="599"/>
        <source>Company name or BIN</source>
        <translation>Наименование компании или БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="600"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="601"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="602"/>
        <source>G&amp;MP status:</source>
        <translation>Статус &amp;GMP:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="603"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="605"/>
        <source>No audit yet</source>
        <translation>Аудита ещё нет</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="611"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="612"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="613"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="614"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="615"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="616"/>
        <source>&amp;New company…</source>
        <translation>&amp;Новая компания…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="617"/>
        <source>New &amp;audit</source>
        <translation>Новый &amp;аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="618"/>
        <source>&amp;Open audit</source>
        <translation>&amp;Открыть аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="619"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Удалить черновик…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="620"/>
        <source>Delete co&amp;mpany…</source>
        <translation>Удалить &amp;компанию…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="621"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="622"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="623"/>
        <source>&amp;Find company</source>
        <translation>&amp;Найти компанию</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="624"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="625"/>
        <source>&amp;Refresh list</source>
        <translation>&amp;Обновить список</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="626"/>
        <source>Auditor &amp;profile…</source>
        <translation>&amp;Профиль аудитора…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="627"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="628"/>
        <source>Open &amp;data folder</source>
        <translation>Открыть папку с &amp;данными</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="666"/>
        <source>Audits shown: {shown} of {total}</source>
        <translation>Показано аудитов: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="740"/>
        <source>No auditor profile</source>
        <translation>Профиль аудитора не задан</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="743"/>
        <source>Auditor: {name} ({code})</source>
        <translation>Аудитор: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="749"/>
        <source>Database: {path} — read-only, open in another window</source>
        <translation>База данных: {path} — только чтение, открыта в другом окне</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="752"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="771"/>
        <location filename="../../auditor/ui/main/window.py" line="788"/>
        <source>Open audit</source>
        <translation>Открытие аудита</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="815"/>
        <source>New audit</source>
        <translation>Новый аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="817"/>
        <location filename="../../auditor/ui/main/window.py" line="939"/>
        <source>Choose a company in the list first.</source>
        <translation>Сначала выберите компанию в списке.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="832"/>
        <source>{company} already has a draft audit (revision {revision}). Finish it rather than starting another. Open the draft?</source>
        <translation>Для компании {company} уже есть черновик аудита (редакция {revision}). Завершите его вместо того, чтобы начинать новый. Открыть черновик?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="858"/>
        <source>Delete draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="860"/>
        <source>Choose an audit in the list first.</source>
        <translation>Сначала выберите аудит в списке.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="868"/>
        <source>The audit of {company} (revision {revision}) is finalized and cannot be deleted: a signed audit is kept as it was signed. To change it, reopen it in the editor.</source>
        <translation>Аудит компании {company} (редакция {revision}) завершён и не может быть удалён: подписанный аудит хранится в том виде, в каком был подписан. Чтобы изменить его, откройте его повторно в редакторе.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="878"/>
        <source>Delete the draft audit of {company}, revision {revision}? Everything entered in it is deleted; the audit trail keeps a record of it.</source>
        <translation>Удалить черновик аудита компании {company}, редакция {revision}? Всё, что в него внесено, будет удалено; в журнале изменений останется запись об этом.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="894"/>
        <source>Back up database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="899"/>
        <source>Database copies (*.sqlite)</source>
        <translation>Копии базы данных (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="913"/>
        <source>The database was copied to {path}.</source>
        <translation>База данных скопирована: {path}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="937"/>
        <source>Delete company</source>
        <translation>Удаление компании</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="956"/>
        <source>Delete the company {company} (BIN {bin})? It has no audits; the audit trail keeps a record of it.</source>
        <translation>Удалить компанию {company} (БИН {bin})? Аудитов у неё нет; журнал аудита сохранит запись об этом.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="997"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1016"/>
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
        <location filename="../../auditor/ui/main/window.py" line="1023"/>
        <source>not written in this session</source>
        <translation>в этом сеансе не записывался</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1027"/>
        <source>About Pharma Capacity Auditor</source>
        <translation>О программе Pharma Capacity Auditor</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1038"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/main/window.py" line="1043"/>
        <source>The database is empty. Load demo data (%n producer(s)) to try the application?</source>
        <translation>
            <numerusform>База данных пуста. Загрузить демонстрационные данные (%n производитель), чтобы опробовать приложение?</numerusform>
            <numerusform>База данных пуста. Загрузить демонстрационные данные (%n производителя), чтобы опробовать приложение?</numerusform>
            <numerusform>База данных пуста. Загрузить демонстрационные данные (%n производителей), чтобы опробовать приложение?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1059"/>
        <source>Loading demo data</source>
        <translation>Загрузка демонстрационных данных</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1083"/>
        <source>Saving the last changes; the window closes when they are saved…</source>
        <translation>Сохраняются последние изменения; окно закроется, когда они будут сохранены…</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="361"/>
        <source>resident legal entity</source>
        <translation>юридическое лицо — резидент</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="362"/>
        <source>non-resident legal entity</source>
        <translation>юридическое лицо — нерезидент</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="363"/>
        <source>joint individual entrepreneurship</source>
        <translation>совместное индивидуальное предпринимательство</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="368"/>
        <source>head office</source>
        <translation>головное подразделение</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="369"/>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="370"/>
        <source>representative office</source>
        <translation>представительство</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="371"/>
        <source>peasant or farm enterprise</source>
        <translation>крестьянское (фермерское) хозяйство</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="379"/>
        <source>Registered {month:02d}.{year}; {entity}, {attribute}.</source>
        <translation>Регистрация: {month:02d}.{year}; {entity}, {attribute}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="519"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="527"/>
        <source>Fields marked * are required; give the name in at least one language.</source>
        <translation>Поля, отмеченные *, обязательны; укажите наименование хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="529"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="532"/>
        <source>&amp;Open existing company</source>
        <translation>&amp;Открыть существующую компанию</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="533"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="535"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="596"/>
        <source>A company with this BIN already exists: {name}</source>
        <translation>Компания с таким БИН уже существует: {name}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="649"/>
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
        <location filename="../../auditor/ui/main/dialogs.py" line="248"/>
        <source>Auditor profile</source>
        <translation>Профиль аудитора</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="252"/>
        <source>Welcome. Tell us who audits on this computer. The profile is kept in this database; your name and code go with every change you make and every audit you sign.</source>
        <translation>Добро пожаловать! Укажите, кто проводит аудит на этом компьютере. Профиль хранится в этой базе данных; ФИО и код аудитора записываются при каждом внесённом изменении и в каждом подписанном аудите.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="260"/>
        <source>Your name and code go with every change you make and every audit you sign.</source>
        <translation>ФИО и код аудитора записываются при каждом внесённом изменении и в каждом подписанном аудите.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="263"/>
        <source>&amp;Full name *</source>
        <translation>&amp;ФИО *</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="264"/>
        <source>Auditor &amp;code *</source>
        <translation>&amp;Код аудитора *</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="265"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="266"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="267"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="268"/>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="269"/>
        <source>e.g. KZ-AUD-017</source>
        <translation>например, KZ-AUD-017</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="273"/>
        <source>— not set —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="280"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="280"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="283"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="283"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="296"/>
        <source>Enter your full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="298"/>
        <source>Enter your auditor code.</source>
        <translation>Введите код аудитора.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="341"/>
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
        <location filename="../../auditor/ui/editor/signoff.py" line="445"/>
        <source>Reopen the audit</source>
        <translation>Повторное открытие аудита</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="448"/>
        <source>Reopening unlocks the finalized audit as its next revision (the revision number goes up by one). The reason is kept in the audit trail with your name and the time.</source>
        <translation>При повторном открытии завершённый аудит разблокируется как следующая редакция (номер редакции увеличивается на единицу). Причина сохраняется в журнале изменений вместе с ФИО аудитора и временем.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="454"/>
        <source>Reopening unlocks the finalized audit as revision {revision}. The reason is kept in the audit trail with your name and the time.</source>
        <translation>При повторном открытии завершённый аудит разблокируется как редакция {revision}. Причина сохраняется в журнале изменений вместе с ФИО аудитора и временем.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="458"/>
        <source>&amp;Reason for reopening:</source>
        <translation>&amp;Причина повторного открытия:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="459"/>
        <source>Re&amp;open</source>
        <translation>&amp;Открыть повторно</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="460"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RepeatGroup</name>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="650"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="651"/>
        <source>Duplicate row</source>
        <translation>Дублировать строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="581"/>
        <location filename="../../auditor/ui/editor/repeat.py" line="652"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="582"/>
        <source>Remove the row “{row}” of “{table}” with all its answers? Undo (Ctrl+Z) puts it back.</source>
        <translation>Удалить строку «{row}» таблицы «{table}» со всеми её ответами? Отмена действия (Ctrl+Z) вернёт её.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="653"/>
        <source>Add a row at the end (Ctrl+Ins)</source>
        <translation>Добавить строку в конец (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="655"/>
        <source>Add a copy of the current row to edit (Ctrl+D)</source>
        <translation>Добавить копию текущей строки для правки (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="658"/>
        <source>Remove the current row; Undo puts it back (Ctrl+Del)</source>
        <translation>Удалить текущую строку; «Отменить» вернёт её (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>RepeatTableModel</name>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="190"/>
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
        <location filename="../../auditor/ui/editor/signoff.py" line="360"/>
        <source>Finalize and sign off the audit</source>
        <translation>Завершение и подписание аудита</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="363"/>
        <source>The answers have no errors. Once finalized, the audit becomes read-only: nobody can change it until it is reopened with a reason, which makes a new revision.</source>
        <translation>Ошибок в ответах нет. После завершения аудит станет доступен только для чтения: никто не сможет его изменить, пока он не будет открыт повторно с указанием причины; при этом создаётся новая редакция.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="370"/>
        <source>%n warning(s) remain. They do not block finalizing; make sure each is intended.</source>
        <translation>
            <numerusform>Осталось %n предупреждение. Предупреждения не препятствуют завершению; убедитесь, что каждое из них обосновано.</numerusform>
            <numerusform>Осталось %n предупреждения. Предупреждения не препятствуют завершению; убедитесь, что каждое из них обосновано.</numerusform>
            <numerusform>Осталось %n предупреждений. Предупреждения не препятствуют завершению; убедитесь, что каждое из них обосновано.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="377"/>
        <source>The audit was assigned to {assigned}; you sign it off in your own name.</source>
        <translation>Аудит назначен аудитору {assigned}; вы подписываете его от своего имени.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="380"/>
        <source>Company representative&apos;s &amp;name:</source>
        <translation>&amp;ФИО представителя компании:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="381"/>
        <source>Representative&apos;s &amp;position:</source>
        <translation>&amp;Должность представителя:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="385"/>
        <source>I, {auditor}, &amp;confirm that this audit is complete and correct.</source>
        <translation>Я, {auditor}, &amp;подтверждаю, что аудит заполнен полностью и верно.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="389"/>
        <source>&amp;Finalize and lock</source>
        <translation>&amp;Завершить и заблокировать</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="390"/>
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
