"""Mediation on a real SQLite file: teams, a case from intake to follow-up, refusals that save nothing,
confidentiality and the period statistics."""

import datetime as dt
import sqlite3

import pytest

from desktop_app.domain.errors import AuthError, SothonError
from desktop_app.domain.mediation import (
    AgreementInput,
    CaseStatus,
    MemberRole,
    ObligationInput,
    Outcome,
    PartyInput,
    PartyKind,
    Performance,
    Period,
)
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.domain.units import Role
from desktop_app.services import mediation, profiles, register
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 12, 7)
TABLES = ("mediation_teams", "mediation_members", "mediation_cases", "mediation_parties", "mediation_assignments",
          "mediation_sessions", "mediation_agreements", "mediation_obligations", "mediation_follow_ups", "audit_log")


def _household(app, number, name, sex, year):
    with app.uow() as uow:
        h = register.add_household(uow, number=number, address=f"Xóm {number}, Thôn Đông",
                                   head=ResidentInput(full_name=name, birth_date=BirthDate(year), sex=sex))
        uow.commit()
    return h.head_id


@pytest.fixture
def team(hamlet):
    """Thôn Đông's team: a leader (a resident, with the head's profile), two more mediators (one a woman,
    one an outsider), and two residents in a dispute."""
    leader = _household(hamlet, "1", "Trần Văn Tổ", Sex.MALE, 1960)
    woman = _household(hamlet, "2", "Lê Thị Hòa", Sex.FEMALE, 1970)
    a = _household(hamlet, "3", "Phạm Văn Bình", Sex.MALE, 1975)
    b = _household(hamlet, "4", "Hoàng Thị Lan", Sex.FEMALE, 1980)
    with hamlet.uow() as uow:
        t = mediation.create_team(uow, name="Tổ hòa giải thôn Đông", decision_number="15/QĐ-UBND",
                                  decision_date=dt.date(2024, 1, 10), term_from=dt.date(2024, 1, 10))
        lead = mediation.add_member(uow, team_id=t.id, role=MemberRole.LEADER, resident_id=leader,
                                    profile_id=hamlet.profile.id, today=TODAY)
        hoa = mediation.add_member(uow, team_id=t.id, resident_id=woman, today=TODAY)
        out = mediation.add_member(uow, team_id=t.id, full_name="nguyễn văn khách", sex="male", birth_year=1958,
                                   address="Thôn Tây", today=TODAY)
        uow.commit()
    return {"team": t.id, "leader": lead.id, "hoa": hoa.id, "outsider": out.id, "a": a, "b": b,
            "hoa_resident": woman}


def _case(app, team, **kw):
    data = mediation.CaseInput(
        received_on=kw.pop("received_on", dt.date(2026, 11, 2)), start_ground="party_request",
        case_type=kw.pop("case_type", "shared_path"), summary="Tranh chấp lối đi chung giữa hai hộ",
        parties=kw.pop("parties", [PartyInput(resident_id=team["a"], position="Đòi mở lối đi"),
                                   PartyInput(resident_id=team["b"]),
                                   PartyInput("Phạm Thị Có", kind=PartyKind.INTERESTED, birth_year=1990)]),
        **kw)
    with app.uow() as uow:
        v = mediation.create_case(uow, data, viewer=app.profile, today=TODAY)
        uow.commit()
    return v


def _step(app, fn, case_id, **kw):
    with app.uow() as uow:
        v = fn(uow, case_id, viewer=kw.pop("viewer", app.profile), today=TODAY, **kw)
        uow.commit()
    return v


def _tables(app) -> dict:
    conn = sqlite3.connect(app.db_path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def _agreement(on=dt.date(2026, 11, 10)):
    return AgreementInput(agreed_on=on, content="Hộ ông Bình lùi hàng rào 0,5 m; hai hộ dùng chung lối đi.",
                          obligations=(ObligationInput(1, "Lùi hàng rào 0,5 m", "Tự tháo dỡ", dt.date(2026, 11, 30)),
                                       ObligationInput(2, "Không đổ vật liệu trên lối đi")))


def test_a_team_takes_its_members_from_the_register_and_warns_when_it_breaks_the_law(hamlet, team):
    with hamlet.uow() as uow:
        t = mediation.get_team(uow, team["team"])
    assert [m.full_name for m in t.members] == ["Trần Văn Tổ", "Lê Thị Hòa", "Nguyễn Văn Khách"]
    assert t.members[0].role is MemberRole.LEADER and t.members[1].sex == "female"
    assert t.members[1].address == "Xóm 2, Thôn Đông" and t.members[2].resident_id is None
    assert t.warnings == []
    with hamlet.uow() as uow:
        mediation.member_leaves(uow, member_id=team["hoa"], on=dt.date(2026, 6, 1))
        uow.commit()
        assert mediation.get_team(uow, team["team"]).warnings == ["team_too_few_members", "team_no_woman"]


def test_a_case_goes_from_intake_to_a_performed_agreement_versioned_and_audited(hamlet, team):
    v = _case(hamlet, team)
    assert (v.row.number, v.row.status, v.row.type_group) == ("01/2026", CaseStatus.RECEIVED, "conflict")
    assert [p.full_name for p in v.parties] == ["Phạm Văn Bình", "Hoàng Thị Lan", "Phạm Thị Có"]
    assert v.parties[0].address == "Xóm 3, Thôn Đông"
    assert v.allowed_steps == ["assign", "refer", "escalate"]
    v = _step(hamlet, mediation.assign_mediators, v.row.id, mediators=[team["hoa"]], assigned_on=dt.date(2026, 11, 3))
    assert v.row.status is CaseStatus.ASSIGNED
    v = _step(hamlet, mediation.record_session, v.row.id, held_on=dt.date(2026, 11, 5), place="Nhà văn hóa thôn",
              participants=["Phạm Văn Bình", "Hoàng Thị Lan"], summary="Hai bên trình bày")
    assert v.row.status is CaseStatus.IN_PROGRESS and v.row.overdue == []
    v = _step(hamlet, mediation.close_case, v.row.id, outcome=Outcome.SUCCESSFUL, closed_on=dt.date(2026, 11, 10),
              agreement=_agreement())
    assert v.row.status is CaseStatus.SUCCESSFUL and v.row.performance is Performance.NOT_YET
    assert [(o.party_position, o.deadline) for o in v.agreement.obligations] == [(1, dt.date(2026, 11, 30)), (2, None)]
    assert v.row.overdue == ["deadline_passed"]  # 30/11 passed, nobody checked
    v = _step(hamlet, mediation.record_follow_up, v.row.id, checked_on=dt.date(2026, 12, 1), performed=True,
              note="Đã lùi hàng rào")
    assert v.row.performance is Performance.PERFORMED and v.row.overdue == [] and v.allowed_steps == []
    assert [e["kind"] for e in v.timeline] == ["received", "assigned", "session", "successful", "performed"]
    with hamlet.uow() as uow:
        history = uow.history(v.row.id)
    assert [h.action for h in history] == ["create", "assign", "session", "close", "follow_up"]
    assert history[1].changes["status"] == ["received", "assigned"]
    assert v.row.version == 5


def test_numbers_run_per_year(hamlet, team):
    numbers = [_case(hamlet, team, received_on=d).row.number
               for d in (dt.date(2025, 12, 30), dt.date(2026, 1, 2), dt.date(2026, 1, 3))]
    assert numbers == ["01/2025", "01/2026", "02/2026"]


@pytest.mark.parametrize(("call", "code"), [
    (lambda app, t, c: mediation.close_case(app, c, outcome=None, closed_on=TODAY, viewer=None),
     "mediation_outcome_required"),
    (lambda app, t, c: mediation.record_session(app, c, held_on=dt.date(2026, 10, 1), viewer=None),
     "mediation_transition_refused"),
    (lambda app, t, c: mediation.assign_mediators(app, c, mediators=["no-such-member"],
                                                  assigned_on=dt.date(2026, 11, 3), viewer=None),
     "mediation_mediator_not_in_team"),
    (lambda app, t, c: mediation.assign_mediators(app, c, mediators=[t["hoa"]], assigned_on=dt.date(2026, 11, 1),
                                                  viewer=None),
     "mediation_date_order"),
    (lambda app, t, c: mediation.refer_case(app, c, referred_to=" ", referred_on=dt.date(2026, 11, 3), viewer=None),
     "mediation_field_required"),
])
def test_a_refused_step_saves_nothing(hamlet, team, call, code):
    case_id = _case(hamlet, team).row.id
    before = _tables(hamlet)
    with hamlet.uow() as uow, pytest.raises(SothonError) as exc:
        call(uow, team, case_id)
        uow.commit()
    assert exc.value.code == code
    assert _tables(hamlet) == before


def test_a_mediator_who_is_a_party_is_refused_and_nothing_is_saved(hamlet, team):
    parties = [PartyInput(resident_id=team["hoa_resident"]), PartyInput(resident_id=team["b"])]
    case_id = _case(hamlet, team, parties=parties).row.id
    before = _tables(hamlet)
    with hamlet.uow() as uow, pytest.raises(SothonError, match="mediation_mediator_is_party"):
        mediation.assign_mediators(uow, case_id, mediators=[team["hoa"]], assigned_on=dt.date(2026, 11, 3),
                                   viewer=hamlet.profile, today=TODAY)
    assert _tables(hamlet) == before


def test_a_session_before_the_case_was_received_and_a_deadline_before_the_agreement_are_refused(hamlet, team):
    case_id = _case(hamlet, team).row.id
    _step(hamlet, mediation.assign_mediators, case_id, mediators=[team["hoa"]], assigned_on=dt.date(2026, 11, 3))
    before = _tables(hamlet)
    with hamlet.uow() as uow, pytest.raises(SothonError) as exc:
        mediation.record_session(uow, case_id, held_on=dt.date(2026, 11, 1), viewer=hamlet.profile, today=TODAY)
    assert exc.value.code == "mediation_date_order" and exc.value.params["field"] == "held_on"
    _step(hamlet, mediation.record_session, case_id, held_on=dt.date(2026, 11, 5))
    before = _tables(hamlet)
    bad = AgreementInput(agreed_on=dt.date(2026, 11, 10), content="Thỏa thuận",
                         obligations=(ObligationInput(1, "Trả lại", None, dt.date(2026, 11, 9)),))
    with hamlet.uow() as uow, pytest.raises(SothonError, match="mediation_deadline_before_agreement"):
        mediation.close_case(uow, case_id, outcome=Outcome.SUCCESSFUL, closed_on=dt.date(2026, 11, 10),
                             agreement=bad, viewer=hamlet.profile, today=TODAY)
    with hamlet.uow() as uow, pytest.raises(SothonError, match="mediation_agreement_obligations_required"):
        mediation.close_case(uow, case_id, outcome=Outcome.SUCCESSFUL, closed_on=dt.date(2026, 11, 10),
                             agreement=AgreementInput(dt.date(2026, 11, 10), "Thỏa thuận"), viewer=hamlet.profile,
                             today=TODAY)
    assert _tables(hamlet) == before


def test_a_refused_create_saves_nothing(hamlet, team):
    before = _tables(hamlet)
    for kw in ({"parties": []}, {"case_type": "duel"}, {"received_on": dt.date(2027, 1, 1)}):
        with hamlet.uow() as uow, pytest.raises(SothonError):
            mediation.create_case(uow, mediation.CaseInput(
                received_on=kw.get("received_on", dt.date(2026, 11, 2)), start_ground="party_request",
                case_type=kw.get("case_type", "noise"), summary="Ồn ào", parties=kw.get("parties", [
                    PartyInput("Ai Đó")])), viewer=hamlet.profile, today=TODAY)
            uow.commit()
    assert _tables(hamlet) == before


def test_a_late_start_is_flagged_unless_the_case_is_urgent(hamlet, team):
    late = _case(hamlet, team).row.id
    urgent = _case(hamlet, team, urgent=True).row.id
    for case_id in (late, urgent):
        _step(hamlet, mediation.assign_mediators, case_id, mediators=[team["hoa"]], assigned_on=dt.date(2026, 11, 3))
    with hamlet.uow() as uow:
        rows = {r.id: r for r in mediation.list_cases(uow, today=TODAY)}
        assert rows[late].overdue == ["late_start"] and rows[urgent].overdue == []
        assert [r.id for r in mediation.list_cases(uow, overdue_only=True, today=TODAY)] == [late]


def test_an_out_of_scope_case_is_referred_not_mediated(hamlet, team):
    case_id = _case(hamlet, team, case_type="minor_violation").row.id
    v = _step(hamlet, mediation.refer_case, case_id, referred_to="Công an xã Yên Xuân",
              referred_on=dt.date(2026, 11, 3), scope_ground="criminal")
    assert v.row.status is CaseStatus.REFERRED and v.referral["scope_ground"] == "criminal"
    assert v.allowed_steps == []
    with hamlet.uow() as uow, pytest.raises(SothonError, match="mediation_transition_refused"):
        mediation.record_session(uow, case_id, held_on=TODAY, viewer=hamlet.profile, today=TODAY)


def test_a_confidential_case_shows_names_only_to_its_mediators_and_the_team_leader(hamlet, team):
    with hamlet.uow() as uow:
        other = profiles.add_profile(uow, acting=hamlet.profile, name="hoa.giai", display_name="Lê Thị Hòa",
                                     role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        stranger = profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                                        role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        mediation.link_profile(uow, member_id=team["hoa"], profile_id=other.id)
        uow.commit()
    case_id = _case(hamlet, team, confidential=True).row.id
    _step(hamlet, mediation.assign_mediators, case_id, mediators=[team["hoa"]], assigned_on=dt.date(2026, 11, 3))
    with hamlet.uow() as uow:
        leader_view = mediation.get_case(uow, case_id, viewer=hamlet.profile, today=TODAY)
        mediator_view = mediation.get_case(uow, case_id, viewer=other, today=TODAY)
        hidden = mediation.get_case(uow, case_id, viewer=stranger, today=TODAY)
        nobody = mediation.get_case(uow, case_id, viewer=None, today=TODAY)
    assert not leader_view.restricted and leader_view.parties[0].full_name == "Phạm Văn Bình"
    assert not mediator_view.restricted and mediator_view.summary
    for v in (hidden, nobody):
        assert v.restricted and v.parties == [] and v.summary is None and v.sessions == [] and v.timeline == []
        assert (v.row.number, v.row.status, v.row.case_type) == ("01/2026", CaseStatus.ASSIGNED, "shared_path")
    before = _tables(hamlet)
    with hamlet.uow() as uow, pytest.raises(AuthError, match="mediation_confidential"):
        mediation.record_session(uow, case_id, held_on=dt.date(2026, 11, 4), viewer=stranger, today=TODAY)
    assert _tables(hamlet) == before


def test_statistics_count_the_cases_received_in_the_period_as_the_list_shows_them(hamlet, team):
    ids = [_case(hamlet, team, received_on=dt.date(2026, m, 2), case_type=t).row.id
           for m, t in ((7, "noise"), (8, "land_use"), (9, "noise"), (10, "noise"))]
    for case_id in ids[:2]:
        _step(hamlet, mediation.assign_mediators, case_id, mediators=[team["hoa"]], assigned_on=dt.date(2026, 10, 3))
        _step(hamlet, mediation.record_session, case_id, held_on=dt.date(2026, 10, 4))
    _step(hamlet, mediation.close_case, ids[0], outcome=Outcome.SUCCESSFUL, closed_on=dt.date(2026, 10, 5),
          agreement=_agreement(dt.date(2026, 10, 5)))
    _step(hamlet, mediation.close_case, ids[1], outcome=Outcome.UNSUCCESSFUL, closed_on=dt.date(2026, 10, 5),
          reason="Hai bên không nhượng bộ")
    _step(hamlet, mediation.refer_case, ids[2], referred_to="UBND xã", referred_on=dt.date(2026, 10, 1))
    with hamlet.uow() as uow:
        s = mediation.case_statistics(uow, Period.parse("2026-Q3"))
        rows = [r for r in mediation.list_cases(uow, today=TODAY) if Period.parse("2026-Q3").contains(r.received_on)]
    assert s.total.as_dict() == {"received": 3, "successful": 1, "unsuccessful": 1, "terminated": 0, "referred": 1,
                                 "in_progress": 0, "success_rate": 0.5, "success_rate_denominator": 2}
    assert s.by_type["civil_family"].unsuccessful == 1 and s.by_type["other"].received == 0
    assert sorted(r.status.value for r in rows) == ["referred", "successful", "unsuccessful"]


def test_the_demo_records_a_year_of_cases_through_the_services(hamlet):
    from desktop_app.services import demo

    with hamlet.uow() as uow:
        result = demo.fill_demo(uow, scale="hamlet", seed=2, force=False, today=TODAY)
        uow.commit()
    with hamlet.uow() as uow:
        rows = mediation.list_cases(uow, today=TODAY)
        teams = mediation.list_teams(uow)
        secret = [mediation.get_case(uow, r.id, viewer=hamlet.profile, today=TODAY) for r in rows if r.confidential]
        s = mediation.case_statistics(uow, Period(str(TODAY.year - 1), TODAY - dt.timedelta(days=365), TODAY))
    assert 20 <= result.mediation_cases == len(rows) <= 40
    assert teams[0].warnings == [] and len(teams[0].members) == 5
    assert {r.status for r in rows} >= {CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL, CaseStatus.REFERRED,
                                        CaseStatus.IN_PROGRESS}
    assert any(r.overdue for r in rows)
    assert len(secret) == 1 and secret[0].restricted  # the head is not one of its mediators
    assert s.total.received == len(rows)
    assert rows[-1].number.startswith("01/")
