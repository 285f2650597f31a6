"""Measure the package's shape: stages, cross-stage private imports, import loops, sizes.

    python scripts/architecture.py          # the report
    python scripts/architecture.py --check  # exit 1 when a target is missed

A *stage* is a folder of ``histkit/`` (``read``, ``layout``, …) or a module
directly in it (``text``, ``errors``). Another stage may import a
stage only through its package (``from ..citations import load_archives``),
never from its modules or its ``_private`` names. Every import counts,
including imports inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "histkit"

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


@dataclass(frozen=True)
class Import:
    importer: str  # dotted module, e.g. "histkit.layout.pages"
    target: str    # dotted module imported, e.g. "histkit.layout.analyse"
    names: tuple[str, ...]
    line: int
    via: str = ""  # the module named in the statement, when it differs (`from histkit.analysis import plots`)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _resolve(importer: str, is_package: bool, level: int, module: str | None) -> str:
    if level == 0:
        return module or ""
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def imports() -> list[Import]:
    known = modules()
    found = []
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                target = _resolve(name, is_package, node.level, node.module)
                if not target.startswith("histkit"):
                    continue
                plain = []
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    if sub in known:  # `from . import plots` imports a module
                        found.append(Import(name, sub, (), node.lineno, via=target))
                    else:
                        plain.append(alias.name)
                if plain or not node.names:
                    found.append(Import(name, target, tuple(plain), node.lineno))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("histkit"):
                        found.append(Import(name, alias.name, (), node.lineno))
    return found


def cross_stage_violations(found: list[Import]) -> list[str]:
    """Imports of another stage's private names or of its modules instead of its package."""
    bad = []
    for imp in found:
        a, b = stage_of(imp.importer), stage_of(imp.target)
        if not b or a == b:
            continue
        private = [n for n in imp.names if n.startswith("_") and n != "__version__"]
        named = imp.via or imp.target
        inner = named.count(".") > 1 or any(p.startswith("_") for p in named.split("."))
        if private:
            bad.append(f"{imp.importer}:{imp.line} imports private {', '.join(private)} from {imp.target}")
        elif inner:
            bad.append(f"{imp.importer}:{imp.line} reaches into {imp.target} instead of histkit.{b}")
    return bad


def private_imports_within_stages(found: list[Import]) -> list[str]:
    return [f"{imp.importer}:{imp.line} {', '.join(n for n in imp.names if n.startswith('_'))} from {imp.target}"
            for imp in found
            if stage_of(imp.importer) == stage_of(imp.target) and any(n.startswith("_") for n in imp.names)]


def import_loops(found: list[Import]) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan); a package's __init__ imports what it lists."""
    graph: dict[str, set[str]] = {m: set() for m in [*modules(), *(imp.importer for imp in found)]}
    for imp in found:
        if imp.target in graph and imp.target != imp.importer:
            graph[imp.importer].add(imp.target)
    index, low, stack, on_stack, loops, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                loops.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return loops


def function_lengths() -> list[tuple[int, str]]:
    sizes = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                sizes.append((node.end_lineno - node.lineno + 1, f"{name}.{node.name}"))
    return sorted(sizes, reverse=True)


def module_lengths() -> list[tuple[int, str]]:
    return sorted(((len(p.read_text(encoding="utf-8").splitlines()), m) for m, p in modules().items()), reverse=True)


def report() -> tuple[str, bool]:
    found = imports()
    lines = ["folders and modules of histkit/ (lines):"]
    by_stage: dict[str, int] = {}
    for size, module in module_lengths():
        by_stage[stage_of(module) or "__init__"] = by_stage.get(stage_of(module) or "__init__", 0) + size
    for stage, size in sorted(by_stage.items()):
        kind = "folder" if (PACKAGE / stage).is_dir() else "module"
        lines.append(f"  {stage:<12} {kind:<6} {size:>6}")
    cross = cross_stage_violations(found)
    within = private_imports_within_stages(found)
    loops = import_loops(found)
    longest_module = module_lengths()[0]
    longest_function = function_lengths()[0]
    lines += [
        f"cross-stage private or inner imports: {len(cross)}",
        *(f"  {c}" for c in cross),
        f"private names imported between modules of one stage: {len(within)}",
        f"import loops: {len(loops)}",
        *(f"  {' <-> '.join(g)}" for g in loops),
        f"largest module: {longest_module[1]} ({longest_module[0]} lines; target <= {MAX_MODULE_LINES})",
        f"longest function: {longest_function[1]} ({longest_function[0]} lines; target <= {MAX_FUNCTION_LINES})",
    ]
    over = [f"  {n:>4} {f}" for n, f in function_lengths() if n > MAX_FUNCTION_LINES]
    if over:
        lines += [f"functions over {MAX_FUNCTION_LINES} lines: {len(over)}", *over]
    big = [f"  {n:>4} {m}" for n, m in module_lengths() if n > MAX_MODULE_LINES]
    if big:
        lines += [f"modules over {MAX_MODULE_LINES} lines: {len(big)}", *big]
    ok = not cross and not loops and not over and not big
    return "\n".join(lines), ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    text, ok = report()
    print(text)
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
