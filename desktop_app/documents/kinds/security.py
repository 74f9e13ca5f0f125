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


def _n(value: int | float | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{value:,}".replace(",", ".")


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
