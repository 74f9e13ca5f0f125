"""Official documents checked on the PDFs themselves: pages, fonts, extracted text — not pixels.

poppler's ``pdftotext``/``pdffonts``/``pdfinfo`` read the files (CI installs poppler-utils); the tests
that need them skip with a reason when they are missing. Font instances are built once per machine
(``SOTHON_FONT_CACHE`` or the per-user cache) by the session fixture, so only the first run pays ≈ 15 s.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.documents import layout
from desktop_app.documents.kinds import HamletMeeting, hamlet_meeting_minutes, household_list
from desktop_app.documents.kinds.common import state_header
from desktop_app.documents.model import (
    Column,
    Document,
    Para,
    Signatures,
    Signer,
    Table,
    content_hash,
    qr_payload,
)
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import NotFound, SothonError, ValidationError
from desktop_app.domain.people import BirthDate, Relation, ResidentInput, Sex
from desktop_app.services import documents
from desktop_app.services.views import HouseholdView
from tests.conftest import make_hamlet

ON = dt.date(2026, 1, 5)
DOC_ID = "3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BASE14 = ("Helvetica", "Courier", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol",
          "ZapfDingbats")
# A hamlet's copy makes every kind but the commune's own (the commune report, tested in test_commune_report.py).
HAMLET_KINDS = [k for k, info in documents.KINDS.items() if not info.commune]
STATE_KINDS = [k for k in HAMLET_KINDS if not documents.KINDS[k].party]
A4 = (595.2756, 841.8898)


class Unit:
    name = "Thôn Đông"
    commune_name = "Xã Yên Xuân"
    province_name = "Nghệ An"


# --- poppler helpers -------------------------------------------------------------------------------


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed; CI installs it to check the PDFs")
    return path


def pdftotext(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    args = [_tool("pdftotext"), "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")


def pdffonts(path: Path) -> list[tuple[str, str, bool]]:
    out = subprocess.run([_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        m = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        assert m, f"unexpected pdffonts line: {line!r}"
        fonts.append((m.group(1), m.group(2), m.group(4) == "yes"))
    return fonts


def pages(path: Path) -> int:
    out = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


# --- fixtures --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def document_fonts():
    """The four static faces, made once into the font cache (``SOTHON_FONT_CACHE`` when set)."""
    from desktop_app.documents import fonts

    return fonts.ensure_fonts()


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory, document_fonts):
    """A hamlet with the demo data (470 households, ≈ 1,800 residents)."""
    from desktop_app.services.demo import fill_demo

    app = make_hamlet(tmp_path_factory.mktemp("documents") / "data")
    with app.uow() as uow:
        fill_demo(uow, scale="hamlet", seed=1, force=False, today=ON)
        uow.commit()
    yield app
    app.close()


@pytest.fixture(scope="module")
def specimens(demo_app, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("specimens")
    return {p.stem: p for p in documents.render_specimens(demo_app, out, on=ON)}


# --- every specimen --------------------------------------------------------------------------------


def test_every_kind_has_a_specimen_named_after_it(specimens):
    assert set(specimens) == set(HAMLET_KINDS)


@pytest.mark.parametrize("kind", HAMLET_KINDS)
def test_every_specimen_is_a_whole_pdf_on_a4_in_its_orientation(specimens, kind):
    data = specimens[kind].read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    boxes = set(re.findall(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", data))
    w, h = A4[::-1] if documents.KINDS[kind].landscape else A4
    assert boxes == {(f"{w}".encode(), f"{h}".encode())}


@pytest.mark.parametrize("kind", HAMLET_KINDS)
def test_no_specimen_names_a_font_that_is_not_embedded(specimens, kind):
    data = specimens[kind].read_bytes()
    base_fonts = re.findall(rb"/BaseFont /([^\s/>]+)", data)
    assert base_fonts, "the PDF has no fonts at all"
    # Embedded subsets carry a six-letter tag ("AAAAAA+NotoSerif-Bold"); base-14 fonts never do.
    assert [f for f in base_fonts if not re.match(rb"^[A-Z]{6}\+", f)] == []


@pytest.mark.parametrize("kind", HAMLET_KINDS)
def test_pdffonts_shows_every_font_embedded_and_no_base_14_font(specimens, kind):
    fonts = pdffonts(specimens[kind])
    assert fonts
    assert [name for name, _type, embedded in fonts if not embedded] == []
    assert [name for name, _t, _e in fonts if name.split("+")[-1] in BASE14 or "Helvetica" in name] == []


def test_regular_bold_italic_and_bold_italic_are_four_distinct_faces(specimens):
    faces = {name.split("+")[-1] for name, _t, _e in pdffonts(specimens["hamlet_meeting_minutes"])}
    assert len(faces) == 4, faces


@pytest.mark.parametrize("kind", STATE_KINDS)
def test_state_documents_carry_the_national_title_and_motto_byte_for_byte(specimens, kind):
    text = pdftotext(specimens[kind], last=1)
    assert NATIONAL_TITLE in text
    assert MOTTO in text
    assert "UBND XÃ YÊN XUÂN" in text and "THÔN ĐÔNG" in text
    # Minutes are dated the day of the stored meeting they record (the demo's year-end meeting); the rest
    # the day they are made.
    # The invitation of a meeting already held is dated no later than the meeting.
    day = ("ngày 20 tháng 12 năm 2025" if kind in ("hamlet_meeting_minutes", "meeting_invitation")
           else "ngày 05 tháng 01 năm 2026")
    assert f"Yên Xuân, {day}" in text


def test_the_party_document_carries_the_party_header(specimens):
    text = pdftotext(specimens["party_cell_minutes"], last=1)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "CHI BỘ THÔN ĐÔNG" in text and "Số …-BB/CB" in text  # a draft: numbered when signed and kept
    assert "Yên Xuân, ngày 05 tháng 01 năm 2026" in text
    assert "BIÊN BẢN SINH HOẠT CHI BỘ" in text
    assert NATIONAL_TITLE not in text


def test_the_minutes_record_attendance_votes_and_both_signers(specimens):
    text = pdftotext(specimens["hamlet_meeting_minutes"])
    assert "Số: …/BB-TĐ" in text and "BIÊN BẢN HỌP THÔN" in text  # a draft: numbered when signed and kept
    assert re.search(r"đại diện \d+/470 hộ gia đình \(\d+,\d%\)", text)
    assert re.search(r"Tán thành: \d+/470 hộ \(\d+,\d%\)", text)
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text and "Nguyễn Văn Trưởng" in text
    assert "Nơi nhận:" in text and "- Lưu: Thôn Đông." in text


def test_a_table_longer_than_a_page_repeats_its_header_on_the_next_pages(specimens):
    path = specimens["household_list"]
    assert pages(path) > 3
    for page in (2, 3):
        text = pdftotext(path, first=page, last=page)
        assert "STT" in text and "Chủ hộ" in text and "Địa chỉ" in text
        assert NATIONAL_TITLE not in text


def test_pages_are_numbered_at_the_top_from_page_two(specimens):
    path = specimens["resident_list"]
    assert first_line(pdftotext(path, first=1, last=1)) != "1"
    for page in (2, 3, pages(path)):
        assert first_line(pdftotext(path, first=page, last=page)) == str(page)


def test_every_page_carries_the_document_id_under_its_qr_code(demo_app, tmp_path):
    pdf = documents.render(demo_app, "longevity_list", on=ON, doc_id=DOC_ID)
    path = documents.write(tmp_path / "list.pdf", pdf)
    n = pages(path)
    assert n > 1
    assert pdftotext(path).count(DOC_ID) == n


def test_the_qr_payload_is_the_document_id_and_the_hash_of_the_data_it_was_rendered_from(demo_app):
    doc = documents.build(demo_app, "household_list", on=ON)
    pdf = documents.render(demo_app, "household_list", on=ON, doc_id=DOC_ID)
    payload = qr_payload(DOC_ID, content_hash(doc))
    assert payload.startswith("SOTHON:1:") and content_hash(doc).upper() in payload
    assert payload.encode() in pdf  # also in the PDF's keywords, for a reader without a QR decoder
    # Another day's list is other data: another hash.
    next_day = documents.build(demo_app, "household_list", on=ON + dt.timedelta(days=1))
    assert content_hash(next_day) != content_hash(doc)


def test_the_footer_qr_code_decodes_to_the_payload(demo_app, tmp_path):
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip("zbarimg (zbar-tools) is not installed; the payload itself is checked above")
    doc = documents.build(demo_app, "party_cell_minutes", on=ON)
    path = documents.write(tmp_path / "p.pdf", documents.render(demo_app, "party_cell_minutes", on=ON, doc_id=DOC_ID))
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "200", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    png = next(tmp_path.glob("page*.png"))
    out = subprocess.run([zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True).stdout.strip()
    assert out == qr_payload(DOC_ID, content_hash(doc))


def _resident(rid, hid, number, name, born, relation=Relation.CHILD, sex=Sex.MALE):
    from desktop_app.domain.people import ResidenceType, ResidentStatus
    from desktop_app.services.views import ResidentView

    return ResidentView(rid, "u", hid, number, name, BirthDate.parse(born), sex, None, relation,
                        ResidenceType.PERMANENT, None, None, ResidentStatus.PRESENT, None, None, None, 1, False)


def test_lists_go_by_household_number_naturally_with_the_head_first():
    from desktop_app.documents.kinds import resident_list

    households = [HouseholdView(h, "u", n, None, head, None, 0, None, 1, False)
                  for h, n, head in (("a", "10", "r1"), ("b", "2", "r3"), ("c", "3a", None))]
    residents = [
        _resident("r1", "a", "10", "Nguyễn Văn An", "1960", Relation.HEAD),
        _resident("r2", "a", "10", "Trần Thị Bình", "1962", Relation.SPOUSE, Sex.FEMALE),
        _resident("r0", "a", "10", "Nguyễn Văn Cả", "1990"),
        _resident("r5", "a", "10", "Nguyễn Thị Út", "1940", Relation.PARENT, Sex.FEMALE),
        _resident("r3", "b", "2", "Lê Văn Đông", "1970", Relation.HEAD),
        _resident("r4", "c", "3a", "Phạm Văn Em", "1980"),
    ]
    doc = resident_list(Unit(), residents, households, on=ON, head_name=None)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [row[1] for row in table.rows] == [
        "Lê Văn Đông", "Phạm Văn Em", "Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Thị Út", "Nguyễn Văn Cả"]
    assert [row[5] for row in table.rows][:4] == ["Chủ hộ", "Con", "Chủ hộ", "Vợ"]
    listed = household_list(Unit(), households, on=ON, head_name=None)
    assert [row[1] for row in next(b for b in listed.blocks if isinstance(b, Table)).rows] == ["2", "3a", "10"]


# --- bad input -------------------------------------------------------------------------------------


def test_a_300_character_name_and_a_long_paragraph_wrap_onto_more_pages(document_fonts, tmp_path):
    long_name = ("Nguyễn Thị Hồng Nhung " * 14)[:300]
    one_word = "Ư" * 300
    paragraph = "Đoạn văn rất dài về việc xây dựng đường bê tông liên xóm. " * 120
    note = "Ghi chú rất dài. " * 600  # one cell taller than a page
    households = [HouseholdView(f"h{i}", "u", str(i), "Xóm 1", None, name, 1, n, 1, False)
                  for i, (name, n) in enumerate([(long_name, None), (one_word, None), ("Lê Văn A", note)], start=1)]
    doc = household_list(Unit(), households, on=ON, head_name=long_name)
    doc = Document(kind=doc.kind, header=doc.header, title=doc.title, subject=doc.subject,
                   blocks=(Para(paragraph), *doc.blocks), landscape=True)
    path = documents.write(tmp_path / "long.pdf", layout.render_pdf(doc, doc_id=DOC_ID))
    assert pages(path) >= 3
    text = pdftotext(path)
    assert "Nguyễn Thị Hồng Nhung" in text and "ƯƯƯƯ" in text and "Đoạn văn rất dài" in text


def test_empty_optional_fields_still_make_a_correct_document(document_fonts, tmp_path):
    meeting = HamletMeeting(date=dt.date(2026, 3, 15), start=None, end=None, place="", chair="", chair_title=None,
                            secretary="", households_total=0, attendees=())
    path = documents.write(tmp_path / "empty.pdf",
                           layout.render_pdf(hamlet_meeting_minutes(Unit(), meeting), doc_id=DOC_ID))
    text = pdftotext(path)
    assert "BIÊN BẢN HỌP THÔN" in text and "ngày 15 tháng 3 năm 2026" in text
    assert "0/0 hộ gia đình (—)" in text and "(Không có)" in text
    assert "Số:" in text and "/BB-TĐ" in text


def test_one_to_four_signers_fit_and_five_are_refused(document_fonts):
    header = state_header(Unit(), kind="household_list", on=ON)
    for n in range(1, 5):
        signers = tuple(Signer(f"CHỨC DANH {i}", f"Người Ký {i}") for i in range(n))
        pdf = layout.render_pdf(Document("t", header, "KIỂM TRA", blocks=(Signatures(signers),)), doc_id=DOC_ID)
        assert pdf.startswith(b"%PDF-")
    with pytest.raises(ValueError):
        signers = tuple(Signer("A", "B") for _ in range(5))
        layout.render_pdf(Document("t", header, "KIỂM TRA", blocks=(Signatures(signers),)), doc_id=DOC_ID)


def test_an_empty_table_says_so(document_fonts, tmp_path):
    header = state_header(Unit(), kind="household_list", on=ON)
    doc = Document("t", header, "KIỂM TRA", blocks=(Table((Column("STT", 1), Column("Tên", 4)), ()),))
    path = documents.write(tmp_path / "t.pdf", layout.render_pdf(doc, doc_id=DOC_ID))
    assert "(Không có)" in pdftotext(path)


# --- one record, and refusals ----------------------------------------------------------------------


def test_a_household_card_renders_for_one_household(demo_app, tmp_path):
    with demo_app.reader() as conn:
        hid, number = conn.execute("SELECT id, number FROM households WHERE number = '12'").fetchone()
    path = documents.write(tmp_path / "card.pdf", documents.render(demo_app, "household_card", record_id=hid, on=ON))
    text = pdftotext(path)
    assert "PHIẾU THÔNG TIN HỘ GIA ĐÌNH" in text and f"Hộ số {number}" in text
    assert "CHỦ HỘ" in text and "Chủ hộ" in text


def test_unknown_kinds_missing_ids_and_unknown_records_are_refused_with_codes(demo_app):
    with pytest.raises(ValidationError) as e:
        documents.render(demo_app, "no_such_kind")
    assert e.value.code == "document_kind_unknown" and "voter_list" in e.value.params["known"]
    with pytest.raises(ValidationError) as e:
        documents.render(demo_app, "household_card")
    assert e.value.code == "document_record_required"
    with pytest.raises(NotFound) as e:
        documents.render(demo_app, "household_card", record_id="00000000-0000-4000-8000-000000000000")
    assert e.value.code == "not_found" and e.value.params["kind"] == "household"
    with pytest.raises(NotFound):
        documents.render(demo_app, "hamlet_meeting_minutes", record_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(ValidationError) as e:
        documents.render(demo_app, "longevity_list", year=99999)
    assert e.value.code == "document_year_invalid"


def test_writing_is_atomic_so_a_failure_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out" / "doc.pdf"
    documents.write(target, b"%PDF-old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SothonError) as e:
        documents.write(target, b"%PDF-new")
    assert e.value.code == "file_unwritable"
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in target.parent.iterdir()] == ["doc.pdf"]


# --- who is on the civic lists, end to end ---------------------------------------------------------


def _years_before(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def test_the_civic_lists_take_the_right_people(hamlet, document_fonts, tmp_path):
    from desktop_app.services import register

    today = vn_today()
    tomorrow = today + dt.timedelta(days=1)

    def person(name, born, sex=Sex.MALE, relation=Relation.CHILD):
        return ResidentInput(full_name=name, birth_date=BirthDate.parse(born), sex=sex, relation=relation)

    with hamlet.uow() as uow:
        h = register.add_household(uow, number="1", address="Xóm 1",
                                   head=person("Trần Văn Chủ", _years_before(today, 40)))
        for p in (person("Lê Văn Đủ", _years_before(today, 18)),  # turns 18 today
                  person("Lê Văn Thiếu", _years_before(tomorrow, 18)),  # turns 18 tomorrow
                  person("Phạm Thị Thọ", dt.date(today.year - 70, 12, 31), Sex.FEMALE, Relation.GRANDPARENT),
                  person("Hoàng Văn Mất", _years_before(today, 60))):
            register.add_resident(uow, household_id=h.id, data=p)
        gone = [r for r in register.household_members(uow, h.id) if r.full_name == "Hoàng Văn Mất"][0]
        register.record_death(uow, gone.id, on=today)
        uow.commit()

    def text(kind, **kw):
        path = documents.write(tmp_path / f"{kind}.pdf", documents.render(hamlet, kind, **kw))
        return pdftotext(path)

    voters = text("voter_list", on=today)
    assert "Lê Văn Đủ" in voters and "Trần Văn Chủ" in voters and "Phạm Thị Thọ" in voters
    assert "Lê Văn Thiếu" not in voters and "Hoàng Văn Mất" not in voters
    assert "Tổng số cử tri: 3 (nam 2, nữ 1)" in voters

    elders = text("longevity_list", on=today, year=today.year)
    assert "Phạm Thị Thọ" in elders and f"Thọ 70 tuổi (sinh năm {today.year - 70})" in elders
    assert "Trần Văn Chủ" not in elders

    soldiers = text("military_age_list", on=today, year=today.year + 1)
    assert "Lê Văn Đủ" in soldiers and "Lê Văn Thiếu" in soldiers  # 19 next year: call-up age
    assert "Trần Văn Chủ" not in soldiers and "Phạm Thị Thọ" not in soldiers
