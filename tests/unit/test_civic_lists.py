"""Who is on the voter, longevity and military-service lists (rules from resources/rules/lists.json)."""

import datetime as dt

from desktop_app.documents import texts
from desktop_app.domain.civic_lists import (
    MilitaryCategory,
    is_voter,
    longevity_age,
    military_category,
    rule_on,
)
from desktop_app.domain.people import BirthDate, ResidenceType, Sex

ELECTION = dt.date(2026, 3, 15)


def voter(birth, rtype=ResidenceType.PERMANENT):
    rule = rule_on(texts.voter_rules(), ELECTION)
    return is_voter(rule, birth=birth, residence_type=rtype, on=ELECTION)


def test_a_resident_who_turns_18_on_election_day_is_a_voter_and_one_a_day_younger_is_not():
    assert voter(BirthDate(2008, 3, 15))
    assert not voter(BirthDate(2008, 3, 16))
    assert voter(BirthDate(1950, 7, 1))


def test_short_stays_and_unknown_birth_dates_are_left_off_the_voter_list():
    assert not voter(BirthDate(1980, 1, 1), ResidenceType.SHORT_STAY)
    assert voter(BirthDate(1980, 1, 1), ResidenceType.TEMPORARY)
    assert not voter(None)


def test_every_rule_names_its_legal_basis():
    for rules in (texts.voter_rules(), texts.longevity_rules(), texts.military_rules()):
        assert rules and all(r.legal_basis and r.valid_from for r in rules)


def test_longevity_is_celebrated_at_70_75_80_85_90_95_and_every_year_from_100():
    rule = rule_on(texts.longevity_rules(), dt.date(2026, 12, 31))
    ages = [a for a in range(60, 110) if longevity_age(rule, birth=BirthDate(2026 - a), year=2026) is not None]
    assert ages == [70, 75, 80, 85, 90, 95, *range(100, 110)]


def test_military_age_follows_the_2015_law():
    rule = rule_on(texts.military_rules(), dt.date(2026, 1, 1))

    def category(age, sex=Sex.MALE):
        return military_category(rule, birth=BirthDate(2026 - age, 6, 1), sex=sex, year=2026)

    assert category(16) is None
    assert category(17) == MilitaryCategory.REGISTRATION
    assert category(18) == category(25) == MilitaryCategory.CALL_UP
    assert category(26) == category(27) == MilitaryCategory.DEFERRED_STUDY
    assert category(28) is None
    assert category(20, Sex.FEMALE) is None
