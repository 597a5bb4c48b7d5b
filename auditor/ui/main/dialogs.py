"""Dialogs of the main window: the auditor's profile and a new company.

Both check what is typed as it is typed and say what is missing beside the field; OK stays
disabled until the answers can be saved, and saving is one short transaction.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from auditor.domain.bin import BinInfo, InvalidBin, parse_bin, real_bin_problem
from auditor.domain.lists import CHOICE_LISTS
from auditor.domain.profile_kinds import (
    AUDITOR_CODE,
    DEFAULT_KIND,
    FULL_NAME,
    PROFILE_KINDS,
    REGION_CODE,
    ProfileKind,
    profile_kind,
)
from auditor.domain.text import Text
from auditor.ui.errors import show_error
from auditor.ui.i18n import current_language, install_translator
from auditor.ui.operations.writer import DatabaseWriter

if TYPE_CHECKING:
    import uuid

    from auditor.db.database import Database
    from auditor.db.models import AuditorProfile
    from auditor.db.profiles import ProfileAnswers

# The database layer (SQLAlchemy) is imported where a dialog reads or writes, not with this
# module: the main window imports it and is painted before the database is opened.

MESSAGE_STYLE = "color: #b00020;"
INFO_STYLE = "color: #2e6b30;"


def message_label(parent: QWidget) -> QLabel:
    """A word-wrapped line under a field for what is wrong with it; hidden while nothing is."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str | None, *, prefix: str = "⚠ ") -> None:
    # The sign in front says "problem" without relying on colour alone.
    if text:
        label.setText(prefix + text)
        label.show()
    else:
        label.clear()
        label.hide()


def grow_to_fit(dialog: QWidget) -> None:
    """Make a shown dialog tall enough for messages that appeared in it.

    A wrapped message needs more height the narrower it is; Qt does not grow a window for
    that by itself, and a clipped message is worse than a dialog that grows a little.
    """
    layout = dialog.layout()
    if layout is None or not dialog.isVisible():
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def field_box(parent: QWidget, *widgets: QWidget) -> QWidget:
    """A field with its message lines below it, as one cell of a form."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def fill_choice_combo(
    combo: QComboBox, choices: Iterable[tuple[str, str]], *, empty: str | None
) -> None:
    """Put (code, label) choices into ``combo``, keeping the chosen code across a refill."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, label in choices:
        combo.addItem(label, code)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def choice_list_items(name: str, lang: str) -> list[tuple[str, str]]:
    return [(choice.code, choice.label(lang)) for choice in CHOICE_LISTS[name]]


# --- the auditor's profile ------------------------------------------------------------------


def load_current_profile(database: Database) -> AuditorProfile | None:
    """The profile this database says is working on this laptop, if any."""
    from auditor.db.profiles import current_profile

    return current_profile(database)


def profile_actor(profile: AuditorProfile | None) -> str | None:
    """Who the audit trail names for this auditor's changes."""
    if profile is None:
        return None
    return profile.auditor_code.strip() or profile.full_name.strip() or None


class ProfileDialog(QDialog):
    """Who works on this computer: a field auditor (name, auditor code, organisation, region)
    or a ministry analyst (name, organisation), and the language.

    The kind is chosen first; only its answers are shown (:mod:`auditor.domain.profile_kinds`).
    On first start ``profile`` is None. Choosing a language switches the whole interface at
    once, this dialog included; cancelling switches back.
    """

    def __init__(
        self,
        database: Database,
        profile: AuditorProfile | None,
        parent: QWidget | None = None,
        *,
        writer: DatabaseWriter | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        # At first start there is no window, and no writer, yet: the dialog has its own.
        self._writer = writer if writer is not None else DatabaseWriter(database, self)
        self._existing = profile
        self.profile: AuditorProfile | None = profile
        self._language_at_open = current_language()
        self._touched: set[str] = set()
        self._initial_region = profile.region_code if profile is not None else None

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self._kind_group = QButtonGroup(self)
        kind_box = QWidget(self)
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        for code in PROFILE_KINDS:
            button = QRadioButton(kind_box)
            button.setObjectName(code)
            self._kind_group.addButton(button)
            kind_layout.addWidget(button)
            self.kind_buttons[code] = button
        self._kind_note = QLabel(kind_box)
        self._kind_note.setWordWrap(True)
        kind_layout.addWidget(self._kind_note)
        self._required_note = QLabel(self)
        self._required_note.setWordWrap(True)

        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("full_name")
        self.full_name_edit.setMaxLength(200)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("auditor_code")
        self.code_edit.setMaxLength(40)
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setObjectName("organisation")
        self.organisation_edit.setMaxLength(300)
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("region")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        self._full_name_message = message_label(self)
        self._code_message = message_label(self)

        self._labels = {key: QLabel(self)
                        for key in ("kind", "name", "code", "org", "region", "lang")}
        self._labels["name"].setBuddy(self.full_name_edit)
        self._labels["code"].setBuddy(self.code_edit)
        self._labels["org"].setBuddy(self.organisation_edit)
        self._labels["region"].setBuddy(self.region_combo)
        self._labels["lang"].setBuddy(self.language_combo)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form = form
        labels = self._labels
        form.addRow(labels["kind"], kind_box)
        form.addRow(labels["name"], field_box(self, self.full_name_edit, self._full_name_message))
        self._code_box = field_box(self, self.code_edit, self._code_message)
        form.addRow(labels["code"], self._code_box)
        form.addRow(self._labels["org"], self.organisation_edit)
        form.addRow(self._labels["region"], self.region_combo)
        form.addRow(self._labels["lang"], self.language_combo)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._required_note)
        layout.addWidget(self._buttons)

        # editingFinished comes when the user leaves a field they typed in (or presses Enter):
        # from then on its message shows.
        self.full_name_edit.editingFinished.connect(lambda: self._left_field("full_name"))
        self.code_edit.editingFinished.connect(lambda: self._left_field("auditor_code"))
        for editor in (self.full_name_edit, self.code_edit):
            editor.textChanged.connect(self._revalidate)

        for code, label in choice_list_items("languages", "kk"):
            self.language_combo.addItem(label, code)
        self._fill_from(profile)
        self._kind_group.buttonToggled.connect(self._kind_chosen)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _fill_from(self, profile: AuditorProfile | None) -> None:
        language = profile.language if profile is not None else current_language()
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        kind = profile_kind(profile.kind) if profile is not None else DEFAULT_KIND
        self.kind_buttons[kind.code].setChecked(True)
        self._show_kind_fields()
        if profile is None:
            return
        self.full_name_edit.setText(profile.full_name)
        self.code_edit.setText(profile.auditor_code)
        self.organisation_edit.setText(profile.organisation or "")

    # --- the kind of user ------------------------------------------------------------------

    def chosen_kind(self) -> ProfileKind:
        return next((PROFILE_KINDS[code] for code, button in self.kind_buttons.items()
                     if button.isChecked()), DEFAULT_KIND)

    def choose_kind(self, kind: ProfileKind) -> None:
        self.kind_buttons[kind.code].setChecked(True)

    def _kind_chosen(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._show_kind_fields()
            self.retranslate()

    def _show_kind_fields(self) -> None:
        """Only the answers the chosen kind gives are shown."""
        asks = self.chosen_kind().asks
        self._form.setRowVisible(self._code_box, AUDITOR_CODE in asks)
        self._form.setRowVisible(self.region_combo, REGION_CODE in asks)
        if self.isVisible():
            self.adjustSize()  # rows came or went: the dialog fits them again

    # --- language --------------------------------------------------------------------------

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def _language_chosen(self) -> None:
        app = QApplication.instance()
        if app is not None and self.chosen_language() != current_language():
            install_translator(app, self.chosen_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        first_start = self._existing is None
        lang = current_language()
        kind = self.chosen_kind()
        with_code = AUDITOR_CODE in kind.asks
        self.setWindowTitle(self.tr("Auditor profile"))
        if first_start and with_code:
            intro = self.tr(
                "Welcome. Tell us who audits on this computer. The profile is kept in this "
                "database; your name and code go with every change you make and every "
                "audit you sign."
            )
        elif first_start:
            intro = self.tr(
                "Welcome. Tell us who works on this computer. The profile is kept in this "
                "database; your name goes with every change you make."
            )
        elif with_code:
            intro = self.tr(
                "Your name and code go with every change you make and every audit you sign."
            )
        else:
            intro = self.tr("Your name goes with every change you make.")
        self._intro.setText(intro)
        self._labels["kind"].setText(self.tr("I work as"))
        for code, button in self.kind_buttons.items():
            button.setText(PROFILE_KINDS[code].label(lang))
        self._kind_note.setText(kind.description(lang))
        self._labels["name"].setText(self.tr("&Full name *"))
        self._labels["code"].setText(self.tr("Auditor &code *"))
        self._labels["org"].setText(self.tr("&Organisation"))
        self._labels["region"].setText(self.tr("&Region"))
        self._labels["lang"].setText(self.tr("&Language"))
        self._required_note.setText(self.tr("Fields marked * are required."))
        self.code_edit.setPlaceholderText(self.tr("e.g. KZ-AUD-017"))
        fill_choice_combo(
            self.region_combo,
            choice_list_items("regions", current_language()),
            empty=self.tr("— not set —"),
        )
        if self._initial_region is not None:
            index = self.region_combo.findData(self._initial_region)
            self.region_combo.setCurrentIndex(max(index, 0))
            self._initial_region = None
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save") if not first_start else self.tr("&Start"))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Cancel is Escape: its letter would be taken from a field's label.
        cancel.setText(self.tr("&Quit") if first_start else self.tr("Cancel"))
        self._revalidate()

    # --- checking --------------------------------------------------------------------------

    def _left_field(self, name: str) -> None:
        self._touched.add(name)
        self._revalidate()

    def answers(self) -> ProfileAnswers:
        from auditor.db.profiles import ProfileAnswers

        return ProfileAnswers(
            full_name=self.full_name_edit.text().strip(),
            auditor_code=self.code_edit.text().strip(),
            organisation=self.organisation_edit.text().strip() or None,
            region_code=self.region_combo.currentData(),
            language=self.chosen_language(),
            kind=self.chosen_kind().code,
        )

    def problems(self) -> dict[str, str]:
        """What the chosen kind of profile lacks, by field, in the current language."""
        lang = current_language()
        return {name: text(lang) for name, text in self.answers().problems().items()}

    def _revalidate(self) -> None:
        problems = self.problems()
        if self.full_name_edit.text():
            self._touched.add("full_name")
        if self.code_edit.text():
            self._touched.add("auditor_code")
        shown = {k: v for k, v in problems.items() if k in self._touched}
        show_message(self._full_name_message, shown.get("full_name"))
        show_message(self._code_message, shown.get("auditor_code"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        grow_to_fit(self)

    # --- saving ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self.problems():
            self._touched |= {FULL_NAME, AUDITOR_CODE}
            self._revalidate()
            return
        self._save()

    def reject(self) -> None:
        app = QApplication.instance()
        if app is not None and current_language() != self._language_at_open:
            install_translator(app, self._language_at_open)
        super().reject()

    def _save(self) -> None:
        from auditor.ui.operations.profile import save_profile

        answers = self.answers()
        # An analyst keeps the code they had as an auditor (the field is hidden, not cleared).
        code, name = answers.auditor_code, answers.full_name
        title = self.tr("The profile could not be saved")
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # once: the save is under way

        def saved(profile: AuditorProfile) -> None:
            self.profile = profile
            QDialog.accept(self)

        def refused(error: BaseException) -> None:
            ok.setEnabled(True)
            show_error(self, title, error)

        save_profile(self._writer, self, self._existing.id if self._existing else None,
                     answers, actor=code or name, title=title, on_saved=saved,
                     on_refused=refused)


# --- a new company --------------------------------------------------------------------------

ENTITY_TYPE_TEXTS = {
    "resident": QT_TRANSLATE_NOOP("NewCompanyDialog", "resident legal entity"),
    "non_resident": QT_TRANSLATE_NOOP("NewCompanyDialog", "non-resident legal entity"),
    "joint_entrepreneurship": QT_TRANSLATE_NOOP(
        "NewCompanyDialog", "joint individual entrepreneurship"
    ),
}
ATTRIBUTE_TEXTS = {
    "head_office": QT_TRANSLATE_NOOP("NewCompanyDialog", "head office"),
    "branch": QT_TRANSLATE_NOOP("NewCompanyDialog", "branch"),
    "representative_office": QT_TRANSLATE_NOOP("NewCompanyDialog", "representative office"),
    "farm": QT_TRANSLATE_NOOP("NewCompanyDialog", "peasant or farm enterprise"),
}
_REGION_MISSING = Text("Өңірді таңдаңыз.", "Выберите регион.", "Choose the region.")


def describe_bin(info: BinInfo) -> str:
    """What a valid BIN says about the company, in the UI language."""
    translate = QCoreApplication.translate
    text = translate("NewCompanyDialog", "Registered {month:02d}.{year}; {entity}, {attribute}.")
    return text.format(
        month=info.registered_month,
        year=info.registered_year,
        entity=translate("NewCompanyDialog", str(ENTITY_TYPE_TEXTS[info.entity_type])),
        attribute=translate("NewCompanyDialog", str(ATTRIBUTE_TEXTS[info.attribute])),
    )


class NewCompanyDialog(QDialog):
    """Register a producer: BIN checked as typed, names, region, legal form, address.

    Ends with ``Accepted`` and ``created_company_id`` set, or with ``OPEN_EXISTING`` and
    ``existing_company_id`` set when the user chose to open the company that has this BIN.
    """

    OPEN_EXISTING = 2
    FIELD_NAMES = ("bin", "name_kk", "name_ru", "region_code", "legal_form", "address")

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
        writer: DatabaseWriter,
    ) -> None:
        super().__init__(parent)
        # Field definitions give the labels, hints and checks of the questionnaire.
        from auditor.forms.sections.company import SECTION

        self._database = database
        self._writer = writer
        self._actor = actor
        self._fields = {f.name: f for f in SECTION.fields if f.is_company_field}
        self.created_company_id: uuid.UUID | None = None
        self.existing_company_id: uuid.UUID | None = None
        self._existing_name = ""
        self._touched: set[str] = set()

        self._required_note = QLabel(self)
        self._required_note.setWordWrap(True)
        self.bin_edit = QLineEdit(self)
        self.bin_edit.setObjectName("bin")
        self.bin_edit.setMaxLength(20)  # spaces between digit groups are allowed while typing
        self.name_kk_edit = QLineEdit(self)
        self.name_kk_edit.setObjectName("name_kk")
        self.name_ru_edit = QLineEdit(self)
        self.name_ru_edit.setObjectName("name_ru")
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("region_code")
        self.legal_form_combo = QComboBox(self)
        self.legal_form_combo.setObjectName("legal_form")
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("address")
        for name, edit in (("name_kk", self.name_kk_edit), ("name_ru", self.name_ru_edit),
                           ("address", self.address_edit)):
            limit = self._fields[name].max_length
            if limit:
                edit.setMaxLength(limit)

        self.bin_message = message_label(self)
        self.bin_info = QLabel(self)
        self.bin_info.setWordWrap(True)
        self.bin_info.setStyleSheet(INFO_STYLE)
        self.bin_info.hide()
        self.open_existing_button = QPushButton(self)
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self._open_existing)
        self.names_message = message_label(self)
        self.region_message = message_label(self)
        self.address_message = message_label(self)

        self._labels = {name: QLabel(self) for name in self.FIELD_NAMES}
        editors: dict[str, QWidget] = {
            "bin": self.bin_edit,
            "name_kk": self.name_kk_edit,
            "name_ru": self.name_ru_edit,
            "region_code": self.region_combo,
            "legal_form": self.legal_form_combo,
            "address": self.address_edit,
        }
        for name, label in self._labels.items():
            label.setBuddy(editors[name])
            label.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            self._labels["bin"],
            field_box(self, self.bin_edit, self.bin_message, self.bin_info,
                      self.open_existing_button),
        )
        labels = self._labels
        form.addRow(labels["name_kk"], self.name_kk_edit)
        form.addRow(labels["name_ru"], field_box(self, self.name_ru_edit, self.names_message))
        form.addRow(labels["region_code"], field_box(self, self.region_combo, self.region_message))
        form.addRow(labels["legal_form"], self.legal_form_combo)
        form.addRow(labels["address"], field_box(self, self.address_edit, self.address_message))

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._required_note)
        layout.addWidget(self._buttons)

        # editingFinished comes when the user leaves a field they typed in (or presses Enter):
        # from then on its message shows.
        for edit in (self.bin_edit, self.name_kk_edit, self.name_ru_edit, self.address_edit):
            edit.editingFinished.connect(functools.partial(self._left_field, edit.objectName()))
        for edit in (self.bin_edit, self.name_kk_edit, self.name_ru_edit, self.address_edit):
            edit.textChanged.connect(self._revalidate)
        # A name typed and erased again counts as answered wrongly, not as untouched.
        self.name_kk_edit.textEdited.connect(lambda _text: self._left_field("name_kk"))
        self.name_ru_edit.textEdited.connect(lambda _text: self._left_field("name_ru"))
        self.region_combo.currentIndexChanged.connect(self._region_chosen)
        self.legal_form_combo.currentIndexChanged.connect(self._revalidate)

        order = [self.bin_edit, self.open_existing_button, self.name_kk_edit, self.name_ru_edit,
                 self.region_combo, self.legal_form_combo, self.address_edit]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("New company"))
        required = {"bin", "region_code"}
        for name, label in self._labels.items():
            field = self._fields[name]
            label.setText(field.label(lang) + (" *" if name in required else ""))
            label.setToolTip(field.hint(lang))
            label.buddy().setToolTip(field.hint(lang))
        self._required_note.setText(
            self.tr("Fields marked * are required; give the name in at least one language.")
        )
        self.bin_edit.setPlaceholderText(self.tr("12 digits"))
        fill_choice_combo(self.region_combo, choice_list_items("regions", lang), empty="")
        fill_choice_combo(self.legal_form_combo, choice_list_items("legal_forms", lang), empty="")
        self.open_existing_button.setText(self.tr("&Open existing company"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        # Cancel is Escape: "&Create" has the letter both would start with.
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._revalidate()

    # --- checking --------------------------------------------------------------------------

    def _left_field(self, name: str) -> None:
        self._touched.add(name)
        self._revalidate()

    def _region_chosen(self) -> None:
        self._touched.add("region_code")
        self._revalidate()

    def typed_bin(self) -> str:
        return "".join(self.bin_edit.text().split())

    def _bin_state(self) -> tuple[str | None, BinInfo | None]:
        """(problem to show, decoded BIN). Short BINs are judged only once the field is left."""
        typed = self.typed_bin()
        try:
            info = parse_bin(typed)
        except InvalidBin as exc:
            complete = len(typed) >= 12 or not typed.isdigit()
            if typed and (complete or "bin" in self._touched):
                return exc.reason(current_language()), None
            if not typed and "bin" in self._touched:
                return exc.reason(current_language()), None
            return None, None
        reserved = real_bin_problem(typed)  # a BIN of the demo range: no real company's
        if reserved is not None:
            return reserved(current_language()), None
        return None, info

    def _find_existing(self, bin_: str) -> tuple[uuid.UUID, str] | None:
        from auditor.db.companies import find_company_by_bin

        found = find_company_by_bin(self._database, bin_)  # one row by its unique index
        if found is None:
            return None
        return found.id, found.name_in(current_language())

    def _names_problem(self, kk: str, ru: str) -> str | None:
        """What the questionnaire's rule for a company's names says of the names typed."""
        from auditor.forms.engine import company_issues
        from auditor.forms.questionnaire import FORM

        names = {"name_kk": kk or None, "name_ru": ru or None}
        for issue in company_issues(FORM, names):
            if issue.field in (self._fields["name_kk"].key, self._fields["name_ru"].key):
                return issue.text(current_language())
        return None

    def _text_problem(self, name: str, value: str) -> str | None:
        from auditor.forms.values import check_value

        problem = check_value(self._fields[name], value) if value else None
        return problem(current_language()) if problem is not None else None

    def _revalidate(self) -> None:
        lang = current_language()
        bin_problem, info = self._bin_state()
        existing = self._find_existing(info.bin) if info is not None else None
        self.existing_company_id = existing[0] if existing else None
        if existing is not None:
            bin_problem = self.tr("A company with this BIN already exists: {name}").format(
                name=existing[1]
            )
        show_message(self.bin_message, bin_problem)
        self.open_existing_button.setVisible(existing is not None)
        decoded = describe_bin(info) if info is not None and existing is None else None
        show_message(self.bin_info, decoded, prefix="")

        kk, ru = self.name_kk_edit.text().strip(), self.name_ru_edit.text().strip()
        names_problem = self._names_problem(kk, ru)
        names_touched = bool({"name_kk", "name_ru"} & self._touched) or bool(kk or ru)
        show_message(self.names_message, names_problem if names_touched else None)

        region_problem = None if self.region_combo.currentData() else _REGION_MISSING(lang)
        # Said once the region was touched, or once it is the last thing missing.
        region_due = "region_code" in self._touched or (info is not None and not names_problem)
        show_message(self.region_message, region_problem if region_due else None)
        address_problem = self._text_problem("address", self.address_edit.text().strip())
        show_message(self.address_message, address_problem)

        ready = (
            info is not None
            and existing is None
            and names_problem is None
            and region_problem is None
            and address_problem is None
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        grow_to_fit(self)

    def is_ready(self) -> bool:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    # --- outcome ---------------------------------------------------------------------------

    def _open_existing(self) -> None:
        if self.existing_company_id is not None:
            self.done(self.OPEN_EXISTING)

    def accept(self) -> None:
        if not self.is_ready():
            return
        from auditor.db.companies import NewCompany
        from auditor.ui.operations.company import create_company

        new = NewCompany(
            bin=self.typed_bin(),
            name_kk=self.name_kk_edit.text().strip() or None,
            name_ru=self.name_ru_edit.text().strip() or None,
            region_code=str(self.region_combo.currentData()),
            legal_form=self.legal_form_combo.currentData() or None,
            address=self.address_edit.text().strip() or None,
        )
        title = self.tr("The company could not be created")
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # once: the company is being saved

        def created(company_id: uuid.UUID) -> None:
            self.created_company_id = company_id
            QDialog.accept(self)

        def refused(error: BaseException) -> None:
            ok.setEnabled(True)
            show_error(self, title, error)

        create_company(self._writer, self, new, actor=self._actor or "system", title=title,
                       on_created=created, on_refused=refused)
