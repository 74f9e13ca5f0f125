"""The commune overview's own rules: a quarter's status from its three months', and the figures it spells out
so that the commune's first page need not import the domain modules (they must agree with them)."""

import pytest

from desktop_app.services.commune_overview import (
    FUTURE,
    LATE,
    MISSING,
    NOT_DUE,
    ON_TIME,
    HamletRow,
    quarter_status,
    quarters,
)


def test_a_quarter_is_on_time_only_when_all_three_months_were():
    assert quarter_status([ON_TIME, ON_TIME, ON_TIME]) == ON_TIME
    assert quarter_status([ON_TIME, LATE, ON_TIME]) == LATE


def test_one_missing_month_makes_the_quarter_missing_even_before_it_ends():
    assert quarter_status([MISSING, ON_TIME, FUTURE]) == MISSING
    assert quarter_status([LATE, MISSING, NOT_DUE]) == MISSING


def test_a_quarter_not_over_or_not_due_says_so_before_late():
    assert quarter_status([LATE, ON_TIME, FUTURE]) == FUTURE
    assert quarter_status([ON_TIME, LATE, NOT_DUE]) == NOT_DUE


def test_the_four_quarters_of_a_hamlets_year():
    row = HamletRow("17380-thon-dong", "Thôn Đông",
                    [ON_TIME] * 3 + [ON_TIME, LATE, ON_TIME] + [ON_TIME, MISSING, ON_TIME] + [ON_TIME, NOT_DUE, FUTURE])
    assert quarters(row) == [ON_TIME, LATE, MISSING, FUTURE]


def test_the_overviews_held_meeting_status_is_the_domains():
    # commune_overview spells it out so that the commune's first page need not import domain.meetings.
    from desktop_app.domain.meetings import MeetingStatus
    from desktop_app.services.commune_overview import MEETING_HELD

    assert MEETING_HELD == MeetingStatus.HELD.value


@pytest.mark.parametrize("statuses", [
    [], ["received"], ["successful", "successful", "unsuccessful"], ["terminated", "referred", "assigned"],
    ["in_progress", "successful", "received", "unsuccessful", "referred", "terminated", "assigned"] * 3,
])
def test_the_overviews_case_figures_are_the_domains(statuses):
    # commune_overview spells out domain.mediation.figures so that the commune's first page need not import it.
    from collections import Counter

    from desktop_app.domain.mediation import OPEN_STATUSES, STAT_KEYS, CaseStatus, figures
    from desktop_app.services.commune_overview import (
        CASE_KEYS,
        CASE_OUTCOMES,
        OPEN_CASE_STATUSES,
        case_figures,
    )

    assert case_figures(Counter(statuses)) == figures(CaseStatus(s) for s in statuses).as_dict()
    assert OPEN_CASE_STATUSES == {s.value for s in OPEN_STATUSES} and CASE_KEYS == STAT_KEYS
    assert set(CASE_OUTCOMES) | OPEN_CASE_STATUSES == {s.value for s in CaseStatus}


def test_a_case_status_this_version_does_not_know_counts_as_received_and_open():
    from desktop_app.services.commune_overview import case_figures

    assert case_figures({"appealed": 2, "successful": 1}) == {
        "received": 3, "successful": 1, "unsuccessful": 0, "terminated": 0, "referred": 0, "in_progress": 2,
        "success_rate": 1.0, "success_rate_denominator": 1}
