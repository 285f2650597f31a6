"""Pages per second of `histkit tables` on PDFs, as a ratio against `pdftotext -layout` on the same PDFs.

The floor is what a user did before histkit read PDFs: `pdftotext -layout`
on each file (poppler-utils). Against it, in the same run and on the same
real PDFs (../shared/corpus/{pnz,rg,law}/*.pdf):

- the PDF route: `build_tables(load_corpus(pdfs))`, i.e. `histkit tables` on
  the PDFs (the reader, layout and every extractor); target: at most 3x the
  floor's time;
- the text route: `histkit tables` on the pdftotext text (pdftotext, then the
  tables of the text files).

Both routes are timed after one warm-up build of a one-line text (patterns
compiled, models loaded), so they show the cost per page of a long corpus. Each
PDF route of the verdict's pairs runs in a fresh child process (this script with
--child): it does that warm-up build, then times `build_tables(load_corpus(pdfs))`
by its own CPU clock and prints the seconds as JSON. A route timed again in this
process would find many answers kept from the builds before it (the readers'
`lru_cache`s per text, `histkit.citations.notetext.kept`) and measure less work
than a user's command pays; that in-process figure is printed on its own line,
labelled so, to compare. A user's first command
also pays a fixed cost: starting Python, importing the parsers, compiling their
patterns and loading the models, and writing the store. The last lines time
the command itself, `histkit tables PDFS --out DIR --jobs 1 --doc-timeout 0`,
in a fresh process, and the same command on a one-line text file, whose cost
is that fixed part. One line, apart from the CPU-time verdict, gives the
wall-clock time a user waits: `histkit tables PDFS --out DIR` as typed (its
default `--jobs`, one worker per core this process may use) against
`pdftotext -layout` run on one file after another, as a shell loop runs it.

The ratio, not the absolute figure, is what to compare between machines.
The floor's own time moves by up to 2x on a shared machine, so the verdict is
the median of PAIRS ratios, each of a floor and a PDF route timed back to back.
Times are CPU seconds, the least disturbed by other work on a shared
machine: pdftotext's are those of the child processes it ran in, histkit's
those of the process that built the tables (`timing.cpu`).

It then lists, for each PDF, the numbered notes the corpus manifest counts
and those histkit finds from the pdftotext text and from the PDF; for a PDF
rendered from a Word file (pnz/), also how many notes are exactly the Word
file's (`../shared/tools/notes_from_source.py`, white space squeezed on
both sides).

Without pdftotext (apt-get install poppler-utils) or the corpus it says so
and exits 0; without the PDF reader it times the floor and the text route only.

Run: .venv/bin/python benchmarks/bench_pdf.py [CORPUS_FOLDER]   (default: $HISTKIT_CORPUS, else ../shared/corpus
from the repository root or, for a git worktree, from the folder above it)
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from histkit import CorpusError, build_tables, load_corpus, read_document  # noqa: E402
from timing import best_of, cpu  # noqa: E402

from corpus import DEFAULT_CORPUS  # noqa: E402
GROUPS = ("pnz", "rg", "law")
TARGET = 3.0  # the PDF route may take at most this many times the floor's time
PAIRS = 3  # floor and PDF route timed back to back this many times; the verdict is the median pair's ratio


def pdftotext(pdf: Path, layout: bool = True) -> str:
    done = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8", errors="replace")


def children_cpu() -> float:
    """CPU seconds of every child process waited for so far: the clock of work done by a command."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def known_notes(corpus: Path) -> dict[str, int]:
    """The numbered footnotes the corpus manifest counts, by file stem."""
    manifest = corpus / "manifest.json"
    if not manifest.is_file():
        return {}
    rows = json.loads(manifest.read_text(encoding="utf-8"))
    return {Path(r["file"]).stem: r["footnotes"] for r in rows if r.get("kind") == "pdf" and "footnotes" in r}


def word_notes(docx: Path, tool: Path) -> dict[str, str] | None:
    """The notes of a Word file by number, read by the corpus's own tool; None where it is absent."""
    if not (docx.is_file() and tool.is_file()):
        return None
    done = subprocess.run([sys.executable, str(tool), str(docx)], capture_output=True, text=True)
    if done.returncode:
        return None
    return {row["note_no"]: " ".join(row["text"].split()) for row in csv.DictReader(io.StringIO(done.stdout))}


def pdf_reader_missing(pdf: Path) -> str | None:
    """Why the PDF route cannot run (the reader is not there), or None."""
    try:
        read_document(pdf)
    except ImportError as exc:
        return f"the PDF reader is not available ({exc})"
    except CorpusError:
        return None  # this file is bad; the reader is there
    return None


def notes_by_doc(tables) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    notes = tables["notes"]
    for doc_id, note_no, text in zip(notes.doc_id, notes.note_no.astype(str), notes.text):
        found.setdefault(doc_id, {})[note_no] = " ".join(str(text).split())
    return found


def time_routes(pdfs: list[Path], folder: Path):
    """Time the floor, the text route and (where the reader is there) the PDF route; return figures and tables."""
    warm_up()  # patterns compiled and models loaded before either route is timed
    texts: dict[Path, str] = {}
    t_floor = best_of(lambda: texts.update({p: pdftotext(p) for p in pdfs}), clock=children_cpu)
    pages = sum(max(t.count("\f"), 1) for t in texts.values())
    for pdf, text in texts.items():
        (folder / f"{pdf.stem}.txt").write_text(text, encoding="utf-8")
    text_tables = {}
    t_text = cpu(lambda: text_tables.update(build_tables(folder)))
    figures = {"pages": pages, "floor": t_floor, "text": t_text}
    missing = pdf_reader_missing(pdfs[0])
    pdf_tables, errors = {}, []
    if missing is None:
        def pdf_route() -> None:
            corpus = load_corpus(pdfs)
            errors[:] = corpus.errors
            pdf_tables.update(build_tables(corpus))

        figures["read"] = cpu(lambda: [_read_or_none(p) for p in pdfs])
        figures["pdf"] = cpu(pdf_route)
        figures.update(paired_ratios(pdfs, pdf_route))
    return figures, text_tables, pdf_tables, errors, missing


def paired_ratios(pdfs: list[Path], pdf_route, repeat: int = PAIRS) -> dict:
    """The PDF route's time over the floor's, each pair measured back to back: a machine whose speed drifts
    (other work, a shared core) moves both sides of a pair alike, so the median pair is the figure to trust.

    "ratios": the route in a fresh child process (`fresh_pdf_route`), what a user's command pays; "kept": the
    route again in this process right after, with the answers its earlier builds kept (not the verdict)."""
    fresh, kept, seconds = [], [], []
    for _ in range(repeat):
        floor = best_of(lambda: [pdftotext(p) for p in pdfs], repeat=1, clock=children_cpu)
        seconds.append(fresh_pdf_route(pdfs))
        fresh.append(seconds[-1] / floor)
        kept.append(cpu(pdf_route) / floor)
    return {"ratios": sorted(fresh), "kept": sorted(kept), "fresh": sorted(seconds)[len(seconds) // 2]}


def fresh_pdf_route(pdfs: list[Path]) -> float:
    """CPU seconds of `build_tables(load_corpus(pdfs))` in a fresh process after its warm-up build (`child_main`):
    no answer kept from an earlier build of these texts."""
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *map(str, pdfs)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["cpu"])


def child_main(pdfs: list[Path]) -> int:
    """The child of `fresh_pdf_route`: warm up (one-line text built, PDF reader imported), then time the PDF
    route by this process's CPU clock and print {"cpu": seconds} as the last line."""
    warm_up()
    import histkit.read.pdf  # noqa: F401  the reader's library, imported lazily on the first PDF: a fixed cost

    seconds = cpu(lambda: build_tables(load_corpus(pdfs)))
    print(json.dumps({"cpu": seconds}))
    return 0


def warm_up() -> None:
    """One build of a one-line text: patterns compiled and models loaded before anything is timed."""
    with tempfile.TemporaryDirectory() as scratch:
        warm = Path(scratch) / "warm-up.txt"
        warm.write_text(WARM_UP, encoding="utf-8")
        build_tables(warm)


WARM_UP = "Tito met Spaak in Belgrade on 12 May 1954.1\n\n1 AJ, 507, IX, 9/I-12; M. Brown, The Pact (London, 1990), 12.\n"


def time_command(paths: list[Path], out: Path) -> float:
    """CPU seconds of `histkit tables PATHS --out OUT` in a fresh process (one process: --jobs 1 --doc-timeout 0)."""
    before = children_cpu()
    subprocess.run([sys.executable, "-m", "histkit", "tables", *map(str, paths), "--out", str(out), "--jobs", "1",
                    "--doc-timeout", "0", "--quiet"], check=True, cwd=ROOT, capture_output=True)
    return children_cpu() - before


def time_wall(pdfs: list[Path], folder: Path) -> dict:
    """Wall-clock seconds a user waits: `histkit tables PDFS --out DIR` as typed (default --jobs) and the floor
    as a shell loop runs it (`for f in *.pdf; do pdftotext -layout "$f"; done`), each the best of two."""
    command, floor = [], []
    for i in range(2):
        start = time.perf_counter()
        for pdf in pdfs:
            subprocess.run(["pdftotext", "-layout", str(pdf), str(folder / f"loop-{pdf.stem}.txt")], check=True,
                           stderr=subprocess.DEVNULL)
        floor.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "histkit", "tables", *map(str, pdfs), "--out", str(folder / f"store-wall-{i}"),
                        "--quiet"], check=True, cwd=ROOT, capture_output=True)
        command.append(time.perf_counter() - start)
    return {"wall_command": min(command), "wall_floor": min(floor), "cores": _cores()}


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def time_commands(pdfs: list[Path], folder: Path) -> dict:
    """The fresh command on the PDFs and on a one-line text (its fixed cost), each the best of two."""
    one = folder / "one-line.txt"
    one.write_text(WARM_UP, encoding="utf-8")
    runs = {"command": [], "fixed": []}
    for i in range(2):
        runs["command"].append(time_command(pdfs, folder / f"store-pdf-{i}"))
        runs["fixed"].append(time_command([one], folder / f"store-one-{i}"))
    return {name: min(times) for name, times in runs.items()}


def _read_or_none(pdf: Path):
    try:
        return read_document(pdf)
    except CorpusError:
        return None


def print_speed(figures: dict, n_files: int, missing: str | None) -> None:
    pages, floor = figures["pages"], figures["floor"]
    print(f"{n_files} PDFs, {pages} pages")
    print(f"pdftotext -layout (floor)        : {pages / floor:8.1f} pages/s  ({floor:.2f} s)")
    print(f"histkit tables on the text       : {pages / figures['text']:8.1f} pages/s  ({figures['text']:.2f} s)")
    text_route = floor + figures["text"]
    print(f"text route (pdftotext + tables)  : {pages / text_route:8.1f} pages/s  = {text_route / floor:.1f}x the floor")
    if missing:
        print(f"PDF route: not measured: {missing}")
        return
    print(f"reading the PDFs (read_document) : {pages / figures['read']:8.1f} pages/s  = {figures['read'] / floor:.1f}x the floor")
    fresh = figures["fresh"]
    print(f"PDF route (histkit tables on PDF): {pages / fresh:8.1f} pages/s  = {fresh / floor:.1f}x the floor, "
          f"{fresh / text_route:.2f}x the text route (median of the fresh child processes, {fresh:.2f} s)")
    reading = figures["read"] / floor
    ratios, kept = figures["ratios"], figures["kept"]
    median = ratios[len(ratios) // 2]
    print(f"PDF route in a fresh process against a floor timed just before it, {len(ratios)} pairs: "
          f"{', '.join(f'{r:.1f}x' for r in ratios)}")
    print(f"not the verdict: the PDF route again in this process, with answers kept from earlier builds: "
          f"{kept[len(kept) // 2]:.1f}x the floor, the median pair ({', '.join(f'{r:.1f}x' for r in kept)}); "
          f"first in-process build after the text route {figures['pdf']:.2f} s = {figures['pdf'] / floor:.1f}x")
    print(f"target: at most {TARGET:.0f}x the floor: histkit tables on the PDFs {median:.1f}x, the median pair "
          f"({'met' if median <= TARGET else 'NOT met'}); reading alone {reading:.1f}x "
          f"({'met' if reading <= TARGET else 'NOT met'}); for scale, the tables of the text alone take "
          f"{figures['text'] / floor:.1f}x")
    if "command" in figures:
        command, fixed = figures["command"], figures["fixed"]
        print(f"the command in a fresh process   : {pages / command:8.1f} pages/s  = {command / floor:.1f}x the floor "
              f"({command:.2f} s), of which {fixed:.2f} s fixed (the command on a one-line text)")
    if "wall_command" in figures:
        wall, loop, cores = figures["wall_command"], figures["wall_floor"], figures["cores"]
        print(f"WALL-CLOCK, {cores} cores (not CPU time): `histkit tables PDFS --out DIR` (default --jobs) "
              f"{wall:.2f} s against pdftotext -layout one file after another {loop:.2f} s = {wall / loop:.1f}x")


def plain_text_tables(pdfs: list[Path], folder: Path):
    """The tables of the plain `pdftotext` text (no -layout) of each PDF: not timed, for the note counts."""
    for pdf in pdfs:
        (folder / f"{pdf.stem}.txt").write_text(pdftotext(pdf, layout=False), encoding="utf-8")
    return build_tables(folder)


def print_notes(pdfs: list[Path], corpus: Path, routes: dict) -> None:
    """Per PDF: the numbered notes known and found by each route; for pnz, the notes exactly the Word file's."""
    known = known_notes(corpus)
    found = {name: notes_by_doc(tables) if tables else None for name, tables in routes.items()}
    tool = corpus.parent / "tools" / "notes_from_source.py"
    print("\nnumbered notes per PDF: known (manifest) | found in the pdftotext -layout text | in the plain "
          "pdftotext text | in the PDF")
    print("  pnz: [notes exactly the Word file's: -layout | plain | PDF / all notes of the Word file]")
    for pdf in pdfs:
        name = f"{pdf.parent.name}/{pdf.stem}"
        counts = [str(sum(n.isdigit() for n in f.get(pdf.stem, {}))) if f is not None else "-" for f in found.values()]
        line = f"{name:48} {known.get(pdf.stem, '?'):>5} | " + " | ".join(f"{c:>5}" for c in counts)
        gold = word_notes(pdf.with_suffix(".docx"), tool) if pdf.parent.name == "pnz" else None
        if gold:
            exact = [str(sum(f.get(pdf.stem, {}).get(n) == t for n, t in gold.items())) if f is not None else "-"
                     for f in found.values()]
            line += f"   [{' | '.join(exact)} / {len(gold)}]"
        print(line)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child_main([Path(a) for a in argv[1:]])
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    if shutil.which("pdftotext") is None:
        print("bench_pdf: pdftotext is not installed (apt-get install poppler-utils); nothing measured")
        return 0
    pdfs = sorted(p for group in GROUPS for p in (corpus / group).glob("*.pdf"))
    if not pdfs:
        print(f"bench_pdf: no PDFs in {corpus}/{{{','.join(GROUPS)}}} (give the corpus folder); nothing measured")
        return 0
    with tempfile.TemporaryDirectory() as layout, tempfile.TemporaryDirectory() as plain:
        figures, text_tables, pdf_tables, errors, missing = time_routes(pdfs, Path(layout))
        plain_tables = plain_text_tables(pdfs, Path(plain))
        if missing is None:
            figures.update(time_commands(pdfs, Path(plain)))
            figures.update(time_wall(pdfs, Path(plain)))
    print_speed(figures, len(pdfs), missing)
    for err in errors:
        print(f"PDF route: not read: {err}")
    print_notes(pdfs, corpus, {"layout": text_tables, "plain": plain_tables, "pdf": None if missing else pdf_tables})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
