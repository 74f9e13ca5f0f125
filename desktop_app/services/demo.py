"""Demo data: a realistic hamlet (≈ 450 households / 1,800 residents) or a commune as if 12 hamlets had
sent their data (≥ 10,000 households / 40,000 residents). Written in one transaction with bulk inserts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import UnitKind, slugify
from desktop_app.domain.vietnamese import fold
from desktop_app.services.demo_data import (
    DemoHousehold,
    generate_households,
    generate_mediation_cases,
    hamlet_names,
)
from desktop_app.services.register import household_number_key, resident_columns
from desktop_app.services.setup import own_unit
from desktop_app.storage.models import AuditEntry, Household, Profile, Resident, Unit, utcnow
from desktop_app.storage.uow import UnitOfWork

HAMLET_HOUSEHOLDS = 470  # × 3.83 people a household ≈ 1,800 residents
COMMUNE_HAMLETS = 12
COMMUNE_HOUSEHOLDS_PER_HAMLET = 900  # × 12 = 10,800 households, ≈ 41,400 residents (3.83 a household)


@dataclass(frozen=True)
class DemoResult:
    households: int
    residents: int
    units: list[str]
    mediation_cases: int = 0


def fill_demo(uow: UnitOfWork, *, scale: str, seed: int, force: bool, today: dt.date) -> DemoResult:
    assert uow.session is not None
    s = uow.session
    unit = own_unit(uow)
    if unit is None:
        raise ValidationError("not_initialised")
    existing = (s.scalar(select(func.count(Household.id)).where(Household.deleted_at.is_(None))) or 0) + (
        s.scalar(select(func.count(Resident.id)).where(Resident.deleted_at.is_(None))) or 0
    )
    if existing and not force:
        raise ValidationError("demo_not_empty", count=existing)
    if scale == "commune":
        if unit.kind is not UnitKind.COMMUNE:
            raise ValidationError("demo_scale_role")
        return _fill_commune(uow, seed=seed, today=today, commune_code=unit.commune_code, unit=unit)
    hh = generate_households(count=HAMLET_HOUSEHOLDS, seed=seed, today=today, hamlet_name=unit.name)
    n_res = _write_households(uow, unit.code, hh)
    cases = _fill_mediation(uow, unit.code, seed=seed, today=today)
    _fill_meetings(uow, unit.code, seed=seed, today=today)
    _fill_security(uow, unit.code, seed=seed, today=today)
    return DemoResult(len(hh), n_res, [unit.code], cases)


def _fill_commune(uow: UnitOfWork, *, seed: int, today: dt.date, commune_code: str, unit) -> DemoResult:  # noqa: ANN001
    s = uow.session
    assert s is not None
    names = hamlet_names(COMMUNE_HAMLETS, seed)
    total_h = total_r = total_c = 0
    codes = []
    for i, name in enumerate(names):
        code = f"{commune_code}-{slugify(fold(name))}"
        if s.get(Unit, code) is None:
            s.add(Unit(code=code, name=name, kind=UnitKind.HAMLET.value, province_code=unit.province_code,
                       province_name=unit.province_name, commune_code=commune_code,
                       commune_name=unit.commune_name, is_own=False))
            uow.audit("units", code, "create", {"name": [None, name], "source": [None, "demo"]})
        hh = generate_households(count=COMMUNE_HOUSEHOLDS_PER_HAMLET, seed=seed * 1000 + i, today=today,
                                hamlet_name=name)
        total_r += _write_households(uow, code, hh)
        total_h += len(hh)
        total_c += _fill_mediation(uow, code, seed=seed * 1000 + i, today=today)
        _fill_meetings(uow, code, seed=seed * 1000 + i, today=today)
        codes.append(code)
    return DemoResult(total_h, total_r, codes, total_c)


def _write_households(uow: UnitOfWork, unit_code: str, households: list[DemoHousehold]) -> int:
    """Bulk-insert generated households; numbers continue after the unit's highest, and an ID number
    already used in the unit is left empty rather than duplicated."""
    s = uow.session
    assert s is not None
    now = utcnow()
    numbers = list(s.scalars(select(Household.number).where(Household.unit_code == unit_code,
                                                            Household.deleted_at.is_(None))))
    start = max((household_number_key(n)[0][1] for n in numbers if n.isdigit()), default=0)
    used_ids = set(s.scalars(select(Resident.personal_id).where(
        Resident.unit_code == unit_code, Resident.personal_id.is_not(None), Resident.deleted_at.is_(None))))
    h_rows, r_rows, audit_rows = [], [], []
    meta = {"unit_code": unit_code, "created_at": now, "updated_at": now, "version": 1, "deleted_at": None}
    for i, demo in enumerate(households, start=1):
        hid = new_id()
        member_ids = [new_id() for _ in demo.members]
        h_rows.append({"id": hid, "number": str(start + i), "address": demo.address, "head_id": member_ids[0],
                       "note": None, **meta})
        for rid, person in zip(member_ids, demo.members):
            cols = resident_columns(person)
            if cols["personal_id"] in used_ids:
                cols["personal_id"] = None
            elif cols["personal_id"]:
                used_ids.add(cols["personal_id"])
            r_rows.append({"id": rid, "household_id": hid, "status": "present", "status_date": None, **cols,
                           **meta})
    for table, rows in (("households", h_rows), ("residents", r_rows)):
        audit_rows.extend({"at": now, "profile": uow.actor, "unit_code": unit_code, "record_type": table,
                           "record_id": row["id"], "action": "create", "changes": {"source": [None, "demo"]}}
                          for row in rows)
    s.execute(insert(Household), h_rows)
    s.execute(insert(Resident), r_rows)
    s.execute(insert(AuditEntry), audit_rows)
    return len(r_rows)


def _fill_mediation(uow: UnitOfWork, unit_code: str, *, seed: int, today: dt.date) -> int:
    """The unit's mediation team (five residents, two of them women) and this year's cases, written through the
    mediation services (numbered, versioned and audited as if typed). At commune scale the hamlets' cases are
    written as their own units'. The confidential case is marked so after its steps: the generator acts as
    nobody's mediator. Returns the number of cases."""
    from desktop_app.domain.mediation import AgreementInput, MemberRole, ObligationInput, Outcome, PartyInput
    from desktop_app.services import mediation

    s = uow.session
    assert s is not None
    people = list(s.execute(select(Resident.id, Resident.sex, Resident.birth_year).where(
        Resident.unit_code == unit_code, Resident.deleted_at.is_(None), Resident.birth_year.is_not(None),
        Resident.birth_year <= today.year - 30, Resident.birth_year >= today.year - 70).order_by(Resident.sort_key)))
    if len(people) < 10:
        return 0
    own_code = uow.unit_code
    uow.unit_code = unit_code
    try:
        team = mediation.create_team(uow, name="Tổ hòa giải", decision_number=f"{seed % 90 + 10}/QĐ-UBND",
                                     decision_date=dt.date(today.year - 2, 3, 15),
                                     term_from=dt.date(today.year - 2, 3, 15))
        import random

        picked = random.Random(seed).sample(people, len(people))  # not the first names in name order
        women = [p for p in picked if p.sex == "female"][:2]
        men = [p for p in picked if p.sex == "male"][:3]
        members = []
        for k, p in enumerate(men + women):
            members.append(mediation.add_member(
                uow, team_id=team.id, resident_id=p.id, role=MemberRole.LEADER if k == 0 else MemberRole.MEMBER,
                recognised_number=team.decision_number, recognised_on=team.decision_date, today=today).id)
        mediators = {p.id for p in men + women}
        parties_pool = [p.id for p in people if p.id not in mediators]
        plan = generate_mediation_cases(seed=seed, today=today, residents=len(parties_pool))
        common = {"viewer": None, "today": today}
        for k, c in enumerate(plan):
            parties = [PartyInput(resident_id=parties_pool[i]) for i in c.parties]
            if c.outsider:
                parties.append(PartyInput(c.outsider, birth_year=1970 + k % 20, address="Thôn bên"))
            v = mediation.create_case(uow, mediation.CaseInput(
                received_on=c.received_on, start_ground=c.start_ground, case_type=c.case_type, summary=c.summary,
                parties=parties, team_id=team.id, place="Nhà văn hóa thôn", urgent=c.urgent), **common)
            cid = v.row.id
            if c.path == "referred":
                mediation.refer_case(uow, cid, referred_to="Công an xã", referred_on=c.received_on,
                                     scope_ground="criminal", **common)
                continue
            if c.assigned_on is None:
                continue
            mediation.assign_mediators(uow, cid, mediators=[members[1 + k % 4]], assigned_on=c.assigned_on,
                                       **common)
            for day in c.sessions:
                mediation.record_session(uow, cid, held_on=day, place="Nhà văn hóa thôn",
                                         summary="Nghe các bên trình bày, phân tích tình, lý", **common)
            if c.path in ("performed", "not_yet"):
                content, duty = c.agreement
                mediation.close_case(uow, cid, outcome=Outcome.SUCCESSFUL, closed_on=c.closed_on,
                                     agreement=AgreementInput(c.closed_on, content, (
                                         ObligationInput(1, duty, "Tự thực hiện", c.deadline),
                                         ObligationInput(2, "Không tái diễn mâu thuẫn"))), **common)
                if c.checked_on:
                    mediation.record_follow_up(uow, cid, checked_on=c.checked_on, performed=True,
                                               note="Các bên đã thực hiện xong", **common)
            elif c.path in ("unsuccessful", "terminated"):
                mediation.close_case(uow, cid, outcome=Outcome(c.path), closed_on=c.closed_on,
                                     reason="Các bên không thống nhất được" if c.path == "unsuccessful"
                                     else "Một bên yêu cầu chấm dứt hòa giải", **common)
            if c.confidential:
                uow.update(mediation.get_case_row(uow, cid), {"confidential": True})
        return len(plan)
    finally:
        uow.unit_code = own_code


def _fill_meetings(uow: UnitOfWork, unit_code: str, *, seed: int, today: dt.date) -> int:
    """A year of meetings written through the meetings services: the party cell (twenty members, two of them
    probationary, one exempt, one attached elsewhere) meets monthly with a thematic meeting each quarter, the
    hamlet holds its year-end meeting; each meeting reviews the previous one's tasks (most done, some carried
    over, a few dropped) and assigns new ones. Every date is today or earlier. At commune scale each hamlet's
    meetings are written as that hamlet's (its unit code), chaired by a resident as its head. Returns the number
    of meetings."""
    own_code = uow.unit_code
    uow.unit_code = unit_code
    try:
        return _write_meetings(uow, unit_code, seed=seed, today=today, own=unit_code == own_code)
    finally:
        uow.unit_code = own_code


def _write_meetings(uow: UnitOfWork, unit_code: str, *, seed: int, today: dt.date, own: bool) -> int:
    import random

    from desktop_app.domain.units import Role
    from desktop_app.services import meetings
    from desktop_app.services.views import ProfileInfo

    s = uow.session
    assert s is not None
    rng = random.Random(f"meetings-{seed}")
    people = list(s.execute(select(Resident.id, Resident.full_name, Resident.birth_year).where(
        Resident.unit_code == unit_code, Resident.deleted_at.is_(None), Resident.birth_year.is_not(None),
        Resident.birth_year <= today.year - 28, Resident.birth_year >= today.year - 80).order_by(Resident.sort_key)))
    if len(people) < 30:
        return 0
    party = ProfileInfo(id="demo", name="demo", display_name="demo", role=Role.PARTY_SECRETARY, phone=None)
    picked = rng.sample(people, 20)
    members = []
    for k, p in enumerate(picked):
        membership = "probationary" if k >= 18 else "full"
        standing = {16: "exempt", 17: "attached_elsewhere"}.get(k, "active")
        admitted = dt.date(max(p.birth_year + 22, 1975), 1 + k % 12, 3) if k < 18 else today - dt.timedelta(days=200)
        members.append(meetings.add_member(
            uow, viewer=party, resident_id=p.id, membership=membership, standing=standing, admitted_on=admitted,
            official_on=admitted.replace(year=admitted.year + 1) if k < 18 else None,
            cell_role={0: "secretary", 1: "deputy_secretary"}.get(k)))
    chair, recorder = members[0], members[1]
    active = [m for m in members if m.standing.value == "active"]
    tasks_pool = ("Vận động nhân dân phân loại rác thải tại nguồn", "Rà soát danh sách hộ nghèo, hộ cận nghèo",
                  "Nắm tình hình an ninh, trật tự ở xóm phụ trách", "Vận động đóng góp quỹ khuyến học",
                  "Đôn đốc thu thuế sử dụng đất phi nông nghiệp", "Chuẩn bị nội dung hội nghị thôn cuối năm",
                  "Thăm hỏi gia đình chính sách dịp lễ", "Tuyên truyền đăng ký nghĩa vụ quân sự")
    themes = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Công tác phát triển đảng viên",
              "Xây dựng nông thôn mới kiểu mẫu", "Công tác bảo đảm an ninh, trật tự ở cơ sở")
    count = 0
    plan: list[tuple[dt.date, str]] = []
    for back in range(11, -1, -1):
        y, m = today.year, today.month - back
        while m <= 0:
            y, m = y - 1, m + 12
        plan.append((dt.date(y, m, 5), "party_cell_regular"))
        if m % 3 == 0:
            plan.append((dt.date(y, m, 20), "party_cell_thematic"))
    plan = [(d, k) for d, k in plan if d <= today]
    for on, kind in plan:
        absent = rng.sample(active, rng.randint(0, 3))
        attendance = []
        for m in active:
            if m in absent:
                status = rng.choice(["absent_with_reason", "absent_without_reason"])
                reason = rng.choice(["ốm", "đi làm ăn xa", "việc gia đình"])  # drawn always: the same demo
                attendance.append(meetings.AttendanceInput(
                    status, member_id=m.id, reason=reason if status == "absent_with_reason" else None))
            else:
                attendance.append(meetings.AttendanceInput("present", member_id=m.id))
        full_present = sum(1 for m in active if m not in absent and m.membership.value == "full")
        against = rng.randint(0, 1)
        pending = meetings.open_tasks(uow, viewer=party, body=meetings.Body.PARTY_CELL, before=on)
        reviews = [(t.id, rng.choices(["done", "carried_over", "dropped"], [6, 3, 1])[0], None) for t in pending]
        month = f"tháng {on.month} năm {on.year}"
        theme = themes[(on.month // 3) % len(themes)]
        meetings.create_meeting(uow, meetings.MeetingInput(
            kind=kind, date=on, chair=chair.full_name, chair_title="Bí thư chi bộ", secretary=recorder.full_name,
            start=dt.time(8, 0), end=dt.time(10, 30), place="Nhà văn hóa thôn", attendance=attendance,
            guests=["Đồng chí Đảng ủy viên phụ trách địa bàn"] if on.month % 2 else [],
            title=f"sinh hoạt chi bộ chuyên đề {month}: {theme}" if kind == "party_cell_thematic" else None,
            speeches=[(rng.choice(active).full_name, text) for text in (
                "Nhất trí với báo cáo của chi ủy; đề nghị phân công cụ thể từng đảng viên phụ trách xóm.",
                "Đề nghị quan tâm hơn đến các hộ khó khăn khi vận động đóng góp.")],
            votes=[meetings.VoteInput(f"Nghị quyết {'chuyên đề' if kind == 'party_cell_thematic' else 'lãnh đạo'}"
                                      f" {month}", full_present - against, against, 0, True)],
            resolution=f"Chi bộ thống nhất lãnh đạo thực hiện các nhiệm vụ {month}." + (
                " Ban hành Nghị quyết lãnh đạo phong trào toàn dân bảo vệ an ninh Tổ quốc, xây dựng thôn an toàn"
                f" về an ninh, trật tự năm {on.year}." if on.month == 1 and kind == "party_cell_regular" else ""),
            conclusion="Chi bộ thống nhất các nhiệm vụ như báo cáo và phân công như sau.",
            grade=rng.choices(["good", "fair"], [3, 1])[0],
            tasks=[meetings.TaskInput(text, owner_member_id=rng.choice(active).id,
                                      deadline=on + dt.timedelta(days=25)) for text in rng.sample(tasks_pool, 2)],
            task_reviews=reviews), viewer=party, today=today)
        count += 1
    # the hamlet's year-end meeting (the last one held)
    year_end = dt.date(today.year, 12, 20) if today >= dt.date(today.year, 12, 20) else dt.date(today.year - 1, 12, 20)
    households = list(s.execute(select(Household.id, Household.head_id).where(
        Household.unit_code == unit_code, Household.deleted_at.is_(None))))
    present = [h for h in households if rng.random() < 0.72]
    came = {h.id for h in present}
    excused = [h for h in households if h.id not in came and rng.random() < 0.3]
    came |= {h.id for h in excused}
    heads = [h.head_id for h in present if h.head_id]
    # The head chairs it: the name the head's profile prints (and signs the minutes with); a hamlet of a
    # commune's demo has no profile here, and a resident is its head.
    head = s.scalar(select(Profile.display_name).where(Profile.role == Role.HAMLET_HEAD.value,
                                                       Profile.deleted_at.is_(None)).order_by(Profile.created_at)) \
        if own else None
    head = head or people[0].full_name
    meetings.create_meeting(uow, meetings.MeetingInput(
        kind="hamlet_meeting", date=year_end, chair=head, chair_title="Trưởng thôn",
        secretary=people[3].full_name, start=dt.time(19, 30), end=dt.time(21, 45), place="Nhà văn hóa thôn",
        attendance=[meetings.AttendanceInput("present", household_id=h.id) for h in present]
        + [meetings.AttendanceInput("absent_with_reason", household_id=h.id,
                                    reason=rng.choice(["ốm", "đi làm ăn xa", "có việc gia đình"])) for h in excused]
        + [meetings.AttendanceInput("absent_without_reason", household_id=h.id) for h in households
           if h.id not in came],
        guests=["Đại diện UBND xã"],
        speeches=[(head, f"Báo cáo kết quả năm {year_end.year} và phương hướng năm {year_end.year + 1}."),
                  (people[5].full_name, "Đề nghị bổ sung rãnh thoát nước dọc tuyến đường liên xóm.")],
        votes=[meetings.VoteInput("Chủ trương làm đường bê tông liên xóm và mức đóng góp", len(present) - 12, 8, 4),
               meetings.VoteInput("Mức thu phí thu gom rác thải 20.000 đồng một hộ một tháng", len(present) - 5, 5)],
        conclusion="Hội nghị thống nhất các nội dung đã biểu quyết.",
        tasks=[meetings.TaskInput("Lập danh sách hộ đóng góp làm đường, công khai tại nhà văn hóa",
                                  owner_resident_id=heads[0], deadline=year_end + dt.timedelta(days=30))]),
        viewer=None, today=today)
    return count + 1


_DEMO_EVENTS = (  # (type, severity, place, description, reported to the police)
    ("crime", "less_serious", "Đường trục thôn", "Trộm cắp xe máy dựng trước cổng nhà", True),
    ("traffic_accident", "ordinary", "Ngã ba đầu thôn", "Va chạm giữa hai xe máy, một người bị thương nhẹ", True),
    ("dispute", "ordinary", "Xóm 2", "Mâu thuẫn giữa hai hộ liền kề về lối đi chung", False),
    ("gambling", "ordinary", "Lán trại ven đồng", "Tụ tập đánh bạc dưới hình thức đánh bài ăn tiền", True),
    ("fire_explosion", "ordinary", "Xóm 3", "Chập điện gây cháy bếp, đã dập tắt kịp thời", False),
    ("administrative_violation", "ordinary", "Nhà văn hóa thôn", "Gây mất trật tự công cộng sau 22 giờ", True),
    ("drugs", "serious", "Bãi sông cuối thôn", "Phát hiện nhóm thanh niên nghi sử dụng trái phép chất ma túy", True),
)


def _fill_security(uow: UnitOfWork, unit_code: str, *, seed: int, today: dt.date) -> int:
    """Last year's and this year's security-order events and movement activities, written through the security
    services (versioned and audited as if typed): fewer crimes this year than last, the households' registration
    in quarter I, propaganda sessions, a self-governing model and a hot spot transformed; a dispute linked to a
    mediation case when there is one. Returns the number of events."""
    import random

    from desktop_app.domain.security import ActivityInput, EventInput, PersonInput, PersonRole
    from desktop_app.services import security
    from desktop_app.storage.models import MediationCase

    s = uow.session
    assert s is not None
    rnd = random.Random(seed * 7 + 3)
    residents = list(s.scalars(select(Resident.id).where(
        Resident.unit_code == unit_code, Resident.deleted_at.is_(None), Resident.status == "present",
        Resident.birth_year.is_not(None), Resident.birth_year <= today.year - 18).order_by(Resident.sort_key)))
    if not residents:
        return 0
    case_id = s.scalar(select(MediationCase.id).where(MediationCase.unit_code == unit_code).limit(1))
    households = s.scalar(select(func.count(Household.id)).where(Household.unit_code == unit_code,
                                                                Household.deleted_at.is_(None))) or 0
    own_code = uow.unit_code
    uow.unit_code = unit_code
    now = dt.datetime.combine(today, dt.time(23, 59), VN_TZ)
    count = 0
    try:
        for year, n in ((today.year - 1, 7), (today.year, 5)):
            for k in range(n):
                kind, severity, place, text, reported = _DEMO_EVENTS[(k + year) % len(_DEMO_EVENTS)]
                if year == today.year and kind in ("crime", "drugs", "gambling") and k % 2:
                    kind, severity, place, text, reported = _DEMO_EVENTS[1]  # this year: crime kept down
                month = 1 + (k * 11 // n + rnd.randrange(2)) % 12
                at = dt.datetime(year, month, rnd.randint(1, 28), rnd.choice((8, 14, 19, 21)), 0, tzinfo=VN_TZ)
                if at > now:
                    continue
                people = (PersonInput(resident_id=rnd.choice(residents), role=PersonRole.VICTIM),)
                if kind == "traffic_accident":
                    people += (PersonInput("Người đi đường", role=PersonRole.INVOLVED, address="Xã bên"),)
                security.record_event(uow, EventInput(
                    occurred_at=at, ended_at=at + dt.timedelta(minutes=40), place=place, type=kind,
                    severity=severity, description=text, status="resolved" if at < now - dt.timedelta(days=30)
                    else "open", people=people,
                    reported_at=at + dt.timedelta(minutes=20) if reported else None,
                    reported_to="Công an xã" if reported else None,
                    responding_force="Tổ bảo vệ an ninh, trật tự ở cơ sở",
                    response="Có mặt tại hiện trường, giữ nguyên hiện trường, báo Công an xã" if reported
                    else "Nhắc nhở, vận động các bên", result="Đã ổn định" if at < now - dt.timedelta(days=30)
                    else None, mediation_case_id=case_id if kind == "dispute" else None), now=now)
                count += 1
            acts = [ActivityInput("movement_registration", dt.date(year, 2, 20), "Đăng ký phấn đấu đạt chuẩn",
                                  households),
                    ActivityInput("propaganda_session", dt.date(year, 3, 15), "Phòng, chống ma túy trong thanh niên",
                                  rnd.randint(60, 140)),
                    ActivityInput("propaganda_session", dt.date(year, 6, 10),
                                  "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", rnd.randint(50, 120)),
                    ActivityInput("materials_distributed", dt.date(year, 6, 10), "Sổ tay phòng, chống lừa đảo qua mạng",
                                  rnd.randint(150, 400)),
                    ActivityInput("tip_to_police", dt.date(year, 8, 5), quantity=rnd.randint(1, 4)),
                    ActivityInput("propaganda_session", dt.date(year, 10, 12), "Phòng cháy, chữa cháy trong khu dân cư",
                                  rnd.randint(60, 130))]
            if year == today.year - 1:
                acts += [ActivityInput("self_governing_model", dt.date(year, 4, 1), "Dòng họ tự quản về an ninh, trật tự",
                                       model_type="clan", status="effective"),
                         ActivityInput("self_governing_model", dt.date(year, 5, 1), "Tổ liên gia tự quản xóm 2",
                                       model_type="self_managed_group", status="active"),
                         ActivityInput("hot_spot", dt.date(year, 1, 15), "Bãi sông cuối thôn", transformed=True,
                                       transformed_on=dt.date(year + 1, 3, 30) if dt.date(year + 1, 3, 30) <= today
                                       else None),
                         ActivityInput("wanted_person_surrendered", dt.date(year, 9, 9), quantity=1)]
            for a in acts:
                if a.held_on <= today:
                    security.record_activity(uow, a, today=today)
        return count
    finally:
        uow.unit_code = own_code
