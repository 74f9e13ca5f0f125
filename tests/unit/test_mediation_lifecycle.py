"""The mediation case lifecycle and its rules (domain only, no database)."""

import datetime as dt
import itertools
import json

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.mediation import (
    TRANSITIONS,
    AgreementInput,
    CaseFacts,
    CaseStatus,
    MemberFacts,
    MemberRole,
    ObligationInput,
    Outcome,
    Overdue,
    PartyInput,
    PartyKind,
    Performance,
    Period,
    Step,
    TeamWarning,
    allowed_steps,
    case_number,
    check_mediators,
    figures,
    next_status,
    overdue,
    rules_from_data,
    statistics,
    team_warnings,
    validate_agreement,
    validate_parties,
)
from desktop_app.paths import RESOURCES

TODAY = dt.date(2026, 12, 7)
RULES = rules_from_data(json.loads((RESOURCES / "rules" / "mediation.json").read_text(encoding="utf-8")), on=TODAY)

ALLOWED = sorted(TRANSITIONS.items(), key=lambda kv: (kv[0][0].value, kv[0][1].value, str(kv[0][2])))
EVERY_MOVE = [(st, s, None) for st in CaseStatus for s in Step if s is not Step.CLOSE] + [
    (st, Step.CLOSE, o) for st in CaseStatus for o in Outcome if o is not Outcome.REFERRED]
REFUSED = [m for m in EVERY_MOVE if m not in TRANSITIONS]


def _id(move) -> str:
    status, step, outcome = move
    return f"{status.value}-{step.value}" + (f"-{outcome.value}" if outcome else "")


@pytest.mark.parametrize(("move", "after"), ALLOWED, ids=[_id(m) for m, _ in ALLOWED])
def test_the_lifecycle_allows_each_of_its_transitions(move, after):
    status, step, outcome = move
    assert next_status(status, step, outcome=outcome) is after


@pytest.mark.parametrize("move", REFUSED, ids=[_id(m) for m in REFUSED])
def test_the_lifecycle_refuses_every_other_transition(move):
    status, step, outcome = move
    with pytest.raises(ValidationError) as exc:
        next_status(status, step, outcome=outcome)
    assert exc.value.code == "mediation_transition_refused"
    assert exc.value.params["status"] == status.value


def test_every_state_and_step_is_either_allowed_or_refused():
    assert len(ALLOWED) + len(REFUSED) == len(EVERY_MOVE)


@pytest.mark.parametrize("status", [CaseStatus.RECEIVED, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS])
def test_closing_as_referred_is_the_same_as_referring(status):
    assert next_status(status, Step.CLOSE, outcome=Outcome.REFERRED) is CaseStatus.REFERRED


@pytest.mark.parametrize("status", list(CaseStatus))
def test_closing_with_no_outcome_is_refused(status):
    with pytest.raises(ValidationError) as exc:
        next_status(status, Step.CLOSE)
    assert exc.value.code == "mediation_outcome_required"


def test_a_follow_up_after_performance_was_recorded_is_refused():
    assert next_status(CaseStatus.SUCCESSFUL, Step.FOLLOW_UP, performance=Performance.NOT_YET) is CaseStatus.SUCCESSFUL
    with pytest.raises(ValidationError, match="mediation_transition_refused"):
        next_status(CaseStatus.SUCCESSFUL, Step.FOLLOW_UP, performance=Performance.PERFORMED)
    assert allowed_steps(CaseStatus.SUCCESSFUL, Performance.PERFORMED) == []


def test_ended_cases_allow_no_step():
    for status in (CaseStatus.UNSUCCESSFUL, CaseStatus.TERMINATED, CaseStatus.REFERRED):
        assert allowed_steps(status) == []


def test_case_numbers_are_two_digits_and_the_year():
    assert case_number(1, 2026) == "01/2026"
    assert case_number(123, 2026) == "123/2026"


def test_the_rule_file_names_its_legal_basis_and_every_group():
    assert "35/2013/QH13" in RULES.legal_basis
    assert [g.code for g in RULES.groups] == ["conflict", "civil_family", "other"]
    assert RULES.group_of("land_use") == "civil_family"
    assert {g.code for g in RULES.start_grounds} == {"party_request", "mediator_witnessed", "leader_assigned",
                                                     "proposed"}
    assert {o.code for o in RULES.outcomes} == {o.value for o in Outcome}
    assert RULES.start_within_days == 3 and RULES.min_mediators == 3
    with pytest.raises(ValidationError, match="mediation_type_unknown"):
        RULES.group_of("duel")


def _agreement(**kw):
    base = {"agreed_on": dt.date(2026, 3, 10), "content": "Hai bên thống nhất mở lại lối đi chung.",
            "obligations": (ObligationInput(1, "Dỡ hàng rào", "Tự làm", dt.date(2026, 3, 20)),)}
    return AgreementInput(**(base | kw))


def test_an_agreement_with_no_obligations_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate_agreement(_agreement(obligations=()), party_count=2, last_session=dt.date(2026, 3, 9),
                           received_on=dt.date(2026, 3, 1), today=TODAY)
    assert exc.value.code == "mediation_agreement_obligations_required"


def test_an_agreement_with_no_parties_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate_agreement(_agreement(), party_count=0, last_session=None, received_on=dt.date(2026, 3, 1),
                           today=TODAY)
    assert exc.value.code == "mediation_agreement_parties_required"


def test_a_deadline_before_the_agreement_is_refused():
    bad = _agreement(obligations=(ObligationInput(1, "Trả tiền", None, dt.date(2026, 3, 1)),))
    with pytest.raises(ValidationError) as exc:
        validate_agreement(bad, party_count=2, last_session=None, received_on=dt.date(2026, 2, 1), today=TODAY)
    assert exc.value.code == "mediation_deadline_before_agreement"
    assert exc.value.params["field"] == "agreement.obligations[0].deadline"


def test_an_agreement_before_the_last_session_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate_agreement(_agreement(), party_count=2, last_session=dt.date(2026, 3, 11),
                           received_on=dt.date(2026, 3, 1), today=TODAY)
    assert exc.value.code == "mediation_date_order"


def test_an_obligation_of_a_party_the_case_does_not_have_is_refused():
    bad = _agreement(obligations=(ObligationInput(3, "Xin lỗi"),))
    with pytest.raises(ValidationError, match="mediation_obligation_party_unknown"):
        validate_agreement(bad, party_count=2, last_session=None, received_on=dt.date(2026, 3, 1), today=TODAY)


def test_a_case_needs_a_party_and_every_party_a_name():
    with pytest.raises(ValidationError, match="mediation_parties_required"):
        validate_parties([PartyInput("Lê Văn Có", kind=PartyKind.INTERESTED)], today=TODAY)
    with pytest.raises(ValidationError, match="mediation_party_name_required"):
        validate_parties([PartyInput("  ")], today=TODAY)
    assert validate_parties([PartyInput(" Lê  Văn Có ")], today=TODAY)[0].full_name == "Lê Văn Có"


def test_mediators_must_be_of_the_team_and_no_party():
    team = {"m1", "m2"}
    residents = {"m1": "r1", "m2": None}
    check_mediators(["m2"], team_member_ids=team, member_resident_ids=residents, party_resident_ids={"r1"})
    with pytest.raises(ValidationError, match="mediation_mediator_not_in_team"):
        check_mediators(["m9"], team_member_ids=team, member_resident_ids=residents, party_resident_ids=set())
    with pytest.raises(ValidationError, match="mediation_mediator_is_party"):
        check_mediators(["m1"], team_member_ids=team, member_resident_ids=residents, party_resident_ids={"r1"})
    with pytest.raises(ValidationError, match="mediation_mediators_required"):
        check_mediators([], team_member_ids=team, member_resident_ids=residents, party_resident_ids=set())


ASSIGNED = dt.date(2026, 11, 30)


@pytest.mark.parametrize(("first_session", "today", "late"), [
    (None, ASSIGNED + dt.timedelta(days=3), False),  # the third calendar day is still in time
    (None, ASSIGNED + dt.timedelta(days=4), True),
    (ASSIGNED + dt.timedelta(days=3), TODAY, False),
    (ASSIGNED + dt.timedelta(days=4), TODAY, True),
])
def test_a_start_later_than_three_calendar_days_after_the_assignment_is_flagged(first_session, today, late):
    status = CaseStatus.IN_PROGRESS if first_session else CaseStatus.ASSIGNED
    facts = CaseFacts(status=status, first_assigned_on=ASSIGNED, first_session_on=first_session)
    assert (Overdue.LATE_START in overdue(facts, today=today, rules=RULES)) is late


def test_an_urgent_case_or_one_whose_parties_agreed_a_later_start_is_not_flagged_late():
    for kw in ({"urgent": True}, {"start_agreed_otherwise": True}):
        facts = CaseFacts(status=CaseStatus.ASSIGNED, first_assigned_on=ASSIGNED, **kw)
        assert overdue(facts, today=TODAY, rules=RULES) == []


def test_a_passed_deadline_and_a_due_follow_up_are_flagged_until_performed():
    facts = CaseFacts(status=CaseStatus.SUCCESSFUL, agreed_on=dt.date(2026, 9, 1),
                      deadlines=(dt.date(2026, 10, 1),), performance=Performance.NOT_YET)
    assert overdue(facts, today=TODAY, rules=RULES) == [Overdue.DEADLINE_PASSED, Overdue.FOLLOW_UP_DUE]
    checked = CaseFacts(**(facts.__dict__ | {"last_check_on": dt.date(2026, 12, 1)}))
    assert overdue(checked, today=TODAY, rules=RULES) == [Overdue.DEADLINE_PASSED]
    done = CaseFacts(**(facts.__dict__ | {"performance": Performance.PERFORMED}))
    assert overdue(done, today=TODAY, rules=RULES) == []


def test_a_team_of_fewer_than_three_or_without_a_woman_is_warned():
    men = [MemberFacts("male", MemberRole.LEADER), MemberFacts("male", MemberRole.MEMBER)]
    assert team_warnings(men, rules=RULES) == [TeamWarning.TOO_FEW_MEMBERS, TeamWarning.NO_WOMAN]
    good = men + [MemberFacts("female", MemberRole.MEMBER)]
    assert team_warnings(good, rules=RULES) == []
    left = men + [MemberFacts("female", MemberRole.MEMBER, active=False)]
    assert team_warnings(left, rules=RULES) == [TeamWarning.TOO_FEW_MEMBERS, TeamWarning.NO_WOMAN]
    assert TeamWarning.NO_LEADER in team_warnings([MemberFacts("female", MemberRole.MEMBER)] * 3, rules=RULES)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
    ("2026-q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
])
def test_periods_are_a_year_a_quarter_or_a_month(text, start, end):
    p = Period.parse(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("text", ["26", "2026-Q5", "2026-13", "2026/07", ""])
def test_other_periods_are_refused(text):
    with pytest.raises(ValidationError, match="mediation_period_invalid"):
        Period.parse(text)


def test_statistics_count_the_cases_received_in_the_period_by_their_current_state():
    cases = [
        (dt.date(2026, 7, 1), CaseStatus.SUCCESSFUL, "conflict"),
        (dt.date(2026, 7, 2), CaseStatus.UNSUCCESSFUL, "conflict"),
        (dt.date(2026, 8, 3), CaseStatus.ASSIGNED, "civil_family"),
        (dt.date(2026, 9, 30), CaseStatus.REFERRED, "other"),
        (dt.date(2026, 10, 1), CaseStatus.SUCCESSFUL, "conflict"),  # another quarter
    ]
    s = statistics(Period.parse("2026-Q3"), cases, ["conflict", "civil_family", "other"])
    assert s.total.as_dict() == {"received": 4, "successful": 1, "unsuccessful": 1, "terminated": 0,
                                 "referred": 1, "in_progress": 1, "success_rate": 0.5,
                                 "success_rate_denominator": 2}
    assert s.by_type["civil_family"].in_progress == 1
    assert s.by_type["other"].success_rate is None


def test_outcomes_add_up_to_the_cases_received():
    f = figures(itertools.chain.from_iterable([s] * 2 for s in CaseStatus))
    assert f.received == f.successful + f.unsuccessful + f.terminated + f.referred + f.in_progress == 14


def test_the_demo_plans_twenty_to_forty_past_cases_with_one_confidential_and_one_referred():
    from desktop_app.services.demo_data import generate_mediation_cases

    for seed in range(1, 6):
        plan = generate_mediation_cases(seed=seed, today=TODAY, residents=500)
        assert 20 <= len(plan) <= 40
        assert sum(c.confidential for c in plan) == 1 and sum(c.path == "referred" for c in plan) == 1
        assert all(c.received_on < TODAY and all(c.received_on <= s < TODAY for s in c.sessions) for c in plan)
        assert len({c.case_type for c in plan}) >= 5 and len({c.path for c in plan}) >= 4
    assert generate_mediation_cases(seed=1, today=TODAY, residents=500) == generate_mediation_cases(
        seed=1, today=TODAY, residents=500)


def test_a_late_start_is_no_longer_flagged_once_the_case_has_ended():
    facts = CaseFacts(status=CaseStatus.UNSUCCESSFUL, first_assigned_on=ASSIGNED,
                      first_session_on=ASSIGNED + dt.timedelta(days=6))
    assert overdue(facts, today=TODAY, rules=RULES) == []
