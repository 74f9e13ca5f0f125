"""The papers of a meeting besides its minutes: the invitation (giấy mời) and the party cell's resolution
(nghị quyết).

- ``meeting_invitation``: a government meeting (the hamlet meeting, the security-order or mediation team's
  meeting …) in the state layout (Decree 30/2020): who is invited — the households' representatives of a hamlet
  meeting, each by its household, or the people called —, the meeting, its time and place and its agenda; signed
  by the head. The invitees are listed in an annex with room to sign for the invitation.
- ``party_cell_invitation``: a party cell meeting in the party layout (Guide 36-HD/VPTW): the cell's members,
  signed "T/M CHI BỘ / BÍ THƯ".
- ``party_cell_resolution``: what a party cell meeting resolved and the vote that passed it (more than half of
  the counted full members in favour), with the tasks it assigned; signed "T/M CHI BỘ / BÍ THƯ".

Plain data in, a ``Document`` out; the meetings service's stored meeting (or a specimen's sample) fills it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import (
    UnitLike,
    default_recipients,
    head_title,
    party_header,
    state_header,
)
from desktop_app.documents.model import (
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
from desktop_app.domain.clock import vn_today

MEETING_INVITATION = "meeting_invitation"
PARTY_CELL_INVITATION = "party_cell_invitation"
PARTY_CELL_RESOLUTION = "party_cell_resolution"

# Who is invited: one representative a household (hamlet meeting), the cell's members, or named people.
HOUSEHOLDS, MEMBERS, PEOPLE = "households", "members", "people"

_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class Invitee:
    name: str
    label: str = ""  # the household's number, or "Chính thức" / "Dự bị" for a party member
    note: str = ""  # "Miễn sinh hoạt", "Nghỉ có phép"


@dataclass(frozen=True)
class Invitation:
    """A meeting as its invitation needs it."""

    meeting_name: str  # "Hội nghị thôn năm 2026", "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026"
    date: dt.date
    start: dt.time | None
    place: str | None
    invited: str  # HOUSEHOLDS, MEMBERS or PEOPLE
    invitees: tuple[Invitee, ...]
    agenda: tuple[str, ...] = ()
    guests: tuple[str, ...] = ()
    number: int | None = None


@dataclass(frozen=True)
class PartyResolution:
    """A party cell meeting's resolution and the vote that passed it."""

    date: dt.date
    meeting_name: str
    place: str | None
    full_members: int
    probationary_members: int
    present: int
    expected: int  # the members expected to attend (the exempt left out)
    motion: str
    text: str | None  # the resolution as adopted; None: the motion says it all
    in_favour: int
    against: int
    abstain: int
    denominator: int  # the counted full members
    tasks: tuple[str, ...] = ()  # "Đồng chí X: text (hạn dd/mm/yyyy)"
    number: int | None = None


def weekday(on: dt.date) -> str:
    """"thứ Sáu", "Chủ nhật"."""
    return _WEEKDAYS[on.weekday()]


def _when(inv: Invitation) -> str:
    day = f"{weekday(inv.date)}, {texts.date_words(inv.date)}"
    return f"{texts.time_words(inv.start)}, {day}." if inv.start else f"{day[:1].upper()}{day[1:]}."


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":", ";")) else text + "."


def _capital(text: str) -> str:
    text = texts.nfc(text).strip()
    return text[:1].upper() + text[1:]


def _invited_line(inv: Invitation, unit: UnitLike) -> str:
    n = len(inv.invitees)
    if inv.invited == HOUSEHOLDS:
        return f"Đại diện {n} hộ gia đình trong {texts.in_text(unit.name)} (danh sách kèm theo)."
    if inv.invited == MEMBERS:
        full = sum(1 for i in inv.invitees if i.label == "Chính thức")
        return (f"Các đồng chí đảng viên trong chi bộ: {n} đồng chí (chính thức: {full}; dự bị: {n - full}),"
                " danh sách kèm theo.")
    if not inv.invitees:
        return "Các thành viên theo thành phần cuộc họp."
    if n <= 4:
        return "; ".join(i.name for i in inv.invitees) + "."
    return f"Các thành viên dự họp ({n} người, danh sách kèm theo)."


def _annex(inv: Invitation) -> list:
    if inv.invited == PEOPLE and len(inv.invitees) <= 4:
        return []
    caption = {HOUSEHOLDS: "DANH SÁCH ĐẠI DIỆN HỘ GIA ĐÌNH ĐƯỢC MỜI",
               MEMBERS: "DANH SÁCH ĐẢNG VIÊN ĐƯỢC MỜI"}.get(inv.invited, "DANH SÁCH THÀNH PHẦN ĐƯỢC MỜI")
    subject = f"(Kèm theo giấy mời dự {texts.in_text(inv.meeting_name)}, {texts.date_words(inv.date)})"
    if inv.invited == HOUSEHOLDS:
        columns = (Column("STT", 6, "center"), Column("Hộ số", 8, "center"),
                   Column("Họ và tên người đại diện", 32), Column("Ký nhận", 16))
        rows = tuple((str(i), x.label, x.name, "") for i, x in enumerate(inv.invitees, start=1))
    elif inv.invited == MEMBERS:
        columns = (Column("STT", 6, "center"), Column("Họ và tên", 28), Column("Đảng viên", 12, "center"),
                   Column("Ghi chú", 14), Column("Ký nhận", 14))
        rows = tuple((str(i), x.name, x.label, x.note, "") for i, x in enumerate(inv.invitees, start=1))
    else:
        columns = (Column("STT", 6, "center"), Column("Họ và tên", 40), Column("Ký nhận", 16))
        rows = tuple((str(i), x.name, "") for i, x in enumerate(inv.invitees, start=1))
    return [PageBreak(), Title(caption, subject), Table(columns=columns, rows=rows, row_height_mm=9)]


def _invitation_blocks(unit: UnitLike, inv: Invitation, *, party: bool) -> list:
    host = f"Chi bộ {texts.in_text(unit.name)}" if party else f"Trưởng {texts.in_text(unit.name)}"
    if not party and head_title(unit) == "TỔ TRƯỞNG":
        host = f"Tổ trưởng {texts.in_text(unit.name)}"
    blocks: list = [Para(f"{host} trân trọng kính mời:", indent=True)]
    blocks.append(Para(_invited_line(inv, unit), indent=True))
    blocks.append(Para(_sentence(_capital(inv.meeting_name)), lead="Tới dự: "))
    blocks.append(Para(_when(inv), lead="Thời gian: "))
    blocks.append(Para(_sentence(inv.place) if inv.place else "……………………", lead="Địa điểm: "))
    if inv.agenda:
        blocks.append(Para("", lead="Nội dung:"))
        blocks += [Para(_sentence(item), lead=f"{i}. ") for i, item in enumerate(inv.agenda, start=1)]
    if inv.guests:
        blocks.append(Para("; ".join(inv.guests) + ".", lead="Khách mời: "))
    if party:
        ending = "Đề nghị các đồng chí thu xếp công việc, đến dự đầy đủ, đúng giờ./."
    elif inv.invited == HOUSEHOLDS:
        ending = ("Mỗi hộ gia đình cử một người đại diện đến dự. Rất mong ông (bà) đến dự đúng giờ để hội nghị"
                  " đạt kết quả tốt./.")
    else:
        ending = "Rất mong ông (bà) đến dự đầy đủ, đúng giờ./."
    blocks.append(Para(ending))
    return blocks


def meeting_invitation(unit: UnitLike, inv: Invitation, *, signer: str | None,
                       date: dt.date | None = None) -> Document:
    """"GIẤY MỜI" for a government meeting, state layout, signed by the head (``signer``); ``date`` the
    invitation's own date (default: today)."""
    blocks = _invitation_blocks(unit, inv, party=False)
    recipients = ("- Như trên;", *default_recipients(unit))
    blocks.append(Signatures(signers=(Signer(head_title(unit), signer, anchor=SIGNER),), recipients=recipients))
    blocks += _annex(inv)
    return Document(
        kind=MEETING_INVITATION,
        header=state_header(unit, kind=MEETING_INVITATION, seq=inv.number, on=date or vn_today()),
        title=texts.kind_text(MEETING_INVITATION)["title"],
        subject=f"Dự {texts.in_text(inv.meeting_name)}",
        blocks=tuple(blocks),
        author=signer,
    )


def _party_recipients(unit: UnitLike, *extra: str) -> tuple[str, ...]:
    commune = texts.nfc(unit.commune_name).strip()
    lines = [f"- Đảng ủy {commune[:1].lower()}{commune[1:]} (để báo cáo);"] if commune else []
    return (*extra, *lines, "- Lưu chi bộ.")


def party_cell_invitation(unit: UnitLike, inv: Invitation, *, signer: str | None,
                          date: dt.date | None = None) -> Document:
    """"GIẤY MỜI" for a party cell meeting, party layout (Guide 36), signed "T/M CHI BỘ / BÍ THƯ"."""
    text = texts.kind_text(PARTY_CELL_INVITATION)["signers"]
    blocks = _invitation_blocks(unit, inv, party=True)
    blocks.append(Signatures(signers=(Signer(text["title"], signer, on_behalf=text["on_behalf"], anchor=SIGNER),),
                             recipients=_party_recipients(unit, "- Như trên;")))
    blocks += _annex(inv)
    return Document(
        kind=PARTY_CELL_INVITATION,
        header=party_header(unit, kind=PARTY_CELL_INVITATION, seq=inv.number, on=date or vn_today()),
        title=texts.kind_text(PARTY_CELL_INVITATION)["title"],
        subject=f"Dự {texts.in_text(inv.meeting_name)}",
        blocks=tuple(blocks),
        author=signer,
    )


def party_cell_resolution(unit: UnitLike, res: PartyResolution, *, signer: str | None,
                          date: dt.date | None = None) -> Document:
    """"NGHỊ QUYẾT" of a party cell meeting (Guide 36 layout): the grounds, the meeting and its attendance,
    "CHI BỘ QUYẾT NGHỊ:", the resolution, the tasks assigned, how it is carried out and the vote that passed it
    (count and share of the counted full members). ``date``: the resolution's own date (default: the meeting's).
    The caller refuses a resolution whose vote did not pass (the meetings service counts it)."""
    text = texts.kind_text(PARTY_CELL_RESOLUTION)
    cell = f"Chi bộ {texts.in_text(unit.name)}"
    blocks: list = [Para(f"Căn cứ {basis};", italic=True) for basis in text["legal_basis"]]
    blocks.append(Para(f"Căn cứ kết quả {texts.in_text(res.meeting_name)} {texts.date_words(res.date)},",
                       italic=True))
    members = res.full_members + res.probationary_members
    place = f", tại {res.place}" if res.place else ""
    blocks.append(Para(
        f"{_capital(texts.date_words(res.date))}{place}, {cell} tiến hành {texts.in_text(res.meeting_name)}. "
        f"Chi bộ có {members} đảng viên (chính thức: {res.full_members}; dự bị: {res.probationary_members}); "
        f"có mặt {texts.count_of(res.present, res.expected, 'đồng chí')} phải dự."))
    blocks.append(Para("CHI BỘ QUYẾT NGHỊ:", indent=False, align="center", bold=True))
    blocks.append(Heading("1. Nội dung nghị quyết"))
    body = [line.strip() for line in (res.text or res.motion).splitlines() if line.strip()]
    blocks += [Para(_sentence(line)) for line in body]
    n = 2
    if res.tasks:
        blocks.append(Heading(f"{n}. Phân công thực hiện"))
        blocks += [Para(_sentence(t), lead="- ", indent=True) for t in res.tasks]
        n += 1
    blocks.append(Heading(f"{n}. Tổ chức thực hiện"))
    blocks.append(Para("Các đồng chí đảng viên trong chi bộ có trách nhiệm tổ chức thực hiện Nghị quyết này; đồng"
                       " chí bí thư chi bộ theo dõi, kiểm tra và báo cáo kết quả tại kỳ sinh hoạt chi bộ tiếp theo."))
    counted = res.denominator
    vote = (f"Nghị quyết được Chi bộ biểu quyết thông qua {texts.date_words(res.date)} với "
            f"{texts.count_of(res.in_favour, counted, 'đồng chí')} tán thành; không tán thành "
            f"{texts.count_of(res.against, counted, 'đồng chí')}"
            + (f"; không biểu quyết {res.abstain} đồng chí" if res.abstain else "")
            + f" (tính trên {counted} đảng viên chính thức được triệu tập; đảng viên dự bị không biểu quyết)./.")
    blocks.append(Para(vote))
    blocks.append(Signatures(signers=(Signer(text["signers"]["title"], signer, on_behalf=text["signers"]["on_behalf"],
                                             anchor=SIGNER),),
                             recipients=_party_recipients(unit, "- Các đồng chí đảng viên trong chi bộ;")))
    return Document(
        kind=PARTY_CELL_RESOLUTION,
        header=party_header(unit, kind=PARTY_CELL_RESOLUTION, seq=res.number, on=date or res.date),
        title=text["title"],
        subject=_capital(res.meeting_name),
        blocks=tuple(blocks),
        author=signer,
    )
