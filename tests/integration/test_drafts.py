"""Autosaved form drafts on a real data directory."""

import datetime as dt
import json
import os

import pytest

from desktop_app.services import drafts


def test_a_saved_draft_comes_back_with_its_vietnamese_text_intact(tmp_path):
    values = {"full_name": "Nguyễn Thị Ánh Tuyết", "birth_date": "1950", "sex": "female", "extra": [1, True]}
    drafts.save_draft(tmp_path, "add-resident:123", values)
    assert drafts.load_draft(tmp_path, "add-resident:123") == values
    assert (tmp_path / "drafts").is_dir()


def test_no_draft_is_none(tmp_path):
    assert drafts.load_draft(tmp_path, "edit-resident:nobody") is None
    assert drafts.draft_saved_at(tmp_path, "edit-resident:nobody") is None


def test_saving_again_replaces_the_draft_and_leaves_no_temporary_files(tmp_path):
    drafts.save_draft(tmp_path, "k", {"a": "1"})
    drafts.save_draft(tmp_path, "k", {"a": "2"})
    assert drafts.load_draft(tmp_path, "k") == {"a": "2"}
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == [drafts.draft_path(tmp_path, "k").name]


def test_the_save_time_is_recorded(tmp_path):
    before = dt.datetime.now(dt.UTC)
    drafts.save_draft(tmp_path, "k", {})
    saved = drafts.draft_saved_at(tmp_path, "k")
    assert saved is not None and before - dt.timedelta(seconds=1) <= saved <= dt.datetime.now(dt.UTC)


def test_discarding_deletes_the_draft_and_discarding_nothing_is_fine(tmp_path):
    drafts.save_draft(tmp_path, "k", {"a": "1"})
    drafts.discard_draft(tmp_path, "k")
    assert drafts.load_draft(tmp_path, "k") is None
    drafts.discard_draft(tmp_path, "k")


@pytest.mark.parametrize("key", ["../../etc/passwd", "a/b\\c:d*?<>|", "CON", "   ", "x" * 500, "hộ số 12"])
def test_any_key_becomes_a_safe_file_name_inside_the_drafts_folder(tmp_path, key):
    path = drafts.draft_path(tmp_path, key)
    assert path.parent == tmp_path / "drafts"
    assert len(path.name) <= 100 and all(c.isascii() and (c.isalnum() or c in "_-.") for c in path.name)
    drafts.save_draft(tmp_path, key, {"v": key})
    assert drafts.load_draft(tmp_path, key) == {"v": key}


def test_keys_that_differ_only_in_unsafe_characters_do_not_share_a_file(tmp_path):
    drafts.save_draft(tmp_path, "a/b", {"v": 1})
    drafts.save_draft(tmp_path, "a:b", {"v": 2})
    assert drafts.load_draft(tmp_path, "a/b") == {"v": 1}
    assert drafts.load_draft(tmp_path, "a:b") == {"v": 2}


def test_an_empty_key_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        drafts.save_draft(tmp_path, "", {})


def test_a_damaged_draft_is_ignored_rather_than_failing_the_form(tmp_path):
    drafts.save_draft(tmp_path, "k", {"a": "1"})
    drafts.draft_path(tmp_path, "k").write_text("{not json", encoding="utf-8")
    assert drafts.load_draft(tmp_path, "k") is None
    drafts.draft_path(tmp_path, "k").write_text(json.dumps(["a list"]), encoding="utf-8")
    assert drafts.load_draft(tmp_path, "k") is None


def test_a_failed_write_keeps_the_previous_draft(tmp_path, monkeypatch):
    drafts.save_draft(tmp_path, "k", {"a": "old"})

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        drafts.save_draft(tmp_path, "k", {"a": "new"})
    monkeypatch.undo()
    assert drafts.load_draft(tmp_path, "k") == {"a": "old"}
    assert len(list((tmp_path / "drafts").iterdir())) == 1


def test_a_corrections_draft_keeps_its_base_and_restores_only_what_was_typed(tmp_path):
    from desktop_app.services.drafts import load_draft_base, typed_over

    base = {"place": "Ngõ 4", "status": "open", "note": "", "people": [{"name": "A"}], "form": {"a": 1, "b": 2}}
    typed = {**base, "note": "Đã hòa giải", "form": {"a": 1, "b": 3}}
    drafts.save_draft(tmp_path, "security-event-1", typed, base=base)
    assert drafts.load_draft(tmp_path, "security-event-1") == typed
    assert load_draft_base(tmp_path, "security-event-1") == base
    now = {**base, "status": "resolved", "people": [{"name": "A"}, {"name": "B"}], "form": {"a": 9, "b": 2}}
    assert typed_over(now, base, typed) == {"place": "Ngõ 4", "status": "resolved", "note": "Đã hòa giải",
                                            "people": [{"name": "A"}, {"name": "B"}], "form": {"a": 9, "b": 3}}
    drafts.save_draft(tmp_path, "new-household", {"number": "12"})  # a new record's draft has no base
    assert load_draft_base(tmp_path, "new-household") is None
