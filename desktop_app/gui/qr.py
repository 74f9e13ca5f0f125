"""QR codes drawn by the window itself: reportlab's pure-Python encoder for the modules, QPainter for the picture.

No new dependency: reportlab is already there for the documents (``documents.layout`` draws the footer QR
with the same encoder).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the standard asks; scanners need it


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of ``text``'s QR code, error correction level M."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # None: the smallest version that fits
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(count)] for r in range(count)]


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A square picture of about ``size`` pixels: whole pixels a module (at least 2), so edges stay sharp."""
    modules = qr_modules(text)
    count = len(modules) + 2 * QUIET_ZONE
    module = max(2, round(size / count))
    side = module * count
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect((c + QUIET_ZONE) * module, (r + QUIET_ZONE) * module, module, module))
    painter.end()
    return pixmap
