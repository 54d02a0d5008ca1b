"""The shape of the code (issue 17): modules under 300 lines, functions under 60, and no import
cycle between Chronicle's modules. Read from the source with `ast`; nothing is imported."""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "chronicle"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60
# Over the limits, each with the work that brings it under; an entry that is no longer over
# fails the test, so the list only shrinks.
KNOWN = {
}


def _modules() -> dict[str, Path]:
    """Dotted name -> file, for every module of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports, at the top or inside a function alike."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            # `from package import module` depends on the module, not on the package's __init__
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        out.update(t for t in targets if t in known and t != name)
    return out


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the list of modules around it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _known(found: set[str], kind: str) -> None:
    expected = {k for k in KNOWN if (":" in k) == (kind == "function")}
    assert found <= expected, f"{kind}s over the limit: {sorted(found - expected)}"
    assert expected <= found, f"no longer over the limit, remove from KNOWN: {sorted(expected - found)}"


def test_no_module_is_over_the_limit():
    long = {str(p.relative_to(ROOT)) for p in _modules().values()
            if len(p.read_text(encoding="utf-8").splitlines()) > MAX_MODULE_LINES}
    _known(long, "module")


def test_no_function_is_over_the_limit():
    long: list[str] = []
    for path in _modules().values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = min([node.lineno] + [d.lineno for d in node.decorator_list])
                if node.end_lineno - first + 1 > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.name}")
    _known(set(long), "function")


def test_no_import_cycle():
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_the_checks_see_the_package():
    """The checks above would pass on an empty tree: make sure they read the real one."""
    modules = _modules()
    assert len(modules) > 40 and "chronicle.build.pipeline" in modules
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    assert "chronicle.build.cache" in graph["chronicle.build.pipeline"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
