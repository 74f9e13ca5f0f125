"""The commune's periodic report from its hamlets' figures (báo cáo tổng hợp số liệu các thôn, tổ dân phố), for a
month, a quarter or a year, in the state layout (Decree 30) with the commune's People's Committee as issuing body.

Plain data in, a ``Document`` out: ``services.commune_report.report_figures`` computes every figure from the
records received and the same dictionary goes into the PDF and the command line's JSON; nothing is computed here
but the layout and the sums a table prints.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.documents import texts
from desktop_app.documents.kinds.common import UnitLike
from desktop_app.documents.kinds.security import period_subject
from desktop_app.documents.model import (
    SIGNER,
    Column,
    Document,
    Heading,
    Para,
    Signatures,
    Signer,
    StateHeader,
    Table,
)
from desktop_app.domain.vietnamese import collation_key

COMMUNE_REPORT = "commune_report"

_STATE = {"on_time": "Đủ, đúng hạn", "late": "Gửi muộn", "missing": "Còn thiếu", "not_due": "Chưa đến hạn",
          "future": "Kỳ chưa kết thúc"}
_RESIDENCE = (("permanent", "Thường trú"), ("temporary", "Tạm trú"), ("temporarily_absent", "Tạm vắng"),
              ("short_stay", "Lưu trú"))
_MOVES = (("birth", "Sinh"), ("death", "Chết"), ("move_in", "Chuyển đến"), ("move_out", "Chuyển đi"))
_MEDIATION = (("received", "Tiếp nhận"), ("successful", "Thành"), ("unsuccessful", "Không thành"),
              ("terminated", "Chấm dứt"), ("referred", "Chuyển nơi khác"), ("in_progress", "Đang giải quyết"))


_n = texts.figure


def _province(unit: UnitLike) -> str:
    """"tỉnh Nghệ An", "thành phố Huế" (the six centrally-run cities are listed in kinds.json)."""
    name = texts.nfc(unit.province_name).strip()
    lowered = name.lower()
    if lowered.startswith(("tỉnh ", "thành phố ")):
        return texts.in_text(name)
    cities = texts.kind_text(COMMUNE_REPORT).get("centrally_run_cities", [])
    return ("thành phố " if name in cities else "tỉnh ") + name


def commune_header(unit: UnitLike, *, seq: int | None, on: dt.date | None) -> StateHeader:
    """"ỦY BAN NHÂN DÂN / XÃ YÊN XUÂN" as the issuing body (a People's Committee writes no parent body),
    "Số: 05/BC-UBND", "Yên Xuân, ngày … tháng … năm …"."""
    text = texts.kind_text(COMMUNE_REPORT)
    issuing = text["issuing_body"].format(commune_upper=texts.upper(unit.commune_name))
    return StateHeader(parent_body="", issuing_body=issuing,
                       number=texts.document_number(seq, text["code"], text["issuer"]),
                       date_line=texts.date_line(texts.place_name(unit.commune_name), on))


def _months(nums: list[int]) -> str:
    return ", ".join(f"{m:02d}" for m in nums)


def _state_text(h: dict) -> str:
    if h["missing_months"]:
        text = "Còn thiếu tháng " + _months(h["missing_months"])
        if h["late_months"]:
            text += "; muộn tháng " + _months(h["late_months"])
        return text
    if h["late_months"] and h["state"] == "late":
        return "Gửi muộn tháng " + _months(h["late_months"])
    return _STATE[h["state"]]


def _contact(value: str | None) -> str:
    if not value:
        return "Chưa liên lạc"
    at = dt.datetime.fromisoformat(value)
    at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return at.astimezone(dt.timezone(dt.timedelta(hours=7))).strftime("%d/%m/%Y")


def _assessment_cell(item: dict | None) -> str:
    """"Đạt (2026)", "Chưa đạt (2026)", or "Chưa có" while the hamlet has reported no decided assessment."""
    if not item:
        return "Chưa có"
    return f"{'Đạt' if item['passed'] else 'Chưa đạt'} ({item['year']})"


def _hamlet_name(h: dict) -> str:
    return h["name"] + (" (đã thu hồi khóa)" if h["revoked"] else "")


def commune_report(unit: UnitLike, figures: dict, *, signer: str | None, number: int | None = None,
                   date: dt.date | None = None) -> Document:
    """"BÁO CÁO Tổng hợp số liệu các thôn, tổ dân phố …" for ``figures["period"]``, issued by the commune's
    People's Committee and signed by the commune officer who made it."""
    text = texts.kind_text(COMMUNE_REPORT)
    p = figures["period"]
    start, end = dt.date.fromisoformat(p["from"]), dt.date.fromisoformat(p["to"])
    commune = texts.nfc(unit.commune_name).strip()
    hamlets = sorted(figures["hamlets"], key=lambda h: (collation_key(h["name"]), h["code"]))  # Vietnamese order
    t = figures["totals"]
    span = f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    if not figures.get("complete", True):
        span += f" (số liệu tính đến ngày {dt.date.fromisoformat(figures['as_of']):%d/%m/%Y})"
    # Figures of reports made before the due day was the commune's own carry none: the sentence then says none.
    due = (f" (hạn gửi số liệu của mỗi tháng là ngày {figures['due_day']} của tháng sau)"
           if figures.get("due_day") else "")
    by_state = {s: [h for h in hamlets if h["state"] == s] for s in _STATE}
    missing = [h for h in hamlets if h["missing_months"]]
    late = [h for h in hamlets if h["late_months"]]
    blocks: list = [
        Para(f"Thực hiện chế độ báo cáo định kỳ, Ủy ban nhân dân {texts.in_text(commune)} tổng hợp số liệu do các thôn, "
             f"tổ dân phố gửi về qua Sổ Thôn {span} như sau:"),
        Heading("I. TÌNH HÌNH CÁC THÔN, TỔ DÂN PHỐ GỬI SỐ LIỆU"),
        Para(f"Toàn xã có {_n(len(hamlets))} thôn, tổ dân phố đăng ký gửi số liệu{due}; trong kỳ, "
             f"{_n(len(by_state['on_time']))} đơn vị gửi đủ, đúng hạn; {_n(len(late))} đơn vị có tháng gửi muộn; "
             f"{_n(len(missing))} đơn vị còn thiếu số liệu."),
        Table(columns=(Column("STT", 7, "center"), Column("Thôn, tổ dân phố", 26), Column("Gói số liệu", 10, "center"),
                       Column("Văn bản", 9, "center"), Column("Liên lạc cuối", 15, "center"),
                       Column("Tình trạng", 33)),
              rows=tuple((str(i), _hamlet_name(h), _n(h["bundles"]), _n(h["documents"]), _contact(h["last_contact"]),
                          _state_text(h)) for i, h in enumerate(hamlets, start=1))),
        Heading("II. DÂN CƯ"),
        Para(f"Tại thời điểm báo cáo, toàn xã có {_n(t['households'])} hộ gia đình, {_n(t['residents'])} nhân khẩu "
             f"(nam {_n(t['residents_by_sex'].get('male', 0))}, nữ {_n(t['residents_by_sex'].get('female', 0))}); "
             + "; ".join(f"{label.lower()} {_n(t['residents_by_residence_type'].get(code, 0))}"
                         for code, label in _RESIDENCE) + "."),
    ]
    pop_rows = [(str(i), _hamlet_name(h), _n(h["households"]), _n(h["residents"]),
                 _n(h["residents_by_sex"].get("male", 0)), _n(h["residents_by_sex"].get("female", 0)))
                for i, h in enumerate(hamlets, start=1)]
    pop_rows.append(("", "Cộng toàn xã", _n(t["households"]), _n(t["residents"]),
                     _n(t["residents_by_sex"].get("male", 0)), _n(t["residents_by_sex"].get("female", 0))))
    blocks.append(Table(columns=(Column("STT", 7, "center"), Column("Thôn, tổ dân phố", 37),
                                 Column("Số hộ", 14, "center"), Column("Nhân khẩu", 14, "center"),
                                 Column("Nam", 13, "center"), Column("Nữ", 13, "center")), rows=tuple(pop_rows)))
    moves = t["movements"]
    blocks.append(Para(f"Biến động dân cư trong kỳ: sinh {_n(moves['birth'])}, chết {_n(moves['death'])}, chuyển đến "
                       f"{_n(moves['move_in'])}, chuyển đi {_n(moves['move_out'])} người. Cụ thể:"))
    move_rows = [(str(i), _hamlet_name(h), *(_n(h["movements"].get(code, 0)) for code, _l in _MOVES))
                 for i, h in enumerate(hamlets, start=1)]
    move_rows.append(("", "Cộng toàn xã", *(_n(moves.get(code, 0)) for code, _l in _MOVES)))
    blocks.append(Table(columns=(Column("STT", 7, "center"), Column("Thôn, tổ dân phố", 37),
                                 *(Column(label, 14, "center") for _c, label in _MOVES)), rows=tuple(move_rows)))
    med = t["mediation"]
    rate = med.get("success_rate")
    blocks += [
        Heading("III. CÔNG TÁC HÒA GIẢI Ở CƠ SỞ"),
        Para(f"Trong kỳ, các tổ hòa giải tiếp nhận {_n(med['received'])} vụ, việc; hòa giải thành {_n(med['successful'])}, "
             f"không thành {_n(med['unsuccessful'])}, đang giải quyết {_n(med['in_progress'])}; tỷ lệ hòa giải thành "
             + ("chưa tính được (chưa có vụ, việc kết thúc)" if rate is None else f"{_n(100 * rate)}%") + "."),
    ]
    med_rows = [(str(i), _hamlet_name(h), *(_n(h["mediation"].get(code, 0)) for code, _l in _MEDIATION))
                for i, h in enumerate(hamlets, start=1)]
    med_rows.append(("", "Cộng toàn xã", *(_n(med.get(code, 0)) for code, _l in _MEDIATION)))
    widths = {"received": 11, "successful": 10, "unsuccessful": 11, "terminated": 11, "referred": 14, "in_progress": 14}
    blocks.append(Table(columns=(Column("STT", 7, "center"), Column("Thôn, tổ dân phố", 22),
                                 *(Column(label, widths[c], "center") for c, label in _MEDIATION)),
                        rows=tuple(med_rows)))
    sec = t["security"]
    blocks.append(Heading("IV. HỌP THÔN VÀ AN NINH, TRẬT TỰ"))
    blocks.append(Para(f"Trong kỳ, các thôn, tổ dân phố tổ chức {_n(t['meetings'])} cuộc họp; xảy ra {_n(sec['events'])} "
                       f"vụ, việc về an ninh, trật tự, đã giải quyết xong {_n(sec['resolved'])}. Cụ thể:"))
    sec_rows = [(str(i), _hamlet_name(h), _n(h["meetings"]), _n(h["security"]["events"]),
                 _n(h["security"]["resolved"]), _assessment_cell(h.get("assessment")))
                for i, h in enumerate(hamlets, start=1)]
    verdicts = t.get("assessment") or {"passed": 0, "failed": 0, "none": len(hamlets)}
    sec_rows.append(("", "Cộng toàn xã", _n(t["meetings"]), _n(sec["events"]), _n(sec["resolved"]),
                     f"{_n(verdicts['passed'])} đạt"))
    blocks.append(Table(columns=(Column("STT", 7, "center"), Column("Thôn, tổ dân phố", 27),
                                 Column("Cuộc họp đã tổ chức", 15, "center"), Column("Vụ, việc an ninh, trật tự", 17, "center"),
                                 Column("Đã giải quyết xong", 15, "center"),
                                 Column("Đánh giá “An toàn về an ninh, trật tự”", 19, "center")), rows=tuple(sec_rows)))
    blocks.append(Para(f"Kết quả đánh giá “An toàn về an ninh, trật tự” theo báo cáo mới nhất của các thôn, tổ dân phố: "
                       f"{_n(verdicts['passed'])} đạt, {_n(verdicts['failed'])} chưa đạt, "
                       f"{_n(verdicts['none'])} chưa có kết quả."))
    blocks.append(Heading("V. ĐỀ NGHỊ"))
    if missing:
        # One request per set of missing months: "Đề nghị thôn Bắc, thôn Bến gửi bổ sung số liệu tháng 10, 11 …".
        groups: dict[tuple[int, ...], list[str]] = {}
        for h in missing:
            groups.setdefault(tuple(h["missing_months"]), []).append(texts.in_text(h["name"]))
        for months, names in groups.items():
            blocks.append(Para(f"Đề nghị {', '.join(names)} gửi bổ sung số liệu tháng {_months(list(months))} "
                               f"năm {start.year} về Ủy ban nhân dân xã."))
    if late:
        blocks.append(Para("Đề nghị các thôn, tổ dân phố gửi số liệu đúng hạn quy định"
                           + (f" (chậm nhất ngày {figures['due_day']} của tháng sau)" if figures.get("due_day") else "")
                           + ": " + ", ".join(h["name"] for h in late) + "."))
    if not missing and not late:
        blocks.append(Para("Các thôn, tổ dân phố đã gửi đủ, đúng hạn số liệu của kỳ báo cáo."))
    recipients = tuple(line.format(province=_province(unit)) for line in text["recipients"])
    blocks.append(Signatures(signers=(Signer(text["signer"], signer, anchor=SIGNER),), recipients=recipients))
    when = period_subject(p["code"])
    return Document(kind=COMMUNE_REPORT, header=commune_header(unit, seq=number, on=date), title="BÁO CÁO",
                    subject="Tổng hợp số liệu các thôn, tổ dân phố " + when[:1].lower() + when[1:],
                    blocks=tuple(blocks), author=signer)
