"""Typed identifiers: UUID strings that keep their meaning in signatures."""

from __future__ import annotations

from typing import NewType

HouseholdId = NewType("HouseholdId", str)
ResidentId = NewType("ResidentId", str)
ProfileId = NewType("ProfileId", str)
UnitCode = NewType("UnitCode", str)


def new_id() -> str:
    import uuid  # only writes make ids; reading never needs the module

    return str(uuid.uuid4())
