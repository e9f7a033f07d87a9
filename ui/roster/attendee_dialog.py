"""Add or edit one person: every 回执 field, with the domain's checks shown as warnings."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from ceremony.roster import names
from ceremony.models import RSVP_LEAVE, RSVP_PENDING, RSVP_YES, Attendee

from ui.messages import message_text


def person_warnings(person: Attendee) -> list[str]:
    """The checks of docs/protocol.md#names for one person, translated (warnings; only an empty name blocks)."""
    found = [names.phone_warning(person.phone), names.id_number_warning(person.id_number),
             names.plate_warning(person.plate), names.gender_warning(person.gender, person.id_number)]
    return [message_text(w) for w in found if w is not None]


class AttendeeDialog(QDialog):
    def __init__(self, person: Attendee | None, categories: list[str], parent=None):
        super().__init__(parent)
        self._original = person or Attendee()
        self.name_edit = QLineEdit(self._original.name, self)
        self.gender_combo = QComboBox(self)
        for value, text in (("", ""), ("男", self.tr("男")), ("女", self.tr("女"))):   # stored as 男/女
            self.gender_combo.addItem(text, value)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(self._original.gender)))
        self.unit_edit = QLineEdit(self._original.unit, self)
        self.title_edit = QLineEdit(self._original.title, self)
        self.category_combo = QComboBox(self)
        self.category_combo.setEditable(True)
        self.category_combo.addItems([""] + categories)
        self.category_combo.setCurrentText(self._original.category)
        self.phone_edit = QLineEdit(self._original.phone, self)
        self.id_edit = QLineEdit(self._original.id_number, self)
        self.plate_edit = QLineEdit(self._original.plate, self)
        self.badge_edit = QLineEdit(self._original.badge_no, self)
        self.rsvp_combo = QComboBox(self)
        for value in (RSVP_YES, RSVP_LEAVE, RSVP_PENDING):
            self.rsvp_combo.addItem("", value)
        self.rsvp_combo.setCurrentIndex(max(0, self.rsvp_combo.findData(self._original.rsvp)))
        self.rostrum_check = QCheckBox(self)
        self.rostrum_check.setChecked(self._original.on_rostrum)
        self.speaker_check = QCheckBox(self)
        self.speaker_check.setChecked(self._original.speaker)
        self.notes_edit = QLineEdit(self._original.notes, self)
        self.warning_label = QLabel(self)
        self.warning_label.setStyleSheet("color: #b26a00")
        self.warning_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(13)]
        widgets = [self.name_edit, self.gender_combo, self.unit_edit, self.title_edit, self.category_combo,
                   self.phone_edit, self.id_edit, self.plate_edit, self.badge_edit, self.rsvp_combo,
                   self.rostrum_check, self.speaker_check, self.notes_edit]
        for label, widget in zip(self._labels, widgets):
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.buttons)
        for edit in (self.name_edit, self.phone_edit, self.id_edit, self.plate_edit):
            edit.textChanged.connect(self._check)
        self.gender_combo.currentIndexChanged.connect(self._check)
        self.setMinimumWidth(420)
        self.retranslate_ui()
        self._check()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("编辑人员") if self._original.id else self.tr("添加人员"))
        texts = [self.tr("姓名*"), self.tr("性别"), self.tr("单位"), self.tr("职务"), self.tr("类别"),
                 self.tr("手机"), self.tr("身份证号"), self.tr("车牌"), self.tr("证号"), self.tr("回执"),
                 self.tr("主席台"), self.tr("发言"), self.tr("备注")]
        for label, text in zip(self._labels, texts):
            label.setText(text)
        for i, text in enumerate((self.tr("参加"), self.tr("请假"), self.tr("未回复"))):
            self.rsvp_combo.setItemText(i, text)

    def person(self) -> Attendee:
        """The edited person, cleaned as an import would clean it."""
        return self._original.with_(
            name=names.clean_name(self.name_edit.text()), gender=self.gender_combo.currentData() or "",
            unit=names.clean_text(self.unit_edit.text()), title=names.clean_text(self.title_edit.text()),
            category=names.clean_text(self.category_combo.currentText()),
            phone=names.clean_phone(self.phone_edit.text()), id_number=names.clean_id_number(self.id_edit.text()),
            plate=names.clean_plate(self.plate_edit.text()), badge_no=names.nfkc(self.badge_edit.text()),
            rsvp=self.rsvp_combo.currentData(), on_rostrum=self.rostrum_check.isChecked(),
            speaker=self.speaker_check.isChecked(), notes=names.clean_text(self.notes_edit.text()))

    def warnings(self) -> list[str]:
        return person_warnings(self.person())

    def _check(self) -> None:
        person = self.person()
        problems = ([] if person.name else [self.tr("姓名不能为空")]) + person_warnings(person)
        self.warning_label.setText("\n".join("⚠ " + p for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(person.name))
