#!/usr/bin/env python3
"""Collect every translatable text into translations/sothon_vi.ts (Qt Linguist TS format).

Texts are the first argument of ``tr("...")`` and ``N_("...")`` calls in desktop_app/. Existing
translations are kept; new texts are added as ``type="unfinished"``; texts no longer in the code are
dropped. Run by ``make translations``; translate with Qt Linguist or any text editor.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
TS = ROOT / "translations" / "sothon_vi.ts"
CONTEXT = "sothon"
MARKERS = {"tr", "N_"}


def collect() -> dict[str, str]:
    """source text → first location (file:line), in order of appearance."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            arg = node.args[0]
            if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def load_existing() -> dict[str, str]:
    if not TS.exists():
        return {}
    existing = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is not None and node is not None and node.text and node.get("type") != "unfinished":
            existing[source] = node.text
    return existing


def write(found: dict[str, str], existing: dict[str, str]) -> int:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = 0
    for source, location in sorted(found.items(), key=lambda kv: kv[1]):
        message = ET.SubElement(context, "message")
        file, _, line = location.rpartition(":")
        ET.SubElement(message, "location", filename=file, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in existing:
            translation.text = existing[source]
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root)
    TS.parent.mkdir(exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unfinished


def main() -> int:
    found = collect()
    unfinished = write(found, load_existing())
    print(f"{TS.relative_to(ROOT)}: {len(found)} texts, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
