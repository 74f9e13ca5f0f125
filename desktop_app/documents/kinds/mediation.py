"""The mediation team's papers (Law on Grassroots Mediation 35/2013/QH13): the written record of a
successful mediation (Văn bản hòa giải thành, Art. 24) and the minutes of an unsuccessful one (Biên bản
hòa giải không thành).

Plain data in, a ``Document`` out: the services fill ``MediationPaper`` from a stored case. The team is
the issuing body ("TỔ HÒA GIẢI THÔN ĐÔNG" under "UBND XÃ …"); the mediator who signs electronically is
the signing profile, printed from its certificate; each party signs or puts a fingerprint by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import UnitLike, _issuer
from desktop_app.documents.model import (
    SIGNER,
    Document,
    Heading,
    Para,
    Signatures,
    Signer,
    StateHeader,
)

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
    on = date or paper.closed_on or dt.date.today()
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
    on = date or paper.closed_on or dt.date.today()
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
