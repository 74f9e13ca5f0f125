"""The people who use this copy: ``sothon profiles list | add | passwd``."""

from __future__ import annotations

from typing import Any

from desktop_app.cli.common import Commands, new_passphrase, opened
from desktop_app.domain.units import Role
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("profiles", tr("the people who use this copy: list, add, change passphrase"), json_flag=False)
    profiles = commands.nested(c, "profiles_command")
    profiles.add("list", tr("list the profiles"), cmd_profiles_list)
    h = profiles.add("add", tr("add a profile (its passphrase from SOTHON_NEW_PASSPHRASE, or asked)"),
                     cmd_profiles_add)
    h.add_argument("--display-name", required=True)
    h.add_argument("--role", required=True, choices=[r.value for r in Role])
    h.add_argument("--name", help=tr("login name (default: from the display name, e.g. tran.thi.hoa)"))
    h.add_argument("--phone")
    profiles.add("passwd", tr("change the acting profile's passphrase (new one from"
                              " SOTHON_NEW_PASSPHRASE, or asked)"), cmd_profiles_passwd)


def profile_json(p) -> dict:  # noqa: ANN001 — ProfileInfo
    return {"id": p.id, "name": p.name, "display_name": p.display_name, "role": p.role.value, "phone": p.phone}


def cmd_profiles_list(args) -> tuple[Any, str]:
    with opened(args) as app:
        rows = app.profiles()
    return [profile_json(p) for p in rows], "\n".join(f"{p.name}\t{p.display_name}\t{p.role.value}" for p in rows)


def cmd_profiles_add(args) -> tuple[Any, str]:
    from desktop_app.services import profiles

    with opened(args) as app:
        passphrase = new_passphrase("SOTHON_NEW_PASSPHRASE")
        with app.uow() as uow:
            p = profiles.add_profile(uow, acting=app.profile, name=args.name, display_name=args.display_name,
                                     role=Role(args.role), phone=args.phone, passphrase=passphrase)
            uow.commit()
    return profile_json(p), tr("Added profile {profile} ({name}).", profile=p.name, name=p.display_name)


def cmd_profiles_passwd(args) -> tuple[Any, str]:
    with opened(args) as app:
        new = new_passphrase("SOTHON_NEW_PASSPHRASE")
        app.change_passphrase(args.unlocked_with, new)
        name = app.profile.name
    return {"profile": name, "changed": True}, tr("The passphrase of {profile} was changed.", profile=name)
