"""Who belongs on the lists a commune asks its hamlets for: voters, longevity celebrations, military age.

Pure rules over dates; the numbers (ages, residence types) come from versioned data
(``resources/rules/lists.json``, loaded by ``documents.texts``), each rule with its legal basis and
the period it covers (shared/DOMAIN.md: rules are data).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from desktop_app.domain.people import BirthDate, ResidenceType, Sex


class _Dated(Protocol):
    valid_from: dt.date
    valid_to: dt.date | None


R = TypeVar("R", bound=_Dated)


def rule_on(rules: Sequence[R], on: dt.date) -> R:
    """The rule in force on ``on`` (the latest one that started by then; the earliest if none had)."""
    in_force = [r for r in rules if r.valid_from <= on and (r.valid_to is None or on <= r.valid_to)]
    if in_force:
        return max(in_force, key=lambda r: r.valid_from)
    return min(rules, key=lambda r: r.valid_from)


def age_in_year(birth: BirthDate, year: int) -> int:
    """The age a person reaches during ``year`` (how communes count by year of birth)."""
    return year - birth.year


@dataclass(frozen=True)
class VoterRule:
    valid_from: dt.date
    valid_to: dt.date | None
    legal_basis: str
    min_age: int
    residence_types: frozenset[ResidenceType]
    notes: dict[str, str] = field(default_factory=dict)


def is_voter(rule: VoterRule, *, birth: BirthDate | None, residence_type: ResidenceType, on: dt.date,
             resident_since: dt.date | None = None, resident_until: dt.date | None = None) -> bool:
    """Old enough on election day (turning ``min_age`` on the day counts) and living here on that day
    (a residence that begins after it, or a temporary stay registered to end before it, does not count;
    an unknown start or end counts as living here).

    Without a birth date the age cannot be known, so the person is left out; a year alone counts as
    1 January of that year.
    """
    if birth is None or residence_type not in rule.residence_types:
        return False
    if resident_since is not None and resident_since > on:
        return False
    if resident_until is not None and resident_until < on:
        return False
    return birth.age_on(on) >= rule.min_age


@dataclass(frozen=True)
class LongevityRule:
    valid_from: dt.date
    valid_to: dt.date | None
    legal_basis: str
    ages: tuple[int, ...]
    every_year_from: int
    honours: dict[int, str] = field(default_factory=dict)


def longevity_age(rule: LongevityRule, *, birth: BirthDate | None, year: int) -> int | None:
    """The age celebrated in ``year`` (70, 75 … and every year from 100), or None."""
    if birth is None:
        return None
    age = age_in_year(birth, year)
    return age if age in rule.ages or age >= rule.every_year_from else None


class MilitaryCategory:
    REGISTRATION = "registration"  # first registration, the year one turns 17
    CALL_UP = "call_up"  # call-up age
    DEFERRED_STUDY = "deferred_study"  # older, only if deferred for college or university


@dataclass(frozen=True)
class MilitaryRule:
    valid_from: dt.date
    valid_to: dt.date | None
    legal_basis: str
    sex: Sex
    registration_age: int
    call_up_min_age: int
    call_up_max_age: int
    deferred_study_max_age: int
    categories: dict[str, str] = field(default_factory=dict)


def military_category(rule: MilitaryRule, *, birth: BirthDate | None, sex: Sex, year: int) -> str | None:
    """Which part of the military-service list a person belongs to in ``year``, or None."""
    if birth is None or sex is not rule.sex:
        return None
    age = age_in_year(birth, year)
    if age == rule.registration_age:
        return MilitaryCategory.REGISTRATION
    if rule.call_up_min_age <= age <= rule.call_up_max_age:
        return MilitaryCategory.CALL_UP
    if rule.call_up_max_age < age <= rule.deferred_study_max_age:
        return MilitaryCategory.DEFERRED_STUDY
    return None
