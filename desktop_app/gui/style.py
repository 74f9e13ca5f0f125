"""The window's look: the application font and its text size, headings that follow it, a light style sheet.

Sizes are never written into style sheets: the text-size setting scales the application font, and every
widget (headings included) derives its size from it, so one setting makes the whole window larger.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MIN_SCALE, MAX_SCALE, SCALE_STEP = 0.8, 2.0, 0.1
# NOTE: 10 pt, not Windows' 9 pt default: the people who use this are often past fifty, on small
# laptop screens.
MIN_BASE_POINT_SIZE = 10.0

# The languages offered, each named in itself: an endonym is never translated.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}

ERROR_COLOUR = "#b00020"
OK_COLOUR = "#1b6e20"
HINT_COLOUR = "#555555"

_base_font: QFont | None = None


def clamp_scale(scale: float) -> float:
    """A text scale within 0.8–2.0, rounded to the 0.1 step (so repeated steps never drift)."""
    return round(min(MAX_SCALE, max(MIN_SCALE, float(scale))), 1)


def base_font() -> QFont:
    """The platform's font at scale 1.0 (recorded the first time it is asked for)."""
    global _base_font
    if _base_font is None:
        font = QFont(QGuiApplication.font())
        if font.pointSizeF() < MIN_BASE_POINT_SIZE:
            font.setPointSizeF(MIN_BASE_POINT_SIZE)
        _base_font = font
    return QFont(_base_font)


def apply_text_scale(scale: float) -> float:
    """Scale the application font; returns the scale actually applied."""
    scale = clamp_scale(scale)
    font = base_font()
    font.setPointSizeF(round(font.pointSizeF() * scale, 1))
    QApplication.setFont(font)
    # Qt tells widgets with a font of their own (ApplicationFontChange) only while the event loop runs;
    # headings are told here so the change never depends on when it happens.
    for widget in QApplication.allWidgets():
        if isinstance(widget, Heading):
            widget.follow_app_font()
    return scale


def current_scale() -> float:
    return clamp_scale(QGuiApplication.font().pointSizeF() / base_font().pointSizeF())


class Heading(QLabel):
    """A bold label ``factor`` times the application font, following text-size changes."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, factor: float = 1.4) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self.setWordWrap(True)
        self.follow_app_font()

    def follow_app_font(self) -> None:
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(round(font.pointSizeF() * self._factor, 1))
        font.setBold(True)
        self.setFont(font)

    def event(self, e: QEvent) -> bool:  # noqa: N802 — Qt's name
        if e.type() == QEvent.Type.ApplicationFontChange:
            self.follow_app_font()
        return super().event(e)


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A grey explanatory paragraph."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    return label


def message_label(parent: QWidget | None = None) -> QLabel:
    """A label for inline errors or confirmations; hidden while empty (see ``show_message``)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str | None, *, ok: bool = False) -> None:
    label.setText(text or "")
    label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR}; font-weight: bold;")
    label.setVisible(bool(text))


NAVIGATION_STYLE = """
QListWidget {
    border: none;
    background: palette(window);
    outline: none;
}
QListWidget::item {
    padding: 8px 6px;
    border-radius: 4px;
    margin: 1px 4px;
}
QListWidget::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QListWidget::item:hover:!selected {
    background: palette(midlight);
}
"""

LINK_BUTTON_STYLE = (
    "QPushButton { border: none; color: #8a4b00; text-decoration: underline; padding: 0 6px; }"
)
