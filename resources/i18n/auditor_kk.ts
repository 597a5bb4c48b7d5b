<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AssignmentResultDialog</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="297"/>
        <source>Assignment list</source>
        <translation>Тағайындау тізімі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="298"/>
        <source>{file}: companies added: {imported}; already in the database: {present}.</source>
        <translation>{file}: қосылған компаниялар: {imported}; дерекқорда бұрыннан бар: {present}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="303"/>
        <source>Rows not imported: {bad}. Correct them in the workbook and import it again.</source>
        <translation>Импортталмаған жолдар: {bad}. Оларды жұмыс кітабында түзетіп, кітапты қайта импорттаңыз.</translation>
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
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="77"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="78"/>
        <source>Other</source>
        <translation>Басқа</translation>
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
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="144"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="145"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="146"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="147"/>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/attachments.py" line="223"/>
        <location filename="../../auditor/ui/selftest.py" line="98"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsNote</name>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="222"/>
        <source>{files}: photos, certificates and documents are on the attachments page.</source>
        <translation>{files}: фотосуреттер, сертификаттар мен құжаттар «Тіркемелер» бетінде.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="225"/>
        <source>&amp;Open the attachments page</source>
        <translation>Тіркемелер &amp;бетін ашу</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="427"/>
        <source>Add files to the audit</source>
        <translation>Аудитке файл қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="435"/>
        <source>Adding files</source>
        <translation>Файлдарды қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="458"/>
        <source>Opening {name}</source>
        <translation>{name} файлын ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="470"/>
        <source>Remove attachment</source>
        <translation>Тіркемені жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="472"/>
        <source>Remove “{name}” from this audit? The file is deleted from the database; the audit trail keeps a record of it.</source>
        <translation>«{name}» файлын осы аудиттен жоясыз ба? Файл дерекқордан жойылады; өзгерістер журналында бұл туралы жазба сақталады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="481"/>
        <source>Removing {name}</source>
        <translation>{name} файлын жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="497"/>
        <source>No files attached yet. Add photos of the site, certificates or documents.</source>
        <translation>Әзірге тіркелген файл жоқ. Алаңның фотосуреттерін, сертификаттарды немесе құжаттарды қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="500"/>
        <location filename="../../auditor/ui/editor/attachments.py" line="503"/>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="499"/>
        <location filename="../../auditor/ui/editor/attachments.py" line="502"/>
        <source>A&amp;dd files…</source>
        <translation>&amp;Файлдар қосу…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="406"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="501"/>
        <location filename="../../auditor/ui/editor/attachments.py" line="504"/>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="505"/>
        <source>Add photos or documents</source>
        <translation>Фотосуреттер немесе құжаттар қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="506"/>
        <source>Open the chosen file</source>
        <translation>Таңдалған файлды ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="508"/>
        <source>Remove the chosen file</source>
        <translation>Таңдалған файлды жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="532"/>
        <source>Photos and documents ({patterns})</source>
        <translation>Фотосуреттер мен құжаттар ({patterns})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="535"/>
        <source>Photos ({patterns})</source>
        <translation>Фотосуреттер ({patterns})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="536"/>
        <source>Documents ({patterns})</source>
        <translation>Құжаттар ({patterns})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="595"/>
        <source>Some files were not added</source>
        <translation>Кейбір файлдар қосылмады</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="605"/>
        <source>the file is empty (0 bytes), so there is nothing to keep.</source>
        <translation>файл бос (0 байт), сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="608"/>
        <source>the file is {size}; each file may be at most {limit}, because it is kept inside the audit and travels with every exported package. Reduce the photo&apos;s size or scan at a lower resolution.</source>
        <translation>файлдың көлемі — {size}; бір файлдың ең үлкен көлемі — {limit}, себебі файл аудиттің ішінде сақталып, әрбір экспортталған пакетпен бірге беріледі. Фотосуреттің көлемін азайтыңыз немесе төменірек ажыратымдылықпен сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="616"/>
        <source>the file could not be read ({detail}).</source>
        <translation>файлды оқу мүмкін болмады ({detail}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/attachments.py" line="622"/>
        <source>%n other file(s) were added.</source>
        <translation>
            <numerusform>Тағы %n файл қосылды.</numerusform>
            <numerusform>Тағы %n файл қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="627"/>
        <source>Saving the description</source>
        <translation>Сипаттаманы сақтау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="659"/>
        <source>Open file</source>
        <translation>Файлды ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/attachments.py" line="661"/>
        <source>No application on this computer opens {name}. A copy is at {path}.</source>
        <translation>Бұл компьютерде {name} файлын ашатын қолданба жоқ. Көшірмесі мына жерде: {path}.</translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="531"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="533"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="534"/>
        <source>potential index {score}</source>
        <translation>әлеует индексі {score}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="543"/>
        <source>Waiting for the database: another program is using it…</source>
        <translation>Дерекқор күтілуде: оны басқа бағдарлама пайдаланып жатыр…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="545"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="547"/>
        <source>Read-only</source>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="549"/>
        <source>Changes are saved as you go</source>
        <translation>Өзгерістер жұмыс барысында сақталады</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="551"/>
        <source>Saved at {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="629"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Болдырмау: {change}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="632"/>
        <source>&amp;Redo {change}</source>
        <translation>Қ&amp;айталау: {change}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="632"/>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="635"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="636"/>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="647"/>
        <source>{company} — revision {revision}, {status}</source>
        <translation>{company} — {revision}-редакция, {status}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="658"/>
        <source>Read-only: the database is open in another window of the application; change the audit there.</source>
        <translation>Тек оқу үшін: дерекқор қолданбаның басқа терезесінде ашық; аудитті сол жерде өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="662"/>
        <source>Imported on {date} from {file} (auditor: {auditor}).</source>
        <translation>{date} күні {file} файлынан импортталған (аудитор: {auditor}).</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="664"/>
        <source>not named</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="669"/>
        <source>It came from another installation and is read-only here. As a ministry analyst you can reopen it, with a reason, to change it here.</source>
        <translation>Ол басқа орнатудан келген, мұнда оны тек оқуға болады. Министрлік талдаушысы ретінде оны осында өзгерту үшін себебін көрсетіп қайта аша аласыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="673"/>
        <source>Finalized on {date} — read-only. Reopen to change.</source>
        <translation>Аяқталған күні: {date} — тек оқуға арналған. Өзгерту үшін қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="676"/>
        <location filename="../../auditor/ui/editor/editor.py" line="726"/>
        <source>&amp;Reopen…</source>
        <translation>Қайта а&amp;шу…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="698"/>
        <source>Close the audit</source>
        <translation>Аудитті жабу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="699"/>
        <source>What was typed in these answers cannot be read and is not saved:
{answers}

Close and lose it?</source>
        <translation>Бұл жауаптарға терілгенді оқу мүмкін емес, ол сақталмады:
{answers}

Жауып, оны жоғалту керек пе?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="718"/>
        <source>&amp;Audit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="719"/>
        <source>&amp;Edit</source>
        <translation>Өң&amp;деу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="720"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="721"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="722"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Аяқтау…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="724"/>
        <source>Check the audit; when it has no errors, sign it off and lock it</source>
        <translation>Аудитті тексеру; қатесі болмаса, оған қол қойып, құлыптау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="656"/>
        <source>Unlock the finalized audit as a new revision; a reason is asked</source>
        <translation>Аяқталған аудитті жаңа редакция ретінде құлыптан шығару; себебі сұралады</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="528"/>
        <source>{percent} complete</source>
        <translation>{percent} толтырылды</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="727"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="728"/>
        <source>&amp;Add row</source>
        <translation>&amp;Жол қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="729"/>
        <source>D&amp;uplicate row</source>
        <translation>Жолды &amp;көшіру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="730"/>
        <source>Re&amp;move row</source>
        <translation>Жолды ж&amp;ою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="731"/>
        <source>&amp;Previous section</source>
        <translation>&amp;Алдыңғы бөлім</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="732"/>
        <source>&amp;Next section</source>
        <translation>&amp;Келесі бөлім</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="736"/>
        <source>A&amp;ttachments</source>
        <translation>&amp;Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editor.py" line="765"/>
        <source>Saving the last changes; the window closes when they are saved…</source>
        <translation>Соңғы өзгерістер сақталуда; олар сақталған соң терезе жабылады…</translation>
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
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="82"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="83"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="84"/>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="85"/>
        <source>GMP status</source>
        <translation>GMP мәртебесі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="86"/>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="87"/>
        <source>Complete</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="88"/>
        <source>Errors</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="89"/>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="162"/>
        <source>No audit yet</source>
        <translation>Аудит әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="308"/>
        <source>Checking audits</source>
        <translation>Аудиттер тексерілуде</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="452"/>
        <source>Being checked…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/audit_list.py" line="454"/>
        <source>This audit could not be checked; the log file has the details.</source>
        <translation>Бұл аудитті тексеру мүмкін болмады; толық мәлімет журнал файлында.</translation>
    </message>
</context>
<context>
    <name>BadRowsModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="180"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="181"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="182"/>
        <source>What is wrong</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="129"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="130"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="131"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="132"/>
        <source>In the database</source>
        <translation>Дерекқорда</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="133"/>
        <source>In the package</source>
        <translation>Пакетте</translation>
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
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="72"/>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="274"/>
        <source>Conflicts of consolidation</source>
        <translation>Шоғырландыру қайшылықтары</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="275"/>
        <source>Keep the &amp;database&apos;s version</source>
        <translation>&amp;Дерекқор нұсқасын сақтау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="276"/>
        <source>Keep the &amp;package&apos;s version</source>
        <translation>&amp;Пакет нұсқасын сақтау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/conflicts.py" line="319"/>
        <source>%n conflict(s) wait for a decision. Select one to compare the database&apos;s version with the package&apos;s, then keep one of them.</source>
        <translation>
            <numerusform>%n қайшылық шешімді күтіп тұр. Дерекқор нұсқасын пакет нұсқасымен салыстыру үшін біреуін таңдап, содан кейін біреуін сақтаңыз.</numerusform>
            <numerusform>%n қайшылық шешімді күтіп тұр. Дерекқор нұсқасын пакет нұсқасымен салыстыру үшін біреуін таңдап, содан кейін біреуін сақтаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="322"/>
        <source>No conflicts wait for a decision.</source>
        <translation>Шешімді күтіп тұрған қайшылық жоқ.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="371"/>
        <source>Reading both versions…</source>
        <translation>Екі нұсқа оқылуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="377"/>
        <source>{kind}: {company}, file {file}.</source>
        <translation>{kind}: {company}, файл {file}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="381"/>
        <source>Both audits stay in the database; the national figures use the latest finalized one. Left: the audit that was there; right: the one the package brought.</source>
        <translation>Екі аудит те дерекқорда қалады; ұлттық көрсеткіштер соңғы аяқталғанын пайдаланады. Сол жақта — бұрыннан бар аудит; оң жақта — пакет әкелгені.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/conflicts.py" line="384"/>
        <source>Differences: %n.</source>
        <translation>
            <numerusform>Айырмашылықтар: %n.</numerusform>
            <numerusform>Айырмашылықтар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="406"/>
        <source>The database stays as it is. The package&apos;s version stays in the import history.</source>
        <translation>Дерекқор өзгермейді. Пакет нұсқасы импорт тарихында қалады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="409"/>
        <source>The company {company} takes the name the package gives it.</source>
        <translation>{company} компаниясы пакеттегі атауды алады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="412"/>
        <source>The audit {audit} of {company} is replaced by the package&apos;s version from {file}. What the database holds now is kept in the import history. The national figures will use the version kept.</source>
        <translation>{company} компаниясының {audit} аудиті {file} пакетіндегі нұсқамен ауыстырылады. Дерекқордағы қазіргі нұсқа импорт тарихында сақталады. Ұлттық көрсеткіштер сақталған нұсқаны пайдаланады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="418"/>
        <source>The conflict is closed and your decision ({actor}) is recorded in the audit trail.</source>
        <translation>Қайшылық жабылады, сіздің шешіміңіз ({actor}) аудиторлық ізге жазылады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="426"/>
        <source>Keep the database&apos;s version?</source>
        <translation>Дерекқор нұсқасын сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/conflicts.py" line="427"/>
        <source>Keep the package&apos;s version?</source>
        <translation>Пакет нұсқасын сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>ConsolidationResultDialog</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="267"/>
        <source>Consolidation</source>
        <translation>Шоғырландыру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="269"/>
        <source>Show con&amp;flicts…</source>
        <translation>&amp;Қайшылықтарды көрсету…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="277"/>
        <source>Packages: {total}. Imported: {accepted} ({audits}). Already imported: {already}. Not imported: {refused}.</source>
        <translation>Пакеттер: {total}. Импортталды: {accepted} ({audits}). Бұрын импортталған: {already}. Импортталмады: {refused}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/menu.py" line="281"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n аудит</numerusform>
            <numerusform>%n аудит</numerusform>
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
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="128"/>
        <source>Audits</source>
        <translation>Аудиттер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="129"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="133"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="134"/>
        <source>Accepted, changed after export</source>
        <translation>Қабылданды, экспорттан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="137"/>
        <source>Imported in part, the rest in conflict</source>
        <translation>Ішінара импортталды, қалғаны қайшылықта</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="140"/>
        <source>Already imported</source>
        <translation>Бұрын импортталған</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="141"/>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="142"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="143"/>
        <source>Refused, changed after export</source>
        <translation>Қабылданбады, экспорттан кейін өзгертілген</translation>
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
        <translation>Демо-деректер: ашық мәліметтер негізінде ойдан құрастырылған өндіруші аудиті, нақты аудит емес. Оның БСН-і демо-деректерге бөлінген ауқымнан. Файл → Демо-деректерді жою оны жояды.</translation>
    </message>
</context>
<context>
    <name>EditControl</name>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="121"/>
        <source>change of “{answer}”</source>
        <translation>«{answer}» мәнін өзгерту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="139"/>
        <location filename="../../auditor/ui/editor/editing.py" line="153"/>
        <source>The row was not added</source>
        <translation>Жол қосылмады</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="144"/>
        <source>adding a row to “{table}”</source>
        <translation>«{table}» кестесіне жол қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="158"/>
        <source>copy of a row of “{table}”</source>
        <translation>«{table}» кестесіндегі жолды көшіру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="178"/>
        <source>removal of a row of “{table}”</source>
        <translation>«{table}» кестесінен жолды жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/editing.py" line="246"/>
        <location filename="../../auditor/ui/editor/editing.py" line="252"/>
        <source>The change was not saved</source>
        <translation>Өзгеріс сақталмады</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="334"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="347"/>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="434"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Алмасу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="436"/>
        <source>E&amp;xport package…</source>
        <translation>Пакетті &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="437"/>
        <source>Write finalized audits into a package workbook to hand over</source>
        <translation>Аяқталған аудиттерді тапсыру үшін пакетке (Excel жұмыс кітабына) жазу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="438"/>
        <source>Import &amp;assignment list…</source>
        <translation>&amp;Тағайындау тізімін импорттау…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="439"/>
        <source>Add the companies of a workbook listing the producers to visit</source>
        <translation>Баратын өндірушілер тізімі бар жұмыс кітабындағы компанияларды қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="440"/>
        <source>&amp;Consolidate packages…</source>
        <translation>Пакеттерді &amp;шоғырландыру…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="441"/>
        <source>Import package workbooks from auditors into this database</source>
        <translation>Аудиторлардан келген пакеттерді осы дерекқорға импорттау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="442"/>
        <source>Consolidate a &amp;folder…</source>
        <translation>Қа&amp;лтаны шоғырландыру…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="443"/>
        <source>Import every package workbook in a folder and its subfolders</source>
        <translation>Қалтадағы және оның ішкі қалталарындағы барлық пакеттерді импорттау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="444"/>
        <source>Write &amp;national workbook…</source>
        <translation>Ұлттық жұмыс &amp;кітабын жасау…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="445"/>
        <source>Write the consolidated national workbook with summaries and charts</source>
        <translation>Қорытындылары мен диаграммалары бар шоғырландырылған ұлттық жұмыс кітабын жасау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="446"/>
        <source>Conf&amp;licts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="447"/>
        <source>Compare the versions consolidation could not decide between, and keep one</source>
        <translation>Шоғырландыру таңдай алмаған нұсқаларды салыстырып, біреуін сақтау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="572"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="607"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="615"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="628"/>
        <source>Export package</source>
        <translation>Пакетті экспорттау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="573"/>
        <source>Which audits do you want to export?</source>
        <translation>Қай аудиттерді экспорттайсыз?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="577"/>
        <source>Drafts among the selected audits: {drafts}. They are not exported: only finalized audits can be exported, so finalize them first.</source>
        <translation>Таңдалған аудиттердің ішіндегі қаралама аудиттер саны: {drafts}. Олар экспортталмайды: тек аяқталған аудиттерді экспорттауға болады, сондықтан алдымен оларды аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="584"/>
        <source>&amp;Selected finalized audits ({count})</source>
        <translation>&amp;Таңдалған аяқталған аудиттер ({count})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="588"/>
        <source>&amp;All finalized audits</source>
        <translation>&amp;Барлық аяқталған аудиттер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="609"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="640"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="665"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="777"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="624"/>
        <source>Exporting the package…</source>
        <translation>Пакет экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="629"/>
        <source>Package written: {path}
Audits in it: {count}.</source>
        <translation>Пакет жазылды: {path}
Ондағы аудиттер саны: {count}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="638"/>
        <source>Import assignment list</source>
        <translation>Тағайындау тізімін импорттау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="651"/>
        <source>Importing the assignment list…</source>
        <translation>Тағайындау тізімі импортталуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="663"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="699"/>
        <source>Consolidate packages</source>
        <translation>Пакеттерді шоғырландыру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="675"/>
        <source>Consolidate a folder of packages</source>
        <translation>Пакеттер қалтасын шоғырландыру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="692"/>
        <source>Consolidating packages…</source>
        <translation>Пакеттер шоғырландырылуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="700"/>
        <source>No package workbooks (.xlsx) were found in {inputs}.</source>
        <translation>Мына жерден пакеттер (.xlsx) табылмады: {inputs}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="714"/>
        <source>Packages changed after export</source>
        <translation>Экспорттан кейін өзгертілген пакеттер</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="715"/>
        <source>These packages were changed after export:
{files}

Import them anyway? The import log will say so.</source>
        <translation>Мына пакеттер экспорттан кейін өзгертілген:
{files}

Сонда да импорттайсыз ба? Бұл импорт журналында көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="740"/>
        <source>Importing changed packages…</source>
        <translation>Өзгертілген пакеттер импортталуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="775"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="783"/>
        <location filename="../../auditor/ui/exchange/menu.py" line="796"/>
        <source>Write national workbook</source>
        <translation>Ұлттық жұмыс кітабын жасау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="792"/>
        <source>Writing the national workbook…</source>
        <translation>Ұлттық жұмыс кітабы жасалуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/exchange/menu.py" line="797"/>
        <source>The national workbook was written to {path}.</source>
        <translation>Ұлттық жұмыс кітабы сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../auditor/ui/editor/formatting.py" line="72"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/formatting.py" line="73"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/inputs/line.py" line="103"/>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/inputs/line.py" line="106"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Күнтізбеден таңдау (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/inputs/boolean.py" line="19"/>
        <source>Not answered</source>
        <translation>Жауап берілмеген</translation>
    </message>
</context>
<context>
    <name>FinalizeFlow</name>
    <message>
        <location filename="../../auditor/ui/editor/finalizing.py" line="95"/>
        <source>The audit was not finalized</source>
        <translation>Аудит аяқталмады</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/finalizing.py" line="122"/>
        <source>The audit was not reopened</source>
        <translation>Аудит қайта ашылмады</translation>
    </message>
</context>
<context>
    <name>FinalizeIssuesDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="220"/>
        <source>Finalize audit: answers to correct</source>
        <translation>Аудитті аяқтау: түзетілетін жауаптар</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="223"/>
        <source>The audit can be finalized only when no errors are left. Choose an issue and press Enter (or Go to field) to correct that answer.</source>
        <translation>Аудитті қателер қалмағанда ғана аяқтауға болады. Жауапты түзету үшін мәселені таңдап, Enter пернесін (немесе «Өріске өту» түймесін) басыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="227"/>
        <source>%n error(s) block finalizing</source>
        <translation>
            <numerusform>Аяқтауға %n қате кедергі келтіреді</numerusform>
            <numerusform>Аяқтауға %n қате кедергі келтіреді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="228"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="230"/>
        <source>&amp;Go to field</source>
        <translation>Өріске ө&amp;ту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="231"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="91"/>
        <source>Severity</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="92"/>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="93"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="94"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="95"/>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="120"/>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="121"/>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="623"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="624"/>
        <source>Sea&amp;rch:</source>
        <translation>Із&amp;деу:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="625"/>
        <source>Company name or BIN</source>
        <translation>Компания атауы немесе БСН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="626"/>
        <source>Re&amp;gion:</source>
        <translation>Өңі&amp;р:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="627"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="628"/>
        <source>G&amp;MP status:</source>
        <translation>&amp;GMP мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="629"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="631"/>
        <source>No audit yet</source>
        <translation>Аудит әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="637"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="638"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="639"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="640"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="641"/>
        <source>&amp;Help</source>
        <translation>А&amp;нықтама</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="642"/>
        <source>&amp;New company…</source>
        <translation>Жаңа &amp;компания…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="643"/>
        <source>New &amp;audit</source>
        <translation>Жаңа &amp;аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="644"/>
        <source>&amp;Open audit</source>
        <translation>Аудитті аш&amp;у</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="645"/>
        <source>&amp;Delete draft…</source>
        <translation>Қаралама аудитті &amp;жою…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="646"/>
        <source>Delete co&amp;mpany…</source>
        <translation>Компанияны ж&amp;ою…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="647"/>
        <source>Remove d&amp;emo data…</source>
        <translation>&amp;Демо-деректерді жою…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="648"/>
        <source>&amp;Back up database…</source>
        <translation>Дерекқордың &amp;сақтық көшірмесі…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="650"/>
        <source>&amp;Find company</source>
        <translation>&amp;Компанияны іздеу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="651"/>
        <source>&amp;Clear filters</source>
        <translation>Сүзгілерді &amp;тазарту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="652"/>
        <source>&amp;Refresh list</source>
        <translation>Тізімді &amp;жаңарту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="653"/>
        <source>Auditor &amp;profile…</source>
        <translation>Аудитор &amp;профилі…</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="654"/>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="655"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Деректер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="693"/>
        <source>Audits shown: {shown} of {total}</source>
        <translation>Көрсетілген аудиттер: {shown} (барлығы {total})</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="769"/>
        <source>No auditor profile</source>
        <translation>Аудитор профилі жоқ</translation>
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
        <translation>Дерекқор: {path} — тек оқу үшін, басқа терезеде ашық</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="782"/>
        <source>Database: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="801"/>
        <location filename="../../auditor/ui/main/window.py" line="818"/>
        <source>Open audit</source>
        <translation>Аудитті ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="845"/>
        <source>New audit</source>
        <translation>Жаңа аудит</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="847"/>
        <location filename="../../auditor/ui/main/window.py" line="969"/>
        <source>Choose a company in the list first.</source>
        <translation>Алдымен тізімнен компанияны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="862"/>
        <source>{company} already has a draft audit (revision {revision}). Finish it rather than starting another. Open the draft?</source>
        <translation>{company} үшін қаралама аудит бұрыннан бар ({revision}-редакция). Жаңасын бастамай, соны аяқтаңыз. Қаралама аудитті ашасыз ба?</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="888"/>
        <source>Delete draft</source>
        <translation>Қаралама аудитті жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="890"/>
        <source>Choose an audit in the list first.</source>
        <translation>Алдымен тізімнен аудитті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="898"/>
        <source>The audit of {company} (revision {revision}) is finalized and cannot be deleted: a signed audit is kept as it was signed. To change it, reopen it in the editor.</source>
        <translation>{company} аудиті ({revision}-редакция) аяқталған, сондықтан оны жоюға болмайды: қол қойылған аудит қол қойылған күйінде сақталады. Өзгерту үшін оны редакторда қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="908"/>
        <source>Delete the draft audit of {company}, revision {revision}? Everything entered in it is deleted; the audit trail keeps a record of it.</source>
        <translation>{company} компаниясының қаралама аудитін ({revision}-редакция) жоясыз ба? Оған енгізілгеннің бәрі жойылады; өзгерістер журналында бұл туралы жазба сақталады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="924"/>
        <source>Back up database</source>
        <translation>Дерекқордың сақтық көшірмесі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="929"/>
        <source>Database copies (*.sqlite)</source>
        <translation>Дерекқор көшірмелері (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="943"/>
        <source>The database was copied to {path}.</source>
        <translation>Дерекқор көшірілді: {path}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="967"/>
        <source>Delete company</source>
        <translation>Компанияны жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="986"/>
        <source>Delete the company {company} (BIN {bin})? It has no audits; the audit trail keeps a record of it.</source>
        <translation>{company} компаниясын (БСН {bin}) жою керек пе? Оның аудиттері жоқ; аудит журналында бұл туралы жазба сақталады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1027"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1046"/>
        <source>Pharma Capacity Auditor {version}

Audit of pharmaceutical and medical-device producers of Kazakhstan: GMP status, production capacity and development potential.

Database: {database}
Log file: {log}</source>
        <translation>Pharma Capacity Auditor {version}

Қазақстандағы дәрілік заттар мен медициналық бұйымдар өндірушілерінің аудиті: GMP мәртебесі, өндірістік қуат және даму әлеуеті.

Дерекқор: {database}
Журнал файлы: {log}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1053"/>
        <source>not written in this session</source>
        <translation>осы сеанста жазылмаған</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1057"/>
        <source>About Pharma Capacity Auditor</source>
        <translation>Pharma Capacity Auditor туралы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1067"/>
        <source>Remove demo data</source>
        <translation>Демо-деректерді жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1070"/>
        <source>This database holds no demo data.</source>
        <translation>Бұл дерекқорда демо-деректер жоқ.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1079"/>
        <source>Remove all demo data? Demo companies: {companies}; their audits: {audits}, finalized among them: {finalized}. Demo data is what carries the DEMO badge (a BIN starting with {prefix}); real companies and their audits are not touched. The audit trail keeps a record of everything removed.</source>
        <translation>Барлық демо-деректер жойылсын ба? Демо-компаниялар: {companies}; олардың аудиттері: {audits}, оның ішінде аяқталғандары: {finalized}. Демо-деректер — ДЕМО белгісі бар деректер (БСН-і {prefix} цифрларынан басталады); нақты компаниялар мен олардың аудиттері қозғалмайды. Жойылғанның бәрі аудит журналында жазылып қалады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1103"/>
        <source>Demo data removed: {what}.</source>
        <translation>Демо-деректер жойылды: {what}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1113"/>
        <source>Demo data</source>
        <translation>Демо-деректер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/main/window.py" line="1118"/>
        <source>The database is empty. Load demo data (%n producer(s)) to try the application?</source>
        <translation>
            <numerusform>Дерекқор бос. Қолданбаны байқап көру үшін демо деректерді (%n өндіруші) жүктейміз бе?</numerusform>
            <numerusform>Дерекқор бос. Қолданбаны байқап көру үшін демо деректерді (%n өндіруші) жүктейміз бе?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1134"/>
        <source>Loading demo data</source>
        <translation>Демо-деректер жүктелуде</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/window.py" line="1158"/>
        <source>Saving the last changes; the window closes when they are saved…</source>
        <translation>Соңғы өзгерістер сақталуда; олар сақталған соң терезе жабылады…</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="431"/>
        <source>resident legal entity</source>
        <translation>резидент заңды тұлға</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="432"/>
        <source>non-resident legal entity</source>
        <translation>бейрезидент заңды тұлға</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="433"/>
        <source>joint individual entrepreneurship</source>
        <translation>бірлескен жеке кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="438"/>
        <source>head office</source>
        <translation>бас бөлімше</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="439"/>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="440"/>
        <source>representative office</source>
        <translation>өкілдік</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="441"/>
        <source>peasant or farm enterprise</source>
        <translation>шаруа (фермер) қожалығы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="449"/>
        <source>Registered {month:02d}.{year}; {entity}, {attribute}.</source>
        <translation>Тіркелуі: {month:02d}.{year}; {entity}, {attribute}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="589"/>
        <source>New company</source>
        <translation>Жаңа компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="597"/>
        <source>Fields marked * are required; give the name in at least one language.</source>
        <translation>* белгісі бар өрістер міндетті; атауын кемінде бір тілде көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="599"/>
        <source>12 digits</source>
        <translation>12 таңбалы сан</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="602"/>
        <source>&amp;Open existing company</source>
        <translation>Тіркелген компанияны &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="603"/>
        <source>&amp;Create</source>
        <translation>Құ&amp;ру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="605"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="669"/>
        <source>A company with this BIN already exists: {name}</source>
        <translation>Бұл БСН бойынша компания бұрыннан тіркелген: {name}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="722"/>
        <source>The company could not be created</source>
        <translation>Компанияны құру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../auditor/ui/operations/work.py" line="137"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/operations/work.py" line="165"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>PotentialModel</name>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Criterion</source>
        <translation>Өлшемшарт</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Points</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="127"/>
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
</context>
<context>
    <name>PotentialPanel</name>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="177"/>
        <source>{score} of 100</source>
        <translation>100-ден {score}</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="185"/>
        <source>Development potential index</source>
        <translation>Даму әлеуетінің индексі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/pages.py" line="188"/>
        <source>Computed from the answers, never typed: each criterion gives part of its weight; criteria without data score nothing.</source>
        <translation>Жауаптар негізінде есептеледі, қолмен енгізілмейді: әр өлшемшарт өз салмағының бір бөлігін береді; деректері жоқ өлшемшарттарға ұпай берілмейді.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="309"/>
        <source>Auditor profile</source>
        <translation>Аудитор профилі</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="312"/>
        <source>Welcome. Tell us who audits on this computer. The profile is kept in this database; your name and code go with every change you make and every audit you sign.</source>
        <translation>Қош келдіңіз! Осы компьютерде аудитті кім жүргізетінін көрсетіңіз. Профиль осы дерекқорда сақталады; аты-жөніңіз бен кодыңыз енгізген әрбір өзгерісіңізге және қол қойған әрбір аудитіңізге жазылады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="318"/>
        <source>Welcome. Tell us who works on this computer. The profile is kept in this database; your name goes with every change you make.</source>
        <translation>Қош келдіңіз! Осы компьютерде кім жұмыс істейтінін көрсетіңіз. Профиль осы дерекқорда сақталады; аты-жөніңіз сіз енгізген әрбір өзгерісте жазылады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="323"/>
        <source>Your name and code go with every change you make and every audit you sign.</source>
        <translation>Аты-жөніңіз бен кодыңыз енгізген әрбір өзгерісіңізге және қол қойған әрбір аудитіңізге жазылады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="326"/>
        <source>Your name goes with every change you make.</source>
        <translation>Аты-жөніңіз сіз енгізген әрбір өзгерісте жазылады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="328"/>
        <source>I work as</source>
        <translation>Қызметім</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="332"/>
        <source>&amp;Full name *</source>
        <translation>&amp;Аты-жөні *</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="333"/>
        <source>Auditor &amp;code *</source>
        <translation>Аудитор &amp;коды *</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="334"/>
        <source>&amp;Organisation</source>
        <translation>Ұй&amp;ым</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="335"/>
        <source>&amp;Region</source>
        <translation>Өңі&amp;р</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="336"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="337"/>
        <source>Fields marked * are required.</source>
        <translation>* белгісі бар өрістер міндетті.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="338"/>
        <source>e.g. KZ-AUD-017</source>
        <translation>мысалы, KZ-AUD-017</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="342"/>
        <source>— not set —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="349"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="349"/>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="352"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="352"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/main/dialogs.py" line="411"/>
        <source>The profile could not be saved</source>
        <translation>Профильді сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../auditor/ui/selftest.py" line="103"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="413"/>
        <source>Reopen the audit</source>
        <translation>Аудитті қайта ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="416"/>
        <source>Reopening unlocks the finalized audit as its next revision (the revision number goes up by one). The reason is kept in the audit trail with your name and the time.</source>
        <translation>Қайта ашқанда аяқталған аудит келесі редакция ретінде құлыптан шығарылады (редакция нөмірі бірге артады). Себебі аты-жөніңіз бен уақыты көрсетіліп, өзгерістер журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="422"/>
        <source>Reopening unlocks the finalized audit as revision {revision}. The reason is kept in the audit trail with your name and the time.</source>
        <translation>Қайта ашқанда аяқталған аудит {revision}-редакция ретінде құлыптан шығарылады. Себебі аты-жөніңіз бен уақыты көрсетіліп, өзгерістер журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="426"/>
        <source>&amp;Reason for reopening:</source>
        <translation>Қайта ашу &amp;себебі:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="427"/>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="428"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>RepeatGroup</name>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="655"/>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="656"/>
        <source>Duplicate row</source>
        <translation>Жолды көшіру</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="586"/>
        <location filename="../../auditor/ui/editor/repeat.py" line="657"/>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="587"/>
        <source>Remove the row “{row}” of “{table}” with all its answers? Undo (Ctrl+Z) puts it back.</source>
        <translation>«{table}» кестесінің «{row}» жолы барлық жауаптарымен жойылсын ба? Болдырмау (Ctrl+Z) оны қайтарады.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="658"/>
        <source>Add a row at the end (Ctrl+Ins)</source>
        <translation>Соңына жол қосу (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="660"/>
        <source>Add a copy of the current row to edit (Ctrl+D)</source>
        <translation>Өңдеу үшін ағымдағы жолдың көшірмесін қосу (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="663"/>
        <source>Remove the current row; Undo puts it back (Ctrl+Del)</source>
        <translation>Ағымдағы жолды жою; «Болдырмау» оны қайтарады (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>RepeatTableModel</name>
    <message>
        <location filename="../../auditor/ui/editor/repeat.py" line="195"/>
        <source>Does not apply to this row, given its other answers.</source>
        <translation>Жолдың басқа жауаптарына қарай бұл сұрақ оған қатысты емес.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../auditor/ui/editor/navigator.py" line="56"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="60"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/navigator.py" line="66"/>
        <source>Photos, certificates and documents kept with the audit.</source>
        <translation>Аудитпен бірге сақталатын фотосуреттер, сертификаттар мен құжаттар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="94"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="96"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/navigator.py" line="103"/>
        <source>{answered} of {expected} required answers given</source>
        <translation>{expected} міндетті жауаптың {answered} берілді</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="328"/>
        <source>Finalize and sign off the audit</source>
        <translation>Аудитті аяқтау және қол қою</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="331"/>
        <source>The answers have no errors. Once finalized, the audit becomes read-only: nobody can change it until it is reopened with a reason, which makes a new revision.</source>
        <translation>Жауаптарда қате жоқ. Аяқталғаннан кейін аудит тек оқуға арналған болады: себебі көрсетіліп қайта ашылмайынша, оны ешкім өзгерте алмайды; қайта ашқанда жаңа редакция жасалады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="338"/>
        <source>%n warning(s) remain. They do not block finalizing; make sure each is intended.</source>
        <translation>
            <numerusform>%n ескерту қалды. Ескертулер аяқтауға кедергі келтірмейді; әрқайсысының негізді екеніне көз жеткізіңіз.</numerusform>
            <numerusform>%n ескерту қалды. Ескертулер аяқтауға кедергі келтірмейді; әрқайсысының негізді екеніне көз жеткізіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="345"/>
        <source>The audit was assigned to {assigned}; you sign it off in your own name.</source>
        <translation>Аудит {assigned} атына тағайындалған; сіз оған өз атыңыздан қол қоясыз.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="348"/>
        <source>Company representative&apos;s &amp;name:</source>
        <translation>Компания өкілінің аты-&amp;жөні:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="349"/>
        <source>Representative&apos;s &amp;position:</source>
        <translation>Өкілдің &amp;лауазымы:</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="353"/>
        <source>I, {auditor}, &amp;confirm that this audit is complete and correct.</source>
        <translation>Мен, {auditor}, осы аудиттің толық әрі дұрыс екенін &amp;растаймын.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="357"/>
        <source>&amp;Finalize and lock</source>
        <translation>&amp;Аяқтау және құлыптау</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/editor/signoff.py" line="358"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../auditor/ui/errors.py" line="73"/>
        <source>Something went wrong that the application did not expect: {error}.</source>
        <translation>Қолданбада күтпеген қате орын алды: {error}.</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/errors.py" line="78"/>
        <source>The details are saved in {path}.</source>
        <translation>Толық мәлімет мына файлда сақталды: {path}.</translation>
    </message>
</context>
</TS>
