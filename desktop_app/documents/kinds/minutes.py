"""Minutes: the hamlet meeting (state layout) and the party cell's meeting (party layout).

Each takes a plain description of one meeting; the meetings service (a later issue) builds it from
its records, and the specimens build a realistic sample from the demo data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import UnitLike, default_recipients, party_header, state_header
from desktop_app.documents.model import (
    COSIGNER,
    SIGNER,
    Column,
    Document,
    Heading,
    PageBreak,
    Para,
    Signatures,
    Signer,
    Table,
    Title,
)

HAMLET_MEETING = "hamlet_meeting_minutes"
PARTY_CELL = "party_cell_minutes"


@dataclass(frozen=True)
class Attendee:
    household_no: str
    name: str  # the household's representative


@dataclass(frozen=True)
class Speech:
    speaker: str
    text: str


@dataclass(frozen=True)
class Vote:
    """One question put to the vote; ``in_favour``/``against``/``abstain`` count households (hamlet)
    or full party members (cell)."""

    question: str
    in_favour: int
    against: int
    abstain: int = 0


@dataclass(frozen=True)
class HamletMeeting:
    """A hamlet meeting (Law on Grassroots Democracy 2022): attendance by household, content, votes."""

    date: dt.date
    start: dt.time | None
    end: dt.time | None
    place: str
    chair: str
    chair_title: str | None  # "Trưởng thôn"
    secretary: str
    households_total: int
    attendees: tuple[Attendee, ...]  # one representative a household present
    agenda: tuple[str, ...] = ()
    proceedings: tuple[Speech, ...] = ()
    votes: tuple[Vote, ...] = ()
    conclusion: str | None = None
    guests: tuple[str, ...] = ()
    number: int | None = None
    with_attendance_list: bool = True


@dataclass(frozen=True)
class Absence:
    name: str
    with_reason: bool
    reason: str | None = None


@dataclass(frozen=True)
class PartyCellMeeting:
    """A party cell meeting (Guide 12-HD/BTCTW 2018)."""

    date: dt.date
    start: dt.time | None
    end: dt.time | None
    place: str
    meeting_name: str  # "sinh hoạt chi bộ thường kỳ tháng 12 năm 2025"
    chair: str
    chair_title: str | None  # "Bí thư chi bộ"
    secretary: str
    full_members: int
    probationary_members: int
    present: int
    absences: tuple[Absence, ...] = ()
    not_counted: int = 0  # full members not counted for the vote (attached elsewhere, exempt and absent …)
    exempt: int = 0  # members exempt from attending: left out of the attendance rate (Guide 12-HD/BTCTW)
    guests: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()
    opinions: tuple[Speech, ...] = ()
    conclusions: tuple[str, ...] = ()
    resolution: Vote | None = None
    grade: str | None = None
    number: int | None = None


def _when(start: dt.time | None, on: dt.date) -> str:
    return (f"Vào hồi {texts.time_words(start)}, " if start else "Vào ") + texts.date_words(on) + "."


def _numbered(items: tuple[str, ...]) -> list[Para]:
    return [Para(f"{i}. {item}") for i, item in enumerate(items, start=1)]


def _more_than(part: int, whole: int, share: float) -> bool:
    return whole > 0 and part > whole * share


def hamlet_meeting_minutes(unit: UnitLike, meeting: HamletMeeting, *, date: dt.date | None = None) -> Document:
    """"BIÊN BẢN HỌP THÔN": time, place, chair, secretary, attendance by household (count and share of
    all households), agenda, proceedings, votes (count and share), conclusion; the secretary signs at
    the left, the chair at the right; the households' sign-in list as an annex. ``date``: the minutes'
    own date (default: the meeting's)."""
    rule = texts.meeting_rule("hamlet_meeting", meeting.date)
    total = meeting.households_total
    present = len(meeting.attendees)
    bases = texts.kind_text(HAMLET_MEETING)["legal_basis"]
    blocks: list = [Para(f"Căn cứ {basis};", italic=True) for basis in bases]
    blocks.append(Para(f"{_when(meeting.start, meeting.date)[:-1]}, tại {meeting.place or '……'}, "
                       f"{texts.in_text(unit.name)} tổ chức hội nghị thôn."))
    blocks.append(Heading("I. THÀNH PHẦN THAM DỰ"))
    chair = meeting.chair + (f", {texts.in_text(meeting.chair_title)}" if meeting.chair_title else "")
    blocks.append(Para(chair, lead="- Chủ trì: "))
    blocks.append(Para(meeting.secretary, lead="- Thư ký: "))
    quorum = _more_than(present, total, rule["quorum_more_than_share_of_households"])
    blocks.append(Para(
        f"đại diện {texts.count_of(present, total, 'hộ gia đình')} trong thôn. "
        + ("Số hộ tham dự đạt trên một nửa tổng số hộ; hội nghị đủ điều kiện tiến hành."
           if quorum else "Số hộ tham dự chưa đạt trên một nửa tổng số hộ."),
        lead="- Tham dự: "))
    if meeting.guests:
        blocks.append(Para("; ".join(meeting.guests) + ".", lead="- Khách mời: "))
    if meeting.agenda:
        blocks.append(Heading("II. NỘI DUNG HỘI NGHỊ"))
        blocks += _numbered(meeting.agenda)
    if meeting.proceedings:
        blocks.append(Heading("III. DIỄN BIẾN HỘI NGHỊ"))
        blocks += [Para(s.text, lead=f"{s.speaker}: ") for s in meeting.proceedings]
    if meeting.votes:
        blocks.append(Heading("IV. BIỂU QUYẾT"))
        for i, v in enumerate(meeting.votes, start=1):
            passed = _more_than(v.in_favour, total, rule["decision_more_than_share_of_households"])
            blocks.append(Para(v.question, lead=f"{i}. "))
            blocks.append(Para(f"Tán thành: {texts.count_of(v.in_favour, total, 'hộ')}; "
                               f"không tán thành: {texts.count_of(v.against, total, 'hộ')}"
                               + (f"; không biểu quyết: {texts.count_of(v.abstain, total, 'hộ')}"
                                  if v.abstain else "") + ".", indent=True))
            blocks.append(Para("Kết quả: " + ("được thông qua (trên một nửa tổng số hộ gia đình tán thành)."
                                             if passed else "chưa được thông qua (chưa đủ trên một nửa "
                                             "tổng số hộ gia đình tán thành)."), italic=True))
    if meeting.conclusion:
        blocks.append(Heading("V. KẾT LUẬN"))
        blocks.append(Para(meeting.conclusion))
    ending = (f"Hội nghị kết thúc vào hồi {texts.time_words(meeting.end)} cùng ngày. " if meeting.end
              else "Hội nghị kết thúc cùng ngày. ")
    blocks.append(Para(ending + "Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua."))
    text = texts.kind_text(HAMLET_MEETING)["signers"]
    blocks.append(Signatures(signers=(Signer(text["left"], meeting.secretary, anchor=COSIGNER),
                                      Signer(text["right"], meeting.chair, anchor=SIGNER)),
                             recipients=default_recipients(unit)))
    if meeting.with_attendance_list:
        blocks.append(PageBreak())
        blocks.append(Title("DANH SÁCH ĐẠI DIỆN HỘ GIA ĐÌNH DỰ HỌP",
                            f"(Kèm theo biên bản họp thôn {texts.date_words(meeting.date)})"))
        blocks.append(Table(
            columns=(Column("STT", 6, "center"), Column("Hộ số", 8, "center"),
                     Column("Họ và tên người đại diện", 34), Column("Ký tên", 18)),
            rows=tuple((str(i), a.household_no, a.name, "")
                       for i, a in enumerate(meeting.attendees, start=1)),
            row_height_mm=9,
        ))
    return Document(
        kind=HAMLET_MEETING,
        header=state_header(unit, kind=HAMLET_MEETING, seq=meeting.number, on=date or meeting.date),
        title=texts.kind_text(HAMLET_MEETING)["title"],
        subject=None,
        blocks=tuple(blocks),
        author=meeting.secretary,
    )


def party_cell_minutes(unit: UnitLike, meeting: PartyCellMeeting, *, date: dt.date | None = None) -> Document:
    """"BIÊN BẢN SINH HOẠT CHI BỘ" (Guide 12-HD/BTCTW): members full and probationary, present, absent
    with and without reason, agenda, opinions, conclusions, the resolution's vote, the meeting's grade;
    the recorder signs at the left, the secretary "T/M CHI BỘ / BÍ THƯ" at the right."""
    rule = texts.meeting_rule("party_cell", meeting.date)
    members = meeting.full_members + meeting.probationary_members
    with_reason = [a for a in meeting.absences if a.with_reason]
    without_reason = [a for a in meeting.absences if not a.with_reason]
    blocks: list = [Para(f"{_when(meeting.start, meeting.date)[:-1]}, tại {meeting.place or '……'}, "
                         f"Chi bộ {texts.in_text(unit.name)} tiến hành {meeting.meeting_name}.")]
    blocks.append(Heading("I. THÀNH PHẦN"))
    blocks.append(Para(f"{members} đảng viên (chính thức: {meeting.full_members}; dự bị: "
                       f"{meeting.probationary_members}).", lead="- Tổng số đảng viên của chi bộ: "))
    expected = members - meeting.exempt  # the exempt are not expected: the rate leaves them out
    attendance_ok = _more_than(meeting.present, expected, rule["attendance_quality_share"] - 1e-9)
    present = (f"{meeting.present}/{expected} đồng chí phải dự ({texts.percent(meeting.present, expected)};"
               f" không kể {meeting.exempt} đồng chí miễn sinh hoạt)" if meeting.exempt
               else texts.count_of(meeting.present, expected, "đồng chí"))
    blocks.append(Para(present + ("." if attendance_ok else "; dưới 85%, cần rút kinh nghiệm."), lead="- Có mặt: "))
    names = lambda xs: "; ".join(a.name + (f" ({a.reason})" if a.reason else "") for a in xs)  # noqa: E731
    blocks.append(Para(f"{len(with_reason)} đồng chí" + (f": {names(with_reason)}." if with_reason else "."),
                       lead="- Vắng có lý do: "))
    blocks.append(Para(f"{len(without_reason)} đồng chí"
                       + (f": {names(without_reason)}." if without_reason else "."), lead="- Vắng không lý do: "))
    if meeting.guests:
        blocks.append(Para("; ".join(meeting.guests) + ".", lead="- Khách mời: "))
    chair = meeting.chair + (f", {meeting.chair_title}" if meeting.chair_title else "")
    blocks.append(Para(chair + ".", lead="- Chủ trì: "))
    blocks.append(Para(meeting.secretary + ".", lead="- Thư ký (người ghi biên bản): "))
    blocks.append(Heading("II. NỘI DUNG"))
    if meeting.agenda:
        blocks.append(Para("Chi bộ thống nhất chương trình sinh hoạt gồm:", indent=True))
        blocks += _numbered(meeting.agenda)
    if meeting.reports:
        blocks.append(Heading("1. Báo cáo của chi ủy"))
        blocks += [Para(r) for r in meeting.reports]
    if meeting.opinions:
        blocks.append(Heading("2. Ý kiến thảo luận"))
        blocks += [Para(s.text, lead=f"Đồng chí {s.speaker}: ") for s in meeting.opinions]
    if meeting.conclusions:
        blocks.append(Heading("3. Kết luận của đồng chí chủ trì"))
        blocks += [Para(c) for c in meeting.conclusions]
    blocks.append(Heading("III. BIỂU QUYẾT VÀ XẾP LOẠI"))
    if meeting.resolution:
        v = meeting.resolution
        counted = max(meeting.full_members - meeting.not_counted, 0)
        passed = _more_than(v.in_favour, counted, rule["resolution_more_than_share_of_counted_full_members"])
        blocks.append(Para(v.question, lead="- Nghị quyết: "))
        blocks.append(Para(
            f"tán thành {texts.count_of(v.in_favour, counted, 'đồng chí')}; không tán thành "
            f"{texts.count_of(v.against, counted, 'đồng chí')}"
            + (f"; không biểu quyết {v.abstain} đồng chí" if v.abstain else "")
            + f" (tính trên {counted} đảng viên chính thức được triệu tập; đảng viên dự bị không biểu quyết). "
            + ("Nghị quyết được thông qua." if passed else "Nghị quyết chưa được thông qua."),
            lead="- Kết quả biểu quyết: "))
    if meeting.grade:
        blocks.append(Para(meeting.grade + ".", lead="- Chi bộ tự đánh giá chất lượng buổi sinh hoạt: "))
    ending = (f"Buổi sinh hoạt kết thúc vào hồi {texts.time_words(meeting.end)} cùng ngày. " if meeting.end
              else "Buổi sinh hoạt kết thúc cùng ngày. ")
    blocks.append(Para(ending + "Biên bản đã được thông qua trước chi bộ và được các đồng chí dự họp nhất trí."))
    text = texts.kind_text(PARTY_CELL)["signers"]
    blocks.append(Signatures(signers=(Signer(text["left"], meeting.secretary, anchor=COSIGNER),
                                      Signer(text["right"], meeting.chair, on_behalf=text["right_on_behalf"],
                                             anchor=SIGNER))))
    return Document(
        kind=PARTY_CELL,
        header=party_header(unit, kind=PARTY_CELL, seq=meeting.number, on=date or meeting.date),
        title=texts.kind_text(PARTY_CELL)["title"],
        subject=None,
        blocks=tuple(blocks),
        author=meeting.secretary,
    )
