"""Read and write plain tables: .xlsx (openpyxl) and .csv in whatever encoding hamlet lists come in.

This module knows nothing of residents or households: it turns a file into a header row and data rows
(and back), with every string cleaned (stripped, legacy TCVN3/VNI text repaired, NFC). Errors are
``SothonError`` codes, never sentences.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop_app.domain.errors import SothonError
from desktop_app.domain.legacy_text import decode_bytes, repair_text
from desktop_app.interchange import sheet_limits

MAX_ROWS = 50_000
"""Data rows accepted in one file. A hamlet's register has a few thousand people (a commune never
imports one: its hamlets send theirs); every row past the limit only costs a small PC time."""

MAX_REPEATS = 100
"""Exact copies of one row accepted before the file is refused: a register never lists one person a
hundred times, but a sheet filled down by mistake (or built to stall the import) does."""

HEADER_SEARCH_ROWS = 20
"""Rows scanned for the header: hamlet lists often carry a title (and a blank line) above it."""

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)
CSV_DELIMITERS = (",", ";", "\t")

Value = str | int | float | dt.datetime | dt.date | dt.time | None
HeaderTest = Callable[[list[str]], bool]


@dataclass
class Table:
    """A sheet's header and data rows.

    ``rows`` holds ``(row_number, values)`` where ``row_number`` is the row as the user sees it in Excel
    (1-based, counting the title and header rows; for CSV, the record number) and ``values`` has exactly
    ``len(headers)`` items. Strings are stripped, repaired and NFC; empty cells are None; numbers and
    dates are as the spreadsheet stored them. Fully empty rows are not included.
    """

    headers: list[str]
    rows: list[tuple[int, list[Value]]] = field(default_factory=list)


# --- reading --------------------------------------------------------------------------------------


def read_table(path: Path, *, is_header: HeaderTest | None = None) -> Table:
    """Read the first worksheet of an .xlsx (or .xlsm) file, or a .csv file.

    The header row is searched among the first 20 rows: the first row with at least two non-empty cells
    for which ``is_header(names)`` is true, or, when no row passes (or no test is given), the first row
    with at least two non-empty cells. The test lets a caller skip the two-cell heading of official forms
    ("UBND xã …" | "CỘNG HÒA XÃ HỘI …") that sits above the real header. A row right under the header
    that only numbers the columns ("(1) (2) (3)…") is skipped.

    Raises ``SothonError`` with code ``file_not_found``, ``file_type_unsupported``, ``file_unreadable``,
    ``spreadsheet_empty`` (nothing in the file, or no data under the header), ``spreadsheet_no_header``
    or ``spreadsheet_too_large`` (more than ``MAX_ROWS`` data rows), ``spreadsheet_repeated_rows`` (one
    row copied more than ``MAX_REPEATS`` times), ``spreadsheet_cell_too_long``, and before anything is
    parsed the bounds of ``sheet_limits`` (``spreadsheet_file_too_large``, ``spreadsheet_part_too_large``,
    ``spreadsheet_compression_suspicious``, ``spreadsheet_too_wide``, ``spreadsheet_too_many_cells``,
    ``spreadsheet_too_many_strings``).
    """
    path = Path(path)
    if not path.is_file():
        raise SothonError("file_not_found", path=str(path))
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES + CSV_SUFFIXES:
        sheet_limits.check_file_size(path)
    if suffix in XLSX_SUFFIXES:
        sheet_limits.check_xlsx(path, max_rows=MAX_ROWS, above=HEADER_SEARCH_ROWS)
        # closing(): stopping early (too many rows) must still close the workbook at once.
        with contextlib.closing(_xlsx_rows(path)) as rows:
            return _table_from_rows(rows, is_header)
    if suffix in CSV_SUFFIXES:
        return _table_from_rows(_csv_rows(path), is_header)
    raise SothonError("file_type_unsupported", path=str(path))


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    import openpyxl  # deferred: a CSV import should not pay for loading openpyxl

    try:
        with _without_size_scan():
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 — a damaged workbook fails in many ways (BadZipFile,
        # KeyError for a missing part, XML errors, ValueError…); all mean "cannot be read".
        raise SothonError("file_unreadable", path=str(path), detail=_detail(exc)) from exc
    try:
        if not workbook.worksheets:
            return
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            # Files written by other tools often declare a wrong sheet size ("A1"); without this the
            # read-only reader would trust it and return only part of the sheet.
            sheet.reset_dimensions()
        try:
            # Read-only mode pads gaps between stored rows with empty rows, so the enumeration index is
            # the Excel row number (checked by a test).
            yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        except SothonError:
            raise
        except Exception as exc:  # noqa: BLE001 — broken XML inside the zip surfaces only while iterating
            raise SothonError("file_unreadable", path=str(path), detail=_detail(exc)) from exc
    finally:
        workbook.close()  # read-only workbooks keep the file open (and locked on Windows) until closed


@contextlib.contextmanager
def _without_size_scan() -> Iterator[None]:
    """Open read-only sheets without their size scan.

    openpyxl's read-only sheet learns its size at load time from the sheet's ``<dimension>``; a sheet
    without one (most files not written by Excel) is parsed from end to end just for that — a second
    of a small PC's time per 50,000 rows, before the first row is read. ``_xlsx_rows`` throws that size
    away at once (``reset_dimensions``), so the scan is skipped while the workbook loads. If a future
    openpyxl has no such method, nothing is changed and the scan simply runs.
    """
    from openpyxl.worksheet import _read_only

    cls = getattr(_read_only, "ReadOnlyWorksheet", None)
    original = getattr(cls, "_get_size", None)
    if original is None:
        yield
        return
    cls._get_size = lambda self: None
    try:
        yield
    finally:
        cls._get_size = original


def _csv_rows(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=_detail(exc)) from exc
    sheet_limits.check_csv(data, max_rows=MAX_ROWS, above=HEADER_SEARCH_ROWS)
    text = decode_bytes(data)
    del data
    if "\x00" in text:
        # A binary file named .csv; the csv module would fail on it anyway.
        raise SothonError("file_unreadable", path=str(path), detail="binary data")
    delimiter = _sniff_delimiter(text)
    try:
        yield from enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise SothonError("spreadsheet_cell_too_long", limit=sheet_limits.MAX_CELL_CHARS) from exc
        raise SothonError("file_unreadable", path=str(path), detail=_detail(exc)) from exc


def _sniff_delimiter(text: str) -> str:
    """The delimiter among , ; TAB that splits the first records into the most equally long rows.

    ``csv.Sniffer`` prefers the comma on ties, which is wrong for the ';' files Vietnamese Excel writes
    when addresses contain commas ("Thôn Đông, xã Tân Hội").
    """
    best, best_score = ",", (-1, -1)
    for delimiter in CSV_DELIMITERS:
        try:
            records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            sample = list(itertools.islice(records, 50))
        except csv.Error:
            continue
        lengths = [len(r) for r in sample if any(c.strip() for c in r)]
        if not lengths:
            continue
        widest = max(set(lengths), key=lambda n: (lengths.count(n), n))
        score = (sum(1 for n in lengths if n == widest) if widest >= 2 else 0, widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _table_from_rows(rows: Iterable[tuple[int, Sequence[object]]], is_header: HeaderTest | None) -> Table:
    rows = iter(rows)
    top: list[tuple[int, list[Value]]] = []  # the non-empty rows among the first HEADER_SEARCH_ROWS
    for number, raw in rows:
        values = [_clean(v) for v in raw]
        if any(v is not None for v in values):
            top.append((number, values))
        if number >= HEADER_SEARCH_ROWS:
            break
    candidates = [i for i, (_, values) in enumerate(top) if sum(v is not None for v in values) >= 2]
    if not candidates:
        if top or any(any(_clean(v) is not None for v in raw) for _, raw in rows):
            raise SothonError("spreadsheet_no_header")
        raise SothonError("spreadsheet_empty")
    at = candidates[0]
    if is_header is not None:
        at = next((i for i in candidates if is_header(_header_names(top[i][1]))), at)
    headers = _header_names(top[at][1])
    width = len(headers)

    table_rows: list[tuple[int, list[Value]]] = []
    copies: dict[int, list[int]] = {}  # hash of a row's values → [first row number, copies]
    first_data = True
    rest = ((number, [_clean(v) for v in raw]) for number, raw in rows)
    for number, values in itertools.chain(top[at + 1 :], rest):
        values = values[:width]
        if not any(v is not None for v in values):
            continue  # empty, or data only in columns without a header
        if first_data:
            first_data = False
            if _is_column_numbering(values):
                continue
        if len(table_rows) >= MAX_ROWS:
            raise SothonError("spreadsheet_too_large", limit=MAX_ROWS)
        values.extend([None] * (width - len(values)))
        seen = copies.setdefault(hash(tuple(values)), [number, 0])
        seen[1] += 1
        if seen[1] > MAX_REPEATS:
            raise SothonError("spreadsheet_repeated_rows", row=seen[0], count=seen[1], limit=MAX_REPEATS)
        table_rows.append((number, values))
    if not table_rows:
        raise SothonError("spreadsheet_empty")
    return Table(headers=headers, rows=table_rows)


def _header_names(values: list[Value]) -> list[str]:
    """Header cells as text, trimmed after the last named column."""
    names = ["" if v is None else " ".join(_as_text(v).split()) for v in values]
    while names and not names[-1]:
        names.pop()
    return names


_NUMBERING = re.compile(r"\(?(\d{1,2})\)?")


def _is_column_numbering(values: list[Value]) -> bool:
    """True for a row like "(1) (2) (3) …" or "1 2 3 …" that official forms put under the header."""
    numbers: list[int] = []
    for v in values:
        if v is None:
            continue
        if isinstance(v, int) and not isinstance(v, bool):
            numbers.append(v)
            continue
        if isinstance(v, float) and v.is_integer():
            numbers.append(int(v))
            continue
        m = _NUMBERING.fullmatch(v) if isinstance(v, str) else None
        if m is None:
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 3 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _clean(value: object) -> Value:
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) > sheet_limits.MAX_CELL_CHARS:
            raise SothonError("spreadsheet_cell_too_long", limit=sheet_limits.MAX_CELL_CHARS)
        return _clean_text(value)
    if isinstance(value, (int, float, dt.date, dt.time)):  # datetime is a date
        return value
    # Anything else openpyxl may hand back (timedelta for durations, error strings) is kept as text.
    return _clean_text(str(value))


@lru_cache(maxsize=65_536)
def _clean_text(text: str) -> str | None:
    # Cached: registers repeat the same few words ("Nam", "Thường trú", the hamlet's address) thousands
    # of times, and legacy-encoding detection is the costly part of reading a cell.
    text = text.strip()
    if not text:
        return None
    text = unicodedata.normalize("NFC", repair_text(text)).strip()
    return text or None


def _as_text(value: Value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --- writing --------------------------------------------------------------------------------------


@dataclass
class Sheet:
    """One worksheet to write: an optional title line, a bold frozen header row, then the rows.

    ``column_formats`` maps a 0-based column to an Excel number format applied to the whole column, so
    that what people type later keeps its type (``"@"`` keeps leading zeros of ID and phone numbers).
    ``choices`` maps a 0-based column to the values offered in a drop-down list.
    """

    title: str
    headers: list[str]
    rows: Iterable[Sequence[object]] = ()
    heading: str | None = None
    column_formats: dict[int, str] = field(default_factory=dict)
    choices: dict[int, Sequence[str]] = field(default_factory=dict)
    wrap: bool = False


DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
_MIN_WIDTH, _MAX_WIDTH = 8, 50
_WIDTH_SAMPLE = 2_000


def write_xlsx(
    path: Path,
    headers: list[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str,
    title: str | None = None,
) -> None:
    """Write one sheet to ``path`` (see ``write_workbook``). ``title`` goes in row 1 above the header."""
    write_workbook(path, [Sheet(title=sheet_title, headers=headers, rows=rows, heading=title)])


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write an .xlsx file atomically: a temp file in the same folder, fsync, then ``os.replace``.

    Dates are real Excel dates shown dd/mm/yyyy; strings stay strings (a note starting with "=" is not
    turned into a formula). Raises ``SothonError('file_unwritable', path, detail)`` when the file cannot
    be written (missing folder, no permission, file open in Excel on Windows); the old file, if any, is
    then left as it was.
    """
    from openpyxl import Workbook

    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        _fill_sheet(workbook.create_sheet(_sheet_title(sheet.title)), sheet)
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp", delete=False
        ) as fh:
            tmp_name = fh.name
            workbook.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=_detail(exc)) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _fill_sheet(ws, sheet: Sheet) -> None:  # noqa: ANN001 — openpyxl Worksheet
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    bold = Font(bold=True)
    header_row = 1
    if sheet.heading:
        ws.cell(row=1, column=1, value=_safe_text(sheet.heading)).font = Font(bold=True, size=14)
        header_row = 2
    widths = [len(h) for h in sheet.headers]
    for col, name in enumerate(sheet.headers, start=1):
        cell = ws.cell(row=header_row, column=col, value=_safe_text(name))
        cell.data_type = "s"
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top") if sheet.wrap else None
    for offset, values in enumerate(sheet.rows, start=1):
        r = header_row + offset
        for col, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=col)
            shown = _put(cell, value)
            if wrap is not None:
                cell.alignment = wrap
            if offset <= _WIDTH_SAMPLE:
                if col > len(widths):
                    widths.extend([0] * (col - len(widths)))
                widths[col - 1] = max(widths[col - 1], shown)
    for col, width in enumerate(widths, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = min(_MAX_WIDTH, max(_MIN_WIDTH, width + 2))
    for col, number_format in sheet.column_formats.items():
        ws.column_dimensions[get_column_letter(col + 1)].number_format = number_format
    for col, options in sheet.choices.items():
        letter = get_column_letter(col + 1)
        validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
        validation.add(f"{letter}{header_row + 1}:{letter}1048576")
        ws.add_data_validation(validation)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def _put(cell, value: object) -> int:  # noqa: ANN001 — openpyxl Cell
    """Store ``value`` in ``cell`` with the right type and format; return its displayed width."""
    if isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATETIME_FORMAT
        return 16
    if isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
        return 10
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return len(str(value))
    if isinstance(value, bool):
        cell.value = value
        return 5
    text = _safe_text(unicodedata.normalize("NFC", str(value)))
    cell.value = text
    # openpyxl makes any string starting with "=" a formula; a person's note must stay text.
    cell.data_type = "s"
    return max((len(line) for line in text.splitlines()), default=0)


def _safe_text(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters (pasted from old documents) make openpyxl refuse the whole file.
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _sheet_title(title: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Sheet"
    return cleaned[:31]
