"""Bounds on what a spreadsheet file may expand to, checked before any parser sees it.

An .xlsx is a zip of XML parts. A few kilobytes can declare gigabytes of shared strings, a cell of
hundreds of megabytes or a million rows, and a parser given such a file would spend minutes and
gigabytes before it failed — on a hamlet head's 4 GB PC that freezes or kills the machine. So before
openpyxl opens a file:

1. the zip directory is read (nothing is decompressed): the file size, each part's uncompressed size
   against its own limit and all parts together, and each large part's compression ratio. The zip
   reader stops at a part's declared size and then fails its CRC, so a part cannot expand past what the
   directory says;
2. the first worksheet and the shared strings are streamed through in 1 MiB pieces (never held whole):
   the declared dimension, the number of rows and cells, the column of the farthest cell, the number
   of shared strings, and the longest run of text between two tags (which bounds any one cell).

CSV files are bounded by their size on disk and their number of lines, before they are decoded.

Every refusal is a ``SothonError`` naming the limit. The limits sit far above any real register (a
commune of 40,000 people is about 40,000 rows and 6 MB of XML) and far below what hurts a small PC.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

from desktop_app.domain.errors import SothonError

MB = 1 << 20
MAX_FILE_BYTES = 64 * MB
"""A spreadsheet file on disk (compressed .xlsx or plain .csv)."""
MAX_SHEET_BYTES = 160 * MB
"""One worksheet's XML, uncompressed: it is streamed, so the limit bounds time, not memory."""
MAX_SHARED_STRINGS_BYTES = 32 * MB
"""The shared-strings table, uncompressed: readers keep it whole in memory."""
MAX_OTHER_PART_BYTES = 8 * MB
"""Any other part (styles, workbook, relationships…), uncompressed: readers parse these whole."""
MAX_TOTAL_BYTES = 256 * MB
"""All parts together, uncompressed."""
MAX_RATIO = 200
"""Uncompressed ÷ compressed size for a part over 1 MiB; real sheets stay under about 30."""
MAX_CELLS = 4_000_000
MAX_SHARED_STRINGS = 1_000_000
MAX_COLUMN = 702
"""The farthest column a cell may be in: ZZ. A register has a dozen columns; a reader pads every row
out to its farthest cell, so one cell in column XFD makes each row 16,384 values."""
MAX_CELL_CHARS = 32_767
"""Excel's own limit for one cell."""
MAX_TEXT_BYTES = MAX_CELL_CHARS * 6
"""The longest run of bytes between two tags: a cell at the limit, in UTF-8, with entities."""

MAX_PARTS = 10_000
"""Parts in the zip (a workbook has a few dozen; every part costs memory when the directory is read)."""

_EOCD_SEARCH = 22 + 65_535  # the end-of-directory record and the longest comment allowed after it
_CHUNK = MB
_SHEET = "worksheet"
_STRINGS = "shared strings"
_LIMITS = {_SHEET: MAX_SHEET_BYTES, _STRINGS: MAX_SHARED_STRINGS_BYTES}
# Counted with bytes.count where the writer used no namespace prefix (every spreadsheet program does);
# the regular expressions, slower, only when a piece holds a prefixed tag.
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:(?:row|c|si)[\s/>]")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_STRING_ITEM = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
# A cell reference of three letters (column AAA, 703, or farther); the quick form with a space before
# r=, the slow one when a piece has another white space there.
_FAR_CELL_QUICK = re.compile(rb' r=["\'][A-Za-z]{3}')
_FAR_CELL = re.compile(rb'\sr=["\'][A-Za-z]{3}')
_DIMENSION = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*?\bref=[\"']([A-Za-z]*\d*:)?([A-Za-z]+)(\d+)")

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SothonError("spreadsheet_file_too_large", path=str(path), size_mb=-(-size // MB),
                          limit=MAX_FILE_BYTES // MB)


def check_csv(data: bytes, *, max_rows: int, above: int) -> None:
    """A CSV file's lines, counted in its bytes before decoding (CR, LF and CRLF each end one line).

    Counted in the raw bytes, a line break inside a quoted cell counts too, so the count is an upper
    bound; UTF-16 files, whose bytes hide line ends among other characters, are counted after decoding
    by the caller's own row limit.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4096]:
        return
    lines = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
    if lines > max_rows + above:
        raise SothonError("spreadsheet_too_large", limit=max_rows)


def check_xlsx(path: Path, *, max_rows: int, above: int) -> None:
    """Refuse an .xlsx that would expand past the limits above (``max_rows`` data rows under at most
    ``above`` title and header rows); a file that is not a zip is left to the reader, which reports it
    unreadable."""
    _check_directory(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with archive:
        infos = archive.infolist()
        sheet = _first_sheet(archive, infos)
        total = 0
        for info in infos:
            kind = _kind(info.filename, sheet)
            limit = _LIMITS.get(kind, MAX_OTHER_PART_BYTES)
            if info.filename.startswith("xl/worksheets/") and info.filename != sheet:
                limit = MAX_SHEET_BYTES  # other sheets are never read; they only count in the total
            if info.file_size > limit:
                raise SothonError("spreadsheet_part_too_large", path=str(path), part=info.filename,
                                  size_mb=-(-info.file_size // MB), limit=limit // MB)
            if info.file_size > MB and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise SothonError("spreadsheet_compression_suspicious", path=str(path), part=info.filename,
                                  ratio=info.file_size // max(info.compress_size, 1), limit=MAX_RATIO)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise SothonError("spreadsheet_part_too_large", path=str(path), part="*", size_mb=-(-total // MB),
                              limit=MAX_TOTAL_BYTES // MB)
        names = {i.filename for i in infos}
        # The first sheet as openpyxl would find it; when that cannot be worked out, every sheet.
        scanned = [sheet] if sheet in names else sorted(
            n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
        for name in scanned:
            _scan_sheet(archive, name, max_rows=max_rows, above=above)
        if "xl/sharedStrings.xml" in names:
            _scan_strings(archive, "xl/sharedStrings.xml")


def _check_directory(path: Path) -> None:
    """The zip's own directory, bounded before ``zipfile`` reads it whole into memory: its end record
    says how many parts there are and how large the directory is."""
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - _EOCD_SEARCH))
        tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return  # not a zip (or a damaged one): the reader says so
    entries, directory_bytes = struct.unpack_from("<HI", tail, at + 10)
    if entries > MAX_PARTS or directory_bytes > MAX_OTHER_PART_BYTES:
        raise SothonError("spreadsheet_part_too_large", path=str(path), part="zip directory",
                          size_mb=-(-directory_bytes // MB), limit=MAX_OTHER_PART_BYTES // MB)


def _kind(name: str, sheet: str | None) -> str:
    if name == sheet:
        return _SHEET
    if name == "xl/sharedStrings.xml":
        return _STRINGS
    return "other"


def _first_sheet(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str | None:
    """The part of the workbook's first sheet, as openpyxl finds it (workbook.xml → its relationships).

    Both parts are small and bounded by ``MAX_OTHER_PART_BYTES`` (checked here before they are read)."""
    sizes = {i.filename: i.file_size for i in infos}
    book, rels = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"
    if sizes.get(book, MAX_OTHER_PART_BYTES + 1) > MAX_OTHER_PART_BYTES or \
            sizes.get(rels, MAX_OTHER_PART_BYTES + 1) > MAX_OTHER_PART_BYTES:
        return None
    try:
        first = ET.fromstring(archive.read(book)).find(f"{_NS_MAIN}sheets/{_NS_MAIN}sheet")
        rel_id = first.get(f"{_NS_REL}id") if first is not None else None
        for rel in ET.fromstring(archive.read(rels)).iter(f"{_NS_PKG_REL}Relationship"):
            if rel.get("Id") == rel_id:
                target = rel.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
                return str(PurePosixPath(path))
    except (ET.ParseError, KeyError, zipfile.BadZipFile, OSError, ValueError):
        return None
    return None


def _pieces(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """The part's bytes cut just before a '<', so that no tag is split between two pieces.

    A damaged part (bad CRC, truncated or undecodable data) ends the scan quietly: the reader that
    comes next reports the file as unreadable, with its own detail."""
    carry = b""
    try:
        with archive.open(name) as fh:
            while chunk := fh.read(_CHUNK):
                data = carry + chunk
                cut = data.rfind(b"<")
                if cut <= 0:
                    carry = data
                    if len(carry) > MAX_TEXT_BYTES:
                        raise SothonError("spreadsheet_cell_too_long", limit=MAX_CELL_CHARS)
                    continue
                carry = data[cut:]
                yield data[:cut]
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
        return
    if carry:
        yield carry


def _check_text_runs(piece: bytes) -> None:
    """Refuse a run of more than ``MAX_TEXT_BYTES`` bytes without a '<' (a cell's text, or an attribute).

    Such a run covers at least one whole window of half that size aligned on a multiple of it, so only
    windows are searched (a few hundred ``find`` calls for a large sheet) and a window without any '<'
    is then measured exactly."""
    half = MAX_TEXT_BYTES // 2
    for start in range(0, len(piece), half):
        if piece.find(b"<", start, start + half) != -1:
            continue
        first = piece.rfind(b"<", 0, start) + 1
        end = piece.find(b"<", start + half)
        if (len(piece) if end == -1 else end) - first > MAX_TEXT_BYTES:
            raise SothonError("spreadsheet_cell_too_long", limit=MAX_CELL_CHARS)


def _has_prefixed_tags(piece: bytes) -> bool:
    if b":row" in piece or b":c " in piece or b":c>" in piece or b":si" in piece:
        return _PREFIXED.search(piece) is not None
    return False


def _count(piece: bytes, tag: bytes, pattern: re.Pattern[bytes], prefixed: bool) -> int:
    if prefixed:
        return len(pattern.findall(piece))
    return piece.count(b"<" + tag + b" ") + piece.count(b"<" + tag + b">") + piece.count(b"<" + tag + b"/")


def _far_cell(piece: bytes) -> bool:
    if _FAR_CELL_QUICK.search(piece) is not None:
        return True
    if b"\tr=" in piece or b"\nr=" in piece or b"\rr=" in piece:
        return _FAR_CELL.search(piece) is not None
    return False


def _scan_sheet(archive: zipfile.ZipFile, name: str, *, max_rows: int, above: int) -> None:
    rows = cells = 0
    first = True
    for piece in _pieces(archive, name):
        if first:
            first = False
            declared = _DIMENSION.search(piece)
            if declared is not None:
                if int(declared.group(3)) > max_rows + above:
                    raise SothonError("spreadsheet_too_large", limit=max_rows)
                if _column_number(declared.group(2)) > MAX_COLUMN:
                    raise SothonError("spreadsheet_too_wide", limit=MAX_COLUMN, column="ZZ")
        _check_text_runs(piece)
        prefixed = _has_prefixed_tags(piece)
        rows += _count(piece, b"row", _ROW, prefixed)
        if rows > max_rows + above:
            raise SothonError("spreadsheet_too_large", limit=max_rows)
        cells += _count(piece, b"c", _CELL, prefixed)
        if cells > MAX_CELLS:
            raise SothonError("spreadsheet_too_many_cells", limit=MAX_CELLS)
        if _far_cell(piece):
            raise SothonError("spreadsheet_too_wide", limit=MAX_COLUMN, column="ZZ")


def _scan_strings(archive: zipfile.ZipFile, name: str) -> None:
    count = 0
    for piece in _pieces(archive, name):
        _check_text_runs(piece)
        count += _count(piece, b"si", _STRING_ITEM, _has_prefixed_tags(piece))
        if count > MAX_SHARED_STRINGS:
            raise SothonError("spreadsheet_too_many_strings", limit=MAX_SHARED_STRINGS)


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ch - 64)
    return n
