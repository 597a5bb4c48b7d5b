"""The attachments of an audit, used as a person would: add, open, remove, describe."""

# pytest-qt's QtBot methods carry no type annotations.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.audits import add_attachment, finalize_audit
from auditor.db.database import Database
from auditor.db.models import Attachment, Audit, Company
from auditor.demo import build_demo
from auditor.ui.editor import attachments
from auditor.ui.editor.attachments import (
    AttachmentListModel,
    AttachmentsPanel,
    format_size,
    load_attachment_rows,
)
from auditor.ui.i18n import install_translator
from auditor.ui.operations.writer import DatabaseWriter
from tests.helpers.qt import PseudoTranslator, running_app
from tests.helpers.writes import wait_until_saved

pytestmark = [pytest.mark.qt, pytest.mark.usefixtures("english")]

ACTOR = "KZ-AUD-007"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40 + b"\xff\xd9"
PDF = b"%PDF-1.7\n" + "Сертификат GMP — Қарағанды\n".encode() * 60 + b"%%EOF\n"
WAIT_MS = 10_000


@pytest.fixture
def audit_id(database: Database) -> uuid.UUID:
    """A new draft audit of a demo company, with no files yet."""
    build_demo(database, companies=1, seed=7)
    with database.transaction(ACTOR) as session:
        company = session.scalars(select(Company)).one()
        audit = Audit(company=company)
        session.add(audit)
        session.flush()
        return audit.id


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The window the panel lives in, as in the audit editor."""
    window = QWidget()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def panel(qtbot: QtBot, database: Database, audit_id: uuid.UUID, host: QWidget) -> AttachmentsPanel:
    panel = AttachmentsPanel(database, audit_id, actor=ACTOR,
                             writer=DatabaseWriter(database, host), parent=host)
    wait_for_operation(qtbot, panel)  # the list is read on a worker
    host.resize(900, 400)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    panel.view.setFocus()
    return panel


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "usb"
    folder.mkdir()
    photo = folder / "site-entrance.jpg"
    photo.write_bytes(JPEG)
    certificate = folder / "GMP сертификат 2024.pdf"
    certificate.write_bytes(PDF)
    empty = folder / "empty.pdf"
    empty.write_bytes(b"")
    huge = folder / "walkthrough.mp4"
    with huge.open("wb") as handle:  # sparse: large on paper, nothing to write
        handle.truncate(51 * 1024 * 1024)
    return {"photo": photo, "pdf": certificate, "empty": empty, "huge": huge}


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[str]:
    """The file dialog answers with ``paths``; returns the filters it was shown."""
    shown: list[str] = []

    def fake(parent: QWidget, caption: str, directory: str, filters: str) -> tuple[list[str], str]:
        shown.append(filters)
        return [str(path) for path in paths], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))
    return shown


def capture_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda parent, title, text, *a, **k: shown.append(text))
        )
    return shown


def stored(database: Database, audit_id: uuid.UUID) -> dict[str, bytes]:
    wait_until_saved()
    with database.session() as session:
        rows = session.execute(
            select(Attachment.file_name, Attachment.content).where(Attachment.audit_id == audit_id)
        )
        return {name: content for name, content in rows}


def listed(panel: AttachmentsPanel) -> list[list[str]]:
    model = panel.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def wait_for_operation(qtbot: QtBot, panel: AttachmentsPanel) -> None:
    """Until the panel's work is over, and the list it reads after a write is shown."""
    assert panel.operation is not None

    def over() -> bool:
        operation = panel.operation
        return operation is not None and operation.done

    qtbot.waitUntil(over, timeout=WAIT_MS)


def add_through_the_panel(
    qtbot: QtBot, panel: AttachmentsPanel, monkeypatch: pytest.MonkeyPatch, paths: list[Path]
) -> None:
    choose_files(monkeypatch, paths)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_for_operation(qtbot, panel)


# --- adding ----------------------------------------------------------------------------------


def test_added_files_are_listed_and_stored_byte_for_byte(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == (
        "No files attached yet. Add photos of the site, certificates or documents."
    )
    filters = choose_files(monkeypatch, [files["photo"], files["pdf"]])

    with qtbot.waitSignal(panel.changed, timeout=WAIT_MS):
        qtbot.keyClick(panel.view, Qt.Key.Key_Insert)  # the keyboard way to Add…
    wait_for_operation(qtbot, panel)

    offered = filters[0].split(";;")
    assert "Photos (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp)" in offered
    assert "Documents (*.pdf *.docx *.xlsx *.odt *.ods *.doc *.xls *.rtf *.txt *.csv)" in offered
    assert not any("(*)" in kind for kind in offered)  # no "all files": only what is kept
    assert stored(database, audit_id) == {
        "site-entrance.jpg": JPEG,
        "GMP сертификат 2024.pdf": PDF,
    }
    rows = listed(panel)
    assert [row[:3] for row in rows] == [
        ["site-entrance.jpg", "Photo", "10 KB"],
        ["GMP сертификат 2024.pdf", "PDF", format_size(len(PDF))],
    ]
    assert rows[1][2].endswith(" KB")
    assert panel.model.index(0, AttachmentListModel.KIND).data(
        Qt.ItemDataRole.ToolTipRole
    ) == "image/jpeg"
    assert panel.view.isVisible() and not panel.empty_label.isVisible()


def test_ctrl_shift_a_adds_too(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_files(monkeypatch, [files["photo"]])
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.view, Qt.Key.Key_A, ctrl_shift)
    wait_for_operation(qtbot, panel)
    assert list(stored(database, audit_id)) == ["site-entrance.jpg"]


def test_empty_and_oversized_files_are_refused_with_the_reason_and_the_rest_added(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages = capture_messages(monkeypatch)
    add_through_the_panel(
        qtbot, panel, monkeypatch, [files["empty"], files["photo"], files["huge"]]
    )

    assert list(stored(database, audit_id)) == ["site-entrance.jpg"]
    assert [row[0] for row in listed(panel)] == ["site-entrance.jpg"]
    assert len(messages) == 1
    message = messages[0]
    assert "empty.pdf: the file is empty" in message
    assert "walkthrough.mp4: the file is 51 MB; each file may be at most 50 MB" in message
    assert "1 other file was added." in message


def test_executables_and_disguised_files_are_refused_by_their_content(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = files["photo"].parent
    program = folder / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 400)
    disguised = folder / "certificate\u202efdp.exe"  # shows as "certificateexe.pdf"
    disguised.write_bytes(b"MZ\x90\x00" + b"\x00" * 400)
    renamed = folder / "report.pdf"
    renamed.write_bytes(b"MZ\x90\x00" + b"\x00" * 400)
    messages = capture_messages(monkeypatch)

    add_through_the_panel(qtbot, panel, monkeypatch, [program, disguised, renamed, files["pdf"]])

    assert list(stored(database, audit_id)) == ["GMP сертификат 2024.pdf"]
    (message,) = messages
    assert "“setup.exe”: files of this type are not kept with an audit" in message
    assert "“certificatefdp.exe”: files of this type are not kept" in message
    assert "“report.pdf”: the file's content is not what its name says (.pdf)" in message


def test_a_file_opens_with_the_extension_of_what_it_is_and_never_as_a_program(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Files that came in before they were checked, stored as they were named.
    with database.transaction(ACTOR) as session:
        audit = session.get_one(Audit, audit_id)
        for name, content in (("scan.JPEG", JPEG), ("photo\u202egpj.exe", JPEG)):
            audit.attachments.append(Attachment(
                file_name=name, media_type="image/jpeg", size_bytes=len(content),
                sha256=hashlib.sha256(content).hexdigest(), content=content))
    panel.refresh()
    wait_for_operation(qtbot, panel)
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True))
    messages = capture_messages(monkeypatch)
    names = [row.file_name for row in panel.model.rows()]

    panel.view.setCurrentIndex(panel.model.index(names.index("scan.JPEG"), 0))
    panel.open_current()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    assert opened[0].name == "scan.jpg" and opened[0].read_bytes() == JPEG

    panel.view.setCurrentIndex(panel.model.index(names.index("photo\u202egpj.exe"), 0))
    panel.open_current()
    wait_for_operation(qtbot, panel)
    assert len(opened) == 1
    assert messages == ["“photogpj.exe”: files of this type are not kept with an audit (only "
                        "photos, PDF, office documents and text)."]


def test_cancel_of_the_file_dialog_adds_nothing(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_files(monkeypatch, [])
    before = panel.operation  # reading the list when the panel was made
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.operation is before  # nothing started
    assert stored(database, audit_id) == {}


# --- opening ---------------------------------------------------------------------------------


def test_open_writes_the_file_under_its_name_and_opens_it(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["photo"], files["pdf"]])
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))

    panel.view.setCurrentIndex(panel.model.index(1, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    assert opened[0].name == "GMP сертификат 2024.pdf"
    assert opened[0].read_bytes() == PDF

    first = panel.view.visualRect(panel.model.index(0, 0)).center()
    # A double-click starts as a press, which the item view needs to see.
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT_MS)
    assert opened[1].name == "site-entrance.jpg"
    assert opened[1].read_bytes() == JPEG


def test_opened_copies_go_when_the_panel_goes(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["photo"]])
    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    assert opened[0].exists()

    panel.deleteLater()
    qtbot.waitUntil(lambda: not opened[0].parent.parent.exists(), timeout=WAIT_MS)


def test_a_file_no_application_opens_says_where_the_copy_is(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["pdf"]])
    messages = capture_messages(monkeypatch)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=WAIT_MS)
    assert messages[0].startswith("No application on this computer opens GMP сертификат 2024.pdf")


# --- removing --------------------------------------------------------------------------------


def test_remove_asks_naming_the_file_and_deletes_it(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["photo"], files["pdf"]])
    questions: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: QWidget, title: str, text: str, *args: object) -> object:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.view.setFocus()

    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "site-entrance.jpg" in questions[0]
    assert len(stored(database, audit_id)) == 2  # "No" keeps it

    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.changed, timeout=WAIT_MS):
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    wait_for_operation(qtbot, panel)
    assert list(stored(database, audit_id)) == ["GMP сертификат 2024.pdf"]
    assert [row[0] for row in listed(panel)] == ["GMP сертификат 2024.pdf"]


# --- a finalized audit -------------------------------------------------------------------------


def test_read_only_keeps_open_and_disables_add_and_remove(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["photo"]])
    panel.set_read_only(True)
    assert not panel.add_button.isEnabled()
    assert not panel.remove_button.isEnabled()
    assert panel.open_button.isEnabled()
    assert not panel.model.flags(panel.model.index(0, AttachmentListModel.DESCRIPTION)) & (
        Qt.ItemFlag.ItemIsEditable
    )

    asked: list[str] = []

    def get_open_file_names(*args: object) -> tuple[list[str], str]:
        asked.append("add")
        return [], ""

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append("remove")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert asked == []

    panel.set_read_only(False)
    assert panel.add_button.isEnabled() and panel.remove_button.isEnabled()


def test_a_finalized_audit_refuses_new_files_and_removals(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["photo"]])
    with database.transaction(ACTOR) as session:
        audit = session.get(Audit, audit_id)
        assert audit is not None
        finalize_audit(
            session, audit, representative_name="M. Zhunusov", representative_position="QA head"
        )
    messages = capture_messages(monkeypatch)
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))

    add_through_the_panel(qtbot, panel, monkeypatch, [files["pdf"]])
    assert messages == [
        "The audit is finalized and locked: reopen it with a reason to change it."
    ]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    wait_for_operation(qtbot, panel)
    assert messages[1] == messages[0]

    panel.view.setCurrentIndex(panel.model.index(0, AttachmentListModel.DESCRIPTION))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, "Entrance")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(messages) == 3, timeout=WAIT_MS)
    assert messages[2] == messages[0]
    wait_for_operation(qtbot, panel)  # the list read again shows what is saved
    assert listed(panel)[0][AttachmentListModel.DESCRIPTION] == ""
    assert list(stored(database, audit_id)) == ["site-entrance.jpg"]
    assert [row[0] for row in listed(panel)] == ["site-entrance.jpg"]
    assert changes == []


# --- describing ----------------------------------------------------------------------------


def test_description_is_typed_in_the_list_and_saved(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    database: Database,
    audit_id: uuid.UUID,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["pdf"]])
    cell = panel.model.index(0, AttachmentListModel.DESCRIPTION)
    panel.view.setCurrentIndex(cell)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not panel.view
    qtbot.keyClicks(editor, "GMP certificate, valid to 2027")
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    def descriptions() -> list[str | None]:
        with database.session() as session:
            query = select(Attachment.description).where(Attachment.audit_id == audit_id)
            return list(session.scalars(query))

    # The view commits what was typed once the key press is through.
    qtbot.waitUntil(lambda: descriptions() == ["GMP certificate, valid to 2027"], timeout=WAIT_MS)
    assert listed(panel)[0][AttachmentListModel.DESCRIPTION] == "GMP certificate, valid to 2027"
    qtbot.waitUntil(lambda: changes == [True], timeout=WAIT_MS)  # the editor hears, to revalidate


# --- the list ------------------------------------------------------------------------------


def test_listing_never_reads_file_bytes(database: Database, audit_id: uuid.UUID) -> None:
    with database.transaction(ACTOR) as session:
        audit = session.get(Audit, audit_id)
        assert audit is not None
        add_attachment(audit, "scan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 5000)
    rows = load_attachment_rows(database, audit_id)
    assert [(r.file_name, r.media_type, r.size_bytes) for r in rows] == [
        ("scan.png", "image/png", 5008)
    ]
    assert not any(isinstance(value, bytes) for value in vars(rows[0]).values())


def test_kinds_and_sizes_are_readable() -> None:
    kinds = {
        "image/heic": "Photo",
        "application/pdf": "PDF",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Spreadsheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Document",
        "application/zip": "Other",
    }
    assert {media_type: attachments.file_kind(media_type).value for media_type in kinds} == kinds
    assert format_size(820) == "820 B"
    assert format_size(1_258_291) == "1.2 MB"
    assert format_size(3 * 1024**3) == "3.0 GB"
    install_translator(running_app(), "ru")
    assert format_size(1_258_291).startswith("1,2 ")  # the Russian decimal comma


def test_model_passes_the_model_checks(
    qtmodeltester: object, database: Database, audit_id: uuid.UUID
) -> None:
    model = AttachmentListModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with database.transaction(ACTOR) as session:
        audit = session.get(Audit, audit_id)
        assert audit is not None
        add_attachment(audit, "a.jpg", JPEG, description="Entrance")
        add_attachment(audit, "b.pdf", PDF)
    model.set_rows(load_attachment_rows(database, audit_id))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_panel_follows_a_language_switch(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_through_the_panel(qtbot, panel, monkeypatch, [files["photo"]])

    def texts() -> list[str]:
        model = panel.model
        values = [panel.empty_label.text()]
        values += [b.text() for b in (panel.add_button, panel.open_button, panel.remove_button)]
        values += [b.toolTip() for b in (panel.add_button, panel.open_button, panel.remove_button)]
        values += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(5)]
        values += [str(model.index(0, c).data()) for c in (AttachmentListModel.KIND,
                                                            AttachmentListModel.SIZE)]
        return values

    english_texts = texts()
    app = running_app()
    translator = PseudoTranslator(app)
    try:
        install_translator(app, "kk")
        app.installTranslator(translator)
        app.processEvents()
        after = texts()
    finally:
        app.removeTranslator(translator)
    left = [text for text, now in zip(english_texts, after, strict=True) if text == now]
    assert left == []
