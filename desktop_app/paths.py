"""Where the project's read-only files live (resources/, translations/), found beside the package."""

from __future__ import annotations

import sys
from pathlib import Path

# NOTE: a frozen Windows build (PyInstaller) unpacks data next to the executable under sys._MEIPASS.
_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))

RESOURCES = _ROOT / "resources"
TRANSLATIONS = _ROOT / "translations"
