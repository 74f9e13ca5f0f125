"""Documents: a 3-page minutes renders in ≤ 150 ms; every specimen in ≤ 5 s (hamlet demo data).

Font instancing is cached once per machine and not counted; registering the fonts with reportlab is
done before timing (a process does it once). Baseline: bare reportlab platypus setting the same text
and table cells in the same embedded font — one paragraph style, plain cells, no headers, wrapping,
signatures or QR code — the floor for typesetting that much.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import CACHE, ROOT, emit, init, sothon

sys.path.insert(0, str(ROOT))

from desktop_app.bootstrap import open_app  # noqa: E402
from desktop_app.documents import fonts, layout  # noqa: E402
from desktop_app.documents.model import Heading, PageBreak, Para  # noqa: E402
from desktop_app.documents.model import Table as TableBlock  # noqa: E402
from desktop_app.services import documents  # noqa: E402

ON = dt.date(2026, 1, 5)
DOC_ID = "00000000-0000-4000-8000-000000000000"


def hamlet_dir() -> Path:
    d = CACHE / "hamlet-documents"
    marker = d / ".ready"
    if not marker.exists():
        init(d, "hamlet")
        sothon("demo", "--scale", "hamlet", "--seed", "1", "--json", data_dir=d)
        marker.write_text("ok")
    return d


def bare_render(doc) -> float:  # noqa: ANN001 — a model.Document
    """Seconds for bare reportlab platypus to set the same text and table cells: one paragraph style,
    plain string cells, no headers, wrapping, signatures or QR code."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    fs = fonts.ensure_fonts()
    style = ParagraphStyle("plain", fontName=fs.regular_name, fontSize=13, leading=16)
    cells = TableStyle([("FONTNAME", (0, 0), (-1, -1), fs.regular_name), ("FONTSIZE", (0, 0), (-1, -1), 12)])
    story = []
    for b in doc.blocks:
        if isinstance(b, (Para, Heading)):
            story.append(Paragraph(b.text, style))
        elif isinstance(b, TableBlock):
            story.append(Table([[c.title for c in b.columns], *[list(r) for r in b.rows]], repeatRows=1,
                               style=cells))
    t = time.perf_counter()
    SimpleDocTemplate(io.BytesIO(), initialFontName=fs.regular_name).build(story)
    return time.perf_counter() - t


def main() -> None:
    fonts.ensure_fonts()
    app = open_app(hamlet_dir())
    with app.reader() as conn:
        data = documents.load_unit(conn)
    doc = documents.document_for(data, "hamlet_meeting_minutes", on=ON)
    # The minutes themselves (3 pages), without the households' sign-in annex.
    body = doc.blocks[:next(i for i, b in enumerate(doc.blocks) if isinstance(b, PageBreak))]
    minutes = dataclasses.replace(doc, blocks=body)
    layout.render_pdf(minutes, doc_id=DOC_ID)  # warm-up: first use of styles and glyph caches

    def once() -> float:
        t = time.perf_counter()
        layout.render_pdf(minutes, doc_id=DOC_ID)
        return time.perf_counter() - t

    value = statistics.median(once() for _ in range(7))
    floor = statistics.median(bare_render(minutes) for _ in range(7))
    emit("documents_minutes_3_pages_ms", value=value * 1000, unit="ms", baseline=floor * 1000,
         target="<= 150 ms")

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        paths = documents.render_specimens(app, tmp, on=ON)
        total = time.perf_counter() - t
    floor = sum(bare_render(documents.document_for(
        data, kind, on=ON, record_id=data.households[0].id if documents.KINDS[kind].record else None))
        for kind in documents.KINDS)
    emit("documents_all_specimens_s", value=total, unit="s", baseline=floor, target="<= 5 s",
         specimens=len(paths))


if __name__ == "__main__":
    main()
