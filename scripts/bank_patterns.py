"""Turn `re.compile` into `patterns.compiled` where a pattern is fixed by code and data: at import, in an
argument-less function.

`patterns.compiled` keeps a pattern's program in the user cache's bank, so
the next process reads it back instead of compiling it (see its docstring).
This pass finds, with `ast`, every ``re.compile(...)`` at a module's top
level (or inside functions none of which takes an argument, so that no
pattern made of a document's text is kept), rewrites it as ``compiled(...)``
and imports `compiled` after the module's first run of imports. A call whose
first argument is a bytes literal is left alone, and so is a module that one
more line would take past the house limit (`architecture.MAX_MODULE_LINES`).
Run it after a merge brings new patterns in (it changes nothing twice), then
``ruff check --fix histkit`` for the `import re` left unused.

Run: .venv/bin/python scripts/bank_patterns.py [--dry-run]
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from architecture import MAX_MODULE_LINES  # noqa: E402

_SKIPPED = ("patterns.py", "cache.py", "version.py")  # the bank itself and what it stands on


def banked_spots(tree: ast.Module) -> list[tuple[int, int, int]]:
    """(line, start, end) of each ``re.compile`` attribute to rewrite (columns in UTF-8 bytes, as `ast` gives)."""
    spots = []

    def visit(node, takes_arguments: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                a = child.args
                visit(child, takes_arguments or bool(a.args or a.posonlyargs or a.kwonlyargs or a.vararg or a.kwarg))
                continue
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "compile"
                    and isinstance(child.func.value, ast.Name) and child.func.value.id == "re" and not takes_arguments
                    and not (child.args and isinstance(child.args[0], ast.Constant)
                             and isinstance(child.args[0].value, bytes))):
                spots.append((child.func.lineno, child.func.col_offset, child.func.end_col_offset))
            visit(child, takes_arguments)

    visit(tree, False)
    return spots


def rewrite(path: Path, package: Path) -> int:
    """Rewrite one module; the number of calls rewritten (0: left as it was)."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    spots = banked_spots(tree)
    lines = text.splitlines(keepends=True)
    imports = "patterns import compiled" in text
    if not spots or len(lines) + (not imports) > MAX_MODULE_LINES:
        return 0
    for lineno, start, end in sorted(spots, reverse=True):
        raw = lines[lineno - 1].encode("utf-8")
        lines[lineno - 1] = (raw[:start] + b"compiled" + raw[end:]).decode("utf-8")
    if not imports:
        body, i, last = tree.body, 0, None
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            i = 1  # the docstring
        while i < len(body) and isinstance(body[i], (ast.Import, ast.ImportFrom)):
            last, i = body[i], i + 1
        dots = "." * len(path.relative_to(package).parts)
        lines.insert(last.end_lineno if last else 0, f"from {dots}patterns import compiled\n")
    path.write_text("".join(lines), encoding="utf-8")
    return len(spots)


def main(argv: list[str]) -> int:
    package = ROOT / "histkit"
    changed = {}
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).as_posix() in _SKIPPED:
            continue
        if "--dry-run" in argv:
            count = len(banked_spots(ast.parse(path.read_text(encoding="utf-8"))))
        else:
            count = rewrite(path, package)
        if count:
            changed[path.relative_to(ROOT).as_posix()] = count
    for name, count in changed.items():
        print(f"{count:4d}  {name}")
    print(f"{sum(changed.values())} calls in {len(changed)} modules" + (" (dry run)" if "--dry-run" in argv else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
