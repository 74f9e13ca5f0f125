"""The unit of work's two guards the services share: the open session (``orm``) and the own unit's code
(``require_unit``), on a real database."""

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.services import meetings, register, security
from desktop_app.storage.db import open_database
from desktop_app.storage.uow import UnitOfWork


def test_the_session_is_there_only_inside_the_block(hamlet):
    uow = hamlet.uow()
    with pytest.raises(AssertionError, match="with uow:"):
        uow.orm  # noqa: B018 — the property is the check
    with uow:
        assert uow.orm is uow.session


def test_a_copy_not_set_up_yet_is_refused_with_not_initialised_by_every_area(tmp_path):
    engine = open_database(tmp_path / "sothon.db", backups_dir=tmp_path / "backups")
    try:
        with UnitOfWork(engine, actor="test", unit_code=None) as uow:
            for call in (uow.require_unit, lambda: meetings.trash(uow, viewer=None), lambda: security.trash(uow),
                         lambda: security.list_events(uow), lambda: meetings.list_meetings(uow, viewer=None)):
                with pytest.raises(ValidationError) as err:
                    call()
                assert err.value.code == "not_initialised"
            with pytest.raises(ValidationError) as err:
                register.add_household(uow, number="1", address=None, head=None)  # the unit is checked first
            assert err.value.code == "not_initialised"
    finally:
        engine.dispose()


def test_the_own_unit_is_the_one_the_app_opened(hamlet):
    with hamlet.uow() as uow:
        assert uow.require_unit() == hamlet.unit.code == "17380-thon-dong"
