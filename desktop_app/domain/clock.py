"""Vietnam's calendar: the one "today" of the whole program.

Vietnam keeps UTC+7 all year (no daylight saving). Documents are dated, signed and counted in its days —
the day a paper is dated and signed, the days a report period counts, the days a grant to sign on the head's
behalf holds, the day a bundle arrived before the commune's due day —, and so is every default date a form
offers: the same day on a computer set to another time zone (UTC on many Linux machines), so that a paper
dated "today" by one part of the program is never "tomorrow" for the part that signs it.
"""

from __future__ import annotations

import datetime as dt

VN_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")


def now() -> dt.datetime:
    """The current instant, aware, in UTC (the one place the program reads the clock for a day)."""
    return dt.datetime.now(dt.UTC)


def vn_today() -> dt.date:
    """Today in Vietnam, whatever the machine's own time zone."""
    return vn_day(now())


def vn_day(at: dt.datetime) -> dt.date:
    """The day in Vietnam of an instant (naive: UTC, as the database keeps it), whatever offset it carries."""
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(VN_TZ).date()
