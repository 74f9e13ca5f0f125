"""Sổ Thôn — the hamlet book.

Layers (shared/ARCHITECTURE.md): ``gui``/``cli`` → ``bootstrap`` → ``services`` →
``storage``/``documents``/``bundles``/``interchange`` → ``domain``. Only ``gui`` imports PySide6.
"""

__version__ = "0.1.0"
