"""Security and order in the hamlet (an ninh, trật tự): the event log's rules, the movement's activities, and the
yearly standard "An toàn về an ninh, trật tự" (Circular 124/2021/TT-BCA, Art. 4) with its assessment period.

Pure rules. The lists the law can change (event types and severities, activity kinds, the criteria, the period)
are data in ``resources/rules/security.json``; ``rules_from_data`` turns that file's parsed JSON into
``SecurityRules`` for a given day.

The assessment is pass/fail with every criterion having to hold (no points). Each criterion's status comes from the
evidence its providers give (``Evidence.holds``: True supports a pass, False shows a failure, None only informs):

- any evidence that fails → ``fail``;
- a provider that is missing (no data source) or a criterion that needs the head's judgement → ``needs_answer``;
- a period without any record → ``needs_answer`` with the fact said, never a silent pass;
- otherwise ``pass``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from desktop_app.domain.errors import ValidationError


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    NEEDS_ANSWER = "needs_answer"


@dataclass(frozen=True)
class Coded:
    code: str
    label: str
    category: str | None = None
    item: str | None = None  # the point of Art. 4.3 (a…g) a national-security type stands for


@dataclass(frozen=True)
class ActivityKind:
    code: str
    label: str
    quantity: str | None  # what the number counts (households, attendees, copies, tips, persons) or None
    quantity_label: str | None
    title_required: bool
    model_required: bool


@dataclass(frozen=True)
class Criterion:
    id: str
    number: str
    title: str
    legal_basis: str
    evidence: tuple[str, ...]
    judgement: bool = False  # the records can inform but never decide it: the head answers
    verify: str | None = None


@dataclass(frozen=True)
class AssessmentPeriod:
    year: int
    start: dt.date
    end: dt.date  # inclusive

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class AssessmentRules:
    valid_from: dt.date
    valid_to: dt.date | None
    legal_basis: str
    amended_by: str | None
    verify: str | None
    authority: str
    period_legal_basis: str
    _period: Mapping
    criteria: tuple[Criterion, ...]

    def period(self, year: int) -> AssessmentPeriod:
        """The assessment period of ``year``: for residential areas 01/11 of the previous year to 31/10."""
        p = self._period
        start_year = year - 1 if p.get("from_previous_year") else year
        return AssessmentPeriod(year, dt.date(start_year, p["from_month"], p["from_day"]),
                                dt.date(year, p["to_month"], p["to_day"]))


@dataclass(frozen=True)
class SecurityRules:
    categories: dict[str, Coded]
    types: dict[str, Coded]
    severities: dict[str, Coded]
    statuses: dict[str, Coded]
    activity_kinds: dict[str, ActivityKind]
    model_types: dict[str, Coded]
    model_statuses: dict[str, Coded]
    events_legal_basis: str

    def check_code(self, table: dict, value: str | None, field_name: str) -> str:
        if not value or value not in table:
            raise ValidationError("security_code_unknown", field=field_name, value=value or "",
                                  allowed=", ".join(table))
        return value


def _entry(entries: Sequence[Mapping], on: dt.date) -> Mapping:
    for e in entries:
        start = dt.date.fromisoformat(e["valid_from"])
        end = dt.date.fromisoformat(e["valid_to"]) if e.get("valid_to") else None
        if start <= on and (end is None or on <= end):
            return e
    raise ValidationError("security_rules_missing", day=on.isoformat())


def _coded(items: Iterable[Mapping]) -> dict[str, Coded]:
    return {i["code"]: Coded(i["code"], i["label"], i.get("category"), i.get("item")) for i in items}


def rules_from_data(data: Mapping, *, on: dt.date) -> SecurityRules:
    ev = _entry(data["events"], on)
    ac = _entry(data["activities"], on)
    return SecurityRules(
        categories=_coded(ev["categories"]), types=_coded(ev["types"]), severities=_coded(ev["severities"]),
        statuses=_coded(ev["statuses"]),
        activity_kinds={k["code"]: ActivityKind(k["code"], k["label"], k.get("quantity"), k.get("quantity_label"),
                                                bool(k.get("title_required")), bool(k.get("model_required")))
                        for k in ac["kinds"]},
        model_types=_coded(ac["model_types"]), model_statuses=_coded(ac["model_statuses"]),
        events_legal_basis=ev["legal_basis"])


def assessment_from_data(data: Mapping, *, year: int) -> AssessmentRules:
    """The criteria in force at the end of ``year``'s assessment period (31/10 for residential areas)."""
    for e in data["assessment"]:
        start = dt.date.fromisoformat(e["valid_from"])
        end = dt.date.fromisoformat(e["valid_to"]) if e.get("valid_to") else None
        p = e["period"]
        day = dt.date(year, p["to_month"], p["to_day"])
        if start <= day and (end is None or day <= end):
            return AssessmentRules(
                start, end, e["legal_basis"], e.get("amended_by"), e.get("verify"), e["authority"],
                p["legal_basis"], p,
                tuple(Criterion(c["id"], c["number"], c["title"], c["legal_basis"], tuple(c["evidence"]),
                                bool(c.get("judgement")), c.get("verify")) for c in e["criteria"]))
    raise ValidationError("security_no_criteria", field="year", year=year)


# --- input checks -------------------------------------------------------------------------------------


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def require_text(value: str | None, field_name: str, *, limit: int = 2000) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError("security_field_required", field=field_name)
    if len(text) > limit:
        raise ValidationError("security_text_too_long", field=field_name, length=len(text), limit=limit)
    return text


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def check_not_future(at: dt.datetime | dt.date, *, now: dt.datetime, field_name: str) -> None:
    if isinstance(at, dt.datetime):
        late = _aware(at) > now
    else:
        late = at > now.date()
    if late:
        raise ValidationError("security_date_future", field=field_name, value=at)


def check_order(first: dt.datetime | dt.date, then: dt.datetime | dt.date, *, first_field: str,
                then_field: str) -> None:
    a = _aware(first) if isinstance(first, dt.datetime) else first
    b = _aware(then) if isinstance(then, dt.datetime) else then
    if isinstance(a, dt.datetime) != isinstance(b, dt.datetime):
        a = a.date() if isinstance(a, dt.datetime) else a
        b = b.date() if isinstance(b, dt.datetime) else b
    if b < a:
        raise ValidationError("security_date_order", field=then_field, first=first_field, value=then, start=first)


class PersonRole(str, Enum):
    VICTIM = "victim"
    SUSPECT = "suspect"
    WITNESS = "witness"
    INVOLVED = "involved"


@dataclass(frozen=True)
class PersonInput:
    """Someone involved: a resident of the register (``resident_id``), or an outsider by name."""

    full_name: str | None = None
    resident_id: str | None = None
    role: PersonRole = PersonRole.INVOLVED
    birth_year: int | None = None
    address: str | None = None


@dataclass(frozen=True)
class EventInput:
    occurred_at: dt.datetime
    place: str
    type: str
    severity: str
    description: str
    ended_at: dt.datetime | None = None
    status: str = "open"
    people: tuple[PersonInput, ...] = ()
    reported_at: dt.datetime | None = None  # reported to the commune police
    reported_to: str | None = None
    responding_force: str | None = None  # e.g. Tổ bảo vệ an ninh, trật tự (Law 30/2023)
    response: str | None = None
    result: str | None = None
    mediation_case_id: str | None = None
    note: str | None = None


def validate_event(e: EventInput, r: SecurityRules, *, now: dt.datetime) -> EventInput:
    """The event as it will be kept (texts trimmed), or the first rule it breaks."""
    check_not_future(e.occurred_at, now=now, field_name="occurred_at")
    if e.ended_at is not None:
        check_order(e.occurred_at, e.ended_at, first_field="occurred_at", then_field="ended_at")
        check_not_future(e.ended_at, now=now, field_name="ended_at")
    if e.reported_at is not None:
        check_order(e.occurred_at, e.reported_at, first_field="occurred_at", then_field="reported_at")
        check_not_future(e.reported_at, now=now, field_name="reported_at")
        reported_to = require_text(e.reported_to, "reported_to", limit=300)
    elif clean_text(e.reported_to):
        raise ValidationError("security_field_required", field="reported_at")
    else:
        reported_to = None
    r.check_code(r.types, e.type, "type")
    r.check_code(r.severities, e.severity, "severity")
    r.check_code(r.statuses, e.status, "status")
    people = []
    for i, p in enumerate(e.people, start=1):
        if not p.resident_id and not clean_text(p.full_name):
            raise ValidationError("security_person_incomplete", field=f"people/{i}", position=i)
        if p.birth_year is not None and not 1900 <= p.birth_year <= now.year:
            raise ValidationError("security_birth_year_invalid", field=f"people/{i}/birth_year",
                                  value=str(p.birth_year))
        people.append(PersonInput(clean_text(p.full_name), p.resident_id, p.role, p.birth_year,
                                  clean_text(p.address)))
    return EventInput(
        occurred_at=e.occurred_at, ended_at=e.ended_at, place=require_text(e.place, "place", limit=300),
        type=e.type, severity=e.severity, status=e.status, description=require_text(e.description, "description"),
        people=tuple(people), reported_at=e.reported_at, reported_to=reported_to,
        responding_force=clean_text(e.responding_force), response=clean_text(e.response),
        result=clean_text(e.result), mediation_case_id=e.mediation_case_id or None, note=clean_text(e.note))


@dataclass(frozen=True)
class ActivityInput:
    kind: str
    held_on: dt.date
    title: str | None = None
    quantity: int | None = None
    model_type: str | None = None
    status: str | None = None  # a self-governing model's status
    transformed: bool | None = None  # a hot spot: was it transformed?
    transformed_on: dt.date | None = None
    note: str | None = None


def validate_activity(a: ActivityInput, r: SecurityRules, *, today: dt.date) -> ActivityInput:
    kind = r.activity_kinds.get(a.kind)
    if kind is None:
        raise ValidationError("security_code_unknown", field="kind", value=a.kind or "",
                              allowed=", ".join(r.activity_kinds))
    check_not_future(a.held_on, now=dt.datetime.combine(today, dt.time.max, dt.UTC), field_name="held_on")
    title = require_text(a.title, "title", limit=300) if kind.title_required else clean_text(a.title)
    if kind.quantity is None:
        quantity = None
    elif a.quantity is None or a.quantity < 0:
        raise ValidationError("security_quantity_invalid", field="quantity", value=str(a.quantity))
    else:
        quantity = a.quantity
    model_type = status = None
    if kind.model_required:
        model_type = r.check_code(r.model_types, a.model_type, "model_type")
        status = r.check_code(r.model_statuses, a.status or "active", "status")
    transformed = transformed_on = None
    if a.kind == "hot_spot":
        transformed = bool(a.transformed)
        transformed_on = a.transformed_on if transformed else None
        if transformed_on is not None:
            check_order(a.held_on, transformed_on, first_field="held_on", then_field="transformed_on")
            check_not_future(transformed_on, now=dt.datetime.combine(today, dt.time.max, dt.UTC),
                             field_name="transformed_on")
    return ActivityInput(a.kind, a.held_on, title, quantity, model_type, status, transformed, transformed_on,
                         clean_text(a.note))


# --- the assessment ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One fact a provider found. ``code`` names its text (with ``params``); ``records`` the ids it rests on."""

    provider: str
    code: str
    params: dict = field(default_factory=dict)
    holds: bool | None = None
    records: tuple[str, ...] = ()


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    computed: Status
    evidence: tuple[Evidence, ...]
    status: Status  # after the head's decision, if any
    decision: dict | None = None  # {"status", "reason", "by", "at", "confirmed"}


MISSING = "provider_missing"
NO_RECORDS = "no_records"


def evaluate(criterion: Criterion, evidence: Sequence[Evidence], *, has_records: bool) -> Status:
    if not has_records:
        return Status.NEEDS_ANSWER
    if any(e.holds is False for e in evidence):
        return Status.FAIL
    if criterion.judgement or any(e.code == MISSING for e in evidence):
        return Status.NEEDS_ANSWER
    if not any(e.holds is True for e in evidence):
        return Status.NEEDS_ANSWER
    return Status.PASS


def overall(statuses: Iterable[Status]) -> Status:
    """All criteria must hold: one fail fails the year; one open answer leaves it open."""
    statuses = list(statuses)
    if any(s is Status.FAIL for s in statuses):
        return Status.FAIL
    if not statuses or any(s is Status.NEEDS_ANSWER for s in statuses):
        return Status.NEEDS_ANSWER
    return Status.PASS


def check_decision(computed: Status, status: Status, reason: str | None) -> str | None:
    """A decision on a criterion: confirming the computed status needs no reason; an override does."""
    reason = clean_text(reason)
    if status is not computed and not reason:
        raise ValidationError("security_override_reason_required", field="reason")
    if status is Status.NEEDS_ANSWER:
        raise ValidationError("security_decision_invalid", field="status", value=status.value)
    if reason and len(reason) > 2000:
        raise ValidationError("security_text_too_long", field="reason", length=len(reason), limit=2000)
    return reason
