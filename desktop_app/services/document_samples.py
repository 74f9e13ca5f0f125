"""Realistic sample meetings built from a unit's own register, for the specimens.

Used when no meeting of the body is recorded (a recorded meeting's minutes are made from it): the minutes
specimens then describe a plausible year-end hamlet meeting and a monthly party cell meeting, with the unit's real household
heads as attendees and speakers. The choice is deterministic (seeded by the unit's code), so the same
data directory always gives the same specimens.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from desktop_app.documents.kinds import Absence, Attendee, HamletMeeting, PartyCellMeeting, Speech, Vote
from desktop_app.documents.kinds.common import household_number_key
from desktop_app.domain.people import Sex
from desktop_app.services.views import HouseholdView, ResidentView


def _rng(unit_code: str) -> random.Random:
    return random.Random(f"sothon-sample-{unit_code}")


def _adults(residents: Sequence[ResidentView], on: dt.date, low: int, high: int) -> list[ResidentView]:
    return [r for r in residents if r.birth_date and low <= r.birth_date.age_on(on) <= high]


def _honorific(r: ResidentView) -> str:
    return ("Ông " if r.sex is Sex.MALE else "Bà ") + r.full_name


def sample_hamlet_meeting(*, unit_code: str, unit_name: str, households: Sequence[HouseholdView],
                          residents: Sequence[ResidentView], chair: str, on: dt.date) -> HamletMeeting:
    rng = _rng(unit_code)
    ordered = sorted(households, key=lambda h: household_number_key(h.number))
    by_id = {r.id: r for r in residents}
    present = [h for h in ordered if rng.random() < 0.64]
    attendees = tuple(Attendee(h.number, h.head_name or "") for h in present if h.head_name)
    heads = [by_id[h.head_id] for h in present if h.head_id in by_id]
    women = [r for r in _adults(heads, on, 25, 55) if r.sex is Sex.FEMALE] or heads
    secretary = women[0].full_name if women else "……"
    speakers = [r for r in heads if r.full_name not in (secretary, chair)][:40]
    rng.shuffle(speakers)
    s = (speakers + [None] * 4)[:4]
    name = lambda r: _honorific(r) if r else "Một hộ dân"  # noqa: E731
    total = len(ordered)
    # A year-end meeting (from October) reports on the year it closes and plans the next one; earlier in the
    # year it reports on the year before. Deadlines fall after the meeting, never before it.
    last = on.year if on.month >= 10 else on.year - 1
    plan = last + 1
    deadline = (on + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    return HamletMeeting(
        date=on,
        start=dt.time(19, 30),
        end=dt.time(21, 45),
        place="Nhà văn hóa thôn",
        chair=chair,
        chair_title="Trưởng thôn",
        secretary=secretary,
        households_total=total,
        attendees=attendees,
        guests=("Ông Lê Văn Hùng, Phó Chủ tịch UBND xã", "Bà Phạm Thị Lan, công chức Tư pháp - Hộ tịch xã"),
        agenda=(
            f"Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm an ninh, trật tự năm {last} "
            f"và phương hướng, nhiệm vụ năm {plan}.",
            "Bàn và quyết định chủ trương, mức đóng góp xây dựng tuyến đường bê tông liên xóm 3 - xóm 5 "
            "(dài 850 m, rộng 3,5 m).",
            f"Bàn và quyết định mức thu phí thu gom rác thải sinh hoạt năm {plan}.",
        ),
        proceedings=(
            Speech(f"Ông {chair}, trưởng thôn",
                   f"Báo cáo kết quả năm {last}: thôn có {total} hộ gia đình; 100% hộ đăng ký và thực hiện phong "
                   "trào “Toàn dân bảo vệ an ninh Tổ quốc”; không có trọng án; Tổ hòa giải ở cơ sở tiếp nhận 6 vụ "
                   "việc, hòa giải thành 5 vụ. Đường làng, ngõ xóm được bê tông hóa thêm 1,2 km; tỷ lệ hộ thu gom "
                   "rác thải đạt 92%. Tồn tại: còn một số hộ chưa phân loại rác tại nguồn; tuyến đường liên xóm "
                   "3 - xóm 5 xuống cấp, mùa mưa đi lại khó khăn."),
            Speech(f"Ông {chair}, trưởng thôn",
                   "Trình bày phương án xây dựng tuyến đường bê tông liên xóm 3 - xóm 5: tổng kinh phí dự kiến "
                   "1.275.000.000 đồng, trong đó ngân sách xã hỗ trợ 60%, nhân dân đóng góp 40%; mức đóng góp "
                   "bình quân 1.100.000 đồng một hộ, chia làm hai đợt; hộ nghèo, hộ chính sách được miễn; hộ cận "
                   "nghèo được giảm một nửa. Ban giám sát đầu tư của cộng đồng do hội nghị cử để theo dõi thi công."),
            Speech(name(s[0]), "Nhất trí với báo cáo. Đề nghị công khai danh sách hộ đóng góp và tiến độ thi "
                               "công tại nhà văn hóa thôn, để bà con cùng theo dõi."),
            Speech(name(s[1]), "Đồng ý mức đóng góp, nhưng đề nghị cho các hộ khó khăn được nộp làm ba đợt thay "
                               "vì hai đợt, và ưu tiên thuê lao động tại địa phương."),
            Speech(name(s[2]), "Đề nghị bổ sung hệ thống rãnh thoát nước dọc tuyến đường; đoạn qua xóm 5 "
                               "thường bị ngập khi mưa lớn."),
            Speech(name(s[3]), "Nhất trí mức thu phí rác thải 20.000 đồng một hộ một tháng; đề nghị tăng số "
                               "lần thu gom lên ba lần một tuần."),
            Speech(f"Ông {chair}, trưởng thôn",
                   "Tiếp thu các ý kiến: đề nghị UBND xã bổ sung rãnh thoát nước vào thiết kế; cho phép hộ khó "
                   "khăn đóng góp làm ba đợt; công khai danh sách đóng góp hằng tháng tại nhà văn hóa thôn."),
        ),
        votes=(
            Vote("Chủ trương xây dựng tuyến đường bê tông liên xóm 3 - xóm 5 và mức đóng góp bình quân "
                 "1.100.000 đồng một hộ (hộ nghèo, hộ chính sách được miễn; hộ cận nghèo giảm một nửa).",
                 in_favour=max(len(attendees) - 14, 0), against=9, abstain=5),
            Vote(f"Mức thu phí thu gom rác thải sinh hoạt năm {plan}: 20.000 đồng một hộ một tháng.",
                 in_favour=max(len(attendees) - 6, 0), against=6),
        ),
        conclusion=("Hội nghị thống nhất thông qua chủ trương xây dựng tuyến đường bê tông liên xóm 3 - xóm 5 "
                    "và mức thu phí thu gom rác thải sinh hoạt như trên. Giao Ban công tác Mặt trận thôn "
                    "phối hợp với trưởng thôn lập danh sách đóng góp, công khai tại nhà văn hóa thôn trước "
                    f"ngày {deadline}; Ban giám sát đầu tư của cộng đồng theo dõi, báo cáo tại hội nghị "
                    "thôn giữa năm."),
    )


def sample_party_members(*, unit_code: str, residents: Sequence[ResidentView],
                         on: dt.date) -> tuple[list[str], list[str]]:
    """The names of the sample party cell's (full, probationary) members, as ``sample_party_cell_meeting``
    draws them (for the specimen of the cell's invitation)."""
    rng = _rng(unit_code + "-party")
    pool = sorted(_adults(residents, on, 28, 78), key=lambda r: r.id)
    members = rng.sample(pool, min(len(pool), 26))
    return [r.full_name for r in members[:24]], [r.full_name for r in members[24:]]


def sample_party_cell_meeting(*, unit_code: str, unit_name: str, residents: Sequence[ResidentView],
                              on: dt.date, party_secretary: str | None = None) -> PartyCellMeeting:
    """``party_secretary``: the party cell secretary, who chairs and signs "T/M CHI BỘ" (the signing profile)."""
    rng = _rng(unit_code + "-party")
    pool = sorted(_adults(residents, on, 28, 78), key=lambda r: r.id)
    members = rng.sample(pool, min(len(pool), 26))
    full, probationary = members[:24], members[24:]
    chair = party_secretary or "……"
    secretary = full[1].full_name if len(full) > 1 else "……"
    absent = full[-3:] if len(full) >= 6 else []
    absences = (
        tuple(Absence(r.full_name, True, reason)
              for r, reason in zip(absent[:2], ("ốm", "đi công tác"), strict=False))
        + tuple(Absence(r.full_name, False) for r in absent[2:])
    )
    speakers = full[2:6]
    month = f"tháng {on.month} năm {on.year}"
    n_full = len(full)
    present = len(members) - len(absences)
    in_favour = max(n_full - len(absences) - 1, 0)
    return PartyCellMeeting(
        date=on,
        start=dt.time(8, 0),
        end=dt.time(10, 30),
        place="Nhà văn hóa thôn",
        meeting_name=f"sinh hoạt chi bộ thường kỳ {month}",
        chair=chair,
        chair_title="Bí thư chi bộ",
        secretary=secretary,
        full_members=n_full,
        probationary_members=len(probationary),
        present=present,
        absences=absences,
        not_counted=0,
        guests=("Đồng chí Nguyễn Văn Thắng, Đảng ủy viên, phụ trách địa bàn",),
        agenda=(
            "Khai mạc, giới thiệu đại biểu; cử thư ký; kiểm tra số lượng đảng viên dự sinh hoạt.",
            "Thông qua chương trình sinh hoạt.",
            f"Đánh giá tình hình, kết quả thực hiện nhiệm vụ tháng trước; nhiệm vụ {month}.",
            "Thông tin, phổ biến văn bản của cấp trên.",
            "Thảo luận, kết luận và phân công nhiệm vụ.",
            "Biểu quyết thông qua nghị quyết; đánh giá chất lượng buổi sinh hoạt.",
        ),
        reports=(
            "Trong tháng, chi bộ lãnh đạo hoàn thành việc thu thuế sử dụng đất phi nông nghiệp đạt 96%; vận "
            "động nhân dân hiến 320 m² đất mở rộng đường liên xóm; tình hình an ninh, trật tự ổn định, không "
            "có vụ việc phức tạp. Tổ hòa giải ở cơ sở hòa giải thành một vụ tranh chấp ranh giới đất giữa hai hộ "
            "ở xóm 2.",
            f"Nhiệm vụ {month}: tổ chức hội nghị thôn bàn chủ trương làm đường bê tông liên xóm 3 - xóm 5; "
            "rà soát danh sách hộ nghèo, hộ cận nghèo; chuẩn bị đăng ký nghĩa vụ quân sự cho thanh niên đủ 17 "
            "tuổi; vận động phân loại rác thải tại nguồn.",
        ),
        opinions=tuple(Speech(r.full_name, text) for r, text in zip(speakers, (
            "Nhất trí với báo cáo. Đề nghị chi bộ phân công đảng viên phụ trách từng xóm vận động nhân dân "
            "đóng góp làm đường, trước hết đảng viên phải gương mẫu.",
            "Cần quan tâm hơn đến các hộ cận nghèo khi xây dựng mức đóng góp; đề nghị miễn giảm hợp lý.",
            "Đề nghị đưa nội dung phân loại rác tại nguồn vào tiêu chí đánh giá đảng viên cuối năm.",
            "Thanh niên trong độ tuổi nghĩa vụ quân sự cần được tuyên truyền sớm; đề nghị phối hợp với Chi đoàn "
            "thanh niên tổ chức buổi nói chuyện.",
        ), strict=False)),
        conclusions=(
            f"Chi bộ thống nhất các nhiệm vụ {month} như báo cáo. Phân công: đồng chí Bí thư chỉ đạo chung; "
            "mỗi đồng chí chi ủy viên phụ trách hai xóm vận động nhân dân đóng góp xây dựng đường; Chi hội "
            "Phụ nữ và Chi đoàn thanh niên vận động phân loại rác tại nguồn, hoàn thành trước ngày 28 hằng tháng.",
        ),
        resolution=Vote(f"Nghị quyết lãnh đạo thực hiện nhiệm vụ {month}.", in_favour=in_favour, against=1),
        grade="Tốt",
    )
