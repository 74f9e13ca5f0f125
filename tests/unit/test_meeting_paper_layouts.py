"""The invitation (giấy mời) and the party cell's resolution (nghị quyết) laid out from plain data, read back with
``pdftotext``: what each says, in which layout, and who signs."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from desktop_app.documents import kinds as k
from desktop_app.documents.layout import render_pdf
from desktop_app.documents.model import PartyHeader, StateHeader

MEETING_DAY = dt.date(2026, 11, 20)  # a Friday


class Unit:
    name = "Thôn Đông"
    commune_name = "Xã Yên Xuân"
    province_name = "Nghệ An"


def text_of(doc) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = render_pdf(doc, doc_id="3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b")
    out = subprocess.run([tool, "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return " ".join(out.decode("utf-8").split())


def hamlet_invitation(**more) -> k.Invitation:
    values = dict(meeting_name="Hội nghị thôn năm 2026", date=MEETING_DAY, start=dt.time(19, 30),
                  place="Nhà văn hóa thôn", invited=k.HOUSEHOLDS,
                  invitees=(k.Invitee("Nguyễn Văn An", "1"), k.Invitee("Lê Thị Bình", "2"),
                            k.Invitee("Phạm Văn Cường", "10")),
                  agenda=("Báo cáo kết quả năm 2026", "Bàn và quyết định làm đường bê tông liên xóm"),
                  guests=("Ông Lê Văn Hùng, Phó Chủ tịch UBND xã",), number=3)
    return k.Invitation(**(values | more))


def test_a_hamlet_meeting_invitation_names_the_time_place_agenda_and_every_household():
    doc = k.meeting_invitation(Unit(), hamlet_invitation(), signer="Nguyễn Văn Trưởng", date=dt.date(2026, 11, 10))
    assert isinstance(doc.header, StateHeader)
    text = text_of(doc)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số: 03/GM-TĐ" in text
    assert "Yên Xuân, ngày 10 tháng 11 năm 2026" in text
    assert "GIẤY MỜI" in text and "Dự hội nghị thôn năm 2026" in text
    assert "Trưởng thôn Đông trân trọng kính mời" in text
    assert "Đại diện 3 hộ gia đình trong thôn Đông (danh sách kèm theo)" in text
    assert "Thời gian: 19 giờ 30 phút, thứ Sáu, ngày 20 tháng 11 năm 2026." in text
    assert "Địa điểm: Nhà văn hóa thôn." in text
    assert "1. Báo cáo kết quả năm 2026." in text and "2. Bàn và quyết định làm đường bê tông liên xóm." in text
    assert "Khách mời: Ông Lê Văn Hùng, Phó Chủ tịch UBND xã." in text
    assert "TRƯỞNG THÔN" in text and "Nguyễn Văn Trưởng" in text and "- Như trên;" in text
    # the annex: one line a household, in the household's order, with room to sign for it
    assert "DANH SÁCH ĐẠI DIỆN HỘ GIA ĐÌNH ĐƯỢC MỜI" in text and "Ký nhận" in text
    assert text.index("Nguyễn Văn An") < text.index("Lê Thị Bình") < text.index("Phạm Văn Cường")


def test_a_meeting_of_a_few_people_names_them_in_the_letter_without_an_annex():
    inv = hamlet_invitation(meeting_name="Họp tổ hòa giải ở cơ sở tháng 11/2026", invited=k.PEOPLE,
                            invitees=(k.Invitee("Nguyễn Văn An"), k.Invitee("Lê Thị Bình")), guests=())
    text = text_of(k.meeting_invitation(Unit(), inv, signer=None, date=dt.date(2026, 11, 10)))
    assert "Nguyễn Văn An; Lê Thị Bình." in text
    assert "DANH SÁCH" not in text and "Số: 03/GM-TĐ" in text


def test_a_party_cell_invitation_takes_the_party_layout_and_the_secretary_signs_for_the_cell():
    inv = hamlet_invitation(meeting_name="sinh hoạt chi bộ thường kỳ tháng 11 năm 2026", invited=k.MEMBERS,
                            start=dt.time(8, 0), date=dt.date(2026, 11, 5),
                            invitees=(k.Invitee("Trần Văn Bí Thư", "Chính thức"),
                                      k.Invitee("Bùi Văn Già", "Chính thức", "Miễn sinh hoạt"),
                                      k.Invitee("Hồ Thị Trẻ", "Dự bị")), number=7)
    doc = k.party_cell_invitation(Unit(), inv, signer="Trần Văn Bí Thư", date=dt.date(2026, 11, 1))
    assert isinstance(doc.header, PartyHeader)
    text = text_of(doc)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI" not in text
    assert "ĐẢNG BỘ XÃ YÊN XUÂN" in text and "CHI BỘ THÔN ĐÔNG" in text and "Số 07-GM/CB" in text
    assert "Chi bộ thôn Đông trân trọng kính mời" in text
    assert "3 đồng chí (chính thức: 2; dự bị: 1)" in text
    assert "8 giờ 00 phút, thứ Năm, ngày 05 tháng 11 năm 2026" in text
    assert "T/M CHI BỘ" in text and "BÍ THƯ" in text and "Trần Văn Bí Thư" in text
    assert "Đảng ủy xã Yên Xuân (để báo cáo)" in text and "Lưu chi bộ" in text
    assert "DANH SÁCH ĐẢNG VIÊN ĐƯỢC MỜI" in text and "Miễn sinh hoạt" in text and "Dự bị" in text


def test_the_resolution_states_what_was_resolved_the_tasks_and_the_vote_on_the_counted_full_members():
    res = k.PartyResolution(
        date=dt.date(2026, 11, 5), meeting_name="sinh hoạt chi bộ thường kỳ tháng 11 năm 2026",
        place="Nhà văn hóa thôn", full_members=9, probationary_members=1, present=6, expected=8,
        motion="Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2026",
        text="Hoàn thành thu thuế đất phi nông nghiệp\nVận động nhân dân làm đường bê tông liên xóm 3 - xóm 5",
        in_favour=5, against=0, abstain=0, denominator=7,
        tasks=("Đồng chí Nguyễn Văn Một: Vận động nhân dân đóng góp làm đường xóm 3 (hạn 30/11/2026)",), number=5)
    doc = k.party_cell_resolution(Unit(), res, signer="Trần Văn Bí Thư")
    assert isinstance(doc.header, PartyHeader)
    text = text_of(doc)
    assert "NGHỊ QUYẾT" in text and "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026" in text
    assert "Số 05-NQ/CB" in text and "Yên Xuân, ngày 05 tháng 11 năm 2026" in text
    assert "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;" in text
    assert "10 đảng viên (chính thức: 9; dự bị: 1)" in text and "6/8 đồng chí (75,0%)" in text
    assert "CHI BỘ QUYẾT NGHỊ:" in text
    assert "Hoàn thành thu thuế đất phi nông nghiệp." in text
    assert "Vận động nhân dân làm đường bê tông liên xóm 3 - xóm 5." in text
    assert "Phân công thực hiện" in text and "Nguyễn Văn Một: Vận động nhân dân đóng góp làm đường xóm 3" in text
    assert "5/7 đồng chí (71,4%) tán thành" in text
    assert "tính trên 7 đảng viên chính thức được triệu tập; đảng viên dự bị không biểu quyết" in text
    assert "T/M CHI BỘ" in text and "Trần Văn Bí Thư" in text


def test_a_resolution_without_its_own_text_states_the_motion_voted():
    res = k.PartyResolution(
        date=dt.date(2026, 11, 5), meeting_name="sinh hoạt chi bộ chuyên đề quý IV năm 2026", place=None,
        full_members=5, probationary_members=0, present=5, expected=5, motion="Học tập và làm theo tư tưởng,"
        " đạo đức, phong cách Hồ Chí Minh", text=None, in_favour=5, against=0, abstain=0, denominator=5)
    text = text_of(k.party_cell_resolution(Unit(), res, signer=None))
    assert "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh." in text
    assert "5/5 đồng chí (100,0%) tán thành" in text and "Số …-NQ/CB" in text
    assert "Phân công thực hiện" not in text


@pytest.mark.parametrize("day, words", [(dt.date(2026, 11, 16), "thứ Hai"), (dt.date(2026, 11, 21), "thứ Bảy"),
                                        (dt.date(2026, 11, 22), "Chủ nhật")])
def test_weekdays_are_written_the_vietnamese_way(day, words):
    assert k.meetings.weekday(day) == words
