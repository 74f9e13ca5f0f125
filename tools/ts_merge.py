#!/usr/bin/env python3
"""Git merge driver and helpers for translations/sothon_vi.ts.

Two branches that each add texts both change the catalogue's single <context>, so git's line
merge conflicts on almost every merge. The catalogue is a set of (source → translation) pairs
ordered by location, so a merge is a union:

    python tools/ts_merge.py merge BASE OURS THEIRS     # git merge driver: writes the union into OURS
    python tools/ts_merge.py fill FILE.json             # {source: translation} into unfinished entries

A text translated on both sides keeps our translation unless ours is unfinished or only theirs
changed it since the base. Texts no longer in the code are dropped by the next
``tools/i18n_extract.py`` run (``make translations``), which every merge should end with.

Set up once per clone:
    git config merge.sothon-ts.driver "python3 tools/ts_merge.py merge %O %A %B"
(.gitattributes names the driver for translations/*.ts.)
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "sothon_vi.ts"


def read(path: Path) -> dict[str, tuple[str, str, str | None]]:
    """source → (file, line, translation or None when unfinished)."""
    entries: dict[str, tuple[str, str, str | None]] = {}
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, FileNotFoundError):
        return entries
    for message in root.iter("message"):
        source = message.findtext("source")
        if source is None:
            continue
        location = message.find("location")
        file = location.get("filename", "") if location is not None else ""
        line = location.get("line", "0") if location is not None else "0"
        node = message.find("translation")
        text = None
        if node is not None and node.text and node.get("type") != "unfinished":
            text = node.text
        entries[source] = (file, line, text)
    return entries


def write(path: Path, entries: dict[str, tuple[str, str, str | None]]) -> int:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "sothon"
    unfinished = 0

    def order(item):
        file, line, _ = item[1]
        return (file, int(line) if line.isdigit() else 0)

    for source, (file, line, text) in sorted(entries.items(), key=order):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=file, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unfinished


def merge(base: Path, ours: Path, theirs: Path) -> int:
    b, o, t = read(base), read(ours), read(theirs)
    merged = dict(o)
    for source, (file, line, text) in t.items():
        if source not in merged:
            merged[source] = (file, line, text)
            continue
        ofile, oline, otext = merged[source]
        base_text = b.get(source, (None, None, None))[2]
        if text and (not otext or (otext == base_text and text != base_text)):
            merged[source] = (ofile, oline, text)
    write(ours, merged)
    return 0


def fill(catalogue: Path, translations: Path) -> int:
    wanted = json.loads(translations.read_text(encoding="utf-8"))
    entries = read(catalogue)
    for source, text in wanted.items():
        if source in entries and not entries[source][2]:
            file, line, _ = entries[source]
            entries[source] = (file, line, text)
    left = write(catalogue, entries)
    print(f"{catalogue.name}: {left} unfinished")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "merge":
        return merge(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    if len(argv) == 2 and argv[0] == "fill":
        return fill(TS, Path(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
