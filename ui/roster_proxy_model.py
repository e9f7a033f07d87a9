"""Filters the roster table by category, unit, RSVP, check-in status and search hits."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from ceremony.roster import RosterFilter, person_matches


class RosterFilterProxyModel(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rule = RosterFilter()

    @property
    def rule(self) -> RosterFilter:
        return self._rule

    def set_rule(self, rule: RosterFilter) -> None:
        self.beginFilterChange()
        self._rule = rule
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        person = model.person(source_row)
        return person_matches(person, model.state_of(person.id), self._rule)
