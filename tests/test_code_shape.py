"""The shape of the code, kept by tests (README: "Layout").

- No import cycle between the top-level packages, and none among the modules of one package
  (so none between a package's models and its views), counting imports inside functions too:
  the graph is read from the source with `ast`, nothing is imported.
- No module of a package's `models` imports a views module, even through others.
- No Python file over MAX_LINES lines outside migrations.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["borgo", "attractions", "coworking", "listings", "seo"]
MAX_LINES = 400
SKIPPED_DIRS = {"migrations", "node_modules", "staticfiles", "media", "__pycache__"}


def project_modules():
    """{dotted name: path} of every module of PACKAGES, migrations aside."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def imported_modules(module, path, node, modules):
    """The project modules an import statement names (the nearest enclosing module for a name
    that is not one, e.g. a class imported from a package)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
            package = package[: len(package) - node.level + 1]
            base = ".".join(package + ([base] if base else []))
        names = [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
            for alias in node.names
        ]
    found = []
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            found.append(name)
    return found


def import_graph():
    """{module: {modules it imports}}, with the imports inside functions and classes."""
    modules = project_modules()
    graph = defaultdict(set)
    for module, path in modules.items():
        graph[module]  # every module is a node, even one that imports nothing
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                graph[module].update(
                    target
                    for target in imported_modules(module, path, node, modules)
                    if target != module
                )
    return graph


def cycles(graph):
    """The strongly connected components of more than one node (Tarjan, iterative)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph.get(target, ()))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def top_level(module):
    return module.split(".")[0]


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [{"a", "b", "c"}]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_top_level_packages():
    packages = defaultdict(set)
    for module, targets in import_graph().items():
        packages[top_level(module)].update(
            top_level(target) for target in targets if top_level(target) != top_level(module)
        )
    assert cycles(packages) == []


def test_no_import_cycle_within_a_package():
    graph = import_graph()
    found = []
    for package in PACKAGES:
        inside = {
            module: {target for target in targets if top_level(target) == package}
            for module, targets in graph.items()
            if top_level(module) == package
        }
        found += cycles(inside)
    assert found == []


def is_views_module(module):
    """borgo.page_views is the registry models call views through by name: it imports none."""
    last = module.rpartition(".")[2]
    return (last == "views" or last.endswith("_views")) and module != "borgo.page_views"


def test_no_models_module_reaches_a_views_module():
    graph = import_graph()
    reached = {}
    for module in graph:
        if module.split(".")[1:2] != ["models"]:  # borgo.models, coworking.models.space...
            continue
        seen, todo = set(), [module]
        while todo:
            for target in graph.get(todo.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        views = sorted(target for target in seen if is_views_module(target))
        if views:
            reached[module] = views
    assert reached == {}


def python_files():
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in relative.parts[:-1]):
            continue
        yield relative


def test_no_python_file_over_the_line_limit():
    too_long = {
        relative.as_posix(): count
        for relative in python_files()
        if (count := len((ROOT / relative).read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}
