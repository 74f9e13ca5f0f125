"""The security-order rules: the rule set's data, the event checks, the assessment's evaluation."""

import datetime as dt
import json

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.security import (
    MISSING,
    ActivityInput,
    Criterion,
    EventInput,
    Evidence,
    Status,
    assessment_from_data,
    check_decision,
    evaluate,
    overall,
    rules_from_data,
    validate_activity,
    validate_event,
)
from desktop_app.paths import RESOURCES

DATA = json.loads((RESOURCES / "rules" / "security.json").read_text(encoding="utf-8"))
NOW = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
RULES = rules_from_data(DATA, on=dt.date(2026, 7, 1))


def _event(**kw):
    base = dict(occurred_at=dt.datetime(2026, 7, 14, 14, 30, tzinfo=dt.UTC), place="Xóm 2", type="crime",
                severity="less_serious", description="Trộm cắp")
    return EventInput(**{**base, **kw})


def test_every_rule_list_names_its_legal_basis_and_validity():
    for section in ("events", "activities", "assessment"):
        for entry in DATA[section]:
            assert entry["legal_basis"] and entry["valid_from"]
            dt.date.fromisoformat(entry["valid_from"])


def test_the_assessment_period_runs_from_1_november_of_the_previous_year_to_31_october():
    p = assessment_from_data(DATA, year=2026).period(2026)
    assert (p.start, p.end) == (dt.date(2025, 11, 1), dt.date(2026, 10, 31))


def test_the_criteria_are_the_five_of_article_4_each_with_its_basis():
    a = assessment_from_data(DATA, year=2026)
    assert [c.number for c in a.criteria] == ["1", "2", "3", "4", "5"]
    assert all("Điều 4" in c.legal_basis for c in a.criteria)
    assert "124/2021/TT-BCA" in a.legal_basis


def test_every_national_security_type_names_its_point_of_article_4_3():
    items = sorted(t.item for t in RULES.types.values() if t.category == "national_security")
    assert items == sorted(["a", "b", "c", "d", "đ", "e", "g"])
    assert all(t.category in RULES.categories for t in RULES.types.values())


def test_an_event_ending_before_it_began_is_refused():
    with pytest.raises(ValidationError) as e:
        validate_event(_event(ended_at=dt.datetime(2026, 7, 14, 14, 0, tzinfo=dt.UTC)), RULES, now=NOW)
    assert e.value.code == "security_date_order" and e.value.params["field"] == "ended_at"


def test_an_event_in_the_future_is_refused():
    with pytest.raises(ValidationError) as e:
        validate_event(_event(occurred_at=NOW + dt.timedelta(hours=1)), RULES, now=NOW)
    assert e.value.code == "security_date_future" and e.value.params["field"] == "occurred_at"


def test_an_unknown_type_and_a_report_without_its_time_are_refused():
    with pytest.raises(ValidationError) as e:
        validate_event(_event(type="burglary"), RULES, now=NOW)
    assert e.value.code == "security_code_unknown" and e.value.params["field"] == "type"
    with pytest.raises(ValidationError) as e:
        validate_event(_event(reported_to="Công an xã"), RULES, now=NOW)
    assert e.value.params["field"] == "reported_at"


def test_a_propaganda_session_needs_its_topic_and_a_hot_spot_keeps_its_transformation():
    with pytest.raises(ValidationError) as e:
        validate_activity(ActivityInput("propaganda_session", dt.date(2026, 3, 1), quantity=40), RULES,
                          today=NOW.date())
    assert e.value.params["field"] == "title"
    a = validate_activity(ActivityInput("hot_spot", dt.date(2025, 1, 1), title="Bãi sông", transformed=True,
                                        transformed_on=dt.date(2026, 5, 1)), RULES, today=NOW.date())
    assert a.transformed and a.transformed_on == dt.date(2026, 5, 1) and a.quantity is None


C = Criterion("c3", "3", "t", "b", ("x",))


def test_a_failing_piece_of_evidence_fails_the_criterion_and_a_missing_source_leaves_it_open():
    assert evaluate(C, [Evidence("x", "a", holds=True)], has_records=True) is Status.PASS
    assert evaluate(C, [Evidence("x", "a", holds=True), Evidence("y", "b", holds=False)],
                    has_records=True) is Status.FAIL
    assert evaluate(C, [Evidence("x", "a", holds=True), Evidence("m", MISSING)], has_records=True) \
        is Status.NEEDS_ANSWER


def test_a_period_without_records_never_passes():
    assert evaluate(C, [Evidence("x", "a", holds=True)], has_records=False) is Status.NEEDS_ANSWER


def test_all_criteria_must_hold():
    assert overall([Status.PASS, Status.PASS]) is Status.PASS
    assert overall([Status.PASS, Status.NEEDS_ANSWER]) is Status.NEEDS_ANSWER
    assert overall([Status.NEEDS_ANSWER, Status.FAIL]) is Status.FAIL


def test_an_override_needs_a_reason_and_a_confirmation_does_not():
    assert check_decision(Status.PASS, Status.PASS, None) is None
    with pytest.raises(ValidationError) as e:
        check_decision(Status.NEEDS_ANSWER, Status.PASS, "  ")
    assert e.value.code == "security_override_reason_required"
    assert check_decision(Status.NEEDS_ANSWER, Status.PASS, "Chi bộ có Nghị quyết số 05-NQ/CB") \
        == "Chi bộ có Nghị quyết số 05-NQ/CB"
