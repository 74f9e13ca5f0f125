"""The layout engine: a ``model.Document`` → PDF bytes, over reportlab platypus (no Qt).

Follows shared/DOMAIN.md "Document formats": A4 portrait or landscape; Decree 30 margins; the state
header (Decree 30/2020/NĐ-CP, Appendix I) or the party header (Guide 36-HD/VPTW); title and subject;
justified body with a first-line indent; tables whose header row repeats on every page; one to four
signature blocks; "Nơi nhận"; the page number top centre from page 2; a small QR code in every page's
footer carrying the document's UUID and the SHA-256 of its definition (``model.qr_payload``).
Wording, margins and sizes come from ``resources/documents/kinds.json`` (``texts.layout_format``).

Every piece of text is drawn in one of the four embedded fonts of ``fonts.ensure_fonts``: each style,
table command and canvas call names its font, and the canvas starts in our regular face, so reportlab's
base-14 fonts (Helvetica, Courier, Times — never embedded) cannot slip into a page.
"""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from desktop_app import atomic
from desktop_app.documents import fonts, texts
from desktop_app.documents.model import (
    Document,
    Heading,
    PageBreak,
    Para,
    PartyHeader,
    Signatures,
    Spacer,
    StateHeader,
    Table,
    Title,
    content_hash,
    qr_payload,
)

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_TABLE_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}
LEADING = 1.25  # line height as a multiple of the font size (Decree 30: single to 1.5 lines)
QR_SIZE = 14 * mm
QR_EDGE = 10 * mm  # the QR code's distance from the page's bottom edge
SIGNATURE_SPACE = 24 * mm


def _t(text: str) -> str:
    """Plain text → Paragraph markup: NFC (reportlab does not compose marks) and escaped."""
    return escape(unicodedata.normalize("NFC", text))


# --- styles ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    plain: ParagraphStyle  # body size, left, no indent
    heading: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    sig_title: ParagraphStyle
    sig_name: ParagraphStyle
    sig_hint: ParagraphStyle
    recipients_label: ParagraphStyle
    recipients: ParagraphStyle
    sizes: dict[str, float]


def _style(name: str, font: str, size: float, *, align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=kw.pop("leading", size * LEADING),
                          alignment=align, textColor=colors.black, splitLongWords=1, **kw)


def make_styles(layout: str) -> Styles:
    fs = fonts.ensure_fonts()
    fmt = texts.layout_format(layout)
    s = dict(fmt["sizes_pt"])
    body = s["body"]
    indent = fmt["first_line_indent_cm"] * cm
    return Styles(
        body=_style("body", fs.regular_name, body, align=TA_JUSTIFY, firstLineIndent=indent, spaceAfter=4,
                    allowWidows=0, allowOrphans=0),
        plain=_style("plain", fs.regular_name, body, spaceAfter=2),
        # No keepWithNext: it would carry a whole long paragraph to the next page with its heading, leaving a
        # gap of several centimetres; ``flowables`` asks for room for the heading and two lines instead.
        heading=_style("heading", fs.bold_name, body, spaceBefore=6, spaceAfter=4),
        title=_style("title", fs.bold_name, s["title"], align=TA_CENTER, spaceBefore=14, spaceAfter=2,
                     keepWithNext=1),
        subject=_style("subject", fs.bold_name, s["subject"], align=TA_CENTER, spaceAfter=2, keepWithNext=1),
        cell=_style("cell", fs.regular_name, s["table"], leading=s["table"] * 1.18),
        cell_head=_style("cell_head", fs.bold_name, s["table"], align=TA_CENTER, leading=s["table"] * 1.18),
        sig_title=_style("sig_title", fs.bold_name, s["signature_title"], align=TA_CENTER,
                         leading=s["signature_title"] * 1.2),
        sig_name=_style("sig_name", fs.bold_name, s["signature_name"], align=TA_CENTER),
        sig_hint=_style("sig_hint", fs.italic_name, s["signature_title"] - 1, align=TA_CENTER),
        recipients_label=_style("recipients_label", fs.bold_italic_name, s["recipients_label"],
                                leading=s["recipients_label"] * 1.2),
        recipients=_style("recipients", fs.regular_name, s["recipients"], leading=s["recipients"] * 1.2),
        sizes=s,
    )


# --- small flowables ---------------------------------------------------------------------------------


class Rule(Flowable):
    """A thin horizontal line of a given width, centred in the space it is given."""

    def __init__(self, width: float, *, thickness: float = 0.6, space_before: float = 4,
                 space_after: float = 9) -> None:
        super().__init__()
        self.rule_width = width
        self.thickness = thickness
        self.space_before = space_before
        self.space_after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        w = min(self.rule_width, self._avail)
        x = (self._avail - w) / 2
        y = self.space_after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + w, y)


def _table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose every cell names our font: reportlab sets a cell's font before drawing it, even
    a cell of flowables, and its default is Helvetica (not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.ensure_fonts().regular_name), *commands])


def _p(text: str | None, style: ParagraphStyle, *, markup: str | None = None) -> Paragraph:
    return Paragraph(markup if markup is not None else _t(text or ""), style)


# --- headers -----------------------------------------------------------------------------------------


def _header_table(left: list, right: list, width: float, right_width: float,
                  below: tuple[list, list] | None = None) -> RLTable:
    rows = [[left, right]]
    if below is not None:
        rows.append([below[0], below[1]])
    t = RLTable(rows, colWidths=[width - right_width, right_width], hAlign="CENTER")
    t.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return t


def _state_header(h: StateHeader, st: Styles, width: float) -> list[Flowable]:
    fs = fonts.ensure_fonts()
    fmt = texts.layout_format(texts.STATE)
    s = st.sizes
    national = _style("national", fs.bold_name, s["national_title"], align=TA_CENTER)
    motto = _style("motto", fs.bold_name, s["motto"], align=TA_CENTER)
    parent = _style("parent", fs.regular_name, s["issuing"], align=TA_CENTER, leading=s["issuing"] * 1.2)
    issuing = _style("issuing", fs.bold_name, s["issuing"], align=TA_CENTER, leading=s["issuing"] * 1.2)
    number = _style("number", fs.regular_name, s["number"], align=TA_CENTER)
    date = _style("date", fs.italic_name, s["date"], align=TA_CENTER)

    national_w = stringWidth(fmt["national_title"], fs.bold_name, s["national_title"])
    motto_w = stringWidth(fmt["motto"], fs.bold_name, s["motto"])
    date_w = stringWidth(h.date_line or "", fs.italic_name, s["date"])
    # The right column holds the national title on one line (and the date line, when it fits).
    right_w = min(max(national_w, date_w) + 8, width * 0.66)
    right_w = max(right_w, width * 0.56)
    issuing_w = max((stringWidth(line, fs.bold_name, s["issuing"]) for line in h.issuing_body.split("\n")),
                    default=0)
    # An issuing body in two lines ("ỦY BAN NHÂN DÂN" over "XÃ YÊN XUÂN") keeps its line break.
    issuing_markup = "<br/>".join(_t(line) for line in texts.upper(h.issuing_body).split("\n"))
    left = [_p(texts.upper(h.parent_body), parent), _p(None, issuing, markup=issuing_markup),
            # Decree 30: a rule a third to a half as long as the issuing body's name, centred under it.
            Rule(min(max(issuing_w * 0.5, 18 * mm), (width - right_w) * 0.6))]
    right = [_p(fmt["national_title"], national), _p(fmt["motto"], motto),
             # Decree 30: a rule as long as the motto.
             Rule(motto_w)]
    below = ([_p(h.number, number)] if h.number else [], [_p(h.date_line, date)] if h.date_line else [])
    return [_header_table(left, right, width, right_w, below=below)]


def _party_header(h: PartyHeader, st: Styles, width: float) -> list[Flowable]:
    fs = fonts.ensure_fonts()
    fmt = texts.layout_format(texts.PARTY)
    s = st.sizes
    party = _style("party", fs.bold_name, s["party_title"], align=TA_CENTER)
    parent = _style("parent", fs.regular_name, s["parent"], align=TA_CENTER, leading=s["parent"] * 1.2)
    cell = _style("cell_name", fs.bold_name, s["issuing"], align=TA_CENTER, leading=s["issuing"] * 1.2)
    star = _style("star", fs.regular_name, s["issuing"], align=TA_CENTER, leading=s["issuing"] * 1.1)
    number = _style("number", fs.regular_name, s["number"], align=TA_CENTER)
    date = _style("date", fs.italic_name, s["date"], align=TA_CENTER, spaceBefore=4)
    party_w = stringWidth(fmt["party_title"], fs.bold_name, s["party_title"])
    date_w = stringWidth(h.date_line or "", fs.italic_name, s["date"])
    right_w = max(min(max(party_w, date_w) + 8, width * 0.62), width * 0.5)
    left = [_p(texts.upper(h.parent_committee), parent), _p(texts.upper(h.cell), cell), _p(fmt["star"], star)]
    if h.number:
        left.append(_p(h.number, number))
    # Guide 36: the party's name underlined (caps, bold, 15 pt).
    right = [Paragraph(f"<u>{_t(fmt['party_title'])}</u>", party)]
    if h.date_line:
        right.append(RLSpacer(1, 10))
        right.append(_p(h.date_line, date))
    return [_header_table(left, right, width, right_w)]


# --- body blocks -------------------------------------------------------------------------------------


def _para(block: Para, st: Styles) -> Paragraph:
    style = st.body
    if not (block.indent and block.align == "justify"):
        style = ParagraphStyle(f"p-{block.align}-{block.indent}", parent=st.body, alignment=_ALIGN[block.align],
                               firstLineIndent=st.body.firstLineIndent if block.indent else 0)
    text = _t(block.text)
    if block.bold:
        text = f"<b>{text}</b>"
    if block.italic:
        text = f"<i>{text}</i>"
    if block.lead:
        text = f"<b>{_t(block.lead)}</b>{text}"
    return Paragraph(text, style)


def _table(block: Table, st: Styles, width: float, *, header: bool = True, space_before: float = 4,
           space_after: float = 6) -> RLTable:
    """The table; without ``header`` its rows only (the tail kept with the signatures, ``_TableTail``)."""
    fs = fonts.ensure_fonts()
    size = st.sizes["table"]
    pad = 3
    total = sum(c.width for c in block.columns) or 1
    widths = [width * c.width / total for c in block.columns]
    cell_styles = [ParagraphStyle(f"cell-{i}", parent=st.cell, alignment=_ALIGN[c.align])
                   for i, c in enumerate(block.columns)]
    data: list[list[Any]] = [[Paragraph(_t(c.title), st.cell_head) for c in block.columns]] if header else []
    top = 1 if header else 0  # the index of the first body row in ``data``
    groups = set(block.group_rows)
    commands: list[tuple] = [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.18),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        # Body rows top-aligned: with MIDDLE, reportlab splits a row taller than a page into many slivers.
        *([("VALIGN", (0, 0), (-1, 0), "MIDDLE")] if header else []),
        ("VALIGN", (0, top), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for i, c in enumerate(block.columns):
        commands.append(("ALIGN", (i, top), (i, -1), _TABLE_ALIGN[c.align]))
    font = fs.regular_name
    for r, row in enumerate(block.rows, start=top):
        if r - top in groups:
            data.append([Paragraph(f"<b>{_t(row[0])}</b>", st.cell)] + [""] * (len(widths) - 1))
            commands.append(("SPAN", (0, r), (-1, r)))
            if r - top + 1 < len(block.rows):  # a group's caption never ends a page without its first row
                commands.append(("NOSPLIT", (0, r), (-1, r + 1)))
            continue
        cells: list[Any] = []
        for i, value in enumerate(row):
            value = unicodedata.normalize("NFC", value or "")
            # A short value is drawn as a plain string (fast); anything that might not fit wraps.
            if stringWidth(value, font, size) <= widths[i] - 2 * pad - 1:
                cells.append(value)
            else:
                cells.append(Paragraph(_t(value), cell_styles[i]))
        data.append(cells)
    if not block.rows:
        data.append([Paragraph(f"<i>{_t(block.empty_text)}</i>", st.cell)] + [""] * (len(widths) - 1))
        commands.append(("SPAN", (0, top), (-1, top)))
    # splitInRow: a row taller than a page (a very long note) splits instead of failing the layout.
    min_heights = None
    if block.row_height_mm:
        min_heights = [0] * top + [block.row_height_mm * mm] * (len(data) - top)
    return RLTable(data, colWidths=widths, repeatRows=top, style=_table_style(commands), hAlign="CENTER",
                   splitInRow=1, spaceBefore=space_before, spaceAfter=space_after, minRowHeights=min_heights)


# How many of a table's last rows go to the page of the signatures, so that no page holds only them.
TAIL_ROWS = 3


def _split_rows(block: Table, n: int) -> tuple[Table, Table]:
    """``block`` as its rows before the last ``n`` and its last ``n`` rows (group captions follow)."""
    cut = len(block.rows) - n
    head = dataclasses.replace(block, rows=block.rows[:cut], group_rows=tuple(g for g in block.group_rows if g < cut))
    tail = dataclasses.replace(block, rows=block.rows[cut:],
                               group_rows=tuple(g - cut for g in block.group_rows if g >= cut))
    return head, tail


class _TableTail(Flowable):
    """A table's last rows, kept with the signatures. Drawn right under the rest of the table when they fit
    on its page (no header row then: the table just goes on), or at the top of the next page with the header
    row repeated, as every page of the table has it."""

    def __init__(self, with_header: RLTable, rows_only: RLTable) -> None:
        super().__init__()
        self.with_header, self.rows_only = with_header, rows_only
        self._chosen = rows_only

    def _pick(self) -> RLTable:
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        return self.with_header if getattr(frame, "_atTop", 0) else self.rows_only

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._chosen = self._pick()
        width, height = self._chosen.wrapOn(self.canv, avail_width, avail_height)
        self._offset = (avail_width - width) / 2  # centred as the rest of the table (which may overhang the padding)
        return avail_width, height

    def draw(self) -> None:
        self._chosen.drawOn(self.canv, self._offset, 0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Rows taller than a page (a very long note) still split, as any table's do.
        self._chosen = self._pick()
        return self._chosen.splitOn(self.canv, avail_width, avail_height)



@dataclass(frozen=True)
class SignatureSpace:
    """Where a signer's space for the signature was drawn: ``page`` (0-based) and the box in points from
    the page's lower-left corner. The stamp of an electronic signature goes there (``documents.signing``)."""

    anchor: str | None  # ``model.Signer.anchor``: who signs there electronically ("signer"), or None
    page: int
    x1: float
    y1: float
    x2: float
    y2: float


class _SignatureSpace(Flowable):
    """The blank between a signer's title and name; records where it lands in ``sink``."""

    def __init__(self, anchor: str | None, sink: list[SignatureSpace] | None) -> None:
        super().__init__()
        self.anchor, self.sink = anchor, sink

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, SIGNATURE_SPACE
        return avail_width, SIGNATURE_SPACE

    def draw(self) -> None:
        if self.sink is None:
            return
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self.width, self.height)
        self.sink.append(SignatureSpace(self.anchor, self.canv.getPageNumber() - 1, round(x1, 2), round(y1, 2),
                                        round(x2, 2), round(y2, 2)))


def _signer_title(signer: Any, st: Styles, hint: str) -> list[Flowable]:
    cell: list[Flowable] = []
    if signer.on_behalf:
        cell.append(_p(texts.upper(signer.on_behalf), st.sig_title))
    cell.append(_p(texts.upper(signer.title), st.sig_title))
    if hint:
        cell.append(_p(hint, st.sig_hint))
    return cell


def _recipients_cell(entries: tuple[str, ...], st: Styles, layout: str) -> list[Flowable]:
    fmt = texts.layout_format(layout)
    cell: list[Flowable] = [_p(fmt["recipients_label"], st.recipients_label)]
    cell += [_p(e, st.recipients) for e in entries]
    return cell


def _signatures(block: Signatures, st: Styles, width: float, layout: str,
                anchors: list[SignatureSpace] | None = None) -> list[Flowable]:
    """Titles in one row and names in the next, so every name sits on the same line whatever the
    number of title lines above it ("T/M CHI BỘ / BÍ THƯ" beside "NGƯỜI GHI BIÊN BẢN")."""
    if not 1 <= len(block.signers) <= 4:
        raise ValueError(f"a signature block has one to four signers, not {len(block.signers)}")
    hint = texts.layout_format(layout)["signature_hint"]
    titles: list[Any] = [_signer_title(s, st, s.hint or hint) for s in block.signers]
    names: list[Any] = [[_SignatureSpace(s.anchor, anchors), _p(s.name or "", st.sig_name)]
                        for s in block.signers]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    after: list[Flowable] = []
    if len(block.signers) == 1:
        # Decree 30: "Nơi nhận" at the left, level with the signature block at the right.
        left = _recipients_cell(block.recipients, st, layout) if block.recipients else ""
        titles, names = [left, *titles], ["", *names]
        widths = [width * 0.45, width * 0.55]
        commands.append(("SPAN", (0, 0), (0, 1)))
    else:
        widths = [width / len(block.signers)] * len(block.signers)
        if block.recipients:
            after = [RLSpacer(1, 8), *_recipients_cell(block.recipients, st, layout)]
    table = RLTable([titles, names], colWidths=widths, style=_table_style(commands))
    head: list[Flowable] = [RLSpacer(1, 8)]
    if block.date_line:
        date = ParagraphStyle("sig-date", parent=st.sig_hint, fontSize=st.sizes["date"],
                              leading=st.sizes["date"] * LEADING)
        head.append(RLTable([["", _p(block.date_line, date)]], colWidths=[width * 0.45, width * 0.55],
                            style=_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
    return [*head, table, *after]


def _table_before_signatures(blocks: tuple) -> int | None:
    """The index of a table that a signature block follows, with at most two paragraphs between, and that
    has more rows than it keeps with the signatures."""
    for i, block in enumerate(blocks):
        if not isinstance(block, Signatures):
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and isinstance(blocks[j], Para):
            j -= 1
        if j >= 0 and isinstance(blocks[j], Table) and len(blocks[j].rows) > 1:
            return j
    return None


def flowables(doc: Document, st: Styles, width: float, layout: str,
              anchors: list[SignatureSpace] | None = None) -> list[Flowable]:
    """The platypus story for a document definition; ``anchors`` collects where the signature spaces land."""
    story: list[Flowable] = []
    if isinstance(doc.header, StateHeader):
        story += _state_header(doc.header, st, width)
    elif isinstance(doc.header, PartyHeader):
        story += _party_header(doc.header, st, width)
    story.append(_p(texts.upper(doc.title), st.title))
    if doc.subject:
        story.append(_p(doc.subject, st.subject))
    story.append(RLSpacer(1, 10))
    # Never a page of signatures alone: the last rows of a table right before them (with at most two
    # paragraphs between, e.g. the total) go with them, and so do those paragraphs.
    tail_of = _table_before_signatures(doc.blocks)
    tail: list[Flowable] = []
    mark = RLSpacer(0, 0)  # where the kept tail of the table starts in the story
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Para):
            story.append(_para(block, st))
        elif isinstance(block, Heading):
            story.append(CondPageBreak(st.heading.leading + 10 + 2 * st.body.leading))
            story.append(_p(block.text, st.heading))
        elif isinstance(block, Table) and i == tail_of:
            head, rest = _split_rows(block, min(TAIL_ROWS, len(block.rows) - 1))
            story.append(_table(head, st, width, space_after=0))
            tail = [_TableTail(_table(rest, st, width, space_before=0),
                               _table(rest, st, width, header=False, space_before=0))]
            story.append(mark)
        elif isinstance(block, Table):
            story.append(_table(block, st, width))
        elif isinstance(block, Signatures):
            if tail and any(f is mark for f in story):
                at = max(k for k, f in enumerate(story) if f is mark)
                kept = [*tail, *story[at + 1:]]
                del story[at:]
            else:
                kept = [story.pop()] if story and isinstance(story[-1], Paragraph) else []
                if kept and story and isinstance(story[-1], Paragraph) and story[-1].style is st.heading:
                    kept.insert(0, story.pop())  # a heading never stays behind, alone, at a page's foot
            story.append(KeepTogether([*kept, *_signatures(block, st, width, layout, anchors)]))
            tail = []
        elif isinstance(block, Spacer):
            story.append(RLSpacer(1, block.height_mm * mm))
        elif isinstance(block, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(block, Title):
            story.append(CondPageBreak(60 * mm))
            story.append(_p(texts.upper(block.text), st.title))
            if block.subject:
                story.append(_p(block.subject, st.subject))
            story.append(RLSpacer(1, 6))
        else:  # pragma: no cover — a new block type without a renderer
            raise TypeError(f"no layout for {type(block).__name__}")
    return story


# --- pages -------------------------------------------------------------------------------------------


def _qr_modules(payload: str) -> list[list[bool]]:
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    return [list(map(bool, row)) for row in qr.modules]


class _PageDecor:
    """Draws what every page carries: the QR code and its caption; from page 2 the page number."""

    FORM = "SoThonQR"

    def __init__(self, *, payload: str, doc_id: str, digest: str, layout: str, margins: dict[str, float]) -> None:
        self.modules = _qr_modules(payload)
        self.doc_id = doc_id
        self.digest = digest
        self.size_pt = texts.layout_format(layout)["sizes_pt"]["page_number"]
        self.margins = margins
        self._form_ready = False

    def _define_qr(self, canvas: Any) -> None:
        # One form XObject, drawn on every page by reference: a 70-page list stays small.
        canvas.beginForm(self.FORM, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
        n = len(self.modules)
        box = QR_SIZE / n
        canvas.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    canvas.rect(start * box, QR_SIZE - (r + 1) * box, (c - start) * box, box * 1.02,
                                stroke=0, fill=1)
                else:
                    c += 1
        canvas.endForm()
        self._form_ready = True

    def __call__(self, canvas: Any, doc: Any) -> None:
        fs = fonts.ensure_fonts()
        page_w, page_h = doc.pagesize
        canvas.saveState()
        if not self._form_ready:
            self._define_qr(canvas)
        x = page_w - self.margins["right"] - QR_SIZE
        # Inside the printable area: at least 10 mm from the edge, where printers do not clip (the bottom
        # margin is 25 mm, so the code and its caption stay below the text).
        y = QR_EDGE
        canvas.translate(x, y)
        canvas.doForm(self.FORM)
        canvas.translate(-x, -y)
        canvas.setFillColor(colors.Color(0.25, 0.25, 0.25))
        canvas.setFont(fs.italic_name, 6.5)
        cx = x - 2 * mm
        canvas.drawRightString(cx, y + QR_SIZE - 8, "Văn bản lập bằng Sổ Thôn · mã văn bản")
        canvas.setFont(fs.regular_name, 6.5)
        canvas.drawRightString(cx, y + QR_SIZE - 16, self.doc_id)
        canvas.drawRightString(cx, y + QR_SIZE - 24, f"SHA-256 dữ liệu: {self.digest[:16]}…")
        if doc.page >= 2:
            canvas.setFillColor(colors.black)
            canvas.setFont(fs.regular_name, self.size_pt)
            canvas.drawCentredString(
                self.margins["left"] + (page_w - self.margins["left"] - self.margins["right"]) / 2,
                page_h - self.margins["top"] / 2 - self.size_pt / 3, str(doc.page))
        canvas.restoreState()


def layout_of(doc: Document) -> str:
    return texts.PARTY if isinstance(doc.header, PartyHeader) else texts.STATE


def render_pdf(doc: Document, *, doc_id: str, anchors: list[SignatureSpace] | None = None) -> bytes:
    """The document as PDF bytes. ``doc_id`` is the document's UUID (printed in the footer QR); ``anchors``
    receives where each signer's space for the signature was drawn (``SignatureSpace``)."""
    fs = fonts.ensure_fonts()
    layout = layout_of(doc)
    fmt = texts.layout_format(layout)
    margins = {k: v * mm for k, v in fmt["margins_mm"].items()}
    pagesize = landscape(A4) if doc.landscape else A4
    width = pagesize[0] - margins["left"] - margins["right"]
    st = make_styles(layout)
    digest = content_hash(doc)
    payload = qr_payload(doc_id, digest)
    decor = _PageDecor(payload=payload, doc_id=doc_id, digest=digest, layout=layout, margins=margins)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=margins["left"], rightMargin=margins["right"],
        topMargin=margins["top"], bottomMargin=margins["bottom"],
        title=unicodedata.normalize("NFC", doc.title), author=doc.author or "", subject=doc.subject or "",
        creator="Sổ Thôn", producer="Sổ Thôn (reportlab)", keywords=payload, lang="vi-VN",
        initialFontName=fs.regular_name, initialFontSize=st.sizes["body"],
    )
    template.build(flowables(doc, st, width, layout, anchors), onFirstPage=decor, onLaterPages=decor)
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically: readers see the old file or the whole new one, never half a
    PDF (``desktop_app.atomic.write_atomic``)."""
    return atomic.write_atomic(path, data)
