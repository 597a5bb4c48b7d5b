<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditListModel</name>
    <message>
        <location filename="../../auditor/ui/app.py" line="38" />
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/app.py" line="39" />
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/app.py" line="40" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/app.py" line="41" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../auditor/ui/app.py" line="42" />
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/app.py" line="95" />
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n аудит</numerusform>
            <numerusform>%n аудита</numerusform>
            <numerusform>%n аудитов</numerusform>
        </translation>
    </message>
</context>
</TS>