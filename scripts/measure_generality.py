"""Scores of the blind generality fixtures (tests/fixtures/generality/roundN/): notes, markers, archival citations.

Usage: ``python scripts/measure_generality.py [round1 round2 …] [--wrong] [--hold-out LANG,…] [--hold-out-countries CC,…]``

Per round it prints

- layout (``.txt`` as pdftotext gives an article, or the ``.pdf`` itself):
  numbered notes exactly right (note number and whole text as the
  hand-written gold), notes found that the gold lacks, and markers linked to
  the right place (the gold names the characters just before each call; a
  note called twice has a row per call, matched to its ``marker_start`` and
  then its ``later_marker_starts`` in reading order);
- structured (``structured/``: Word ``.docx`` and TEI ``.xml`` files of producers
  the corpus lacks): the same figures as layout;
- citations: archival citations expected / found / false / missed, and of
  those found how many have the right archive and date; Ibid. rows resolved
  to the right target; fields right where seq numbers line up.

Archival rows of one note are paired in reading order; a pair counts as
"archive right" when the expected archive is the row's code, its full name,
or a name or variant the authority file gives that code. ``--wrong`` lists
every difference.

``--hold-out LANG[,LANG…]`` scores a round as if its languages were unknown:
the rows of the word lists of ``histkit/data/citations/`` and
``histkit/data/dates/`` whose ``language`` lists only held-out languages are
dropped, and the month names dateparser gives for them are not read, before
any reader is built; what is left is what the readers make of a note's shape
(a row of several languages stays while one of them is not held out; a row
without a language stays; words written into the code stay).
``--hold-out-countries CC[,CC…]`` drops the archives authority's rows of those
countries too (``country`` column), so that their archives are known only by
what the notes themselves say. Run, e.g.,
``python scripts/measure_generality.py --hold-out pt,es --hold-out-countries PT,ES round1``.
"""

from __future__ import annotations

import csv
import difflib
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

import pandas as pd

# (this checkout's histkit, not the one the venv installed: run from a worktree, the script measured /work/main)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import histkit.data  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "generality"
sys.path.insert(0, str(ROOT))  # the gold TSVs are read by the one reader their writers use
from goldfiles import read_tsv  # noqa: E402

FIELDS = ["archive", "fond", "collection", "unit", "date_start", "date_end", "date_precision", "ibid_of"]


#: the shipped archives authority, kept for scoring when `hold_out` hides some of its rows from the readers
SHIPPED_AUTHORITY = histkit.data.authority_file("archives.csv")
#: the countries `hold_out` hid: their archives are scored by any spelling the authority gives them, as the readers
#: can only have spelt them as the notes do
HELD_COUNTRIES: set[str] = set()

#: dateparser's locale codes of the languages whose codes the data files write otherwise
LOCALES = {"no": ("nb",), "sr": ("sr", "sr-Latn")}


def held_rows(rows: list[dict[str, str]], languages: set[str]) -> list[dict[str, str]]:
    """``rows`` of a word list without those whose ``language`` cell names held-out languages only.

    >>> held_rows([{"form": "doravante", "language": "pt"}, {"form": "in", "language": "en de"},
    ...            {"form": "Ibid", "language": ""}], {"pt", "de"})
    [{'form': 'in', 'language': 'en de'}, {'form': 'Ibid', 'language': ''}]
    """
    def kept(row: dict[str, str]) -> bool:
        own = set((row.get("language") or "").split())
        return not own or not own <= languages
    return [row for row in rows if kept(row)]


def hold_out(languages: set[str], countries: set[str] = frozenset()) -> None:
    """Make histkit's readers built from here on know nothing of ``languages`` (and of the archives of ``countries``).

    Called before the readers are imported (`citation_score`, `layout_score` import them): their patterns are built
    from the lists when their modules load. Patches ``histkit.data`` (the word lists of citations and dates, the
    authority file) and ``histkit.dates.words.LANGUAGES`` (dateparser's month names) in this process.
    """
    read, authority = histkit.data.data_rows, histkit.data.authority_file

    def rows(folder: str, name: str) -> list[dict[str, str]]:
        found = read(folder, name)
        return held_rows(found, languages) if folder in ("citations", "dates") else found

    def authority_file(name: str) -> Path:
        path = authority(name)
        if name != "archives.csv" or not countries:
            return path
        kept = Path(tempfile.mkdtemp(prefix="histkit-holdout-")) / name
        with open(path, encoding="utf-8-sig", newline="") as source, open(kept, "w", encoding="utf-8", newline="") as out:
            reader = csv.DictReader(source)
            writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
            writer.writeheader()
            writer.writerows(r for r in reader if (r.get("country") or "").strip().upper() not in countries)
        return kept

    histkit.data.data_rows, histkit.data.authority_file = rows, authority_file
    HELD_COUNTRIES.update(countries)
    import histkit.dates.words as month_words

    dropped = {locale for language in languages for locale in LOCALES.get(language, (language,))}
    month_words.LANGUAGES = tuple(code for code in month_words.LANGUAGES if code not in dropped)


def read_csv(path: Path) -> pd.DataFrame:
    with open(path, encoding="utf-8", newline="") as handle:
        return pd.DataFrame(list(csv.DictReader(handle)), dtype=str).fillna("")


# --------------------------------------------------------------------------- layout


def documents(folder: Path) -> list[Path]:
    """A layout round's documents: text as pdftotext gives it (rounds 1-3), the PDFs themselves, or Word and TEI files."""
    return sorted([*folder.glob("*.txt"), *folder.glob("*.pdf"), *folder.glob("*.docx"), *folder.glob("*.xml")])


def _without_calls(text: str, end: int, calls: list[tuple[int, int]]) -> str:
    """``text`` up to ``end`` without the calls found before it."""
    kept, at = [], 0
    for start, length in calls:
        if start >= end:
            break
        kept.append(text[at:start])
        at = max(at, start + length)
    return "".join(kept) + text[at:end]


def _ends_with(text: str, word: str) -> bool:
    """Whether ``text`` ends with the gold's word before a call, also where the typesetter broke that word at a line's
    end (the gold writes it whole: `Hinsicht.` for `Hin-\\nsicht.`), its hyphen dropped or, in a compound, kept.

    >>> _ends_with("Hin-\\nsicht.", "Hinsicht."), _ends_with("Ost-\\nWest", "Ost-West"), _ends_with("x sicht.", "Hinsicht.")
    (True, True, False)
    """
    tail = text[-3 * len(word) - 4:]
    return any(t.endswith(word) for t in (text, re.sub(r"([-\u00ad])[ \t]*\n[ \t]*", "", tail),
                                          re.sub(r"([-\u00ad])[ \t]*\n[ \t]*", r"\1", tail)))


_OCR_FOLD = str.maketrans({**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"},
                           **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032`\u00b4"},
                           **{c: '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"}})


def ocr_fold(text: str) -> str:
    """A text as an OCR layer may give it: dashes as hyphens, quotation marks straight, spaces squeezed.

    >>> ocr_fold("fol. 1r\u20134v, \u201eso\u201c  und \u2019s")
    'fol. 1r-4v, "so" und \\'s'
    """
    return " ".join(unicodedata.normalize("NFKC", text).translate(_OCR_FOLD).split())


def _edits(a: str, b: str) -> int:
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in
               difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op != "equal")


def near_word(got: str, gold: str) -> bool:
    """Whether the text before a call ends with the gold's word but for one OCR slip in a letter (a word of five
    characters or more; its digits all right, so a call after another year is no call after this one).

    >>> near_word("the tlps.", "tips."), near_word("in 1892.", "1891."), near_word("left", "tips.")
    (True, False, False)
    """
    a, b = ocr_fold(got)[-len(ocr_fold(gold)):], ocr_fold(gold)
    digits = [re.sub(r"\D", "", x) for x in (a, b)]
    return a == b or len(b) >= 5 and digits[0] == digits[1] and _edits(a, b) <= 1


def near(got: str, gold: str) -> bool:
    """Whether an OCR layer's reading of a note is its gold text but for the engine's slips: after `ocr_fold`, at most
    one character in twenty-five (and at least two) changed, inserted or dropped. A note cut wrong, run on into the
    next or missing a line differs by far more.

    >>> near("Ibid., fol. 15 v2.", "Ibid., fol. 15 v\u00ba."), near("Ibid., fol. 15.", "Ibid., fol. 15 v\u00ba. Marmontel, p. 9.")
    (True, False)
    """
    a, b = ocr_fold(got), ocr_fold(gold)
    return a == b or _edits(a, b) <= max(2, len(b) // 25)


def layout_score(folder: Path, wrong: list) -> dict:
    """A layout round's notes and calls against its gold. A folder holding a file `OCR` is a round of scanned pages
    with an OCR program's text layer: notes and the words before calls are compared with `near`, not letter for letter
    (the engine's slips are not the reader's)."""
    from histkit.layout import analyse_layout  # (imported here, after `hold_out`: the readers load with them)
    from histkit.read import load_corpus

    s = {"documents": 0, "notes_gold": 0, "notes_right": 0, "notes_extra": 0, "markers_gold": 0, "markers_right": 0}
    ocr = (folder / "OCR").exists()
    for txt in documents(folder):
        name = txt.name.split(".", 1)[0]  # (the corpus names TEI files NAME.tei.xml)
        gold = {r["note_no"]: r["text"] for r in read_tsv(folder / f"{name}_notes.tsv")}
        before: dict[str, list[str]] = {}  # a note called twice has a row per call, in reading order (round 7 on)
        for r in read_tsv(folder / f"{name}_markers.tsv"):
            before.setdefault(r["note_no"], []).append(r["before"])
        corpus = load_corpus([txt])
        if not corpus.documents:  # a file histkit refuses loses all its notes here; the message says why
            s["documents"] += 1
            s["notes_gold"] += len(gold)
            s["markers_gold"] += sum(1 for words in before.values() for word in words if word)
            wrong.append(f"{name}: refused: {corpus.errors[0]}")
            continue
        lay = analyse_layout(corpus.documents[0])
        got = {n.note_no: n for n in lay.notes if n.note_no[:1].isdigit()}
        # every call found, as (start, length): a call is no body text, so the text before another call leaves it out
        # (a Japanese `before` runs back over an earlier call to the paragraph's start: `…相次いだ。とくに…`)
        calls = sorted((at, len(n.label or n.note_no)) for n in lay.notes for at in (n.marker_start, *n.later_marker_starts)
                       if at is not None)
        s["documents"] += 1
        s["notes_gold"] += len(gold)
        s["notes_extra"] += len(set(got) - set(gold))
        for no, text in gold.items():
            ok = no in got and (got[no].text == text or ocr and near(got[no].text, text))
            s["notes_right"] += ok
            if not ok:
                wrong.append(f"{name} note {no}: expected {text[:70]!r}\n{'':>12}got {got[no].text[:70]!r}"
                             if no in got else f"{name} note {no}: missing")
        for no in sorted(set(got) - set(gold)):
            wrong.append(f"{name} note {no}: not in the gold: {got[no].text[:70]!r}")
        for no, words in before.items():
            # the k-th call of a note is its first marker (k = 0), then its later ones in reading order
            starts = [got[no].marker_start, *got[no].later_marker_starts] if no in got else []
            for k, word in enumerate(words):
                if not word:
                    continue
                s["markers_gold"] += 1
                start = starts[k] if k < len(starts) else None
                before_call = _without_calls(lay.doc.text, start, calls).rstrip() if start is not None else ""
                ok = start is not None and (_ends_with(before_call, word)
                                            or ocr and near_word(before_call, word))
                s["markers_right"] += ok
                if not ok:
                    where = "unlinked" if start is None else repr(lay.doc.text[max(0, start - 25):start + 3])
                    wrong.append(f"{name} marker {no}{'' if k == 0 else f' (call {k + 1})'}: "
                                 f"expected after {word!r}, got {where}")
    return s


# --------------------------------------------------------------------------- citations


def archive_names(table: pd.DataFrame) -> dict[str, set[str]]:
    """Each code's spellings: code, name and variants, lower-cased; a name the authority brackets its country after to
    tell namesakes apart is spelt without it too (`Riksarkivet (Sverige)`: the articles write `Riksarkivet`).

    >>> sorted(archive_names(pd.DataFrame([{"code": "RA Stockholm", "name": "Riksarkivet (Sverige)", "variants": ""}]))
    ...        ["RA Stockholm"])
    ['ra stockholm', 'riksarkivet', 'riksarkivet (sverige)']
    """
    names = {}
    for r in table.fillna("").itertuples():
        spellings = {r.code, r.name, re.sub(r"\s*\([^()]*\)$", "", r.name), *str(r.variants).split("|")}
        names[r.code] = {x.strip().lower() for x in spellings if x.strip()}
    return names


def same_archive(expected: str, code: str, name: str, names: dict[str, set[str]]) -> bool:
    e = expected.strip().lower()
    if HELD_COUNTRIES and {code.strip().lower(), name.strip().lower()} & names.get(expected.strip(), set()):
        return True
    return e in {code.lower(), name.lower()} | names.get(code, set())


def day_of(date: str) -> str:
    """A start date as a day: ``1936`` and ``1936-01`` are ``1936-01-01``."""
    return date + "-01" * (2 - date.count("-")) if date else ""


def citation_score(folder: Path, wrong: list) -> dict:
    from histkit.citations import extract_citations, load_archives  # (after `hold_out`, as in `layout_score`)

    notes, expected = read_csv(folder / "notes.csv"), read_csv(folder / "expected.csv")
    got = extract_citations(notes).citations.fillna("").astype(str)
    names = archive_names(load_archives(SHIPPED_AUTHORITY))
    s = {"archival_expected": 0, "archival_found": 0, "archival_false": 0, "archival_missed": 0,
         "archive_and_date_right": 0}
    for (doc, no), exp in expected.groupby(["doc_id", "note_no"], sort=False):
        mine = got[(got.doc_id == doc) & (got.note_no == no)]
        e_arch, g_arch = exp[exp.kind == "archival"], mine[mine.kind == "archival"]
        s["archival_expected"] += len(e_arch)
        pairs = min(len(e_arch), len(g_arch))
        s["archival_found"] += pairs
        s["archival_missed"] += len(e_arch) - pairs
        s["archival_false"] += len(g_arch) - pairs
        for (_, e), (_, g) in zip(e_arch.iterrows(), g_arch.iterrows()):
            ok = same_archive(e.archive, g.archive, g.archive_name, names) and day_of(e.date_start) == day_of(g.date_start)
            s["archive_and_date_right"] += ok
            if not ok:
                wrong.append(f"{doc}:{no} archival: expected ({e.archive}, {e.date_start}) got ({g.archive}, {g.date_start})")
        if len(e_arch) != len(g_arch):
            wrong.append(f"{doc}:{no}: {len(e_arch)} archival expected, {len(g_arch)} found: {list(g_arch.unit)}")
    noted = set(zip(expected.doc_id, expected.note_no))
    unnoted = pd.Series([(d, n) not in noted for d, n in zip(got.doc_id, got.note_no)], index=got.index, dtype=bool)
    extra = got[(got.kind == "archival") & unnoted]
    s["archival_false"] += len(extra)
    for r in extra.itertuples():
        wrong.append(f"{r.doc_id}:{r.note_no}: archival row where none is expected: {r.archive} {r.unit}")
    merged = expected.merge(got, on=["doc_id", "note_no", "seq"], how="left", suffixes=("_x", "")).fillna("")
    ibid = merged[merged.kind_x == "ibid"]
    s["ibid_expected"] = len(ibid)
    s["ibid_right"] = int(((ibid.kind == "ibid") & (ibid.ibid_of_x == ibid.ibid_of)).sum())
    checked = merged[merged.kind_x.isin(["archival", "ibid"])]
    s["fields_checked"] = len(checked) * len(FIELDS)
    s["fields_right"] = int(sum((checked[f + "_x"] == checked[f]).sum() for f in FIELDS))
    return s


def option(argv: list[str], name: str) -> tuple[set[str], list[str]]:
    """The comma- or space-separated values after ``name`` in ``argv``, and ``argv`` without them.

    >>> option(["--hold-out", "pt,es", "round1"], "--hold-out")
    ({'es', 'pt'}, ['round1'])
    """
    if name not in argv:
        return set(), argv
    at = argv.index(name)
    if at + 1 >= len(argv):
        sys.exit(f"measure_generality: {name} needs a value (e.g. {name} pt,es)")
    return set(argv[at + 1].replace(",", " ").split()), argv[:at] + argv[at + 2:]


def main(argv: list[str]) -> None:
    languages, argv = option(argv, "--hold-out")
    countries, argv = option(argv, "--hold-out-countries")
    if languages or countries:
        hold_out(languages, {c.upper() for c in countries})
    show = "--wrong" in argv
    rounds = [a for a in argv if not a.startswith("--")] or sorted(p.name for p in ROOT.glob("round*"))
    for name in rounds:
        folder, wrong = ROOT / name, []
        if (folder / "layout").is_dir():
            print(name, "layout", layout_score(folder / "layout", wrong))
        if (folder / "structured").is_dir():
            print(name, "structured", layout_score(folder / "structured", wrong))
        if (folder / "notes.csv").exists():
            print(name, "citations", citation_score(folder, wrong))
        if show:
            print("\n".join(wrong))


if __name__ == "__main__":
    main(sys.argv[1:])
