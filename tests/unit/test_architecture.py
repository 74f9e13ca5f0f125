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


def _module_name(path: Path) -> str:
    parts = ("desktop_app",) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """module → the project's modules it imports, at the top or inside a function (both load it)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.add(node.module)
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)  # from pkg import module
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_two_modules_import_each_other_even_through_others():
    assert _circles(_import_graph()) == []


def test_the_circle_finder_finds_a_circle_through_three_modules():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]


def test_each_area_adds_its_commands_from_its_own_module():
    from desktop_app import cli

    for area in cli.AREAS:
        assert (PACKAGE / "cli" / f"{area}.py").is_file(), area
    too_long = {p.name: n for p in (PACKAGE / "cli").glob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert too_long == {}
