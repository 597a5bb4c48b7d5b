<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentListModel</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/attachments.py" line="223"/>
        <location filename="../../auditor/ui/selftest.py" line="98"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/attachments.py" line="622"/>
        <source>%n other file(s) were added.</source>
        <translation>
            <numerusform>%n other file was added.</numerusform>
            <numerusform>%n other files were added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEditor</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="531"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/editor.py" line="533"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/conflicts.py" line="319"/>
        <source>%n conflict(s) wait for a decision. Select one to compare the database&apos;s version with the package&apos;s, then keep one of them.</source>
        <translation>
            <numerusform>%n conflict waits for a decision. Select it to compare the database&apos;s version with the package&apos;s, then keep one of them.</numerusform>
            <numerusform>%n conflicts wait for a decision. Select one to compare the database&apos;s version with the package&apos;s, then keep one of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/conflicts.py" line="384"/>
        <source>Differences: %n.</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationResultDialog</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/exchange/menu.py" line="281"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n audit</numerusform>
            <numerusform>%n audits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinalizeIssuesDialog</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="227"/>
        <source>%n error(s) block finalizing</source>
        <translation>
            <numerusform>%n error blocks finalizing</numerusform>
            <numerusform>%n errors block finalizing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="228"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/main/window.py" line="1118"/>
        <source>The database is empty. Load demo data (%n producer(s)) to try the application?</source>
        <translation>
            <numerusform>The database is empty. Load demo data (%n producer) to try the application?</numerusform>
            <numerusform>The database is empty. Load demo data (%n producers) to try the application?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="60"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="94"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/navigator.py" line="96"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message numerus="yes">
        <location filename="../../auditor/ui/editor/signoff.py" line="338"/>
        <source>%n warning(s) remain. They do not block finalizing; make sure each is intended.</source>
        <translation>
            <numerusform>%n warning remains. It does not block finalizing; make sure it is intended.</numerusform>
            <numerusform>%n warnings remain. They do not block finalizing; make sure each is intended.</numerusform>
        </translation>
    </message>
</context>
</TS>
