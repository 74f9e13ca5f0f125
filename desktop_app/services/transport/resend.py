"""When a bundle delivered by e-mail is mailed again (docs/transport.md, "By e-mail"): after
``mail_resend_days`` without its receipt. Apart from ``mail`` so that the outbox (``sender.outbox``) can show
it without importing the mail channel, which imports ``sender``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.services import exchange

CHANNEL = "delivery_channel"  # the hamlet's delivery channel setting: ``http`` (the default) or ``email``
EMAIL = "email"
RESEND_DAYS = "mail_resend_days"  # hamlet: a delivered bundle without a receipt is mailed again after so many days
RESEND_DAYS_DEFAULT, RESEND_DAYS_MAX = 3, 60  # 0: never by itself


def by_mail(app: Any) -> bool:
    return app.settings.extra.get(CHANNEL) == EMAIL


def resend_days(app: Any) -> int:
    """After how many days without a receipt a bundle delivered by e-mail is mailed again (0: never)."""
    value = app.settings.extra.get(RESEND_DAYS)
    return value if isinstance(value, int) and 0 <= value <= RESEND_DAYS_MAX else RESEND_DAYS_DEFAULT


def resend_due(state: str, delivery: Any, days: int, now: dt.datetime) -> bool:
    """Whether a bundle delivered by e-mail has waited ``days`` for its receipt since its message last went
    (``delivery``: the ``outbox_deliveries`` row or its JSON)."""
    if state != exchange.DELIVERED or not days or delivery is None:
        return False
    get = delivery.get if isinstance(delivery, dict) else lambda k: getattr(delivery, k)
    last = get("resent_at") or get("delivered_at")
    if isinstance(last, str):
        last = dt.datetime.fromisoformat(last)
    if last is None:
        return False
    if last.tzinfo is None:
        last = last.replace(tzinfo=dt.UTC)
    return last + dt.timedelta(days=days) <= (now if now.tzinfo else now.replace(tzinfo=dt.UTC))
