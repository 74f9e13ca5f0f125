"""``sothon mediation …`` driven in-process through ``cli.main`` on a real data directory."""

import datetime as dt
import sqlite3

import pytest

from desktop_app.domain.clock import vn_today
from tests.conftest import PASSPHRASE, json_cli

TABLES = ("mediation_cases", "mediation_parties", "mediation_assignments", "mediation_sessions",
          "mediation_agreements", "mediation_obligations", "mediation_follow_ups", "audit_log")


@pytest.fixture
def cli(hamlet, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)

    return json_cli(hamlet.data_dir, capsys, tmp_path, command=("mediation",))


@pytest.fixture
def team(cli):
    code, t = cli("team-add", "--name", "Tổ hòa giải thôn Đông", "--decision-number", "15/QĐ-UBND",
                  "--decision-date", "10/01/2024")
    assert code == 0, t
    members = []
    for name, sex, extra in (("Trần Văn Tổ", "male", ["--leader", "--profile-name", "nguyen.van.truong"]),
                             ("Lê Thị Hòa", "female", []), ("Phạm Văn Giải", "male", [])):
        code, m = cli("member-add", "--team", t["id"], "--name", name, "--sex", sex, "--birth-year", "1965", *extra)
        assert code == 0, m
        members.append(m["id"])
    return {"id": t["id"], "members": members}


CASE = {"received_on": "2026-11-02", "start_ground": "party_request", "case_type": "shared_path",
        "summary": "Tranh chấp lối đi chung", "parties": [{"full_name": "Phạm Văn Bình", "birth_year": 1975},
                                                          {"full_name": "Hoàng Thị Lan", "address": "Xóm 2"}]}


def _tables(hamlet):
    conn = sqlite3.connect(hamlet.db_path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def test_a_case_from_intake_to_follow_up_through_the_command_line(cli, team):
    code, teams = cli("teams")
    assert code == 0 and teams[0]["warnings"] == [] and teams[0]["members"][0]["role"] == "leader"
    code, case = cli("create", doc=CASE)
    assert code == 0, case
    assert (case["number"], case["status"], case["type"], case["subtype"]) == ("01/2026", "received", "conflict",
                                                                              "shared_path")
    steps = [("assign", {"mediators": team["members"][1:2], "assigned_on": "2026-11-03"}, "assigned"),
             ("session", {"held_on": "2026-11-05", "place": "Nhà văn hóa", "summary": "Hai bên trình bày"},
              "in_progress"),
             ("close", {"outcome": "successful", "closed_on": "2026-11-10", "agreement": {
                 "agreed_on": "2026-11-10", "content": "Mở lại lối đi",
                 "obligations": [{"party": 1, "text": "Dỡ hàng rào", "deadline": "2026-11-30"}]}}, "successful"),
             ("follow_up", {"checked_on": "2026-12-01", "performed": True}, "successful")]
    for step, doc, status in steps:
        code, case = cli("transition", case["id"], step, doc=doc)
        assert code == 0, case
        assert case["status"] == status
    assert case["performance"] == "performed" and case["allowed_steps"] == []
    assert case["agreement"]["obligations"][0]["deadline"] == "2026-11-30"
    code, shown = cli("show", case["id"])
    assert shown == case
    code, rows = cli("list", "--year", "2026")
    assert [r["number"] for r in rows] == ["01/2026"]
    assert set(rows[0]) == {"id", "number", "received_on", "type", "subtype", "status", "confidential", "overdue",
                            "performance", "team_id", "version"}


def test_a_refused_transition_exits_1_with_a_vietnamese_message_and_saves_nothing(cli, team, hamlet):
    _, case = cli("create", doc=CASE)
    before = _tables(hamlet)
    code, err = cli("transition", case["id"], "session", doc={"held_on": "2026-11-05"})
    assert code == 1 and err["error"] == "mediation_transition_refused"
    assert "không thể thực hiện bước" in err["message"]
    code, err = cli("transition", case["id"], "close", doc={"closed_on": "2026-11-05"})
    assert code == 1 and err["error"] == "mediation_outcome_required"
    code, err = cli("transition", case["id"], "assign", doc={"mediators": team["members"][:1],
                                                             "assigned_on": "2026-10-01"})
    assert code == 1 and err["error"] == "mediation_date_order" and err["field"] == "assigned_on"
    assert "ngày phân công" in err["message"] and "ngày tiếp nhận" in err["message"]
    code, err = cli("transition", case["id"], "assign", doc={"mediators": [], "assigned_on": "2026-11-03"})
    assert code == 1 and err["error"] == "mediation_input_invalid" and err["field"] == "mediators"
    assert _tables(hamlet) == before


def test_a_case_file_that_breaks_the_schema_is_refused_before_anything_is_opened(cli, team, hamlet):
    before = _tables(hamlet)
    code, err = cli("create", doc={**CASE, "parties": [{"birth_year": 1990}]})
    assert code == 1 and err["error"] == "mediation_input_invalid"
    code, err = cli("create", doc={**CASE, "received_on": "2026-02-30"})
    assert code == 1 and err["error"] == "date_invalid"
    code, err = cli("create", doc={**CASE, "case_type": "duel"})
    assert code == 1 and err["error"] == "mediation_type_unknown"
    assert _tables(hamlet) == before


def test_stats_agree_with_the_list(cli, team):
    ids = []
    for month, subtype in ((7, "noise"), (8, "land_use"), (9, "noise"), (11, "noise")):
        _, case = cli("create", doc={**CASE, "received_on": f"2026-{month:02d}-02", "case_type": subtype})
        ids.append(case["id"])
    cli("transition", ids[0], "assign", doc={"mediators": team["members"][1:2], "assigned_on": "2026-07-03"})
    cli("transition", ids[0], "session", doc={"held_on": "2026-07-04"})
    cli("transition", ids[0], "close", doc={"outcome": "unsuccessful", "closed_on": "2026-07-05",
                                           "reason": "Không thống nhất"})
    cli("transition", ids[1], "refer", doc={"referred_to": "UBND xã", "referred_on": "2026-08-03",
                                           "scope_ground": "other_not_mediable"})
    code, stats = cli("stats", "--period", "2026-Q3")
    assert code == 0
    _, rows = cli("list")
    inside = [r for r in rows if dt.date(2026, 7, 1) <= dt.date.fromisoformat(r["received_on"]) <= dt.date(2026, 9, 30)]
    assert stats["received"] == len(inside) == 3
    for key, statuses in (("unsuccessful", {"unsuccessful"}), ("referred", {"referred"}),
                          ("in_progress", {"received", "assigned", "in_progress"})):
        assert stats[key] == sum(r["status"] in statuses for r in inside)
    assert stats["success_rate"] == 0.0 and stats["success_rate_denominator"] == 1
    assert stats["by_type"]["conflict"]["received"] == 2 and stats["by_type"]["civil_family"]["referred"] == 1
    code, err = cli("stats", "--period", "2026-Q5")
    assert code == 1 and err["error"] == "mediation_period_invalid"


def test_stats_recomputed_from_the_list_for_every_month_quarter_and_the_year_of_the_demo(cli, hamlet):
    """A year of demo cases: every month's, quarter's and the year's figures, overall and by type, recomputed
    independently from ``mediation list`` (received in the period, each by its current status)."""
    from desktop_app.services import demo

    today = vn_today()
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=5, force=False, today=today)
        uow.commit()
    code, rows = cli("list")
    assert code == 0 and len(rows) >= 20
    groups = {"conflict", "civil_family", "other"}
    outcome = {"received": "in_progress", "assigned": "in_progress", "in_progress": "in_progress",
               "successful": "successful", "unsuccessful": "unsuccessful", "terminated": "terminated",
               "referred": "referred"}

    def expected(inside):
        counts = dict.fromkeys(("successful", "unsuccessful", "terminated", "referred", "in_progress"), 0)
        for r in inside:
            counts[outcome[r["status"]]] += 1
        closed = counts["successful"] + counts["unsuccessful"]
        return {"received": len(inside), **counts,
                "success_rate": round(counts["successful"] / closed, 4) if closed else None}

    years = {dt.date.fromisoformat(r["received_on"]).year for r in rows}
    periods = []
    for year in sorted(years):
        periods.append((str(year), lambda d, y=year: d.year == y))
        periods += [(f"{year}-Q{q}", lambda d, y=year, q=q: d.year == y and (d.month - 1) // 3 + 1 == q)
                    for q in range(1, 5)]
        periods += [(f"{year}-{m:02d}", lambda d, y=year, m=m: d.year == y and d.month == m) for m in range(1, 13)]
    seen = 0
    for code_, inside_period in periods:
        code, stats = cli("stats", "--period", code_)
        assert code == 0, stats
        inside = [r for r in rows if inside_period(dt.date.fromisoformat(r["received_on"]))]
        want = expected(inside)
        assert {k: stats[k] for k in want} == want, code_
        assert set(stats["by_type"]) == groups
        for group in groups:
            mine = expected([r for r in inside if r["type"] == group])
            assert {k: stats["by_type"][group][k] for k in mine} == mine, (code_, group)
        seen += len(inside)
    assert seen == 3 * len(rows)  # each case is in its year, one quarter and one month
