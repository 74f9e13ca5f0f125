"""The register services on a real, migrated SQLite file."""

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import BirthDate, Relation, ResidenceType, ResidentInput, ResidentStatus, Sex
from desktop_app.services import register
from desktop_app.storage.models import AuditEntry, Resident


def _person(name, year=1980, sex=Sex.MALE, pid=None, **kw):
    return ResidentInput(full_name=name, birth_date=BirthDate(year, 3, 4), sex=sex, personal_id=pid, **kw)


def _add_household(app, number="1", head=None, **kw):
    with app.uow() as uow:
        h = register.add_household(uow, number=number, address="Xóm 1, Thôn Đông",
                                   head=head or _person("Nguyễn Văn Ấn", pid="040080000001"), **kw)
        uow.commit()
    return h


def _count(app, model=Resident):
    with app.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_new_household_has_its_head_as_first_member(hamlet):
    h = _add_household(hamlet)
    with hamlet.uow() as uow:
        members = register.household_members(uow, h.id)
    assert [m.full_name for m in members] == ["Nguyễn Văn Ấn"]
    assert members[0].relation is Relation.HEAD and h.head_name == "Nguyễn Văn Ấn"


def test_every_write_bumps_the_version_and_is_audited_with_old_and_new_values(hamlet):
    h = _add_household(hamlet)
    with hamlet.uow() as uow:
        rid = register.household_members(uow, h.id)[0].id
        before = register.get_resident(uow, rid)
        data = before.as_input()
        data.phone = "0987654321"
        after = register.update_resident(uow, rid, data)
        uow.commit()
    assert after.version == before.version + 1
    with hamlet.uow() as uow:
        entries = uow.history(rid)
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[-1].changes == {"phone": [None, "0987654321"]}
    assert entries[-1].profile == hamlet.profile.name


def test_the_audit_log_refuses_deletion(hamlet):
    _add_household(hamlet)
    with hamlet.uow() as uow, pytest.raises(Exception, match="append-only"):
        uow.session.execute(text("DELETE FROM audit_log"))


def test_the_same_personal_id_twice_in_the_unit_is_refused_and_nothing_is_written(hamlet):
    h = _add_household(hamlet)
    residents, audits = _count(hamlet), _count(hamlet, AuditEntry)
    with hamlet.uow() as uow, pytest.raises(ValidationError) as exc:
        register.add_resident(uow, household_id=h.id, data=_person("Trần Văn Bình", pid="040080000001"))
    assert exc.value.code == "personal_id_duplicate"
    assert exc.value.params["other"] == "Nguyễn Văn Ấn"
    assert (_count(hamlet), _count(hamlet, AuditEntry)) == (residents, audits)


def test_lists_follow_vietnamese_order_by_given_name_then_family_name(hamlet):
    h = _add_household(hamlet, head=_person("Trần Văn Bình"))
    with hamlet.uow() as uow:
        for name in ["Nguyễn Thị Ánh", "Lê Văn An", "Đặng Văn Đức", "Nguyễn Văn Dũng", "Phạm Thị Ân", "Ngô Ăn"]:
            register.add_resident(uow, household_id=h.id, data=_person(name, sex=Sex.MALE))
        uow.commit()
        names = [r.full_name for r in register.list_residents(uow)]
    assert names == ["Lê Văn An", "Nguyễn Thị Ánh", "Ngô Ăn", "Phạm Thị Ân", "Trần Văn Bình", "Nguyễn Văn Dũng",
                     "Đặng Văn Đức"]


def test_a_death_keeps_the_person_in_history_and_passes_the_headship_to_the_eldest(hamlet):
    h = _add_household(hamlet, head=_person("Nguyễn Văn Cả", 1940))
    with hamlet.uow() as uow:
        wife = register.add_resident(uow, household_id=h.id,
                                     data=_person("Lê Thị Hai", 1945, Sex.FEMALE, relation=Relation.SPOUSE))
        register.add_resident(uow, household_id=h.id, data=_person("Nguyễn Văn Ba", 1970, relation=Relation.CHILD))
        head_id = register.household_view(uow, h.id).head_id
        register.record_death(uow, head_id, on=dt.date(2026, 1, 5))
        uow.commit()
        view = register.household_view(uow, h.id)
        dead = register.get_resident(uow, head_id)
        events = register.resident_events(uow, head_id)
    assert view.head_id == wife.id and view.member_count == 2
    assert dead.status is ResidentStatus.DEAD and dead.status_date == dt.date(2026, 1, 5)
    assert [e.kind for e in events] == ["death", "registered"]  # by date: the death was earlier


def test_moving_a_person_between_households_is_recorded_in_their_history(hamlet):
    a = _add_household(hamlet, "1")
    b = _add_household(hamlet, "2", head=_person("Trần Văn Bình", pid="040080000002"))
    with hamlet.uow() as uow:
        child = register.add_resident(uow, household_id=a.id, data=_person("Nguyễn Văn Con", 2001,
                                                                           pid="040201000003"))
        register.move_resident(uow, child.id, to_household_id=b.id, on=dt.date(2026, 2, 1))
        uow.commit()
        moved = register.get_resident(uow, child.id)
        events = register.resident_events(uow, child.id)
    assert moved.household_no == "2"
    assert [e.details for e in events if e.kind == "household_change"] == [{"from_household": "1", "to_household": "2"}]


def test_deleted_people_go_to_the_trash_and_come_back(hamlet):
    h = _add_household(hamlet)
    with hamlet.uow() as uow:
        r = register.add_resident(uow, household_id=h.id, data=_person("Trần Văn Bình"))
        register.delete_resident(uow, r.id)
        uow.commit()
        assert [x.id for x in register.trash(uow)[0]] == [r.id]
        assert register.count_residents(uow) == 1
        register.restore_resident(uow, r.id)
        uow.commit()
        assert register.count_residents(uow) == 2


def test_filters_select_by_residence_type_sex_and_age_group(hamlet):
    from desktop_app.domain.people import AgeGroup

    h = _add_household(hamlet)
    with hamlet.uow() as uow:
        register.add_resident(uow, household_id=h.id, data=_person(
            "Lê Thị Tạm", 1999, Sex.FEMALE, residence_type=ResidenceType.TEMPORARY,
            residence_from=dt.date(2026, 1, 1), residence_to=dt.date(2026, 12, 1)))
        register.add_resident(uow, household_id=h.id, data=_person("Nguyễn Văn Bé", 2020))
        uow.commit()
        f = register.ResidentFilter
        assert [r.full_name for r in register.list_residents(uow, f(residence_type=ResidenceType.TEMPORARY))] \
            == ["Lê Thị Tạm"]
        assert register.count_residents(uow, f(sex=Sex.FEMALE)) == 1
        on = dt.date(2026, 11, 28)
        assert [r.full_name for r in register.list_residents(uow, f(age_group=AgeGroup.CHILD, on=on))] \
            == ["Nguyễn Văn Bé"]
        expiring = register.expiring_temporary_residents(uow, today=on)
    assert [r.full_name for r in expiring] == ["Lê Thị Tạm"]


def test_stats_count_only_current_records(hamlet):
    h = _add_household(hamlet)
    with hamlet.uow() as uow:
        r = register.add_resident(uow, household_id=h.id, data=_person("Trần Văn Bình"))
        gone = register.add_resident(uow, household_id=h.id, data=_person("Trần Văn Đi"))
        register.record_move_out(uow, gone.id, on=dt.date(2026, 3, 1), destination="Hà Nội")
        register.delete_resident(uow, r.id)
        uow.commit()
        s = register.stats(uow)
    assert (s.households, s.residents, s.former_residents, s.deleted) == (1, 1, 1, 1)


def test_restoring_a_person_whose_household_number_was_reused_is_refused_cleanly(hamlet):
    h = _add_household(hamlet, "5")
    with hamlet.uow() as uow:
        rid = register.household_members(uow, h.id)[0].id
        register.delete_resident(uow, rid)
        register.delete_household(uow, h.id)
        uow.commit()
    _add_household(hamlet, "5", head=_person("Trần Văn Mới", pid="040080000009"))
    with hamlet.uow() as uow, pytest.raises(ValidationError) as exc:
        register.restore_resident(uow, rid)
    assert exc.value.code == "household_number_duplicate"


def test_a_new_head_after_a_death_takes_over_on_the_day_of_death(hamlet):
    h = _add_household(hamlet, head=_person("Nguyễn Văn Cả", 1940))
    with hamlet.uow() as uow:
        wife = register.add_resident(uow, household_id=h.id, data=_person("Lê Thị Hai", 1945, Sex.FEMALE))
        register.record_death(uow, register.household_view(uow, h.id).head_id, on=dt.date(2026, 1, 5))
        uow.commit()
        events = register.resident_events(uow, wife.id)
    assert [(e.kind, e.on_date) for e in events if e.kind == "head_change"] == [("head_change", dt.date(2026, 1, 5))]


def test_search_respects_the_list_filters(hamlet):
    from desktop_app.services.search import search_residents

    h = _add_household(hamlet)
    with hamlet.uow() as uow:
        register.add_resident(uow, household_id=h.id, data=_person("Nguyễn Thị Ấn", 1990, Sex.FEMALE))
        uow.commit()
        found = search_residents(uow, "nguyen an", where=register.ResidentFilter(sex=Sex.FEMALE))
    assert [r.full_name for r in found] == ["Nguyễn Thị Ấn"]
