"""Hostile spreadsheets, built on demand: what a damaged or malicious file can make a reader expand to.

Used by the tests (sizes just past each limit) and by ``benchmarks/bench_hostile_sheets.py`` (sizes as
found when the files were tried: gigabytes of shared strings, a million rows). Every file is a valid zip
with the parts an .xlsx needs, so that each one tests its limit and not a broken container.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs>'
    "</styleSheet>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
_NO_STRINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'
)

HEADER = ("Số hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Quan hệ với chủ hộ")
PERSON = ("1", "Nguyễn Văn An", "05/01/1980", "Nam", "040080012345", "Chủ hộ")

Chunks = Iterator[bytes]


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _row(number: int, values: tuple[str, ...]) -> str:
    cells = "".join(_inline(f"{chr(65 + i)}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def _sheet(rows: Callable[[], Chunks], dimension: str | None = None) -> Chunks:
    yield _SHEET_HEAD.encode()
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    yield from rows()
    yield b"</sheetData></worksheet>"


def write_xlsx(path: Path, *, sheet: Chunks, shared: Chunks | None = None, styles: Chunks | None = None) -> Path:
    """An .xlsx whose sheet (and shared strings, styles) are streamed in: parts of gigabytes stay cheap."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        for name, chunks, default in (("xl/styles.xml", styles, _STYLES),
                                      ("xl/sharedStrings.xml", shared, _NO_STRINGS),
                                      ("xl/worksheets/sheet1.xml", sheet, None)):
            if chunks is None:
                z.writestr(name, default)
                continue
            with z.open(name, "w", force_zip64=True) as fh:
                buffer = bytearray()
                for chunk in chunks:
                    buffer += chunk
                    if len(buffer) >= 1 << 20:
                        fh.write(buffer)
                        buffer.clear()
                fh.write(buffer)
    return path


def _header_and(rows: Callable[[], Chunks]) -> Callable[[], Chunks]:
    def gen() -> Chunks:
        yield _row(1, HEADER).encode()
        yield from rows()
    return gen


# --- the corpus -----------------------------------------------------------------------------------


def shared_strings_bomb(path: Path, *, size: int) -> Path:
    """A shared-strings table that expands to ``size`` bytes (1,000:1 in the zip)."""
    item = b"<si><t>" + b"a" * 100 + b"</t></si>"

    def shared() -> Chunks:
        yield (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        block = item * 8_000
        for _ in range(max(1, size // len(block))):
            yield block
        yield b"</sst>"

    cells = _header_and(lambda: iter([b'<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>']))
    return write_xlsx(path, sheet=_sheet(cells), shared=shared())


def oversized_cell(path: Path, *, size: int, varied: bool = False) -> Path:
    """One inline-string cell of about ``size`` bytes: one name repeated (packs 1,000:1), or ``varied``
    syllables in random order (packs like real text, about 3:1)."""
    def rows() -> Chunks:
        yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><t>'
        if varied:
            rng = random.Random(size)
            words = [w.encode() for w in ("Nguyễn", "Văn", "Thị", "An", "Bình", "Cường", "Dũng", "Hoa",
                                          "xóm", "thôn", "Đông", "ruộng", "tranh", "chấp", "ranh", "giới")]
            left = size
            while left > 0:
                block = b" ".join(rng.choice(words) for _ in range(min(20_000, left // 5 + 1)))[:left]
                yield block.decode("utf-8", "ignore").encode()
                left -= len(block)
        else:
            block = "Nguyễn Văn An ".encode() * 20_000
            for _ in range(max(1, size // len(block))):
                yield block
        yield b"</t></is></c></row>"

    return write_xlsx(path, sheet=_sheet(_header_and(rows)))


def many_rows(path: Path, *, count: int, dimension: str | None = None, prefix: str = "") -> Path:
    """``count`` data rows of two short cells each (a declared ``dimension`` if given, true or not; the
    tags written with a namespace ``prefix`` if given, as some converters do)."""
    p = f"{prefix}:" if prefix else ""

    def rows() -> Chunks:
        batch: list[str] = []
        for n in range(2, count + 2):
            batch.append(f'<{p}row r="{n}"><{p}c r="A{n}"><{p}v>{n}</{p}v></{p}c><{p}c r="B{n}" t="inlineStr">'
                         f'<{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>')
            if len(batch) == 10_000:
                yield "".join(batch).encode()
                batch.clear()
        yield "".join(batch).encode()

    if not prefix:
        return write_xlsx(path, sheet=_sheet(_header_and(rows), dimension))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = iter([f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}worksheet xmlns:{prefix}="{ns}"><{p}sheetData>'.encode(),
                  *rows(), f"</{p}sheetData></{p}worksheet>".encode()])
    return write_xlsx(path, sheet=sheet)


def many_strings(path: Path, *, count: int) -> Path:
    """A shared-strings table of ``count`` short different strings (small in bytes, huge in number)."""
    def shared() -> Chunks:
        yield (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        for start in range(0, count, 10_000):
            yield "".join(f"<si><t>{n}</t></si>" for n in range(start, min(count, start + 10_000))).encode()
        yield b"</sst>"

    cells = _header_and(lambda: iter([b'<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>']))
    return write_xlsx(path, sheet=_sheet(cells), shared=shared())


def wide_row(path: Path) -> Path:
    """A row with a cell in the last column Excel has (XFD): read as 16,384 values per row."""
    def rows() -> Chunks:
        for n in range(2, 50_002, 1000):
            yield "".join(f'<row r="{k}"><c r="A{k}"><v>1</v></c><c r="XFD{k}"><v>1</v></c></row>'
                          for k in range(n, n + 1000)).encode()

    return write_xlsx(path, sheet=_sheet(_header_and(rows)))


def styles_bomb(path: Path, *, size: int) -> Path:
    """A styles part that expands to ``size`` bytes (read whole by any .xlsx reader)."""
    def styles() -> Chunks:
        yield _STYLES.encode()[: -len("</styleSheet>")]
        block = b"<!--" + b"x" * 100_000 + b"-->"
        for _ in range(max(1, size // len(block))):
            yield block
        yield b"</styleSheet>"

    return write_xlsx(path, sheet=_sheet(_header_and(lambda: iter([_row(2, PERSON).encode()]))), styles=styles())


def duplicated_rows(path: Path, *, count: int) -> Path:
    """``count`` copies of one person's row (same personal ID): every row after the first is invalid."""
    def rows() -> Chunks:
        batch: list[str] = []
        for n in range(2, count + 2):
            batch.append(_row(n, PERSON))
            if len(batch) == 5_000:
                yield "".join(batch).encode()
                batch.clear()
        yield "".join(batch).encode()

    return write_xlsx(path, sheet=_sheet(_header_and(rows)))


def many_parts(path: Path, *, count: int) -> Path:
    """A small workbook with ``count`` empty parts besides: a zip directory that costs memory to read."""
    many_rows(path, count=5)
    with zipfile.ZipFile(path, "a") as z:
        for n in range(count):
            z.writestr(f"xl/media/p{n}.bin", b"")
    return path


def csv_rows(path: Path, *, count: int) -> Path:
    """A .csv of ``count`` data rows."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(HEADER) + "\r\n")
        row = ";".join(PERSON[:4]) + "\r\n"
        for _ in range(count // 10_000):
            fh.write(row * 10_000)
        fh.write(row * (count % 10_000))
    return path


def csv_long_cell(path: Path, *, size: int) -> Path:
    """A .csv with one cell of ``size`` characters."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(HEADER) + "\r\n")
        fh.write('1;"' + "Nguyễn Văn An " * (size // 14) + '";05/01/1980;Nam\r\n')
    return path
