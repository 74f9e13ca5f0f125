"""The periodic report: every figure recomputed here with plain SQL from the records, the PDF read back with
pdftotext, the signed copy kept, and a period that has not begun refused."""

import datetime as dt
import json
import sqlite3
import subprocess

import pytest

from desktop_app.cli import main
from desktop_app.domain.clock import vn_today
from desktop_app.domain.security import ActivityInput, EventInput
from desktop_app.services import security
from tests.conftest import PASSPHRASE, dump_tables, make_hamlet

TZ = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from desktop_app.services.demo import fill_demo

    app = make_hamlet(tmp_path_factory.mktemp("security") / "data")
    with app.uow() as uow:
        fill_demo(uow, scale="hamlet", seed=3, force=False, today=dt.date(2026, 12, 1))
        _record(uow)
        _movements(uow)
        uow.commit()
    yield app
    app.close()


@pytest.fixture
def plain(hamlet):
    """A hamlet with only the records below (no demo data)."""
    with hamlet.uow() as uow:
        _record(uow)
        uow.commit()
    return hamlet


def _record(uow):
    if True:
        for day, kind, severity, reported in ((dt.datetime(2026, 7, 2, 22, 0, tzinfo=TZ), "crime", "less_serious", True),
                                              (dt.datetime(2026, 8, 15, 9, 0, tzinfo=TZ), "gambling", "ordinary", False),
                                              (dt.datetime(2026, 9, 30, 23, 59, tzinfo=TZ), "traffic_accident",
                                               "ordinary", True),
                                              (dt.datetime(2026, 10, 1, 0, 5, tzinfo=TZ), "crime", "serious", True),
                                              (dt.datetime(2026, 6, 30, 12, 0, tzinfo=TZ), "dispute", "ordinary", False)):
            security.record_event(uow, EventInput(
                occurred_at=day, place="Xóm 1", type=kind, severity=severity, description="Vụ việc thử",
                reported_at=day + dt.timedelta(hours=1) if reported else None,
                reported_to="Công an xã Yên Xuân" if reported else None))
        for a in (ActivityInput("propaganda_session", dt.date(2026, 7, 20), "Phòng chống ma túy", 120),
                  ActivityInput("propaganda_session", dt.date(2026, 9, 5), "Luật Lực lượng bảo vệ ANTT ở cơ sở", 64),
                  ActivityInput("materials_distributed", dt.date(2026, 9, 5), "Sổ tay phòng chống lừa đảo", 300),
                  ActivityInput("tip_to_police", dt.date(2026, 8, 1), quantity=3),
                  ActivityInput("wanted_person_surrendered", dt.date(2026, 10, 2), quantity=1),
                  ActivityInput("self_governing_model", dt.date(2025, 3, 1), "Dòng họ Nguyễn tự quản",
                                model_type="clan", status="effective"),
                  ActivityInput("hot_spot", dt.date(2025, 1, 10), "Bãi sông cuối xóm", transformed=True,
                                transformed_on=dt.date(2026, 8, 30))):
            security.record_activity(uow, a, today=dt.date(2026, 12, 1))


def _movements(uow):
    """The register's movements around the third quarter: a household moving in during it and one after it, a
    birth, a death and a move out in it, a temporary resident from August."""
    from desktop_app.domain.people import BirthDate, ResidenceType, ResidentInput, Sex
    from desktop_app.services import register

    came = register.add_household(uow, number="901", address="Xóm 9", event="move_in", on=dt.date(2026, 7, 12),
                                  head=ResidentInput(full_name="Vi Văn Đến", birth_date=BirthDate(1980), sex=Sex.MALE))
    register.add_resident(uow, household_id=came.id, event="birth",
                          data=ResidentInput(full_name="Vi Minh Bé", birth_date=BirthDate.parse("2026-08-20"),
                                             sex=Sex.MALE))
    register.add_household(uow, number="902", address="Xóm 9", event="move_in", on=dt.date(2026, 10, 15),
                           head=ResidentInput(full_name="Lục Thị Sau", birth_date=BirthDate(1990), sex=Sex.FEMALE))
    register.add_resident(uow, household_id=came.id, on=dt.date(2026, 8, 1),
                          data=ResidentInput(full_name="Nông Văn Trọ", birth_date=BirthDate(2001), sex=Sex.MALE,
                                             residence_type=ResidenceType.TEMPORARY,
                                             residence_from=dt.date(2026, 8, 1), residence_to=dt.date(2027, 7, 31)))
    old = register.add_household(uow, number="903", address="Xóm 9", event="registered", on=dt.date(2026, 11, 30),
                                 head=ResidentInput(full_name="Hà Văn Cũ", birth_date=BirthDate(1940), sex=Sex.MALE))
    register.record_death(uow, old.head_id, on=dt.date(2026, 9, 3))
    gone = register.add_resident(uow, household_id=came.id, event="move_in", on=dt.date(2026, 7, 12),
                                 data=ResidentInput(full_name="Vi Thị Đi", birth_date=BirthDate(1999), sex=Sex.FEMALE))
    register.record_move_out(uow, gone.id, on=dt.date(2026, 9, 20))


def _population(conn, day: str) -> tuple[int, int]:
    """(households, residents) living here at the end of ``day``, in SQL: the last arrival or departure dated
    on or before it is an arrival; without one, a resident whose first event is no arrival lived here from the
    start of their residence (or birth) until the day their status changed."""
    moves = "('birth', 'move_in', 'death', 'move_out')"
    rows = conn.execute(f"""
        SELECT r.id,
          (SELECT e.kind FROM resident_events e WHERE e.resident_id = r.id AND e.kind IN {moves} AND e.on_date <= :d
             ORDER BY e.on_date DESC, e.created_at DESC LIMIT 1),
          (SELECT e.kind FROM resident_events e WHERE e.resident_id = r.id ORDER BY e.on_date, e.created_at LIMIT 1),
          max(coalesce(r.residence_from, '0001-01-01'),
              CASE WHEN length(r.birth_date) = 10 THEN r.birth_date ELSE '0001-01-01' END) <= :d,
          r.status != 'present' AND r.status_date <= :d,
          coalesce((SELECT e.household_id FROM resident_events e WHERE e.resident_id = r.id AND e.on_date <= :d
                    ORDER BY e.on_date DESC, e.created_at DESC LIMIT 1), r.household_id)
        FROM residents r WHERE r.deleted_at IS NULL""", {"d": day}).fetchall()
    here = set()
    households = set()
    for rid, last, first, started, left, household in rows:
        if last is not None:
            lives = last in ("birth", "move_in")
        else:
            lives = (first is None or first not in ("birth", "move_in")) and bool(started) and not left
        if lives:
            here.add(rid)
            households.add(household)
    return len(households), len(here)


def _independent(db, start: str, end: str) -> dict:
    conn = sqlite3.connect(db)
    q = lambda sql, *a: conn.execute(sql, a).fetchone()[0]  # noqa: E731
    # occurred_at is stored as naive UTC; the period is in Vietnamese days (UTC+7): from 17:00 UTC the day
    # before its first day to 17:00 UTC on its last day.
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    lo = f"{first - dt.timedelta(days=1)} 17:00:00"
    hi = f"{last} 16:59:59.999999"
    households, residents = _population(conn, min(end, "2026-12-07"))
    out = {
        "households": households,
        "residents": residents,
        "temporary_from": q("SELECT count(*) FROM residents WHERE deleted_at IS NULL AND residence_type = 'temporary'"
                            " AND residence_from BETWEEN ? AND ?", start, end),
        **{kind: q("SELECT count(*) FROM resident_events e JOIN residents r ON r.id = e.resident_id WHERE"
                   " r.deleted_at IS NULL AND e.kind = ? AND e.on_date BETWEEN ? AND ?", kind, start, end)
           for kind in ("birth", "death", "move_out")},
        "events": q("SELECT count(*) FROM security_events WHERE deleted_at IS NULL AND occurred_at BETWEEN ? AND ?",
                    lo, hi),
        "crime": q("SELECT count(*) FROM security_events WHERE type = 'crime' AND occurred_at BETWEEN ? AND ?", lo, hi),
        "reported": q("SELECT count(*) FROM security_events WHERE reported_at IS NOT NULL AND occurred_at BETWEEN ? AND ?",
                      lo, hi),
        "received": q("SELECT count(*) FROM mediation_cases WHERE deleted_at IS NULL AND received_on BETWEEN ? AND ?",
                      start, end),
        "successful": q("SELECT count(*) FROM mediation_cases WHERE status = 'successful' AND received_on BETWEEN ?"
                        " AND ?", start, end),
        "attendees": q("SELECT coalesce(sum(quantity), 0) FROM security_activities WHERE kind = 'propaganda_session'"
                       " AND held_on BETWEEN ? AND ?", start, end),
        "sessions": q("SELECT count(*) FROM security_activities WHERE kind = 'propaganda_session'"
                      " AND held_on BETWEEN ? AND ?", start, end),
        "copies": q("SELECT coalesce(sum(quantity), 0) FROM security_activities WHERE kind = 'materials_distributed'"
                    " AND held_on BETWEEN ? AND ?", start, end),
        "moves_in": q("SELECT count(*) FROM resident_events WHERE kind = 'move_in' AND on_date BETWEEN ? AND ?",
                      start, end),
    }
    conn.close()
    return out


@pytest.mark.parametrize("code, start, end", [("2026-Q3", "2026-07-01", "2026-09-30"),
                                              ("2026-07", "2026-07-01", "2026-07-31"),
                                              ("2026", "2026-01-01", "2026-12-31")])
def test_every_figure_is_recomputed_from_the_records(app, code, start, end):
    with app.uow() as uow:
        f = security.report_figures(uow, security.parse_period(code, today=dt.date(2026, 12, 7)),
                                    today=dt.date(2026, 12, 7))
    want = _independent(app.db_path, start, end)
    assert f["population"]["households"] == want["households"]
    assert f["population"]["residents"] == want["residents"]
    assert f["population"]["movements"]["move_in"] == want["moves_in"]
    for kind in ("birth", "death", "move_out", "temporary_from"):
        assert f["population"]["movements"][kind] == want[kind], kind
    assert sum(f["population"]["by_sex"].values()) == sum(f["population"]["by_residence_type"].values()) \
        == want["residents"]
    assert f["events"]["total"] == want["events"] == sum(f["events"]["by_type"].values())
    assert sum(f["events"]["by_category"].values()) == want["events"]
    assert f["events"]["by_type"]["crime"] == want["crime"]
    assert f["events"]["reported_to_police"] == want["reported"]
    assert f["mediation"]["received"] == want["received"] and f["mediation"]["successful"] == want["successful"]
    assert f["activities"]["attendees"] == want["attendees"]
    assert f["activities"]["propaganda_sessions"] == want["sessions"]
    assert f["activities"]["materials_copies"] == want["copies"]

def test_the_population_is_the_register_at_the_end_of_the_period(app):
    """The third quarter counts the household that moved in in July, not the one of October; the birth in it,
    the death and the move out of September; the resident who died in September lived here at the end of
    August."""
    with app.uow() as uow:
        q3 = security.report_figures(uow, security.parse_period("2026-Q3"), today=dt.date(2026, 12, 7))
        august = security.report_figures(uow, security.parse_period("2026-08"), today=dt.date(2026, 12, 7))
        now = security.report_figures(uow, security.parse_period("2026-12"), today=dt.date(2026, 12, 7))
        from desktop_app.services import views

        current = views.stats(uow.dbapi(), unit_code=uow.unit_code)
    conn = sqlite3.connect(app.db_path)
    started = lambda lo, hi: conn.execute(  # noqa: E731 — demo residents (no event) who came or were born then
        "SELECT count(*) FROM residents r WHERE deleted_at IS NULL AND max(coalesce(residence_from, ''),"
        " CASE WHEN length(birth_date) = 10 THEN birth_date ELSE '' END) BETWEEN ? AND ? AND NOT"
        " EXISTS (SELECT 1 FROM resident_events e WHERE e.resident_id = r.id)", (lo, hi)).fetchone()[0]
    september, later = started("2026-09-01", "2026-09-30"), started("2026-10-01", "2026-12-07")
    conn.close()
    moves = q3["population"]["movements"]
    assert (moves["move_in"], moves["birth"], moves["death"], moves["move_out"]) == (2, 1, 1, 1)
    assert moves["temporary_from"] >= 1  # Nông Văn Trọ from 01/08, and the demo's
    assert q3["population"]["as_of"] == "2026-09-30" and now["population"]["as_of"] == "2026-12-07"
    # From the end of August: the death and the move out of September leave, September's arrivals come.
    assert august["population"]["residents"] == q3["population"]["residents"] + 2 - september
    # After the quarter: the household of October and the later arrivals; today's figures are the register's.
    assert now["population"]["residents"] == q3["population"]["residents"] + 1 + later == current.residents
    # A household counts while someone lives in it (the register also keeps 903, whose only member died).
    with app.uow() as uow:
        assert now["population"]["households"] == len(security.current_households(uow)) == current.households - 1


def test_the_quarter_counts_what_happened_in_it_by_vietnamese_time_kept_in_utc(plain):
    with plain.uow() as uow:
        f = security.report_figures(uow, security.parse_period("2026-Q3"), today=dt.date(2026, 12, 7))
    # 02/07 crime, 15/08 gambling, 30/09 23:59 (+07) accident; 01/10 00:05 (+07) is 30/09 17:05 UTC
    assert f["events"]["by_type"]["gambling"] == 1 and f["events"]["by_type"]["traffic_accident"] == 1
    assert f["events"]["by_type"]["crime"] == 1  # 02/07; the crime at 00:05 on 01/10 (+07) is October's
    assert f["events"]["total"] == 3
    assert f["activities"]["hot_spots_transformed"] == 1 and f["activities"]["self_governing_models_effective"] == 1
    assert f["activities"]["wanted_persons_surrendered"] == 0  # 02/10 is in Q4
    assert f["complete"] is True


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def test_the_signed_report_prints_the_same_figures_and_is_kept(app, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    narrative = tmp_path / "nhan-xet.txt"
    narrative.write_text("Tình hình an ninh, trật tự trên địa bàn cơ bản ổn định.", encoding="utf-8")
    out = tmp_path / "bao-cao-q3.pdf"
    code = main(["--data-dir", str(app.data_dir), "report", "--period", "2026-Q3", "--out", str(out), "--sign",
                 "--narrative-from", str(narrative), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0, doc
    assert doc["signed"] and doc["kept"] and doc["period"] == {"code": "2026-Q3", "from": "2026-07-01",
                                                               "to": "2026-09-30"}
    f = doc["figures"]
    text = _pdftotext(out)
    assert "BÁO CÁO" in text and "quý III năm 2026" in text
    assert f"xảy ra {f['events']['total']} vụ việc" in text
    assert f"đã báo Công an xã {f['events']['reported_to_police']} vụ" in " ".join(text.split())
    assert "Tình hình an ninh, trật tự trên địa bàn cơ bản ổn định." in " ".join(text.split())
    flat = " ".join(text.split())
    assert f"Lượt người dự tuyên truyền {f['activities']['attendees']} lượt" in flat
    pop = f["population"]
    number = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731
    assert (f"Đến ngày 30/09/2026, trên địa bàn có {number(pop['households'])} hộ gia đình với "
            f"{number(pop['residents'])} nhân khẩu") in flat
    assert f"Biến động trong kỳ: số người chết {pop['movements']['death']}" in flat
    assert f"Tiếp nhận {f['mediation']['received']}" in flat
    sig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Nguyễn Văn Trưởng" in sig
    conn = sqlite3.connect(app.db_path)
    kept = conn.execute("SELECT kind, record_id FROM issued_documents WHERE id = ?", (doc["kept"],)).fetchone()
    conn.close()
    assert kept == ("security_report", "2026-Q3")


def test_a_report_for_a_period_that_has_not_begun_is_refused(app, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    today = vn_today()
    before = dump_tables(app.db_path)
    for period in (f"{today.year + 1}", f"{today.year + 1}-Q1", f"{today.year + 1}-01", "2026-13"):
        code = main(["--data-dir", str(app.data_dir), "report", "--period", period, "--out",
                     str(tmp_path / "x.pdf"), "--json"])
        err = json.loads(capsys.readouterr().out)
        assert code == 1 and err["field"] == "period", err
        assert err["error"] in {"security_period_not_begun", "security_period_invalid"}
    assert not (tmp_path / "x.pdf").exists()
    assert dump_tables(app.db_path) == before


def test_a_refused_signature_keeps_no_narrative(app, tmp_path, capsys, monkeypatch):
    """The head's narrative is saved only with the report: a profile that may not sign changes nothing."""
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles
    from tests.conftest import dump_tables

    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name="hoa.giai", display_name="Trần Thị Hòa",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()
    narrative = tmp_path / "nhan-xet.txt"
    narrative.write_text("Nhận xét không được lưu.", encoding="utf-8")
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    before = dump_tables(app.db_path)
    code = main(["--data-dir", str(app.data_dir), "--profile", "hoa.giai", "report", "--period", "2026-Q3", "--out",
                 str(tmp_path / "r.pdf"), "--sign", "--narrative-from", str(narrative), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and doc["error"] == "document_signer_wrong"
    assert dump_tables(app.db_path) == before


def test_an_event_follows_the_rules_of_its_day_in_vietnam_when_recorded_and_when_followed_up(hamlet, monkeypatch):
    """03:00 on 1 January in Vietnam is 20:00 on 31 December in UTC, as it is stored: the event is checked
    against 2026's rule set both when it is recorded and when it is followed up, never the year before's."""
    asked = []
    real = security.rules
    monkeypatch.setattr(security, "rules", lambda day=None: asked.append(day) or real(day))
    at = dt.datetime(2026, 1, 1, 3, 0, tzinfo=TZ)
    with hamlet.uow() as uow:
        view = security.record_event(uow, EventInput(occurred_at=at, place="Xóm 2", type="dispute",
                                                     severity="ordinary", description="Tranh chấp lối đi"))
        uow.commit()
    with hamlet.uow() as uow:
        security.update_event(uow, view.id, reported_at=at + dt.timedelta(hours=2), reported_to="Công an xã")
        uow.commit()
    assert asked == [dt.date(2026, 1, 1), dt.date(2026, 1, 1)]
