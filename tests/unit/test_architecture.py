"""The dependency rule of shared/ARCHITECTURE.md, checked on the package's own imports."""

import ast
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent

# What each layer may import from the project (besides itself). Top-level helper modules
# (i18n, messages, paths, config) are shared by every layer above the domain.
ALLOWED = {
    "domain": set(),
    "interchange": {"domain", "paths", "atomic"},
    "bundles": {"domain", "paths", "atomic"},
    "documents": {"domain", "paths", "i18n", "atomic"},
    "storage": {"domain", "paths", "atomic"},
    "services": {"domain", "storage", "documents", "bundles", "interchange", "paths", "i18n", "messages", "atomic"},
    "gui": None,  # anything
}


def _project_imports(path: Path) -> set[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add((node.module, node.lineno))
    return found


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE).parts
    return rel[0].removesuffix(".py") if len(rel) > 1 else rel[0].removesuffix(".py")


def test_nothing_outside_gui_imports_pyside6():
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line}"
        for p in PACKAGE.rglob("*.py")
        if _layer(p) != "gui"
        for module, line in _project_imports(p)
        if module.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []


def test_each_layer_imports_only_the_layers_below_it():
    offenders = []
    for p in PACKAGE.rglob("*.py"):
        layer = _layer(p)
        allowed = ALLOWED.get(layer)
        if allowed is None:
            continue
        for module, line in _project_imports(p):
            parts = module.split(".")
            if parts[0] != "desktop_app" or len(parts) < 2:
                continue
            target = parts[1]
            if target != layer and target not in allowed:
                offenders.append(f"{p.relative_to(PACKAGE)}:{line} imports {module}")
    assert offenders == []


def test_the_domain_imports_nothing_but_the_standard_library():
    offenders = [
        f"{p.relative_to(PACKAGE)}:{line} imports {module}"
        for p in (PACKAGE / "domain").rglob("*.py")
        for module, line in _project_imports(p)
        if module.split(".")[0] in ("sqlalchemy", "alembic", "openpyxl", "PySide6", "reportlab")
    ]
    assert offenders == []
