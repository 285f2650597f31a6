"""Print a sha256 for every table histkit makes of the sample and of every test fixture.

Run it before and after a change that must not alter any output, and diff:

    python scripts/digest_tables.py > before.txt
    ... change ...
    python scripts/digest_tables.py > after.txt && diff before.txt after.txt

Only the public API is used, so the script reads the same on both sides of a
restructuring. The blind fixtures of tests/fixtures/generality/ are left out:
their tables are meant to change as the parsers learn (they have their own
scorer, scripts/measure_generality.py).
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # (this checkout's histkit, not the one the venv installed: digests compare checkouts)

import histkit  # noqa: E402


def _digest_tables(label: str, tables, out: Path) -> list[str]:
    lines = []
    for path in histkit.write_tables(tables, out / label.replace("/", "_"), format="csv"):
        # paths in the tables are absolute: hash them relative to the checkout, so two checkouts compare
        data = path.read_bytes().replace(str(ROOT).encode("utf-8"), b"<checkout>")
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {label}/{path.name}")
    return lines


def _digest_frame(label: str, frame: pd.DataFrame) -> str:
    data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return f"{hashlib.sha256(data).hexdigest()}  {label}"


def main() -> int:
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        lines += _digest_tables("sample", histkit.build_tables(ROOT / "data" / "corpus"), out)
        for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
            if "generality" in path.parts:
                continue
            authority = path.with_suffix(".csv")
            actors = authority if authority.exists() and "actor_id" in authority.read_text(encoding="utf-8")[:200] else None
            tables = histkit.build_tables([histkit.read_document(path)], actors=actors)
            lines += _digest_tables(str(path.relative_to(ROOT / "tests" / "fixtures")), tables, out)
        for path in sorted((ROOT / "tests" / "fixtures" / "citations").glob("notes*.csv")):
            notes = pd.read_csv(path, dtype=str, keep_default_na=False)
            cited = histkit.extract_citations(notes)
            lines.append(_digest_frame(f"{path.name}/citations", cited.citations))
            lines.append(_digest_frame(f"{path.name}/references", cited.references))
            # A warning is a Problem (doc_id, stage, message, location); before, a "doc: message" string.
            said = [f"{w.doc_id}: {w}" if hasattr(w, "doc_id") else str(w) for w in cited.warnings]
            warnings = pd.DataFrame({"warning": said})
            lines.append(_digest_frame(f"{path.name}/warnings", warnings))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
