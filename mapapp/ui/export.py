"""Map snapshot export: the dialog (size and file) and the headless path used by the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from mapapp.core.atomic import write_atomic
from mapapp.core.errors import MapappError

PRESETS = (
    ("Current map size", None),
    ("HD 1280 × 720", (1280, 720)),
    ("Full HD 1920 × 1080", (1920, 1080)),
    ("Print A4 landscape 3508 × 2480", (3508, 2480)),
    ("Square 1200 × 1200", (1200, 1200)),
)


class ExportError(MapappError):
    pass


def save_image_atomic(image: QImage, path: str | Path) -> None:
    """Write a PNG so that a failure never leaves a truncated file at ``path``."""
    if image.isNull():
        raise ExportError("the map could not be rendered")

    def write(tmp: Path) -> None:
        if not image.save(str(tmp), "PNG"):
            raise ExportError(f"could not write {path}")

    try:
        write_atomic(path, write)
    except OSError as err:
        raise ExportError(f"could not write {path}: {err.strerror or err}") from err


class SnapshotSizeDialog(QDialog):
    """Asks for the snapshot's pixel size, starting from the map's current size."""

    def __init__(self, current: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export map snapshot")
        self._current = current
        self.preset = QComboBox(self)
        for label, _ in PRESETS:
            self.preset.addItem(label)
        self.width_box = QSpinBox(self)
        self.height_box = QSpinBox(self)
        for box in (self.width_box, self.height_box):
            box.setRange(64, 8000)
            box.setSuffix(" px")
        self.width_box.setValue(current.width())
        self.height_box.setValue(current.height())
        self.preset.currentIndexChanged.connect(self._apply_preset)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Preset", self.preset)
        form.addRow("Width", self.width_box)
        form.addRow("Height", self.height_box)
        form.addRow(buttons)

    def _apply_preset(self, index: int) -> None:
        size = PRESETS[index][1] or (self._current.width(), self._current.height())
        self.width_box.setValue(size[0])
        self.height_box.setValue(size[1])

    def chosen_size(self) -> QSize:
        return QSize(self.width_box.value(), self.height_box.value())


def export_snapshot_headless(
    article, out: str | Path, width: int, height: int, *, date: str | None = None
) -> None:
    """Render the article's places to a PNG without a window (the ``mapapp snapshot`` command)."""
    from mapapp.map.payload import place_payload
    from mapapp.ui.application import ensure_application
    from mapapp.ui.snapshot import render_map_image

    ensure_application(headless=True)
    image = render_map_image(
        place_payload(article.places, article.reading),
        size=QSize(width, height),
        fit=True,
        date=date,
    )
    save_image_atomic(image, out)
