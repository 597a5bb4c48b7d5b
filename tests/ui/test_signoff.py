"""Finalizing an audit: the issues that block it, the sign-off and reopening, used as a person
would use them."""

# pytest-qt's QtBot methods carry no type annotations.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from auditor.db.audits import load_full_audit
from auditor.db.database import open_database
from auditor.db.models import Audit
from auditor.demo import build_demo
from auditor.forms.engine import Issue
from auditor.forms.questionnaire import FORM, validate
from auditor.ui.editor.signoff import (
    FinalizeIssuesDialog,
    IssueListModel,
    ReopenDialog,
    SignOffDialog,
)
from auditor.ui.i18n import current_language, install_translator
from tests.helpers.qt import PseudoTranslator, running_app

pytestmark = pytest.mark.qt


@pytest.fixture
def pseudo_kazakh(english: None) -> Iterator[Callable[[], None]]:
    """Kazakh for the questionnaire texts, the pseudo-language for every chrome text."""
    app = running_app()
    translator = PseudoTranslator(app)

    def switch() -> None:
        install_translator(app, "kk")
        app.installTranslator(translator)
        app.processEvents()  # Qt posts LanguageChange to the windows

    yield switch
    app.removeTranslator(translator)
    install_translator(app, "en")


@pytest.fixture(scope="module")
def demo_audit_issues(tmp_path_factory: pytest.TempPathFactory) -> list[Issue]:
    """Issues of a real demo audit after blanking answers: two errors, one warning."""
    database = open_database(tmp_path_factory.mktemp("signoff") / "audit.sqlite")
    try:
        build_demo(database, companies=1, seed=11)
        with database.session() as session:
            audit_id = session.scalars(select(Audit.id)).one()
            audit = load_full_audit(session, audit_id)
            assert audit is not None
            audit.producer_type = None  # a required answer of the company section
            audit.products[2].atc_code = None  # a required answer in a repeat row
            # Flagged as oncology with an ATC code outside group L: a warning only.
            audit.products[0].is_oncology = True
            audit.products[0].atc_code = "C09AA05"
            issues = validate(audit)
            session.rollback()
    finally:
        database.close()
    assert sum(issue.is_error for issue in issues) == 2
    assert sum(not issue.is_error for issue in issues) == 1
    return issues


def _cells(view: QTableView, row: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def _visible_texts(widget: QWidget) -> list[str]:
    """Every chrome text a person sees: title, labels, buttons, table headers."""
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    texts += [button.toolTip() for button in widget.findChildren(QAbstractButton)]
    for view in widget.findChildren(QTableView):
        model = view.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        for row in range(model.rowCount()):
            texts += _cells(view, row)
    return texts


def _assert_all_retranslated(before: list[str], after: list[str]) -> None:
    assert len(before) == len(after)
    left = [text for text, now in zip(before, after, strict=True) if text.strip() and text == now]
    assert left == [], f"still in English after the switch: {left}"


# --- the issues that block finalizing ---------------------------------------------------------


def test_issues_are_listed_errors_first_with_where_they_are(
    qtbot: QtBot, english: None, demo_audit_issues: list[Issue]
) -> None:
    dialog = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(dialog)
    dialog.show()

    rows = [_cells(dialog.view, r) for r in range(dialog.model.rowCount())]
    assert [r[0] for r in rows] == ["Error", "Error", "Warning"]
    product_error = next(r for r in rows if r[2] == "ATC code")
    trade_name = next(i.row_label for i in demo_audit_issues if i.field == "product.atc_code"
                      and i.is_error)
    assert product_error[1] == FORM.section("products").label.en
    assert product_error[3] == f"Product 3 — {trade_name}"
    assert product_error[4] == "Required: please answer."
    company_error = next(r for r in rows if r[2] == FORM.field("audit.producer_type").label.en)
    assert company_error[3] == ""  # answered once per audit, no row
    assert "Marked as oncology" in rows[2][4]
    summary = dialog.findChildren(QLabel)[1].text()
    assert summary == "2 errors block finalizing; 1 warning"


def test_enter_on_an_issue_goes_to_that_field(
    qtbot: QtBot, english: None, demo_audit_issues: list[Issue]
) -> None:
    dialog = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_issue is dialog.model.issue(1)
    assert dialog.chosen_issue.is_error


def test_double_click_or_go_to_field_choose_the_issue_and_close_chooses_none(
    qtbot: QtBot, english: None, demo_audit_issues: list[Issue]
) -> None:
    dialog = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning_row = dialog.view.visualRect(dialog.model.index(2, IssueListModel.MESSAGE))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=warning_row.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=warning_row.center())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_issue is not None and not dialog.chosen_issue.is_error

    again = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.go_button, Qt.MouseButton.LeftButton)
    assert again.chosen_issue is again.model.issue(0)

    closed = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(closed)
    closed.show()
    assert closed.close_button.text() == "&Close"
    qtbot.mouseClick(closed.close_button, Qt.MouseButton.LeftButton)
    assert closed.result() == QDialog.DialogCode.Rejected
    assert closed.chosen_issue is None


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_issues_speak_the_auditors_language(
    qtbot: QtBot, english: None, demo_audit_issues: list[Issue], lang: str
) -> None:
    dialog = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(dialog)
    install_translator(running_app(), lang)
    running_app().processEvents()
    assert current_language() == lang

    product_issue = next(
        i for i in demo_audit_issues if i.field == "product.atc_code" and i.is_error
    )
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.issue(r) is product_issue
    )
    item = FORM.repeat("products").item_label(lang)
    assert _cells(dialog.view, row)[1:] == [
        FORM.section("products").label(lang),
        FORM.field("product.atc_code").label(lang),
        f"{item[0].upper()}{item[1:]} 3 — {product_issue.row_label}",
        product_issue.message(lang),
    ]
    # Built after the switch, a new dialog speaks the language from the start.
    fresh = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(fresh)
    assert _cells(fresh.view, row) == _cells(dialog.view, row)


def test_issues_dialog_follows_a_language_switch(
    qtbot: QtBot, pseudo_kazakh: Callable[[], None], demo_audit_issues: list[Issue]
) -> None:
    dialog = FinalizeIssuesDialog(demo_audit_issues)
    qtbot.addWidget(dialog)
    english_texts = _visible_texts(dialog)
    pseudo_kazakh()
    _assert_all_retranslated(english_texts, _visible_texts(dialog))
    assert "&Go to field" in dialog.go_button.text()
    assert "&Close" in dialog.close_button.text()


# --- sign-off ------------------------------------------------------------------------------


def test_finalize_is_enabled_only_with_representative_and_confirmation(
    qtbot: QtBot, english: None
) -> None:
    dialog = SignOffDialog(auditor_name="Aigerim Sadykova")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ok_button
    assert ok.text() == "&Finalize and lock"
    assert "read-only" in dialog.findChildren(QLabel)[0].text()
    assert dialog.confirm_box.text() == (
        "I, Aigerim Sadykova, &confirm that this audit is complete and correct."
    )
    assert not ok.isEnabled()

    qtbot.keyClicks(dialog.name_edit, "  Marat Zhunusov ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.position_edit, "Quality director")
    assert not ok.isEnabled()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)
    assert dialog.confirm_box.isChecked()
    assert ok.isEnabled()

    dialog.position_edit.clear()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.position_edit, "QA head")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.representative_name() == "Marat Zhunusov"
    assert dialog.representative_position() == "QA head"


def test_sign_off_prefills_the_representative_and_counts_warnings(
    qtbot: QtBot, english: None
) -> None:
    dialog = SignOffDialog(
        auditor_name="A & B",
        representative_name="Marat Zhunusov",
        representative_position="QA head",
        warnings=3,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    warnings = [label for label in dialog.findChildren(QLabel) if "warning" in label.text()]
    assert len(warnings) == 1 and warnings[0].isVisible()
    assert warnings[0].text().startswith("3 warnings remain")
    # "&" in a name is shown as written, not taken for a keyboard accelerator.
    assert dialog.confirm_box.text().startswith("I, A && B,")
    assert not dialog.ok_button.isEnabled()
    dialog.confirm_box.click()
    assert dialog.ok_button.isEnabled()

    clean = SignOffDialog(auditor_name="A")
    qtbot.addWidget(clean)
    clean.show()
    assert not any("warning" in label.text() and label.isVisible()
                   for label in clean.findChildren(QLabel))


def test_sign_off_follows_a_language_switch(
    qtbot: QtBot, pseudo_kazakh: Callable[[], None]
) -> None:
    dialog = SignOffDialog(auditor_name="Aigerim Sadykova", warnings=2)
    qtbot.addWidget(dialog)
    english_texts = _visible_texts(dialog)
    pseudo_kazakh()
    after = _visible_texts(dialog)
    _assert_all_retranslated(english_texts, after)
    assert any("Aigerim Sadykova" in text for text in after)
    # Our own button texts, not the "OK" of Qt's standard buttons.
    assert "&Finalize and lock" in dialog.ok_button.text()
    assert "Cancel" in dialog.cancel_button.text()


# --- reopening -----------------------------------------------------------------------------


def test_reopen_needs_a_reason(qtbot: QtBot, english: None) -> None:
    dialog = ReopenDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    intro = dialog.findChildren(QLabel)[0].text()
    assert "next revision" in intro and "audit trail" in intro
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Certificate number was mistyped")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason() == "Certificate number was mistyped"


def test_reopen_names_the_revision_it_creates(qtbot: QtBot, english: None) -> None:
    dialog = ReopenDialog(current_revision=2)
    qtbot.addWidget(dialog)
    assert "as revision 3." in dialog.findChildren(QLabel)[0].text()


def test_reopen_follows_a_language_switch(
    qtbot: QtBot, pseudo_kazakh: Callable[[], None]
) -> None:
    dialog = ReopenDialog()
    qtbot.addWidget(dialog)
    english_texts = _visible_texts(dialog)
    pseudo_kazakh()
    _assert_all_retranslated(english_texts, _visible_texts(dialog))
    assert "Re&open" in dialog.ok_button.text()


def test_issue_model_passes_the_model_checks(
    qtmodeltester: object, english: None, demo_audit_issues: list[Issue]
) -> None:
    model = IssueListModel(demo_audit_issues)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    empty = IssueListModel([])
    qtmodeltester.check(empty)  # type: ignore[attr-defined]

