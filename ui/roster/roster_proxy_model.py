"""Filters the roster table by category, unit, RSVP, check-in status, badge print state and search hits."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from ceremony.roster import RosterFilter, person_matches


class RosterFilterProxyModel(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rule = RosterFilter()
        self._print_state = ""

    @property
    def rule(self) -> RosterFilter:
        return self._rule

    @property
    def print_state(self) -> str:
        return self._print_state

    def set_rule(self, rule: RosterFilter, print_state: str = "") -> None:
        """Show the people matching ``rule`` and, when given, whose badge is in ``print_state``."""
        self.beginFilterChange()
        self._rule = rule
        self._print_state = print_state
        self.endFilterChange()

    def refilter(self) -> None:
        """Apply the same rule again (the source's print states changed in place)."""
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        person = model.person(source_row)
        if self._print_state and model.print_state_of(person.id) != self._print_state:
            return False
        return person_matches(person, model.state_of(person.id), self._rule)
