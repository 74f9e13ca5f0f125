"""Papers a commune officer accepts (issue 9): who signs is who is printed, numbers from the register of
issued documents, the document's own date, what a public list shows, where the stamp and QR code go."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from desktop_app import i18n
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.messages import render as render_message
from desktop_app.services import archive, profiles
from tests.conftest import PARTY_SECRETARY, PASSPHRASE, keep_signed, keep_signed_by_party_secretary

ON = dt.date(2026, 11, 20)


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pdfsig(path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def _add_secretary(app) -> None:
    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name=PARTY_SECRETARY, display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()


# --- 1. who signs is who is printed -----------------------------------------------------------------


def test_the_hamlet_head_is_refused_the_party_minutes_with_the_name_of_who_must_sign(hamlet):
    _add_secretary(hamlet)
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "party_cell_minutes", on=ON)
    assert err.value.code == "document_signer_wrong"
    assert err.value.params["signer"] == "Trần Văn Bí Thư (bi.thu)"
    previous = i18n.language()
    i18n.set_language("vi")
    try:
        text = render_message(err.value)
    finally:
        i18n.set_language(previous)
    assert "bí thư chi bộ" in text and "Trần Văn Bí Thư (bi.thu)" in text and "Nguyễn Văn Trưởng" in text
    assert archive.list_documents(hamlet) == []  # nothing kept


def test_without_a_party_secretary_profile_the_party_minutes_say_one_is_needed(hamlet):
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "party_cell_minutes", on=ON)
    assert err.value.code == "document_signer_missing" and err.value.params["role"] == "party_secretary"
    assert archive.list_documents(hamlet) == []


def test_the_party_secretary_is_refused_the_voter_list_which_the_head_signs(hamlet):
    _add_secretary(hamlet)
    hamlet.unlock(PARTY_SECRETARY, PASSPHRASE)
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "voter_list", on=ON)
    assert err.value.code == "document_signer_wrong"
    assert err.value.params["signer"].startswith("Nguyễn Văn Trưởng (")
    assert archive.list_documents(hamlet) == []


def test_the_party_minutes_print_and_carry_the_secretarys_signature(hamlet, tmp_path):
    signed, view = keep_signed_by_party_secretary(hamlet, on=ON)
    assert view.signer == "Trần Văn Bí Thư"
    path = tmp_path / "party.pdf"
    path.write_bytes(signed)
    text = _pdftotext(path)
    block = text[text.rindex("T/M CHI BỘ"):]
    assert "Trần Văn Bí Thư" in block and "Nguyễn Văn Trưởng" not in text
    sig = _pdfsig(path)
    assert "Signer Certificate Common Name: Trần Văn Bí Thư" in sig and "Signature is Valid." in sig


def test_the_voter_list_prints_and_carries_the_heads_signature(hamlet, tmp_path):
    signed, _view = keep_signed(hamlet, "voter_list", on=ON)
    path = tmp_path / "voters.pdf"
    path.write_bytes(signed)
    text = _pdftotext(path)
    assert "Nguyễn Văn Trưởng" in text[text.rindex("TRƯỞNG THÔN"):]
    sig = _pdfsig(path)
    assert "Signer Certificate Common Name: Nguyễn Văn Trưởng" in sig and "Signature is Valid." in sig


# --- 2. numbers from the register of issued documents ------------------------------------------------


def test_two_kept_minutes_get_consecutive_numbers_and_print_them(hamlet, tmp_path):
    first_pdf, first = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    second_pdf, second = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    assert (first.number, second.number) == ("01/BB-TĐ", "02/BB-TĐ")
    for pdf, number in ((first_pdf, "Số: 01/BB-TĐ"), (second_pdf, "Số: 02/BB-TĐ")):
        path = tmp_path / "m.pdf"
        path.write_bytes(pdf)
        assert number in _pdftotext(path)
    assert {v.number for v in archive.list_documents(hamlet)} == {"01/BB-TĐ", "02/BB-TĐ"}


def test_lists_share_their_code_series_and_a_deleted_number_is_never_given_again(hamlet):
    _pdf, households = keep_signed(hamlet, "household_list", on=ON)
    _pdf, voters = keep_signed(hamlet, "voter_list", on=ON)
    assert (households.number, voters.number) == ("01/DS-TĐ", "02/DS-TĐ")  # both print "DS": one series
    archive.delete(hamlet, voters.id)
    _pdf, again = keep_signed(hamlet, "voter_list", on=ON)
    assert again.number == "03/DS-TĐ"
    _pdf, card_minutes = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    assert card_minutes.number == "01/BB-TĐ"  # another code, its own series


def test_numbers_start_again_each_year_and_the_party_has_its_own_style(hamlet):
    _pdf, this_year = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    _pdf, last_year = keep_signed(hamlet, "hamlet_meeting_minutes", on=dt.date(2025, 12, 30))
    assert this_year.number == last_year.number == "01/BB-TĐ"
    _pdf, party = keep_signed_by_party_secretary(hamlet, on=ON)
    assert party.number == "01-BB/CB"


def test_a_draft_shows_its_number_unallocated(hamlet, tmp_path):
    from desktop_app.services import documents

    path = documents.write(tmp_path / "draft.pdf", documents.render(hamlet, "voter_list", on=ON))
    assert "Số: …/DS-TĐ" in _pdftotext(path)
    assert archive.list_documents(hamlet) == []


# --- 3. the document's own date; the voter list's election -----------------------------------------


def test_a_document_dated_later_than_today_is_refused_for_signing(hamlet, tmp_path):
    tomorrow = vn_today() + dt.timedelta(days=1)  # as the signing counts it: Vietnam's day
    out = tmp_path / "voters.pdf"
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "voter_list", issued_on=tomorrow, write_to=out)
    assert err.value.code == "document_date_future" and err.value.params["date"] == f"{tomorrow:%d/%m/%Y}"
    assert archive.list_documents(hamlet) == [] and not out.exists()  # nothing written, nothing kept


def test_the_voter_list_counts_on_the_election_day_and_carries_its_own_date(hamlet, tmp_path):
    from desktop_app.documents import kinds as k
    from desktop_app.services import documents

    election = documents.Election(day=dt.date(2027, 3, 14), name="Bầu cử bổ sung đại biểu Hội đồng nhân dân xã",
                                  area="Khu vực bỏ phiếu số 3")
    signed, _view = archive.issue(hamlet, "voter_list", issued_on=ON, election=election)
    path = tmp_path / "voters.pdf"
    path.write_bytes(signed)
    text = _pdftotext(path)
    assert "Yên Xuân, ngày 20 tháng 11 năm 2026" in text  # the list's date, not the election day
    assert "Bầu cử bổ sung đại biểu Hội đồng nhân dân xã" in text and "Khu vực bỏ phiếu: Khu vực bỏ phiếu số 3" in text
    assert "ngày bầu cử: 14/03/2027" in text
    doc = documents.build(hamlet, "voter_list", date=ON, election=election)
    assert doc.header.date_line.endswith("ngày 20 tháng 11 năm 2026") and doc.kind == k.VOTER_LIST


def test_a_residence_that_begins_after_the_election_day_does_not_count():
    from desktop_app.documents import texts
    from desktop_app.domain.civic_lists import is_voter, rule_on
    from desktop_app.domain.people import BirthDate, ResidenceType

    day = dt.date(2026, 5, 24)
    rule = rule_on(texts.voter_rules(), day)
    adult = BirthDate.parse("01/01/1990")
    assert is_voter(rule, birth=adult, residence_type=ResidenceType.TEMPORARY, on=day,
                    resident_since=dt.date(2026, 5, 24))
    assert not is_voter(rule, birth=adult, residence_type=ResidenceType.TEMPORARY, on=day,
                        resident_since=dt.date(2026, 5, 25))


def test_a_temporary_stay_that_ends_before_the_election_day_does_not_count():
    from desktop_app.documents import texts
    from desktop_app.domain.civic_lists import is_voter, rule_on
    from desktop_app.domain.people import BirthDate, ResidenceType

    day = dt.date(2026, 5, 24)
    rule = rule_on(texts.voter_rules(), day)
    adult = BirthDate.parse("01/01/1990")
    stay = {"birth": adult, "residence_type": ResidenceType.TEMPORARY, "on": day,
            "resident_since": dt.date(2025, 6, 1)}
    assert is_voter(rule, **stay, resident_until=dt.date(2026, 5, 24))  # still here on the day
    assert not is_voter(rule, **stay, resident_until=dt.date(2026, 5, 23))


def test_the_voter_list_leaves_out_a_stay_registered_to_end_before_the_election(hamlet):
    from desktop_app.domain.people import BirthDate, ResidenceType, ResidentInput, Sex
    from desktop_app.services import documents, register

    day = dt.date(2027, 3, 14)
    with hamlet.uow() as uow:
        for number, name, until in (("90", "Lò Văn Tạm", dt.date(2027, 3, 13)),
                                    ("91", "Lò Thị Ở", dt.date(2027, 3, 14))):
            register.add_household(uow, number=number, address="Xóm 3", head=ResidentInput(
                full_name=name, birth_date=BirthDate(1990, 1, 1), sex=Sex.MALE,
                residence_type=ResidenceType.TEMPORARY, residence_from=dt.date(2026, 1, 1),
                residence_to=until))
        uow.commit()
    doc = documents.build(hamlet, "voter_list", date=ON, election=documents.Election(day=day))
    names = repr(doc)
    assert "Lò Thị Ở" in names and "Lò Văn Tạm" not in names


# --- 4. what a public list shows ------------------------------------------------------------------------


def _demo(app, *, seed: int = 1) -> None:
    from desktop_app.services.demo import fill_demo

    with app.uow() as uow:
        fill_demo(uow, scale="hamlet", seed=seed, force=True, today=ON)
        uow.commit()


@pytest.mark.parametrize("kind", ["voter_list", "longevity_list", "military_age_list"])
def test_a_list_meant_for_posting_holds_no_personal_id_number_and_no_internal_note(hamlet, tmp_path, kind):
    import re

    from desktop_app.services import documents

    _demo(hamlet)
    path = documents.write(tmp_path / f"{kind}.pdf", documents.render(hamlet, kind, on=ON))
    text = _pdftotext(path)
    assert "Họ và tên" in text and "Tổng" in text
    assert not re.search(r"(?<!\d)\d{12}(?!\d)", text), "a 12-digit personal ID number on a posted list"
    assert "Số định danh" not in text and "kiểm tra" not in text.lower()


def test_the_public_lists_have_the_columns_of_the_real_forms(hamlet, tmp_path):
    from desktop_app.services import documents

    _demo(hamlet)
    columns = {kind: [c.title for c in next(b for b in documents.build(hamlet, kind, on=ON).blocks
                                            if hasattr(b, "columns")).columns]
               for kind in ("voter_list", "longevity_list", "military_age_list")}
    assert columns["voter_list"][:5] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc"]
    assert {"Nơi thường trú", "Nơi tạm trú"} <= set(columns["voter_list"])
    assert columns["longevity_list"][-2:] == ["Quà tặng", "Ký nhận"]
    assert {"Trình độ học vấn", "Nghề nghiệp", "Tình trạng"} <= set(columns["military_age_list"])
    card = documents.build(hamlet, "household_card", record_id=_first_household(hamlet), on=ON)
    assert "Loại cư trú, thời gian" in [c.title for c in next(b for b in card.blocks if hasattr(b, "columns")).columns]


def test_the_longevity_list_puts_90_and_100_and_over_apart_with_who_honours_them(hamlet):
    from desktop_app.services import documents

    _demo(hamlet)
    table = next(b for b in documents.build(hamlet, "longevity_list", on=ON, year=ON.year).blocks
                 if hasattr(b, "columns"))
    captions = [table.rows[i][0] for i in table.group_rows]
    ninety = [c for c in captions if c.startswith("Thọ 90 tuổi")]
    assert ninety and "Chủ tịch UBND cấp tỉnh" in ninety[0]
    assert all("Chủ tịch" not in c for c in captions if c.startswith(("Thọ 70", "Thọ 75", "Thọ 80")))


def _first_household(app) -> str:
    from desktop_app.services import documents

    with app.reader() as conn:
        return documents.load_unit(conn).households[0].id


# --- 5. the stamp beside its signature block; the QR code inside the printable area; no page of signatures


MM = 72 / 25.4


def _signature_widgets(pdf: bytes) -> list[tuple[int, tuple[float, ...]]]:
    """(page index, /Rect) of every signature field's widget."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    out = []
    for index in range(int(reader.root["/Pages"]["/Count"])):
        page = reader.find_page_for_modification(index)[0].get_object()
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig" or annot.get("/Parent", {}).get("/FT") == "/Sig":
                out.append((index, tuple(float(v) for v in annot["/Rect"])))
    return out


def _qr_origins(pdf: bytes) -> list[tuple[float, float]]:
    """Where each page draws the footer QR code (the translation before the form is drawn)."""
    import re
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    out = []
    for index in range(int(reader.root["/Pages"]["/Count"])):
        page = reader.find_page_for_modification(index)[0].get_object()
        contents = page["/Contents"]
        streams = contents if isinstance(contents, list) else [contents]
        data = b"".join(s.get_object().data for s in streams).decode("latin-1")
        m = re.search(r"1 0 0 1 ([\d.]+) ([\d.]+) cm\s*/\S*SoThonQR Do", data)
        assert m, f"no QR code on page {index + 1}"
        out.append((float(m.group(1)), float(m.group(2))))
    return out


def test_the_stamp_sits_in_the_heads_signature_space_on_the_last_page_of_a_long_list(hamlet, tmp_path):
    _demo(hamlet)
    signed, _view = keep_signed(hamlet, "voter_list", on=ON)
    path = tmp_path / "voters.pdf"
    path.write_bytes(signed)
    ((page, (x1, y1, x2, y2)),) = _signature_widgets(signed)
    pages = int(subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
                .split("Pages:")[1].split()[0])
    assert page == pages - 1  # the page that holds the signature block
    width, height = 841.89, 595.28  # A4 landscape
    assert x1 > width * 0.45 and y1 > 25 * MM  # the head's block at the right, above the bottom margin
    assert min(x1, y1, width - x2, height - y2) >= 10 * MM
    last = subprocess.run(["pdftotext", "-layout", "-f", str(pages), "-l", str(pages), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "TRƯỞNG THÔN" in last and "Tổng số cử tri" in last
    # Never a page of signatures alone: the list's last rows are on it too (a row starts with its serial).
    assert sum(1 for line in last.splitlines() if line.strip()[:1].isdigit()) >= 3


def test_the_chairs_stamp_goes_beside_the_chair_on_the_minutes_page_not_the_annex(hamlet):
    _demo(hamlet)
    signed, _view = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    ((page, (x1, _y1, _x2, _y2)),) = _signature_widgets(signed)
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    pages = int(PdfFileReader(BytesIO(signed), strict=False).root["/Pages"]["/Count"])
    assert page < pages - 1  # the annex (the sign-in list) follows the signatures
    assert x1 > 595.28 / 2 - 1  # the chair signs at the right


def test_the_qr_code_is_at_least_10_mm_from_every_edge_on_every_page(hamlet):
    from desktop_app.documents.layout import QR_SIZE
    from desktop_app.services import documents

    _demo(hamlet)
    for kind, size in (("household_list", (841.89, 595.28)), ("household_card", (595.28, 841.89))):
        record = _first_household(hamlet) if kind == "household_card" else None
        for x, y in _qr_origins(documents.render(hamlet, kind, record_id=record, on=ON)):
            assert min(x, y, size[0] - x - QR_SIZE, size[1] - y - QR_SIZE) >= 10 * MM - 0.01


# --- 6. style -------------------------------------------------------------------------------------------


def test_running_text_writes_thon_dong_and_titles_use_hyphens(hamlet, tmp_path):
    _demo(hamlet)
    signed, _view = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    path = tmp_path / "m.pdf"
    path.write_bytes(signed)
    text = " ".join(_pdftotext(path).split())
    assert "thôn Đông tổ chức hội nghị thôn" in text and "Thôn Đông tổ chức" not in text
    assert "Nguyễn Văn Trưởng, trưởng thôn" in text and "—" not in text
    _pdf, card = keep_signed(hamlet, "household_card", on=ON, record_id=_first_household(hamlet))
    assert card.number == "01/PH-TĐ"


def test_the_party_minutes_first_page_has_no_gap_before_a_heading(hamlet, tmp_path):
    _demo(hamlet)
    signed, _view = keep_signed_by_party_secretary(hamlet, on=ON)
    path = tmp_path / "p.pdf"
    path.write_bytes(signed)
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Chi bộ thôn Đông tiến hành" in " ".join(first.split())
    # The report's heading starts on page 1 with its first lines instead of leaving the page's foot empty.
    assert "1. Báo cáo của chi ủy" in first


# --- 7. co-signature: the minutes' secretary beside the chair -----------------------------------------


def test_the_secretary_co_signs_the_minutes_and_both_signatures_validate_in_pdfsig(hamlet, tmp_path):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="thu.ky", display_name="Phạm Thị Thư Ký",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "voter_list", on=ON, cosigner="thu.ky")
    assert err.value.code == "document_cosign_not_applicable"
    first, view = archive.issue(hamlet, "hamlet_meeting_minutes", on=ON, cosigner="thu.ky")
    assert view.cosigner == "Phạm Thị Thư Ký" and view.cosigned_at is None
    with pytest.raises(SothonError) as err:  # the chair cannot add the secretary's signature
        archive.cosign(hamlet, view.id)
    assert err.value.code == "document_cosigner_wrong" and err.value.params["cosigner"] == "Phạm Thị Thư Ký"

    hamlet.unlock("thu.ky", PASSPHRASE)
    both, cosigned = archive.cosign(hamlet, view.id)
    assert cosigned.cosigned_at is not None and cosigned.number == view.number == "01/BB-TĐ"
    assert both.startswith(first) and archive.get(hamlet, view.id)[1] == both  # an incremental update, kept
    with pytest.raises(SothonError) as err:
        archive.cosign(hamlet, view.id)
    assert err.value.code == "document_already_cosigned"

    path = tmp_path / "minutes.pdf"
    path.write_bytes(both)
    sig = _pdfsig(path)
    assert sig.count("Signature is Valid.") == 2, sig
    assert "Common Name: Nguyễn Văn Trưởng" in sig and "Common Name: Phạm Thị Thư Ký" in sig
    text = _pdftotext(path)
    assert "Phạm Thị Thư Ký" in text[text.rindex("THƯ KÝ"):]  # printed in the secretary's block
    widgets = _signature_widgets(both)
    assert len(widgets) == 2 and widgets[0][0] == widgets[1][0]  # both beside the blocks, on one page
    (left, right) = sorted(w[1][0] for w in widgets)
    assert left < 595.28 / 2 < right  # the secretary at the left, the chair at the right
    from desktop_app.services import signatures

    assert signatures.verify_pdf_file(path)["valid"]
