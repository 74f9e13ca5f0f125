"""The mediation team's papers (Law on Grassroots Mediation 35/2013/QH13): the written record of a
successful mediation (Văn bản hòa giải thành, Art. 24) and the minutes of an unsuccessful one (Biên bản
hòa giải không thành).

Plain data in, a ``Document`` out: the services fill ``MediationPaper`` from a stored case. The team is
the issuing body ("TỔ HÒA GIẢI THÔN ĐÔNG" under "UBND XÃ …"); the mediator who signs electronically is
the signing profile, printed from its certificate; each party signs or puts a fingerprint by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import UnitLike, _issuer
from desktop_app.documents.model import (
    SIGNER,
    Column,
    Document,
    Heading,
    PageBreak,
    Para,
    Signatures,
    Signer,
    Spacer,
    StateHeader,
    Table,
)
from desktop_app.domain.clock import vn_today
from desktop_app.domain.vietnamese import name_sort_key

MEDIATION_AGREEMENT = "mediation_agreement"
MEDIATION_FAILURE = "mediation_failure"
_LAW = "Luật Hòa giải ở cơ sở số 35/2013/QH13"


@dataclass(frozen=True)
class PaperParty:
    name: str
    birth_year: int | None
    address: str | None
    claim: str | None = None  # the party's position or request, as recorded


@dataclass(frozen=True)
class PaperObligation:
    party: str  # the party's name
    text: str
    method: str | None
    deadline: dt.date | None


@dataclass(frozen=True)
class PaperSession:
    held_on: dt.date
    place: str | None
    summary: str | None


@dataclass(frozen=True)
class MediationPaper:
    """What the papers of one case say (a confidential case's papers are made only for those who may see it)."""

    case_number: str  # "05/2026"
    case_type: str  # the statistics type, in Vietnamese
    received_on: dt.date
    start_ground: str | None  # the Art. 16 ground, in Vietnamese
    summary: str | None
    parties: tuple[PaperParty, ...]
    interested: tuple[PaperParty, ...]
    mediators: tuple[str, ...]
    sessions: tuple[PaperSession, ...]
    closed_on: dt.date | None
    agreement: str | None = None
    obligations: tuple[PaperObligation, ...] = ()
    close_reason: str | None = None
    number: int | None = None  # allocated from the register of issued documents when signed


def _sentence(text: str | None) -> str:
    text = (text or "").strip()
    return "……" if not text else text if text[-1] in ".!?…" else text + "."


def _header(unit: UnitLike, kind: str, seq: int | None, on: dt.date) -> StateHeader:
    fmt = texts.layout_format(texts.STATE)
    commune_upper = texts.upper(unit.commune_name)
    return StateHeader(parent_body=fmt["parent_body"].format(commune_upper=commune_upper),
                       issuing_body="TỔ HÒA GIẢI " + texts.upper(unit.name),
                       number=texts.document_number(seq, texts.kind_text(kind)["code"], _issuer(unit)),
                       date_line=texts.date_line(texts.place_name(unit.commune_name), on))


def _person(p: PaperParty, on: dt.date) -> str:
    facts = [p.name]
    if p.birth_year:
        facts.append(f"sinh năm {p.birth_year} ({on.year - p.birth_year} tuổi)")
    facts.append(f"địa chỉ: {p.address}" if p.address else "địa chỉ: ……")
    return ", ".join(facts) + "."


def _people(paper: MediationPaper, on: dt.date, *, with_claims: bool) -> list:
    blocks: list = [Heading("I. CÁC BÊN VÀ NGƯỜI THAM GIA")]
    for i, p in enumerate(paper.parties, start=1):
        blocks.append(Para(_person(p, on), lead=f"{i}. Bên thứ {i}: ", indent=False))
        if with_claims and p.claim:
            blocks.append(Para(p.claim, lead="Ý kiến, yêu cầu: "))
    if paper.interested:
        blocks.append(Para("", lead="Người có quyền lợi, nghĩa vụ liên quan:", indent=False))
        blocks += [Para(_person(p, on), lead="- ", indent=False) for p in paper.interested]
    mediators = ", ".join(paper.mediators) if paper.mediators else "……"
    blocks.append(Para(mediators + ".", lead="Hòa giải viên: ", indent=False))
    return blocks


def _course(paper: MediationPaper) -> list:
    blocks: list = [Heading("II. NỘI DUNG CHỦ YẾU CỦA VỤ, VIỆC"),
                    Para(f"Vụ, việc số {paper.case_number} ({paper.case_type}), tiếp nhận "
                         f"{texts.date_words(paper.received_on)}."),
                    Para(_sentence(paper.summary))]
    blocks.append(Heading("III. DIỄN BIẾN CỦA QUÁ TRÌNH HÒA GIẢI"))
    if not paper.sessions:
        blocks.append(Para("……"))
    for s in paper.sessions:
        where = f", tại {s.place}" if s.place else ""
        blocks.append(Para((s.summary or "……").rstrip(".") + ".",
                           lead=f"- {texts.date_words(s.held_on).capitalize()}{where}: "))
    return blocks


def _bases(paper: MediationPaper) -> list:
    blocks = [Para(f"Căn cứ {_LAW};", italic=True)]
    if paper.start_ground:
        blocks.append(Para(f"Căn cứ tiến hành hòa giải: {paper.start_ground[:1].lower()}{paper.start_ground[1:]};",
                           italic=True))
    return blocks


def _signatures(paper: MediationPaper, mediator: str | None) -> list:
    parties = [Signer(f"BÊN THỨ {i}", p.name, hint="(Ký hoặc điểm chỉ, ghi rõ họ tên)")
               for i, p in enumerate(paper.parties, start=1)]
    blocks: list = []
    for start in range(0, len(parties), 3):
        blocks.append(Signatures(signers=tuple(parties[start:start + 3])))
    blocks.append(Signatures(signers=(Signer("HÒA GIẢI VIÊN", mediator, anchor=SIGNER),)))
    return blocks


def mediation_agreement(unit: UnitLike, paper: MediationPaper, *, mediator: str | None,
                        date: dt.date | None = None) -> Document:
    """"VĂN BẢN HÒA GIẢI THÀNH" with every element of Art. 24: the basis for mediating, the parties (name,
    age, address) and interested persons, the main content, the course of mediation, the agreement and
    how it is carried out, each party's rights and obligations, the method and deadline, and the
    signatures (or fingerprints) of the parties and of the mediator."""
    on = date or paper.closed_on or vn_today()
    blocks: list = _bases(paper)
    blocks += _people(paper, on, with_claims=False)
    blocks += _course(paper)
    blocks.append(Heading("IV. THỎA THUẬN CỦA CÁC BÊN"))
    blocks.append(Para(_sentence(paper.agreement)))
    blocks.append(Heading("V. QUYỀN, NGHĨA VỤ, PHƯƠNG THỨC VÀ THỜI HẠN THỰC HIỆN"))
    for i, o in enumerate(paper.obligations, start=1):
        details = [o.text.rstrip(".")]
        if o.method:
            details.append(f"phương thức: {o.method.rstrip('.')}")
        if o.deadline:
            details.append(f"thời hạn: chậm nhất {texts.date_words(o.deadline)}")
        blocks.append(Para("; ".join(details) + ".", lead=f"{i}. {o.party}: "))
    blocks.append(Para("Các bên có quyền và nghĩa vụ tự nguyện thực hiện đúng thỏa thuận trên (Điều 17 "
                       f"{_LAW}); Tổ hòa giải theo dõi, đôn đốc việc thực hiện."))
    blocks.append(Para("Văn bản được đọc lại cho các bên nghe, các bên nhất trí và ký tên (hoặc điểm chỉ) dưới "
                       "đây. Văn bản lập thành các bản có giá trị như nhau: mỗi bên giữ một bản, Tổ hòa giải giữ "
                       "một bản."))
    blocks += _signatures(paper, mediator)
    return Document(kind=MEDIATION_AGREEMENT, header=_header(unit, MEDIATION_AGREEMENT, paper.number, on),
                    title=texts.kind_text(MEDIATION_AGREEMENT)["title"],
                    subject=f"Vụ, việc số {paper.case_number}", blocks=tuple(blocks), author=mediator)


def mediation_failure(unit: UnitLike, paper: MediationPaper, *, mediator: str | None,
                      date: dt.date | None = None) -> Document:
    """"BIÊN BẢN HÒA GIẢI KHÔNG THÀNH": the same header and people, each party's position, why no agreement
    was reached, and the advice on where the parties may take the matter."""
    on = date or paper.closed_on or vn_today()
    blocks: list = _bases(paper)
    blocks += _people(paper, on, with_claims=True)
    blocks += _course(paper)
    blocks.append(Heading("IV. KẾT QUẢ"))
    reason = paper.close_reason or "các bên không đạt được thỏa thuận"
    blocks.append(Para(f"Hòa giải không thành. Lý do: {reason.rstrip('.')}."))
    blocks.append(Para("Tổ hòa giải hướng dẫn các bên đề nghị cơ quan, tổ chức có thẩm quyền giải quyết theo quy "
                       "định của pháp luật (Ủy ban nhân dân xã, Tòa án nhân dân có thẩm quyền)."))
    blocks.append(Para("Biên bản được đọc lại cho các bên nghe và ký tên (hoặc điểm chỉ) dưới đây."))
    blocks += _signatures(paper, mediator)
    return Document(kind=MEDIATION_FAILURE, header=_header(unit, MEDIATION_FAILURE, paper.number, on),
                    title=texts.kind_text(MEDIATION_FAILURE)["title"],
                    subject=f"Vụ, việc số {paper.case_number}", blocks=tuple(blocks), author=mediator)


# --- the log book (Sổ theo dõi hoạt động hòa giải ở cơ sở) ----------------------------------------------

MEDIATION_LOG = "mediation_log"


@dataclass(frozen=True)
class LogEntry:
    """One case in Part I; ``hidden``: a confidential case whose names the signer may not see."""

    received_on: dt.date
    mediators: tuple[str, ...]
    people: str  # "Họ tên, tuổi, địa chỉ các bên, người có quyền, nghĩa vụ liên quan"
    summary: str
    agreement: str  # the parties' agreement (or each one's request) after mediation
    outcome: str  # "successful" | "unsuccessful" | other states (left blank in the result columns)
    group: str  # the statistics group's code
    note: str = ""


@dataclass(frozen=True)
class MediationLog:
    year: int
    team_name: str
    groups: tuple[tuple[str, str], ...]  # (code, Vietnamese label) of the statistics groups, in order
    entries: tuple[LogEntry, ...]
    opened_on: dt.date
    closed_on: dt.date
    volume: int = 1  # "Quyển số": one book a year


def _log_part_two(log: MediationLog) -> Table:
    """Part II, the team leader's summary: per mediator, the cases by scope (statistics group) and result."""
    per: dict[str, list[LogEntry]] = {}
    for e in log.entries:
        for m in e.mediators or ("(chưa phân công)",):
            per.setdefault(m, []).append(e)
    rows = []
    for i, (name, entries) in enumerate(sorted(per.items(), key=lambda kv: name_sort_key(kv[0])), start=1):
        by_group = [str(sum(1 for e in entries if e.group == code)) for code, _label in log.groups]
        won = sum(1 for e in entries if e.outcome == "successful")
        lost = sum(1 for e in entries if e.outcome == "unsuccessful")
        rows.append((str(i), name, str(len(entries)), *by_group, str(won), str(lost),
                     str(len(entries) - won - lost)))
    group_columns = tuple(Column(label, 30, "center") for _code, label in log.groups)
    return Table(columns=(Column("STT", 10, "center"), Column("Hòa giải viên", 40), Column("Số vụ, việc", 18, "center"),
                          *group_columns, Column("Hòa giải thành", 20, "center"),
                          Column("Không thành", 20, "center"), Column("Chưa xong, khác", 22, "center")),
                 rows=tuple(rows))


def mediation_log(unit: UnitLike, log: MediationLog, *, leader: str | None, date: dt.date | None = None) -> Document:
    """"SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ" for a year, after the Ministry of Justice's template: the
    cover (province, commune, hamlet, team, volume, opened and closed on), Part I — the ten-column log of
    every case received in the year — and Part II — the team leader's summary per mediator; signed by the
    team leader."""
    province = texts.nfc(unit.province_name)
    blocks: list = [
        Para(province, lead="Tỉnh/thành phố: ", indent=False),
        Para(texts.nfc(unit.commune_name), lead="Xã/phường: ", indent=False),
        Para(texts.nfc(unit.name), lead="Thôn/tổ dân phố: ", indent=False),
        Para(log.team_name, lead="Tổ hòa giải: ", indent=False),
        Para(f"{log.volume:02d}", lead="Quyển số: ", indent=False),
        Para(log.opened_on.strftime("%d/%m/%Y"), lead="Mở ngày: ", indent=False),
        Para(log.closed_on.strftime("%d/%m/%Y"), lead="Khóa ngày: ", indent=False),
        PageBreak(),
        Heading("PHẦN I. THEO DÕI HOẠT ĐỘNG HÒA GIẢI CỦA HÒA GIẢI VIÊN"),
        Table(columns=(Column("STT", 12, "center"), Column("Ngày, tháng, năm nhận vụ, việc", 25, "center"),
                       Column("Họ tên hòa giải viên, người được mời (nếu có)", 28),
                       Column("Họ tên, tuổi, địa chỉ các bên, người có quyền, nghĩa vụ liên quan", 42),
                       Column("Nội dung chủ yếu của vụ, việc", 34),
                       Column("Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên) sau khi hòa giải", 35),
                       Column("Hòa giải thành", 17, "center"), Column("Hòa giải không thành", 19, "center"),
                       Column("Chữ ký", 20), Column("Ghi chú", 20)),
              rows=tuple((str(i), e.received_on.strftime("%d/%m/%Y"), ", ".join(e.mediators), e.people, e.summary,
                          e.agreement, "x" if e.outcome == "successful" else "",
                          "x" if e.outcome == "unsuccessful" else "", "", e.note)
                         for i, e in enumerate(log.entries, start=1)),
              empty_text="(Không có vụ, việc nào trong năm)"),
        PageBreak(),
        Heading("PHẦN II. TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI CỦA TỔ HÒA GIẢI"),
        _log_part_two(log),
        Spacer(3),
        Para(f"Tổng số vụ, việc tiếp nhận trong năm {log.year}: {len(log.entries)}; hòa giải thành: "
             f"{sum(1 for e in log.entries if e.outcome == 'successful')}; không thành: "
             f"{sum(1 for e in log.entries if e.outcome == 'unsuccessful')}.", indent=False),
        Signatures(signers=(Signer("TỔ TRƯỞNG TỔ HÒA GIẢI", leader, anchor=SIGNER),)),
    ]
    header = replace(_header(unit, MEDIATION_LOG, None, date or log.closed_on), number=None)
    return Document(kind=MEDIATION_LOG, header=header, title=texts.kind_text(MEDIATION_LOG)["title"],
                    subject=f"Năm {log.year}", blocks=tuple(blocks), landscape=True, author=leader)


# --- the team's statistics report (Báo cáo kết quả hoạt động hòa giải ở cơ sở) ------------------------

MEDIATION_STATISTICS = "mediation_statistics"


@dataclass(frozen=True)
class StatisticsRow:
    label: str  # the statistics group, in Vietnamese (or "Tổng số")
    received: int
    successful: int
    unsuccessful: int
    terminated: int
    referred: int
    in_progress: int
    success_rate: float | None  # 0–1


@dataclass(frozen=True)
class MediationReport:
    """The figures of one period over the cases received in it, each by its current state."""

    period_label: str  # "năm 2026", "quý III năm 2026", "tháng 07 năm 2026" (texts.period_words)
    start: dt.date
    end: dt.date
    team_name: str
    rows: tuple[StatisticsRow, ...]  # one per statistics group, in order
    total: StatisticsRow
    number: int | None = None


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}".replace(".", ",") + "%"


def mediation_statistics(unit: UnitLike, report: MediationReport, *, leader: str | None,
                         date: dt.date | None = None) -> Document:
    """"BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ" of the team for a period: the cases received in the
    period by statistics group (Circular 10/2017) and each one's current state, so the outcomes add up to
    the cases received; the success rate (thành ÷ (thành + không thành)); signed by the team leader.
    It names no one (it goes to the commune with every bundle)."""
    t = report.total
    columns = (Column("Nhóm vụ, việc", 40), Column("Tiếp nhận", 16, "center"), Column("Hòa giải thành", 17, "center"),
               Column("Không thành", 17, "center"), Column("Chấm dứt", 19, "center"),
               Column("Chuyển cơ quan có thẩm quyền", 24, "center"), Column("Đang giải quyết", 18, "center"),
               Column("Tỷ lệ thành", 21, "center"))

    def cells(r: StatisticsRow) -> tuple[str, ...]:
        return (r.label, str(r.received), str(r.successful), str(r.unsuccessful), str(r.terminated),
                str(r.referred), str(r.in_progress), _rate(r.success_rate))

    closed = t.successful + t.unsuccessful
    blocks: list = [
        Para(f"Kính gửi: Ủy ban nhân dân {texts.in_text(unit.commune_name)}.", indent=False),
        Para(f"{report.team_name} báo cáo kết quả hoạt động hòa giải ở cơ sở {report.period_label} (từ ngày "
             f"{report.start.strftime('%d/%m/%Y')} đến ngày {report.end.strftime('%d/%m/%Y')}), tính trên các vụ, "
             "việc tiếp nhận trong kỳ theo tình trạng hiện tại của từng vụ, việc, như sau:"),
        Heading("1. Kết quả theo nhóm vụ, việc"),
        Table(columns=columns, rows=tuple(cells(r) for r in report.rows) + (cells(replace(t, label="Tổng số")),)),
        Heading("2. Tổng hợp"),
        Para(f"Tổng số vụ, việc tiếp nhận: {t.received}; hòa giải thành: {t.successful}; hòa giải không thành: "
             f"{t.unsuccessful}; chấm dứt hòa giải: {t.terminated}; chuyển cơ quan có thẩm quyền: {t.referred}; "
             f"đang giải quyết: {t.in_progress}."),
        Para("Tỷ lệ hòa giải thành: " + (f"{_rate(t.success_rate)} ({t.successful}/{closed} vụ, việc đã hòa giải "
                                          "thành hoặc không thành)." if closed else
                                          "chưa có vụ, việc nào hòa giải thành hoặc không thành trong kỳ.")),
        Para(f"Căn cứ: {_LAW}; chỉ tiêu thống kê hòa giải ở cơ sở của ngành Tư pháp.", indent=False),
        Signatures(signers=(Signer("TỔ TRƯỞNG TỔ HÒA GIẢI", leader, anchor=SIGNER),)),
    ]
    on = date or min(report.end, vn_today())  # a report is not dated after the day it is made
    return Document(kind=MEDIATION_STATISTICS, header=_header(unit, MEDIATION_STATISTICS, report.number, on),
                    title=texts.kind_text(MEDIATION_STATISTICS)["title"], subject=report.period_label[:1].upper() + report.period_label[1:],
                    blocks=tuple(blocks), author=leader)
