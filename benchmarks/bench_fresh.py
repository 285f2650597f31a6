"""Why `histkit tables PDFS` in a fresh process costs more per page than bench_pdf.py's warm PDF route.

bench_pdf.py times its PDF route in one process, after the text route of the
same PDFs and after earlier PDF routes: its verdict (the median of three
pairs) is of a process that has read the corpus before. A user's command
reads the corpus once, one document at a time (the store's `parse_file`).
This times, on the tables of the corpus PDFs (read beforehand, so the PDF
reader is left out; `histkit/read/` and `histkit/layout/` have their own
benchmarks), each difference on its own:

- one document at a time (`tables_of` per document, as the store parses)
  against the corpus at once (as `build_tables` does), caches warm;
- the corpus at once with the content caches as the run before left them
  (warm) against every content cache cleared first (as a fresh process, or a
  corpus never read before, finds them): histkit's lru caches of 256 entries
  or more (words' model features, dates, unwrapped blocks, answers about
  citation pieces) and the shipped archive matcher's answers. The caches of
  a few entries (compiled patterns, word lists, the model) stay: a fresh
  process pays those once, in the fixed part bench_pdf.py times apart.

Each pair is timed back to back, ROUNDS times; the least of each side is
printed, CPU seconds (`timing.cpu`).

Run: .venv/bin/python benchmarks/bench_fresh.py [CORPUS_FOLDER] [ROUNDS]
"""

from __future__ import annotations

import functools
import gc
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import CorpusError, read_document  # noqa: E402
from histkit.read import Corpus  # noqa: E402
from histkit.store.parallel import authority  # noqa: E402
from histkit.store.tables import tables_of  # noqa: E402
from timing import cpu  # noqa: E402

from corpus import DEFAULT_CORPUS  # noqa: E402

GROUPS = ("pnz", "rg", "law")
ROUNDS = 4
CONTENT_CACHE = 256  # an lru cache of at least this many entries keeps answers about a corpus's content


def content_caches() -> list:
    """histkit's lru caches of answers about content (not its patterns, word lists or model)."""
    return [obj for obj in gc.get_objects() if isinstance(obj, functools._lru_cache_wrapper)
            and getattr(obj, "__module__", "").startswith("histkit")
            and (obj.cache_parameters()["maxsize"] or 0) >= CONTENT_CACHE]


def clear(caches: list) -> None:
    from histkit.citations.archives import default_matcher

    for cache in caches:
        cache.cache_clear()
    default_matcher().__dict__.pop("_memo_state", None)  # its kept answers are renewed at the next question


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    rounds = int(argv[1]) if len(argv) > 1 else ROUNDS
    pdfs = sorted(p for group in GROUPS for p in (corpus / group).glob("*.pdf"))
    try:
        docs = [read_document(p) for p in pdfs]
    except (ImportError, CorpusError) as exc:
        print(f"bench_fresh: the corpus PDFs cannot be read here ({exc}); nothing measured")
        return 0
    if not docs:
        print(f"bench_fresh: no PDFs in {corpus}/{{{','.join(GROUPS)}}}; nothing measured")
        return 0
    actor_table, archive_table, matcher, _ = authority(None, None)
    first = cpu(lambda: tables_of(Corpus(docs), actor_table, archive_table, matcher))
    caches = content_caches()
    times: dict[str, list[float]] = {"one document at a time": [], "corpus at once (warm)": [],
                                     "corpus at once, caches cleared": []}
    for _ in range(rounds):
        times["one document at a time"].append(
            cpu(lambda: [tables_of(Corpus([doc]), actor_table, archive_table, matcher) for doc in docs]))
        times["corpus at once (warm)"].append(cpu(lambda: tables_of(Corpus(docs), actor_table, archive_table, matcher)))
        clear(caches)
        times["corpus at once, caches cleared"].append(
            cpu(lambda: tables_of(Corpus(docs), actor_table, archive_table, matcher)))
    print(f"tables of {len(docs)} PDFs (read beforehand), CPU s, least of {rounds} rounds; "
          f"{len(caches)} content caches")
    print(f"  {'first run in this process':32} {first:6.2f}")
    for name, runs in times.items():
        print(f"  {name:32} {min(runs):6.2f}   (all: {', '.join(f'{t:.2f}' for t in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
