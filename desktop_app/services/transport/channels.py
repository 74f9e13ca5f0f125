"""How bundles leave a hamlet: the delivery channel, chosen in the settings (``delivery_channel``) — ``http``,
the commune's inbox service (``sender``, the default), or ``email`` (``mail``) — and every setting of both, as
``sothon settings`` and the window read and write them. The window's worker, ``sothon send`` and the settings
go through here, so that neither channel's module needs the other."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import SothonError
from desktop_app.services.transport import mail, sender

HTTP, EMAIL = mail.HTTP, mail.EMAIL
SETTING_KEYS = (*sender.SETTING_KEYS, *mail.SETTING_KEYS)


def channel(app: Any) -> str:
    return EMAIL if app.settings.extra.get(mail.CHANNEL) == EMAIL else HTTP


def configured(app: Any) -> bool:
    """Whether automatic delivery has where to send: the inbox address, or for e-mail the SMTP server and both
    addresses."""
    extra = app.settings.extra
    if channel(app) == EMAIL:
        return bool(extra.get("smtp_host") and extra.get(mail.MAIL_COMMUNE) and extra.get(mail.MAIL_ADDRESS))
    return bool(extra.get(sender.INBOX_URL))


def get_setting(app: Any, key: str) -> Any:
    if key in mail.SETTING_KEYS:
        return mail.get_setting(app, key)
    if key not in SETTING_KEYS:
        raise SothonError("setting_unknown", key=key, known=", ".join(SETTING_KEYS))
    return sender.get_setting(app, key)


def set_setting(app: Any, key: str, value: str) -> Any:
    """Validate and save one setting (an empty value clears it); returns the value kept (a password: "sealed")."""
    if key in mail.SETTING_KEYS:
        kept = mail.set_setting(app, key, value)
        app.save_settings()
        return kept
    if key not in SETTING_KEYS:
        raise SothonError("setting_unknown", key=key, known=", ".join(SETTING_KEYS))
    return sender.set_setting(app, key, value)


def send_pending(app: Any, *, force: bool = False, **options: Any) -> dict[str, Any]:
    """One round of delivery by the configured channel (``sender.send_pending`` or ``mail.send_pending_mail``);
    the result says which in ``channel``."""
    if channel(app) == EMAIL:
        return mail.send_pending_mail(app, force=force, **options)
    return sender.send_pending(app, force=force, **options)
