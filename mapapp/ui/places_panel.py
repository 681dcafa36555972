"""The places panel: every place of the article, sortable and filterable."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mapapp.core.model import PLACE_KINDS, Place

COLUMNS = ("Place", "Kind", "#", "Mentions")
HEADER_TIPS = ("Place name", "City, region, country, river or sea", "Order of first mention in the text", "Number of mentions")
COL_NAME, COL_KIND, COL_FIRST, COL_MENTIONS = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles as plain ints: the view asks data() thousands of times while it lays
# the table out, and comparing ints is the cheap part of answering.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
_SORT = int(SORT_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_Index = QModelIndex | QPersistentModelIndex


class PlacesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._places: tuple[Place, ...] = ()
        self._display: list[tuple[str, str, str, str]] = []
        self._sort: list[tuple[str, str, int, int]] = []

    def set_places(self, places: tuple[Place, ...]) -> None:
        self.beginResetModel()
        self._places = places
        self._display = [(p.name, p.kind, str(i + 1), str(len(p.mentions))) for i, p in enumerate(places)]
        self._sort = [(p.name.casefold(), p.kind, i, len(p.mentions)) for i, p in enumerate(places)]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._places)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def data(self, index: _Index, role=_DISPLAY):
        row = index.row()
        if row < 0:  # an invalid index
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._display[row][index.column()]
        if role == _SORT:
            return self._sort[row][index.column()]
        if role == _ID:
            return self._places[row].id
        if role == _ALIGN:
            return _RIGHT if index.column() in (COL_FIRST, COL_MENTIONS) else None
        if role == _TOOLTIP:
            place = self._places[row]
            return f"{place.name} ({place.kind}) · {place.lat:.3f}, {place.lon:.3f} · {place.source}"
        return None


class PlacesPanel(QWidget):
    """Emits placeChosen(place id) when the user picks a row (click or Enter)."""

    placeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlacesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(COL_NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter places…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_FIRST, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from what the columns can hold, not measured row by row (the
        # view would ask every cell at each reset).
        metrics = header.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        widths = {
            COL_KIND: max(metrics.horizontalAdvance(k) for k in (*PLACE_KINDS, COLUMNS[COL_KIND])),
            COL_FIRST: metrics.horizontalAdvance("0000"),
            COL_MENTIONS: metrics.horizontalAdvance(COLUMNS[COL_MENTIONS]),
        }
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width + pad)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def set_places(self, places: tuple[Place, ...]) -> None:
        self.model.set_places(places)

    def visible_place_ids(self) -> list[str]:
        return [
            self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount())
        ]

    def select_place(self, place_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == place_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return
        self.table.clearSelection()

    def _chosen(self, index: QModelIndex) -> None:
        place_id = index.siblingAtColumn(COL_NAME).data(ID_ROLE)
        if place_id:
            self.placeChosen.emit(place_id)
