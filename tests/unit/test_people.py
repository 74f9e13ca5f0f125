import datetime as dt

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import (
    BirthDate,
    Relation,
    ResidenceType,
    ResidentInput,
    Sex,
    check_personal_id,
    clean_name,
    normalize_phone,
    split_name,
    temporary_residence_expiring,
    validate_resident,
)

TODAY = dt.date(2026, 11, 28)


def person(**kw):
    base = dict(full_name="nguyễn  văn ấn", birth_date=BirthDate(1980, 5, 1), sex=Sex.MALE,
                personal_id="001080012345")
    base.update(kw)
    return ResidentInput(**base)


def test_a_valid_resident_is_cleaned_and_kept():
    r = validate_resident(person(phone="091 234 5678"), today=TODAY)
    assert r.full_name == "Nguyễn Văn Ấn"
    assert r.phone == "0912345678"
    assert r.relation is Relation.OTHER and r.residence_type is ResidenceType.PERMANENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/01/1980", BirthDate(1980, 1, 5)),
        ("5/1/1980", BirthDate(1980, 1, 5)),
        ("1980-01-05", BirthDate(1980, 1, 5)),
        ("1950", BirthDate(1950)),
        (1950, BirthDate(1950)),
        (dt.datetime(1980, 1, 5), BirthDate(1980, 1, 5)),
        ("", None),
    ],
)
def test_birth_dates_are_read_in_the_forms_lists_use(text, expected):
    assert BirthDate.parse(text) == expected


@pytest.mark.parametrize("text", ["31/02/1980", "1980/13/01", "abc", "12345", "05-01-80"])
def test_impossible_birth_dates_are_refused_with_their_code(text):
    with pytest.raises(ValidationError) as exc:
        BirthDate.parse(text)
    assert exc.value.code == "birth_date_invalid"


def test_a_year_alone_round_trips_as_an_iso_year():
    assert BirthDate.from_iso(BirthDate(1950).iso()) == BirthDate(1950)
    assert BirthDate(1950).iso() == "1950"
    assert BirthDate(1980, 1, 5).display() == "05/01/1980"


@pytest.mark.parametrize(
    ("pid", "sex", "year", "code"),
    [
        ("00108001234", Sex.MALE, 1980, "personal_id_length"),
        ("00108001234X", Sex.MALE, 1980, "personal_id_not_digits"),
        ("001180012345", Sex.MALE, 1980, "personal_id_sex_mismatch"),
        ("001081012345", Sex.MALE, 1980, "personal_id_year_mismatch"),
        ("001280012345", Sex.MALE, 1980, "personal_id_year_mismatch"),  # 2080, not 1980
    ],
)
def test_personal_ids_must_agree_with_sex_and_birth_year(pid, sex, year, code):
    with pytest.raises(ValidationError) as exc:
        check_personal_id(pid, sex=sex, birth_year=year)
    assert exc.value.code == code


@pytest.mark.parametrize(
    ("pid", "sex", "year"),
    [("001080012345", Sex.MALE, 1980), ("079185000001", Sex.FEMALE, 1985), ("040210000001", Sex.MALE, 2010),
     ("040315000001", Sex.FEMALE, 2015)],
)
def test_personal_ids_of_both_centuries_are_accepted(pid, sex, year):
    check_personal_id(pid, sex=sex, birth_year=year)


def test_a_resident_needs_a_name_and_a_sex():
    with pytest.raises(ValidationError) as exc:
        validate_resident(person(full_name="  "), today=TODAY)
    assert exc.value.code == "name_required"
    with pytest.raises(ValidationError) as exc:
        validate_resident(person(sex=None, personal_id=None), today=TODAY)
    assert exc.value.code == "sex_required"


def test_a_birth_date_in_the_future_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate_resident(person(birth_date=BirthDate(2027, 1, 1), personal_id=None), today=TODAY)
    assert exc.value.code == "birth_date_future"


def test_temporary_residence_cannot_exceed_two_years():
    with pytest.raises(ValidationError) as exc:
        validate_resident(person(residence_type=ResidenceType.TEMPORARY, residence_from=dt.date(2026, 1, 1),
                                 residence_to=dt.date(2028, 1, 2)), today=TODAY)
    assert exc.value.code == "temporary_residence_too_long"


def test_temporary_residence_expiring_within_thirty_days_is_flagged():
    assert temporary_residence_expiring(ResidenceType.TEMPORARY, TODAY + dt.timedelta(days=30), today=TODAY)
    assert not temporary_residence_expiring(ResidenceType.TEMPORARY, TODAY + dt.timedelta(days=31), today=TODAY)
    assert not temporary_residence_expiring(ResidenceType.PERMANENT, TODAY + dt.timedelta(days=3), today=TODAY)


def test_phone_numbers_lose_their_separators_and_regain_a_dropped_zero():
    assert normalize_phone("+84 912 345 678") == "0912345678"
    assert normalize_phone(912345678) == "0912345678"
    with pytest.raises(ValidationError):
        normalize_phone("12345")


def test_names_are_split_family_first_given_last():
    parts = split_name(clean_name("lê thị ngọc trâm"))
    assert (parts.family, parts.middle, parts.given) == ("Lê", "Thị Ngọc", "Trâm")


def test_a_passphrase_typed_in_another_terminal_encoding_hashes_and_verifies():
    from desktop_app.domain.passphrase import hash_passphrase, verify_passphrase

    odd = b"m\xe1t-kh\xe2u".decode("utf-8", "surrogateescape")  # Latin-1 bytes as Python receives them
    stored = hash_passphrase(odd)
    assert verify_passphrase(odd, stored) and not verify_passphrase("mat-khau", stored)
    assert not verify_passphrase(odd, "scrypt$16384$8$1$not-base64!$###")
