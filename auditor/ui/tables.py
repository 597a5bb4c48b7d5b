"""Read-only tables of one item per row under translated column headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ItemTableModel(QAbstractTableModel):
    """Items shown one per row; a subclass names its columns and says what each cell shows.

    ``HEADERS`` are the column titles, marked with ``QT_TRANSLATE_NOOP`` under the subclass's
    name (the translation context); ``RIGHT_ALIGNED`` the columns of numbers. The subclass
    answers :meth:`cell`; rows, columns, headers and the repaint after a language switch
    (:meth:`retranslate`) are this class's.
    """

    HEADERS: ClassVar[tuple[object, ...]] = ()
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, items: Sequence[Any] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = list(items)

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def cell(self, item: Any, column: int, role: int) -> Any:
        """What ``item`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_ALIGNED:
            return RIGHT
        return self.cell(self._items[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate(type(self).__name__,
                                                  str(self.HEADERS[section]))
            return None
        return section + 1

    def retranslate(self) -> None:
        """Headers and cells again, in the language just chosen."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, len(self.HEADERS) - 1))
