"""The meeting rules: attendance, who is counted in a party cell's vote, the vote arithmetic, task reviews."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.meetings import (
    Attendance,
    Ballot,
    Body,
    CellMember,
    MeetingStatus,
    Membership,
    Standing,
    TaskReview,
    TaskState,
    VoteCount,
    Voters,
    attendance_counts,
    attendance_warning,
    check_header,
    check_member_dates,
    check_reviews,
    check_times,
    count_ballots,
    counted_full_members,
    more_than,
    repeated_absentees,
    rules_from_data,
    vote_result,
)
from desktop_app.paths import RESOURCES

DATA = json.loads((RESOURCES / "rules" / "meetings.json").read_text(encoding="utf-8"))
RULES = rules_from_data(DATA, on=dt.date(2026, 12, 1))

A = Attendance


def test_the_rule_file_names_its_legal_basis_version_and_every_kind_with_an_agenda():
    assert DATA["version"] >= 2
    assert "12-HD/BTCTW" in RULES.legal_basis
    codes = {k.code for k in RULES.kinds}
    assert codes == {"hamlet_meeting", "party_cell_regular", "party_cell_thematic", "security_order",
                     "mediation_team", "other"}
    assert all(k.agenda for k in RULES.kinds)
    regular = RULES.kind("party_cell_regular")
    assert regular.party and regular.body is Body.PARTY_CELL and regular.voters is Voters.FULL_MEMBERS
    assert any("nghị quyết" in item for item in regular.agenda)
    assert RULES.attendance_warning_below == 0.85


def test_an_unknown_kind_is_refused_with_the_known_ones():
    with pytest.raises(ValidationError) as e:
        RULES.kind("picnic")
    assert e.value.code == "meeting_kind_unknown" and "party_cell_regular" in e.value.params["known"]


def test_the_attendance_rate_leaves_the_exempt_and_the_guests_out():
    c = attendance_counts([A.PRESENT] * 17 + [A.ABSENT_WITH_REASON] * 2 + [A.ABSENT_WITHOUT_REASON]
                          + [A.EXEMPT] * 3 + [A.GUEST] * 2)
    assert (c.present, c.expected, c.exempt, c.guests) == (17, 20, 3, 2)
    assert c.rate == pytest.approx(0.85)
    assert not attendance_warning(c, rules=RULES)
    c = attendance_counts([A.PRESENT] * 16 + [A.ABSENT_WITHOUT_REASON] * 4)
    assert c.rate == pytest.approx(0.8) and attendance_warning(c, rules=RULES)
    assert attendance_counts([A.EXEMPT]).rate is None


def test_members_absent_at_two_of_the_last_three_meetings_are_named():
    history = [{"a": A.ABSENT_WITH_REASON, "b": A.PRESENT, "c": A.ABSENT_WITHOUT_REASON},
               {"a": A.ABSENT_WITHOUT_REASON, "b": A.ABSENT_WITH_REASON, "c": A.PRESENT},
               {"a": A.PRESENT, "b": A.PRESENT, "c": A.PRESENT},
               {"c": A.ABSENT_WITHOUT_REASON}]  # fourth meeting back: not looked at
    assert repeated_absentees(history, rules=RULES) == ["a"]


def _m(key, membership=Membership.FULL, standing=Standing.ACTIVE, attendance=A.PRESENT):
    return CellMember(key, membership, standing, attendance)


def test_the_party_count_leaves_out_the_attached_suspended_on_leave_absent_exempt_and_probationary():
    members = [_m("full-present"), _m("full-absent", attendance=A.ABSENT_WITHOUT_REASON),
               _m("probationary", Membership.PROBATIONARY),
               _m("attached", standing=Standing.ATTACHED_ELSEWHERE, attendance=A.ABSENT_WITH_REASON),
               _m("suspended", standing=Standing.SUSPENDED, attendance=A.ABSENT_WITH_REASON),
               _m("on-leave", standing=Standing.ON_LEAVE, attendance=A.ABSENT_WITH_REASON),
               _m("exempt-absent", standing=Standing.EXEMPT, attendance=A.EXEMPT),
               _m("exempt-present", standing=Standing.EXEMPT, attendance=A.PRESENT)]
    assert counted_full_members(members, rules=RULES) == 3  # full-present, full-absent, exempt-present


def test_a_party_motion_passes_only_with_more_than_half_of_the_counted_full_members():
    r = vote_result(VoteCount(5, 4, 1), voters=Voters.FULL_MEMBERS, voters_present=10, denominator=10, rules=RULES)
    assert not r.passed and r.denominator == 10  # exactly half is not more than half
    r = vote_result(VoteCount(6, 4), voters=Voters.FULL_MEMBERS, voters_present=10, denominator=10, rules=RULES)
    assert r.passed and r.share(6) == pytest.approx(0.6)
    # 7 present of 15 counted: a unanimous vote of those present is still not a majority of the cell
    r = vote_result(VoteCount(7, 0), voters=Voters.FULL_MEMBERS, voters_present=7, denominator=15, rules=RULES)
    assert not r.passed


def test_a_hamlet_decision_is_counted_on_all_households():
    r = vote_result(VoteCount(60, 10), voters=Voters.HOUSEHOLDS, voters_present=80, denominator=130, rules=RULES)
    assert not r.passed
    r = vote_result(VoteCount(66, 10), voters=Voters.HOUSEHOLDS, voters_present=80, denominator=130, rules=RULES)
    assert r.passed


def test_more_votes_than_voters_present_and_negative_counts_are_refused():
    with pytest.raises(ValidationError) as e:
        vote_result(VoteCount(8, 2, 1), voters=Voters.FULL_MEMBERS, voters_present=10, denominator=12, rules=RULES,
                    index=2)
    assert e.value.code == "meeting_vote_over_present" and e.value.params["index"] == 2
    with pytest.raises(ValidationError) as e:
        vote_result(VoteCount(-1, 0), voters=Voters.PRESENT, voters_present=3, denominator=3, rules=RULES)
    assert e.value.code == "meeting_vote_count_invalid"


def test_named_ballots_refuse_a_probationary_member_an_absent_one_and_a_second_ballot():
    members = {m.key: m for m in (_m("a"), _m("b"), _m("p", Membership.PROBATIONARY),
                                  _m("x", attendance=A.ABSENT_WITH_REASON))}
    assert count_ballots([Ballot("a", "in_favour"), Ballot("b", "against")], members, index=1) == VoteCount(1, 1, 0)
    for ballots, code in (([Ballot("p", "in_favour")], "meeting_probationary_vote"),
                          ([Ballot("x", "in_favour")], "meeting_ballot_absent"),
                          ([Ballot("a", "in_favour"), Ballot("a", "against")], "meeting_ballot_twice"),
                          ([Ballot("z", "in_favour")], "meeting_ballot_member_unknown"),
                          ([Ballot("a", "maybe")], "meeting_vote_choice_invalid")):
        with pytest.raises(ValidationError) as e:
            count_ballots(ballots, members, index=1)
        assert e.value.code == code


def test_minutes_need_a_chair_a_secretary_and_an_end_after_the_start():
    ok = {"chair": "Trần Văn Bí Thư", "secretary": "Lê Thị Thư", "start": dt.time(8), "end": dt.time(10),
          "held_on": dt.date(2026, 11, 5), "today": dt.date(2026, 12, 1), "status": MeetingStatus.HELD}
    check_header(**ok)
    for change, code in (({"chair": " "}, "meeting_chair_required"), ({"secretary": None}, "meeting_secretary_required"),
                         ({"end": dt.time(7, 30)}, "meeting_end_before_start"),
                         ({"held_on": dt.date(2027, 1, 1)}, "meeting_date_future")):
        with pytest.raises(ValidationError) as e:
            check_header(**(ok | change))
        assert e.value.code == code


def test_an_end_in_the_same_minute_as_the_start_is_refused_with_its_own_message_seconds_ignored():
    check_times(dt.time(8, 0), dt.time(8, 1))
    for start, end, code in ((dt.time(8, 0), dt.time(8, 0), "meeting_end_same_minute"),
                             (dt.time(8, 0, 59), dt.time(8, 0, 10), "meeting_end_same_minute"),
                             (dt.time(8, 1), dt.time(8, 0, 59), "meeting_end_before_start"),
                             (dt.time(19, 30), dt.time(7, 30), "meeting_end_before_start")):
        with pytest.raises(ValidationError) as e:
            check_times(start, end)
        assert e.value.code == code and e.value.params["field"] == "end"
    with pytest.raises(ValidationError) as e:
        check_header(chair="A", secretary="B", start=dt.time(9, 15), end=dt.time(9, 15), held_on=dt.date(2026, 11, 5),
                     today=dt.date(2026, 12, 1), status=MeetingStatus.HELD)
    assert e.value.code == "meeting_end_same_minute" and e.value.params["start"] == "09:15"


def test_a_members_official_date_follows_twelve_months_of_probation():
    full, probationary = Membership.FULL, Membership.PROBATIONARY
    check_member_dates(membership=full, admitted_on=dt.date(2024, 3, 5), official_on=dt.date(2025, 3, 5))
    check_member_dates(membership=full, admitted_on=None, official_on=dt.date(2025, 3, 5))
    check_member_dates(membership=probationary, admitted_on=dt.date(2026, 3, 5), official_on=None)
    for membership, admitted, official, code in (
            (full, dt.date(2024, 3, 5), dt.date(2024, 1, 1), "meeting_member_dates"),
            (full, dt.date(2024, 3, 5), dt.date(2025, 3, 4), "meeting_member_probation_short"),
            (full, dt.date(2024, 3, 5), dt.date(2024, 12, 31), "meeting_member_probation_short"),
            (probationary, dt.date(2024, 3, 5), dt.date(2025, 6, 1), "meeting_member_probationary_official")):
        with pytest.raises(ValidationError) as e:
            check_member_dates(membership=membership, admitted_on=admitted, official_on=official)
        assert e.value.code == code and e.value.params["field"] == "official_on"


def test_each_task_of_the_previous_meeting_is_reviewed_once_as_done_carried_over_or_dropped():
    reviews = check_reviews(["t1", "t2", "t3"], [TaskReview("t1", TaskState.DONE),
                                                 TaskReview("t2", TaskState.CARRIED_OVER)])
    assert set(reviews) == {"t1", "t2"}
    for bad, code in (([TaskReview("t9", TaskState.DONE)], "meeting_review_task_unknown"),
                      ([TaskReview("t1", TaskState.DONE), TaskReview("t1", TaskState.DROPPED)], "meeting_review_twice"),
                      ([TaskReview("t1", TaskState.OPEN)], "meeting_review_state_invalid")):
        with pytest.raises(ValidationError) as e:
            check_reviews(["t1", "t2"], bad)
        assert e.value.code == code


# --- properties of the vote arithmetic ------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=400)


@given(in_favour=counts, against=counts, abstain=counts, extra=st.integers(0, 50), missing=st.integers(0, 300))
def test_a_vote_passes_exactly_when_twice_the_in_favour_exceeds_the_denominator(in_favour, against, abstain, extra,
                                                                                missing):
    present = in_favour + against + abstain + extra
    denominator = present + missing
    r = vote_result(VoteCount(in_favour, against, abstain), voters=Voters.FULL_MEMBERS, voters_present=present,
                    denominator=denominator, rules=RULES)
    assert r.passed == (2 * in_favour > denominator)
    assert r.passed == (denominator > 0 and in_favour / denominator > 0.5)


@given(in_favour=counts, against=counts, abstain=counts, short=st.integers(1, 50))
def test_more_ballots_than_voters_present_is_always_refused(in_favour, against, abstain, short):
    cast = in_favour + against + abstain
    present = max(cast - short, 0)
    if cast <= present:
        return
    with pytest.raises(ValidationError):
        vote_result(VoteCount(in_favour, against, abstain), voters=Voters.PRESENT, voters_present=present,
                    denominator=present, rules=RULES)


@given(in_favour=counts, extra=st.integers(0, 800), more=st.integers(1, 20))
def test_more_in_favour_never_fails_a_passed_vote_and_a_larger_cell_never_passes_a_failed_one(in_favour, extra, more):
    denominator = in_favour + extra  # nobody votes in favour who is not counted
    if more_than(in_favour, denominator, 0.5):
        assert more_than(in_favour + more, denominator + more, 0.5)
    else:
        assert not more_than(in_favour, denominator + more, 0.5)


@given(st.lists(st.tuples(st.sampled_from(list(Membership)), st.sampled_from(list(Standing)),
                          st.sampled_from([A.PRESENT, A.ABSENT_WITH_REASON, A.ABSENT_WITHOUT_REASON, A.EXEMPT])),
                max_size=60))
def test_the_counted_full_members_never_exceed_the_full_members_and_include_every_full_member_present(rows):
    members = [CellMember(str(i), m, s, a) for i, (m, s, a) in enumerate(rows)]
    counted = counted_full_members(members, rules=RULES)
    full = [m for m in members if m.membership is Membership.FULL]
    assert counted <= len(full)
    present_active = [m for m in full if m.attendance is A.PRESENT and m.standing not in RULES.not_counted_standings]
    assert counted >= len(present_active)


@given(st.lists(st.sampled_from(list(Attendance)), max_size=80))
def test_the_attendance_rate_is_between_zero_and_one(statuses):
    c = attendance_counts(statuses)
    assert c.present + c.absent_with_reason + c.absent_without_reason + c.exempt + c.guests == len(statuses)
    assert c.rate is None or 0 <= c.rate <= 1
