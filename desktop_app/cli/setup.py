"""Setting up a data directory: ``sothon init`` and ``sothon demo``."""

from __future__ import annotations

from desktop_app.cli.common import Commands, new_passphrase, opened
from desktop_app.domain.clock import vn_today
from desktop_app.i18n import tr


def add_commands(commands: Commands) -> None:
    c = commands.add("init", tr("set up a new data directory for a hamlet or a commune"), cmd_init)
    c.add_argument("--role", choices=["hamlet", "commune"], required=True)
    c.add_argument("--province-code", required=True)
    c.add_argument("--commune-code", required=True)
    c.add_argument("--unit-name")
    c.add_argument("--unit-code")
    c.add_argument("--head-name", required=True)
    c.add_argument("--head-phone")

    c = commands.add("demo", tr("fill an initialised data directory with realistic demo data"), cmd_demo)
    c.add_argument("--scale", choices=["hamlet", "commune"], default="hamlet")
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--force", action="store_true")


def cmd_init(args) -> tuple[dict, str]:
    from desktop_app.domain.units import UnitKind
    from desktop_app.services.setup import initialise

    with opened(args, unlock=False, need_init=False) as app:
        passphrase = new_passphrase()
        with app.uow() as uow:
            result = initialise(
                uow, role=UnitKind(args.role), province_code=args.province_code, commune_code=args.commune_code,
                unit_name=args.unit_name, unit_code=args.unit_code, head_name=args.head_name,
                head_phone=args.head_phone, passphrase=passphrase,
            )
            uow.commit()
        app.settings.default_profile = result.profile.name
        app.save_settings()
    u = result.unit
    doc = {
        "unit": {"code": u.code, "name": u.name, "kind": u.kind.value, "province_code": u.province_code,
                 "province_name": u.province_name, "commune_code": u.commune_code, "commune_name": u.commune_name},
        "profile": {"name": result.profile.name, "display_name": result.profile.display_name,
                    "role": result.profile.role.value},
        "data_dir": str(app.data_dir),
    }
    text = tr("Set up {unit} ({code}) in {commune}, {province}. Profile: {profile}.", unit=u.name, code=u.code,
              commune=u.commune_name, province=u.province_name, profile=result.profile.name)
    return doc, text


def cmd_demo(args) -> tuple[dict, str]:
    from desktop_app.services.demo import fill_demo

    with opened(args) as app:
        with app.uow() as uow:
            result = fill_demo(uow, scale=args.scale, seed=args.seed, force=args.force, today=vn_today())
            uow.commit()
    doc = {"households": result.households, "residents": result.residents, "units": result.units,
           "mediation_cases": result.mediation_cases}
    return doc, tr("Added {households} households and {residents} residents of demo data.",
                   households=result.households, residents=result.residents)
