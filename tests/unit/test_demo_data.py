"""Demo-data generator: determinism, realism of the shapes and proportions, and validity of every resident."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter

import pytest

from desktop_app.domain.people import (
    Relation,
    ResidenceType,
    ResidentInput,
    Sex,
    check_personal_id,
    temporary_residence_expiring,
    validate_resident,
)
from desktop_app.services.demo_data import (
    NAMES_FILE,
    OLD_PROVINCE_BIRTH_CODES,
    DemoHousehold,
    generate_households,
    generate_mediation_cases,
    hamlet_names,
    load_name_table,
)

TODAY = dt.date(2026, 3, 15)


@pytest.fixture(scope="module")
def households() -> list[DemoHousehold]:
    # ~2,700 households hold a little over 10,000 people: enough for the proportions below to be stable.
    return generate_households(count=2_700, seed=20260315, today=TODAY)


@pytest.fixture(scope="module")
def people(households: list[DemoHousehold]) -> list[ResidentInput]:
    result = [m for h in households for m in h.members]
    assert len(result) >= 10_000
    return result


def _share(items: list[ResidentInput], predicate) -> float:
    return sum(1 for p in items if predicate(p)) / len(items)


# --- determinism and shape ----------------------------------------------------------------------------------


def test_same_seed_same_output_and_other_seed_differs() -> None:
    first = generate_households(count=150, seed=7, today=TODAY)
    again = generate_households(count=150, seed=7, today=TODAY)
    other = generate_households(count=150, seed=8, today=TODAY)
    assert first == again
    assert first != other


def test_zero_households() -> None:
    assert generate_households(count=0, seed=1, today=TODAY) == []


def test_household_numbers_sizes_and_head(households: list[DemoHousehold]) -> None:
    assert [h.number for h in households] == [str(i) for i in range(1, len(households) + 1)]
    sizes = Counter(len(h.members) for h in households)
    assert set(sizes) <= set(range(1, 9))
    # Rough distribution: 4-person households are the most common, singles and 8-person ones are rare.
    assert 0.20 <= sizes[4] / len(households) <= 0.30
    assert 0.04 <= sizes[1] / len(households) <= 0.12
    assert sizes[8] / len(households) <= 0.06
    for h in households:
        head = h.members[0]
        assert head.relation is Relation.HEAD
        assert sum(1 for m in h.members if m.relation is Relation.HEAD) == 1
        assert 25 <= head.birth_date.age_on(TODAY) <= 85


def test_every_resident_validates_unchanged(people: list[ResidentInput]) -> None:
    for person in people:
        assert validate_resident(person, today=TODAY) == person


def test_names_are_nfc_with_family_middle_given(people: list[ResidentInput]) -> None:
    for person in people:
        assert unicodedata.normalize("NFC", person.full_name) == person.full_name
        assert len(person.full_name.split()) >= 3


# --- personal IDs -------------------------------------------------------------------------------------------


def test_personal_ids_unique_structured_and_mostly_present(people: list[ResidentInput]) -> None:
    ids = [p.personal_id for p in people if p.personal_id is not None]
    assert len(ids) == len(set(ids))
    assert 0.01 <= 1 - len(ids) / len(people) <= 0.05  # ~3% have none
    for person in people:
        if person.personal_id is None:
            continue
        assert person.personal_id[:3] in OLD_PROVINCE_BIRTH_CODES
        check_personal_id(person.personal_id, sex=person.sex, birth_year=person.birth_date.year)


def test_household_mostly_shares_one_province_code(households: list[DemoHousehold]) -> None:
    shared = total = 0
    for h in households:
        codes = [m.personal_id[:3] for m in h.members if m.personal_id]
        if len(codes) < 2:
            continue
        top = Counter(codes).most_common(1)[0][1]
        shared += top
        total += len(codes)
    assert shared / total >= 0.75


def test_reserved_ids_keep_several_calls_unique() -> None:
    reserved: set[str] = set()
    a = generate_households(count=300, seed=1, today=TODAY, reserved_ids=reserved)
    b = generate_households(count=300, seed=1, today=TODAY, reserved_ids=reserved)
    ids_a = {m.personal_id for h in a for m in h.members if m.personal_id}
    ids_b = {m.personal_id for h in b for m in h.members if m.personal_id}
    assert not ids_a & ids_b
    assert reserved == ids_a | ids_b


def test_unknown_province_code_and_negative_count_are_refused() -> None:
    with pytest.raises(ValueError):
        generate_households(count=1, seed=1, today=TODAY, province_birth_codes=["003"])
    with pytest.raises(ValueError):
        generate_households(count=-1, seed=1, today=TODAY)


def test_given_province_codes_are_used() -> None:
    hh = generate_households(count=200, seed=5, today=TODAY, province_birth_codes=["079", "089"])
    codes = Counter(m.personal_id[:3] for h in hh for m in h.members if m.personal_id)
    assert set(codes) == {"079", "089"}
    assert codes["079"] > codes["089"]  # the first code is the hamlet's own province


# --- names --------------------------------------------------------------------------------------------------


def test_family_name_distribution_follows_table(people: list[ResidentInput]) -> None:
    shares = load_name_table().family_shares
    counts = Counter(p.full_name.split()[0] for p in people)
    nguyen = counts["Nguyễn"] / len(people)
    assert 0.33 <= nguyen <= 0.43
    for name, share in shares.items():
        if share >= 0.02:
            observed = counts[name] / len(people)
            assert abs(observed - share) <= max(0.015, 0.3 * share), (name, observed, share)
    assert set(counts) <= set(shares)


def test_children_take_father_family_name(households: list[DemoHousehold]) -> None:
    checked = 0
    for h in households:
        head = h.members[0]
        spouse = next((m for m in h.members if m.relation is Relation.SPOUSE), None)
        if head.sex is Sex.MALE:
            father = head
        elif spouse is not None:
            father = spouse
        else:
            continue
        for child in (m for m in h.members if m.relation is Relation.CHILD):
            assert child.full_name.split()[0] == father.full_name.split()[0]
            checked += 1
    assert checked > 1_000


def test_middle_names_by_generation(people: list[ResidentInput]) -> None:
    def van_thi(p: ResidentInput) -> bool:
        return p.full_name.split()[1] in {"Văn", "Thị"}

    older = [p for p in people if p.birth_date.year < 1975]
    younger = [p for p in people if p.birth_date.year >= 1995]
    assert _share(older, van_thi) >= 0.75
    assert _share(younger, van_thi) <= 0.45


def test_name_table_resource() -> None:
    raw = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    text = NAMES_FILE.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert "Vietnamese name" in raw["source"]
    assert abs(sum(e["share"] for e in raw["family_names"]) - 1) < 1e-6
    assert raw["family_names"][0] == {"name": "Nguyễn", "share": 0.38}
    assert len(raw["given_names"]["male"]) >= 60
    assert len(raw["given_names"]["female"]) >= 60
    middle_keys = {"male_traditional", "female_traditional", "male_modern", "female_modern"}
    assert set(raw["middle_names"]) == middle_keys


# --- ages and relations -------------------------------------------------------------------------------------


def _older_by_18(parent: ResidentInput, child: ResidentInput) -> bool:
    return (
        child.birth_date.year - parent.birth_date.year >= 18
        and parent.birth_date.age_on(child.birth_date.as_date()) >= 18
    )


def test_generations_are_at_least_18_years_apart(households: list[DemoHousehold]) -> None:
    for h in households:
        head = h.members[0]
        by_relation: dict[Relation, list[ResidentInput]] = {}
        for m in h.members:
            by_relation.setdefault(m.relation, []).append(m)
        couple = [head, *by_relation.get(Relation.SPOUSE, [])]
        for child in by_relation.get(Relation.CHILD, []):
            assert all(_older_by_18(parent, child) for parent in couple), (h.number, child)
        for parent in by_relation.get(Relation.PARENT, []):
            assert _older_by_18(parent, head), (h.number, parent)
        for grandchild in by_relation.get(Relation.GRANDCHILD, []):
            assert _older_by_18(head, grandchild)
            for in_law in by_relation.get(Relation.CHILD_IN_LAW, []):
                assert _older_by_18(in_law, grandchild), (h.number, grandchild)


def test_spouses_are_of_the_other_sex_and_adults(households: list[DemoHousehold]) -> None:
    for h in households:
        head = h.members[0]
        for spouse in (m for m in h.members if m.relation is Relation.SPOUSE):
            assert spouse.sex is not head.sex
            assert spouse.birth_date.age_on(TODAY) >= 18


def test_year_only_birth_dates_are_few_and_elderly(people: list[ResidentInput]) -> None:
    year_only = [p for p in people if not p.birth_date.is_full]
    assert 0.02 <= len(year_only) / len(people) <= 0.08
    assert all(p.birth_date.age_on(TODAY) >= 60 for p in year_only)


# --- residence, phones, addresses ---------------------------------------------------------------------------


def test_residence_type_proportions(people: list[ResidentInput]) -> None:
    def of(kind: ResidenceType):
        return lambda p: p.residence_type is kind

    assert 0.87 <= _share(people, of(ResidenceType.PERMANENT)) <= 0.93
    assert 0.05 <= _share(people, of(ResidenceType.TEMPORARY)) <= 0.09
    assert 0.01 <= _share(people, of(ResidenceType.TEMPORARILY_ABSENT)) <= 0.03
    assert 0.004 <= _share(people, of(ResidenceType.SHORT_STAY)) <= 0.018


def test_about_one_percent_of_temporary_residences_expire_within_30_days(people: list[ResidentInput]) -> None:
    def expiring_soon(p: ResidentInput) -> bool:
        return temporary_residence_expiring(p.residence_type, p.residence_to, today=TODAY)

    expiring = _share(people, expiring_soon)
    assert 0.005 <= expiring <= 0.016


def test_temporary_residence_periods(people: list[ResidentInput]) -> None:
    two_years_ago = TODAY - dt.timedelta(days=731)  # also when TODAY is 29 February
    for p in people:
        if p.residence_type is ResidenceType.TEMPORARY:
            assert p.residence_from is not None and p.residence_to is not None
            assert two_years_ago <= p.residence_from <= TODAY
            assert p.residence_to >= TODAY
        elif p.residence_type is ResidenceType.PERMANENT:
            assert p.residence_from is None and p.residence_to is None


def test_phones_for_most_adults_only(people: list[ResidentInput]) -> None:
    adults = [p for p in people if p.birth_date.age_on(TODAY) >= 18]
    minors = [p for p in people if p.birth_date.age_on(TODAY) < 18]
    assert 0.5 <= _share(adults, lambda p: p.phone is not None) <= 0.7
    assert all(p.phone is None for p in minors)
    phones = [p.phone for p in people if p.phone]
    assert len(phones) == len(set(phones))
    assert all(re.fullmatch(r"0[35789]\d{8}", phone) for phone in phones)


def test_notes_are_rare(people: list[ResidentInput]) -> None:
    assert _share(people, lambda p: p.note is None) >= 0.9


def test_rural_addresses_use_hamlet_name() -> None:
    hh = generate_households(count=50, seed=3, today=TODAY, hamlet_name="Thôn Đông")
    assert all(re.fullmatch(r"Xóm \d+, Thôn Đông", h.address) for h in hh)
    default = generate_households(count=20, seed=3, today=TODAY)
    assert all(re.fullmatch(r"Xóm \d+, Thôn .+", h.address) for h in default)
    urban = generate_households(count=20, seed=3, today=TODAY, hamlet_name="Tổ dân phố 3")
    assert [h.address for h in urban[:2]] == ["Số 1, Tổ dân phố 3", "Số 2, Tổ dân phố 3"]


def test_street_addresses() -> None:
    streets = ["Lê Lợi", "Trần Hưng Đạo"]
    hh = generate_households(count=100, seed=3, today=TODAY, street_names=streets)
    pattern = r"Số \d+(, ngõ \d+)?, đường (Lê Lợi|Trần Hưng Đạo)"
    assert all(re.fullmatch(pattern, h.address) for h in hh)
    assert len({h.address for h in hh}) == len(hh)


# --- hamlet names -------------------------------------------------------------------------------------------


def test_hamlet_names_unique_deterministic_and_plausible() -> None:
    names = hamlet_names(30, seed=4)
    assert len(names) == 30 == len(set(names))
    assert names == hamlet_names(30, seed=4)
    assert names != hamlet_names(30, seed=5)
    assert all(re.match(r"(Thôn|Xóm|Tổ dân phố) ", n) for n in names)
    assert all(unicodedata.normalize("NFC", n) == n for n in names)


def test_hamlet_names_any_count() -> None:
    names = hamlet_names(1_000, seed=1)
    assert len(set(names)) == 1_000
    assert hamlet_names(0, seed=1) == []


# --- the mediation cases ------------------------------------------------------------------------------------

_CLOSED = ("performed", "not_yet", "unsuccessful", "terminated")


@pytest.mark.parametrize("today", [dt.date(2026, 12, 7), dt.date(2026, 1, 1), dt.date(2025, 6, 30)])
def test_every_seed_makes_cases_each_closed_after_its_last_session(today: dt.date) -> None:
    # Commune scale uses seeds seed * 1000 + hamlet; 3004 (sothon demo --scale commune --seed 3, hamlet 5) on
    # 7/12/2026 once drew a "referred" case received that week, turned it into "unsuccessful" after the check
    # that keeps recent cases open, and closed it on the last of no sessions (IndexError).
    for seed in (*range(200), *range(3000, 3012)):
        cases = generate_mediation_cases(seed=seed, today=today, residents=40)
        assert 20 <= len(cases) <= 40
        assert sum(c.confidential for c in cases) == 1 and [c.path for c in cases].count("referred") == 1
        for c in cases:
            assert c.received_on <= today and all(c.received_on <= d < today for d in c.sessions), (seed, c)
            if c.path in _CLOSED:
                assert c.sessions and c.closed_on == c.sessions[-1], (seed, c)
            else:
                assert c.closed_on is None, (seed, c)
            assert len(set(c.parties)) == 2 and all(0 <= p < 40 for p in c.parties)
