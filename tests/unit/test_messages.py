"""One catalogue: every code the core raises has a text, and every text has a Vietnamese translation."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import desktop_app
from desktop_app import i18n
from desktop_app.domain.errors import SothonError, ValidationError
from desktop_app.messages import MESSAGES, render
from desktop_app.paths import TRANSLATIONS

PACKAGE = Path(desktop_app.__file__).parent
ERROR_CLASSES = {"SothonError", "ValidationError", "NotFound", "StorageError", "AuthError", "RowErrors"}


def _raised_codes() -> dict[str, str]:
    codes = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES
                    and node.args and isinstance(node.args[0], ast.Constant)):
                codes[node.args[0].value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return codes


def test_every_error_code_the_package_raises_has_a_message():
    missing = {code: where for code, where in _raised_codes().items() if code not in MESSAGES}
    assert missing == {}


def test_every_text_in_the_catalogue_is_translated_into_vietnamese():
    root = ET.parse(TRANSLATIONS / "sothon_vi.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_the_catalogue_holds_every_marked_text_in_the_code():
    import sys

    tool = PACKAGE.parent / "tools" / "i18n_extract.py"
    sources = {m.findtext("source") for m in ET.parse(TRANSLATIONS / "sothon_vi.ts").getroot().iter("message")}
    sys.path.insert(0, str(tool.parent))
    try:
        import i18n_extract
    finally:
        sys.path.pop(0)
    assert set(i18n_extract.collect()) - sources == set(), "run `make translations` and translate the new texts"


def test_placeholders_survive_translation():
    root = ET.parse(TRANSLATIONS / "sothon_vi.ts").getroot()
    import re

    bad = []
    for m in root.iter("message"):
        src, dst = m.findtext("source"), m.findtext("translation") or ""
        if set(re.findall(r"\{(\w+)\}", src)) != set(re.findall(r"\{(\w+)\}", dst)):
            bad.append(src)
    assert bad == []


def test_errors_render_in_the_current_language_with_their_parameters():
    err = ValidationError("personal_id_length", value="0401", length=4)
    i18n.set_language("en")
    assert render(err) == 'The personal ID number "0401" has 4 digits; it must have exactly 12.'
    i18n.set_language("vi")
    vi = render(err)
    assert "0401" in vi and "12" in vi and vi != 'The personal ID number "0401" has 4 digits; it must have exactly 12.'


def test_an_unknown_code_still_renders_a_message():
    assert "no_such_code" in render(SothonError("no_such_code"))
