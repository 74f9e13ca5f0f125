"""One catalogue for every user-visible text: the window's strings and the core's messages.

Source texts are English; translations live in ``translations/sothon_<lang>.ts`` (Qt Linguist's TS
format, so translators can use Linguist). The catalogue is read here in pure Python, so the core and
the command line translate without Qt, and the window switches language without a restart by calling
``set_language`` and re-running its pages' ``retranslate_ui()``.

Mark texts with ``tr("...")`` where they are shown, or ``N_("...")`` where they are defined ahead of
time (a table of labels); ``make translations`` collects both into the .ts files.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable

from desktop_app.paths import TRANSLATIONS

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_lock = threading.Lock()
_current = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[str, str]] = {}
_listeners: list[Callable[[str], None]] = []


def N_(text: str) -> str:  # noqa: N802 — the conventional gettext name
    """Mark a text for translation without translating it now."""
    return text


def _load(lang: str) -> dict[str, str]:
    with _lock:
        if lang in _catalogues:
            return _catalogues[lang]
        table: dict[str, str] = {}
        path = TRANSLATIONS / f"sothon_{lang}.ts"
        if lang != "en" and path.exists():
            for message in ET.parse(path).getroot().iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not (node.text or "").strip():
                    continue
                if node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                table[source] = node.text
        _catalogues[lang] = table
        return table


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _load(lang)
    changed = lang != _current
    _current = lang
    if changed:
        for listener in list(_listeners):
            listener(lang)


def language() -> str:
    return _current


def on_language_changed(listener: Callable[[str], None]) -> None:
    _listeners.append(listener)


def tr(text: str, /, **params: object) -> str:
    """The text in the current language, with ``{name}`` placeholders filled from ``params``."""
    translated = _load(_current).get(text, text)
    return translated.format(**params) if params else translated


def format_number(value: int | float, decimals: int = 0) -> str:
    """Vietnamese: 40.000 and 12,5; English: 40,000 and 12.5."""
    text = f"{value:,.{decimals}f}"
    if _current == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_date(value) -> str:  # noqa: ANN001 — a date or datetime
    """dd/MM/yyyy in every language (the form Vietnamese documents use)."""
    return value.strftime("%d/%m/%Y") if value is not None else ""
