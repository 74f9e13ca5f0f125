"""The periodic report on security and order to the commune (báo cáo tình hình an ninh, trật tự và phong trào
"Toàn dân bảo vệ an ninh Tổ quốc"), for a month, a quarter or a year, in the state layout (Decree 30).

Plain data in, a ``Document`` out: ``services.security.report_figures`` computes every figure from the records and
the same dictionary goes into the PDF and the command line's JSON; nothing is computed here but the layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import UnitLike, default_recipients, head_title, state_header
from desktop_app.documents.model import SIGNER, Column, Document, Heading, Para, Signatures, Signer, Table

SECURITY_REPORT = "security_report"

_RESIDENCE = (("permanent", "Thường trú"), ("temporary", "Tạm trú"), ("temporarily_absent", "Tạm vắng"),
              ("short_stay", "Lưu trú"))
_MOVES = (("birth", "số trẻ sinh ra"), ("death", "số người chết"), ("move_in", "số người chuyển đến"),
          ("move_out", "số người chuyển đi"), ("temporary_from", "số người đăng ký tạm trú mới"),
          ("temporary_to", "số người hết thời hạn tạm trú"))
_MEDIATION = (("received", "Tiếp nhận"), ("successful", "Hòa giải thành"), ("unsuccessful", "Hòa giải không thành"),
              ("terminated", "Chấm dứt hòa giải"), ("referred", "Chuyển cơ quan có thẩm quyền"),
              ("in_progress", "Đang giải quyết"))
_ACTIVITIES = (("propaganda_sessions", "Buổi tuyên truyền, hội nghị", "buổi"),
               ("attendees", "Lượt người dự tuyên truyền", "lượt"),
               ("materials_copies", "Sổ tay, tờ rơi cấp phát", "bản"),
               ("tips_to_police", "Tin báo, tố giác cung cấp cho công an", "tin"),
               ("wanted_persons_surrendered", "Đối tượng truy nã được vận động ra đầu thú", "đối tượng"),
               ("self_governing_models", "Mô hình tự quản về an ninh, trật tự", "mô hình"),
               ("self_governing_models_effective", "  trong đó hoạt động hiệu quả", "mô hình"),
               ("hot_spots", "Địa bàn trọng điểm, phức tạp", "địa bàn"),
               ("hot_spots_transformed", "  trong đó đã chuyển hóa", "địa bàn"))


@dataclass(frozen=True)
class ReportLabels:
    """The Vietnamese labels of the rule set's codes, in its order: event types grouped by category."""

    categories: tuple[tuple[str, str], ...]  # (code, label)
    types: tuple[tuple[str, str, str], ...]  # (code, label, category)


_n = texts.figure


def period_subject(code: str) -> str:
    """"Tháng 07 năm 2026", "Quý III năm 2026", "Năm 2026"."""
    words = texts.period_words(code)
    return words[:1].upper() + words[1:]


def _subject(code: str) -> str:
    when = period_subject(code)
    return ("Tình hình an ninh, trật tự và kết quả phong trào \u201cToàn dân bảo vệ an ninh Tổ quốc\u201d "
            + when[:1].lower() + when[1:])


def security_report(unit: UnitLike, figures: dict, labels: ReportLabels, *, head_name: str | None,
                    number: int | None = None, date: dt.date | None = None) -> Document:
    """"BÁO CÁO Tình hình an ninh, trật tự …" for ``figures["period"]``, signed by the hamlet head."""
    p = figures["period"]
    start, end = dt.date.fromisoformat(p["from"]), dt.date.fromisoformat(p["to"])
    pop, ev, med, act = figures["population"], figures["events"], figures["mediation"], figures["activities"]
    hamlet = texts.in_text(unit.name)
    as_of = dt.date.fromisoformat(pop.get("as_of") or p["to"])  # the register at the period's end
    span = f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    if not figures.get("complete", True) and date is not None:
        span += f" (số liệu tính đến ngày {date:%d/%m/%Y})"
    blocks: list = [
        Para(f"Thực hiện chế độ báo cáo định kỳ, Trưởng {hamlet} báo cáo tình hình an ninh, trật tự và kết quả "
             f"thực hiện phong trào \u201cToàn dân bảo vệ an ninh Tổ quốc\u201d trên địa bàn {span} như sau:"),
        Heading("I. TÌNH HÌNH DÂN CƯ"),
        Para(f"Đến ngày {as_of:%d/%m/%Y}, trên địa bàn có {_n(pop['households'])} hộ gia đình với "
             f"{_n(pop['residents'])} nhân khẩu (nam {_n(pop['by_sex'].get('male', 0))}, "
             f"nữ {_n(pop['by_sex'].get('female', 0))}). Trong kỳ, "
             + "; ".join(f"{label} {_n(pop['movements'].get(code, 0))}" for code, label in _MOVES[:4]) + "."),
        Table(columns=(Column("Nội dung", 60), Column("Số người", 20, "center")),
              rows=tuple((f"Cư trú: {label.lower()}", _n(pop["by_residence_type"].get(code, 0)))
                         for code, label in _RESIDENCE)
              + tuple((f"Biến động trong kỳ: {label}", _n(pop["movements"].get(code, 0))) for code, label in _MOVES)),
        Heading("II. TÌNH HÌNH AN NINH, TRẬT TỰ"),
        Para(f"Trong kỳ, trên địa bàn xảy ra {_n(ev['total'])} vụ việc về an ninh, trật tự; đã báo Công an xã "
             f"{_n(ev['reported_to_police'])} vụ; đã giải quyết xong {_n(ev['resolved'])} vụ. Cụ thể:"),
    ]
    rows: list[tuple[str, ...]] = []
    groups: list[int] = []
    i = 0
    for cat, cat_label in labels.categories:
        groups.append(len(rows))
        rows.append((f"{cat_label}: {_n(ev['by_category'].get(cat, 0))} vụ", "", ""))
        for code, label, category in labels.types:
            if category == cat:
                i += 1
                rows.append((str(i), label, _n(ev["by_type"].get(code, 0))))
    blocks.append(Table(columns=(Column("STT", 10, "center"), Column("Loại vụ việc", 70),
                                 Column("Số vụ", 16, "center")), rows=tuple(rows), group_rows=tuple(groups)))
    rate = med.get("success_rate")
    blocks += [
        Heading("III. CÔNG TÁC HÒA GIẢI Ở CƠ SỞ"),
        Table(columns=(Column("Nội dung", 60), Column("Số vụ, việc", 20, "center")),
              rows=tuple((label, _n(med.get(code, 0))) for code, label in _MEDIATION)
              + (("Tỷ lệ hòa giải thành (%)", "—" if rate is None else _n(100 * rate)),)),
        Heading("IV. KẾT QUẢ THỰC HIỆN PHONG TRÀO \u201cTOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC\u201d"),
        Table(columns=(Column("Nội dung", 60), Column("Số lượng", 16, "center"), Column("Đơn vị tính", 16, "center")),
              rows=tuple((label, _n(act.get(code, 0)), unit_label) for code, label, unit_label in _ACTIVITIES)),
        Heading("V. NHẬN XÉT, ĐÁNH GIÁ VÀ KIẾN NGHỊ"),
    ]
    narrative = (figures.get("narrative") or "").strip()
    if narrative:
        blocks += [Para(line.strip()) for line in narrative.splitlines() if line.strip()]
    else:
        blocks.append(Para("(Chưa có nhận xét)", italic=True))
    commune = texts.nfc(unit.commune_name).strip()
    recipients = (f"- Công an {commune[:1].lower()}{commune[1:]} (để theo dõi);", *default_recipients(unit))
    blocks.append(Signatures(signers=(Signer(head_title(unit), head_name, anchor=SIGNER),), recipients=recipients))
    return Document(kind=SECURITY_REPORT, header=state_header(unit, kind=SECURITY_REPORT, seq=number, on=date),
                    title="BÁO CÁO", subject=_subject(p["code"]),
                    blocks=tuple(blocks), author=head_name)


# --- the yearly assessment and the registration (Circular 124/2021/TT-BCA) ---------------------------------

SECURITY_ASSESSMENT = "security_assessment"
SECURITY_REGISTRATION = "security_registration"
STANDARD = "\u201cAn toàn về an ninh, trật tự\u201d"

_STATUS_WORDS = {"pass": "Đạt", "fail": "Không đạt", "needs_answer": "Chưa đủ căn cứ đánh giá"}

# The evidence as an official paper says it (documents are Vietnamese whatever the window's language, and speak
# of the hamlet, not to the person using the program). ``services.security`` gives the codes and parameters.
_EVIDENCE = {
    "no_records": "Trong kỳ đánh giá (từ {from} đến {to}) sổ sách không ghi nhận vụ việc, hoạt động nào: chưa đủ"
                  " căn cứ từ sổ sách để đánh giá tiêu chí này.",
    "registration_missing": "Chưa ghi nhận việc các hộ gia đình đăng ký tham gia xây dựng khu dân cư {standard}"
                            " trong kỳ ({households} hộ gia đình đang cư trú).",
    "registration_no_households": "Sổ theo dõi chưa có hộ gia đình nào: chưa tính được tỷ lệ hộ gia đình đăng ký.",
    "registration_share": "{registered}/{households} hộ gia đình đăng ký tham gia ({percent}%), ngày {on}.",
    "registration_in_q1": "Khu dân cư đăng ký phấn đấu đạt tiêu chuẩn trong quý I (ngày {on}).",
    "registration_after_q1": "Khu dân cư đăng ký lần đầu ngày {on}, sau quý I.",
    "propaganda_sessions": "Tổ chức {sessions} buổi tuyên truyền với {attendees} lượt người dự; cấp phát {copies}"
                           " bản sổ tay, tờ rơi.",
    "national_security_none": "Không ghi nhận vụ việc nào thuộc các trường hợp tại khoản 3 Điều 4.",
    "national_security_found": "Ghi nhận {count} vụ việc thuộc các trường hợp tại khoản 3 Điều 4: {types}.",
    "crime_no_previous": "Trong kỳ có {count} vụ tội phạm, tệ nạn xã hội; kỳ trước không có số liệu để so sánh.",
    "crime_compared": "Trong kỳ có {count} vụ tội phạm, tệ nạn xã hội, so với {previous} vụ kỳ trước (từ"
                      " {previous_from} đến {previous_to}).",
    "crime_particularly_serious": "Trong kỳ xảy ra {count} vụ tội phạm đặc biệt nghiêm trọng.",
    "models_none": "Chưa ghi nhận mô hình tự quản nào về an ninh, trật tự.",
    "models_working": "{working}/{count} mô hình tự quản về an ninh, trật tự đang hoạt động ({effective} mô hình"
                      " hoạt động hiệu quả).",
    "party_resolution_found": "Chi bộ có nghị quyết lãnh đạo công tác bảo đảm an ninh, trật tự tại cuộc họp số"
                              " {number} ngày {on} (quý I).",
    "party_resolution_unrelated": "Chi bộ họp {count} lần trong quý I nhưng sổ sách chưa ghi nhận nghị quyết về"
                                  " an ninh, trật tự.",
    "mediation_figures": "Hòa giải ở cơ sở: tiếp nhận {received} vụ, việc; hòa giải thành {successful}; không"
                         " thành {unsuccessful}; đang giải quyết {in_progress}.",
}
_MISSING = {
    "party_resolution": "Sổ sách không có nghị quyết của chi bộ trong quý I để đối chiếu.",
    "previous_period": "Không có số liệu kỳ trước để so sánh.",
}


@dataclass(frozen=True)
class PaperEvidence:
    code: str
    params: dict
    records: int  # how many records it rests on


@dataclass(frozen=True)
class PaperCriterion:
    number: str
    title: str
    legal_basis: str
    computed: str  # pass | fail | needs_answer, from the records
    status: str  # after the head's decision
    evidence: tuple[PaperEvidence, ...]
    decided_on: dt.date | None = None  # the head confirmed or overrode it that day
    computed_then: str | None = None  # what the records showed when the head decided
    reason: str | None = None


@dataclass(frozen=True)
class AssessmentPaper:
    year: int
    start: dt.date
    end: dt.date
    closed: bool
    legal_basis: str
    amended_by: str | None
    authority: str
    criteria: tuple[PaperCriterion, ...]
    result: str
    type_labels: dict  # event type code → label (Art. 4.3 events are named by their label)


def _day_text(value: object) -> str:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return _n(value)


def evidence_words(e: PaperEvidence, type_labels: dict | None = None) -> str:
    """One piece of evidence in the words of the paper."""
    if e.code == "provider_missing":
        provider = e.params.get("provider", "")
        return _MISSING.get(provider, f"Không có nguồn số liệu cho mục “{provider}” để đối chiếu.")
    template = _EVIDENCE.get(e.code)
    if template is None:  # a provider of another area names its own text
        return str(e.params.get("text", e.code))
    params = {k: _day_text(v) for k, v in e.params.items()}
    if e.code == "national_security_found" and type_labels:
        params["types"] = "; ".join(type_labels.get(t.strip(), t.strip()).lower()
                                    for t in str(e.params.get("types", "")).split(","))
    return template.format(standard=STANDARD, **params)


def _decision_words(c: PaperCriterion) -> str:
    if c.decided_on is None:
        return "Chưa xác nhận."
    when = f"ngày {c.decided_on:%d/%m/%Y}"
    then = c.computed_then or c.computed
    if c.status == then:
        text = f"Xác nhận {when}: {_STATUS_WORDS[c.status].lower()}."
    else:
        text = (f"Điều chỉnh {when} từ \u201c{_STATUS_WORDS[then].lower()}\u201d thành "
                f"\u201c{_STATUS_WORDS[c.status].lower()}\u201d. Lý do: {c.reason or '……'}")
    if then != c.computed:
        text += f" (Số liệu hiện nay cho kết quả \u201c{_STATUS_WORDS[c.computed].lower()}\u201d.)"
    return text


def security_assessment(unit: UnitLike, paper: AssessmentPaper, *, head_name: str | None,
                        number: int | None = None, date: dt.date | None = None) -> Document:
    """"BÁO CÁO Kết quả tự đánh giá … năm 2026": each criterion with the evidence from the records, the head's
    confirmation or override with its reason, and the result, signed by the hamlet head."""
    hamlet = texts.in_text(unit.name)
    head = head_title(unit)
    basis = paper.legal_basis + (f", được sửa đổi, bổ sung bởi {paper.amended_by}" if paper.amended_by else "")
    span = f"từ ngày {paper.start:%d/%m/%Y} đến ngày {paper.end:%d/%m/%Y}"
    blocks: list = [
        Para(f"Căn cứ {basis}; Trưởng {hamlet} tự đánh giá kết quả xây dựng khu dân cư đạt tiêu chuẩn {STANDARD}"
             f" năm {paper.year} (kỳ đánh giá {span}) như sau:"),
    ]
    if not paper.closed and date is not None:
        blocks.append(Para(f"Kỳ đánh giá chưa kết thúc: kết quả dưới đây tính đến ngày {date:%d/%m/%Y} và có thể"
                           " thay đổi.", italic=True))
    blocks.append(Heading("I. KẾT QUẢ THEO TỪNG TIÊU CHÍ"))
    for c in paper.criteria:
        blocks.append(Para(f"{c.title} ({c.legal_basis}).", lead=f"Tiêu chí {c.number}. ", indent=False))
        for e in c.evidence:
            words = evidence_words(e, paper.type_labels)
            if e.records:  # which records it rests on: the window and the command line list them
                words = f"{words.rstrip('.')} (căn cứ {_n(e.records)} bản ghi)."
            blocks.append(Para(f"- {words}", indent=False))
        blocks.append(Para(f"{_STATUS_WORDS[c.computed]}.", lead="Kết quả tính từ sổ sách: ", indent=False))
        blocks.append(Para(_decision_words(c), lead=f"{head[:1]}{head[1:].lower()}: ", indent=False))
        blocks.append(Para(f"{_STATUS_WORDS[c.status]}.", lead="Kết quả: ", indent=False, bold=True))
    blocks += [
        Heading("II. TỔNG HỢP"),
        Table(columns=(Column("Tiêu chí", 12, "center"), Column("Tính từ sổ sách", 25, "center"),
                       Column(f"{head[:1]}{head[1:].lower()} xác nhận", 28, "center"), Column("Kết quả", 25, "center")),
              rows=tuple((c.number, _STATUS_WORDS[c.computed],
                          "Chưa xác nhận" if c.decided_on is None else
                          ("Xác nhận" if c.status == (c.computed_then or c.computed) else "Điều chỉnh"),
                          _STATUS_WORDS[c.status]) for c in paper.criteria)),
        Para("Khu dân cư đạt tiêu chuẩn khi đạt tất cả các tiêu chí (không chấm điểm).", italic=True),
    ]
    failed = [c.number for c in paper.criteria if c.status == "fail"]
    open_ = [c.number for c in paper.criteria if c.status == "needs_answer"]
    commune = texts.nfc(unit.commune_name).strip()
    commune_text = commune[:1].lower() + commune[1:]
    if paper.result == "pass":
        verdict = (f"{unit.name} đạt tất cả {len(paper.criteria)} tiêu chí. Đề nghị Ủy ban nhân dân {commune_text}"
                   f" xét, công nhận {hamlet} đạt tiêu chuẩn {STANDARD} năm {paper.year}.")
    elif paper.result == "fail":
        verdict = (f"{unit.name} chưa đạt tiêu chuẩn {STANDARD} năm {paper.year}: không đạt tiêu chí "
                   f"{', '.join(failed)}"
                   + (f"; tiêu chí {', '.join(open_)} chưa đủ căn cứ đánh giá" if open_ else "")
                   + ". Thôn tiếp tục khắc phục các tiêu chí chưa đạt.")
    else:
        verdict = (f"Tiêu chí {', '.join(open_)} chưa đủ căn cứ đánh giá: báo cáo này chưa phải là đề nghị công"
                   f" nhận; {head.lower()} bổ sung căn cứ hoặc xác nhận các tiêu chí đó trước khi gửi.")
    blocks += [Heading("III. KẾT QUẢ CHUNG VÀ ĐỀ NGHỊ"),
               Para(f"{_STATUS_WORDS[paper.result]}.", lead="Kết quả chung: ", indent=False, bold=True),
               Para(verdict),
               Para(f"Thẩm quyền công nhận: {paper.authority}.", italic=True)]
    recipients = (f"- Công an {commune_text} (để theo dõi);", *default_recipients(unit))
    blocks.append(Signatures(signers=(Signer(head_title(unit), head_name, anchor=SIGNER),), recipients=recipients))
    return Document(kind=SECURITY_ASSESSMENT, header=state_header(unit, kind=SECURITY_ASSESSMENT, seq=number, on=date),
                    title="BÁO CÁO",
                    subject=f"Kết quả tự đánh giá xây dựng khu dân cư đạt tiêu chuẩn {STANDARD} năm {paper.year}",
                    blocks=tuple(blocks), author=head_name)


@dataclass(frozen=True)
class RegistrationPaper:
    year: int
    on: dt.date  # the day the figures are for (the households' registration, else the paper's date)
    households: int
    residents: int
    registered: int | None  # households registered for the movement, when recorded
    party_resolution: str | None  # "số 02 ngày 15/02/2026", when the cell's resolution is recorded
    criteria: tuple[tuple[str, str], ...]  # (number, title)
    models: tuple[str, ...]  # the self-governing models kept up
    legal_basis: str
    amended_by: str | None


def security_registration(unit: UnitLike, paper: RegistrationPaper, *, head_name: str | None,
                          number: int | None = None, date: dt.date | None = None) -> Document:
    """"BẢN ĐĂNG KÝ xây dựng thôn đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm 2026", signed by the head."""
    hamlet = texts.in_text(unit.name)
    commune = texts.nfc(unit.commune_name).strip()
    commune_text = commune[:1].lower() + commune[1:]
    basis = paper.legal_basis + (f", được sửa đổi, bổ sung bởi {paper.amended_by}" if paper.amended_by else "")
    resolution = (f"Nghị quyết của Chi bộ {hamlet} {paper.party_resolution} về lãnh đạo công tác bảo đảm an ninh,"
                  f" trật tự năm {paper.year}" if paper.party_resolution else  # not recorded: a blank to fill
                  f"Nghị quyết số …… ngày …… của Chi bộ {hamlet} về lãnh đạo công tác bảo đảm an ninh, trật tự"
                  f" năm {paper.year}")
    share = ""
    if paper.registered is not None:
        # A share only when it can be one: more households registered than the register holds that day says
        # the register is behind, and the number registered is printed alone.
        ratio = (f"{_n(paper.registered)}/{_n(paper.households)} hộ gia đình "
                 f"({_n(round(100 * paper.registered / paper.households, 1))}%)"
                 if 0 < paper.households and paper.registered <= paper.households
                 else f"{_n(paper.registered)} hộ gia đình")
        share = (f" Đến ngày {paper.on:%d/%m/%Y}, {ratio} đã đăng ký tham gia xây dựng khu dân cư"
                 f" {STANDARD}.")
    blocks: list = [
        Para(f"Kính gửi: Ủy ban nhân dân {commune_text}; Công an {commune_text}.", indent=False, align="center"),
        Para(f"Căn cứ {basis};"),
        Para(f"Căn cứ {resolution};"),
        Para(f"{unit.name} có {_n(paper.households)} hộ gia đình với {_n(paper.residents)} nhân khẩu.{share}"),
        Para(f"{unit.name} đăng ký phấn đấu xây dựng khu dân cư đạt tiêu chuẩn {STANDARD} năm {paper.year}, với các"
             " nội dung sau:"),
    ]
    blocks += [Para(f"{number_}. {title}.", indent=False) for number_, title in paper.criteria]
    blocks.append(Heading("BIỆN PHÁP THỰC HIỆN"))
    measures = [
        "Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương"
        " về bảo đảm an ninh, trật tự đến từng hộ gia đình; vận động 100% hộ gia đình đăng ký tham gia.",
        "Thực hiện phương châm \u201cTự quản, tự phòng, tự bảo vệ, tự hòa giải\u201d; phối hợp với Tổ bảo vệ an ninh,"
        " trật tự và Công an xã phát hiện, tố giác tội phạm, tệ nạn xã hội; hòa giải kịp thời mâu thuẫn, tranh chấp"
        " trong nhân dân.",
    ]
    if paper.models:
        measures.append("Duy trì, nâng cao hiệu quả các mô hình tự quản về an ninh, trật tự: "
                        + "; ".join(paper.models) + ".")
    measures.append(f"Định kỳ báo cáo kết quả với Ủy ban nhân dân {commune_text}; cuối kỳ tự đánh giá và đề nghị"
                    " cấp có thẩm quyền xét, công nhận.")
    blocks += [Para(f"- {m}", indent=False) for m in measures]
    blocks.append(Signatures(signers=(Signer(head_title(unit), head_name, anchor=SIGNER),),
                             recipients=(f"- Công an {commune_text};", *default_recipients(unit))))
    return Document(kind=SECURITY_REGISTRATION,
                    header=state_header(unit, kind=SECURITY_REGISTRATION, seq=number, on=date),
                    title="BẢN ĐĂNG KÝ",
                    subject=f"Xây dựng {hamlet} đạt tiêu chuẩn {STANDARD} năm {paper.year}",
                    blocks=tuple(blocks), author=head_name)
