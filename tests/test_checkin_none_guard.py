"""PySide6 6.12 loses a reference to None for every None a Python model returns to Qt; the guard makes up."""

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_models_returning_none_no_longer_drain_it(qapp):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

    from ui.checkin_none_guard import NONE_RESERVE, none_safe, pin_none

    class Plain(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 3

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 3

        def data(self, index, role=Qt.DisplayRole):
            return None

    class Guarded(Plain):
        @none_safe
        def data(self, index, role=Qt.DisplayRole):
            return None

    def loss(model_class) -> int:
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model_class())
        before = sys.getrefcount(None)
        for _ in range(500):
            proxy.data(proxy.index(0, 0), Qt.ForegroundRole)
        return before - sys.getrefcount(None)

    assert loss(Guarded) <= 5
    pin_none()
    pin_none()                                    # idempotent
    assert sys.getrefcount(None) > NONE_RESERVE // 2
