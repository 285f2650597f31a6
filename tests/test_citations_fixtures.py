"""Footnotes in the house styles of other journals, with hand-written parses: how well the citations come out.

``tests/fixtures/citations/notes.csv`` holds footnotes (doc_id, note_no, text)
imitating articles of other journals — Chicago-style US diplomatic history
(archive last, FRUS, presidential libraries), British (TNA), German (PA AA,
BArch, Ebd.), Russian (РГАСПИ. Ф. 17. Оп. …, `//`, Там же), Croatian
(HR-HDA-…), Slovene (ARS, Prav tam), Italian (ACS, Ivi), French (AN, Idem),
Polish (AAN, Tamże), and mixed notes with commentary and lead-ins.
``expected.csv`` gives each citation's kind, archive, fond, collection, unit,
date_start, date_end, date_precision and ibid_of as a historian would read it.

Decisions the expectations encode:

- FRUS is archival (a published series of documents, cited like a holding):
  archive FRUS, unit ``vol. …, doc. …``; its years bound the date (precision year).
- An archive named last (``…, RG 59, CDF 1955–59, 611.68/11-655, NARA.``)
  is read like one named first: title and date before the holding.
- ``Idem``/``Id.`` with nothing but pages is Ibid.; ``Idem, <title> …`` is
  the same author's other work (literature). A bare ``Op. cit., p. 4`` repeats
  the previous citation (Ibid.).
- A day and month without a year (``Zapisnik od 12. ožujka``) take the year
  of the file (``HDA, CK SKH, 1952, …``); with no year there, there is no date.
- US numeric dates ``3/12/1956`` are month/day/year (day/month when the first
  number is above 12); only four-digit years are read.

``notes_heldout.csv``/``expected_heldout.csv`` were written after the first
round of fixes, in further styles and journals, to measure the parser on
footnotes it had not been tuned to before fixing what they showed;
``*_blind.csv`` likewise after the second round (several citations per
note separated by sentences, Chicago ``ibid.`` after the description, Russian
Ibid. with another fond). ``*_r3.csv`` (round 3, written blind before reading
the code): Slovene ``SI AS``, Polish AMSZ, Czech and Dutch ``NA``, Hungarian,
Romanian, Bulgarian, Albanian, Greek, Austrian, Swiss (BAR, dodis.ch), the
Bodleian, CIA CREST numbers, newspapers and interviews. Newspaper issues are
``literature`` (the paper is the reference's container) dated by the issue;
interviews are ``literature`` too: the four kinds stay the contract. Before
any fix: archival 21/27 found (21 of 22 found right), Ibid. 9/14, rows fully
right 8/34, 4 of 40 rows unparsed; after: 27/27, 14/14, 33/41, none.

Run ``python tests/test_citations_fixtures.py [_heldout]`` to print the scores.
"""

import csv
from pathlib import Path

import pandas as pd

from histkit.citations import extract_citations

HERE = Path(__file__).parent / "fixtures" / "citations"
FIELDS = ["archive", "fond", "collection", "unit", "date_start", "date_end", "date_precision", "ibid_of"]


def load(name: str) -> pd.DataFrame:
    with open(HERE / name, encoding="utf-8", newline="") as handle:
        return pd.DataFrame(list(csv.DictReader(handle)), dtype=str)


def score(suffix: str = "") -> dict:
    """Counts over one fixture set: archival precision and recall, Ibid. resolution, field accuracy, unparsed share."""
    notes, expected = load(f"notes{suffix}.csv"), load(f"expected{suffix}.csv")
    got = extract_citations(notes).citations.fillna("").astype(str)
    key = ["doc_id", "note_no", "seq"]
    merged = expected.merge(got, on=key, how="outer", suffixes=("_x", ""), indicator=True)
    exp_arch = merged["kind_x"] == "archival"
    got_arch = merged["kind"] == "archival"
    s = {
        "notes": len(notes), "expected": len(expected), "found": len(got),
        "archival_expected": int(exp_arch.sum()), "archival_found": int(got_arch.sum()),
        "archival_true": int((exp_arch & got_arch).sum()),
        "ibid_expected": int((merged["kind_x"] == "ibid").sum()),
        "ibid_right": int(((merged["kind_x"] == "ibid") & (merged["kind"] == "ibid")
                           & (merged["ibid_of_x"] == merged["ibid_of"])).sum()),
        "kind_right": int((merged["kind_x"] == merged["kind"]).sum()),
        "unparsed": int((got["kind"] == "unparsed").sum()),
    }
    both = merged[merged["_merge"] == "both"]
    checked = both[both["kind_x"].isin(["archival", "ibid"])]
    s["fields_checked"] = len(checked) * len(FIELDS)
    s["fields_right"] = int(sum((checked[f + "_x"] == checked[f]).sum() for f in FIELDS))
    s["rows_all_right"] = int(sum(all(r[f + "_x"] == r[f] for f in FIELDS + ["kind"]) for _, r in checked.iterrows()))
    s["rows_checked"] = len(checked)
    wrong = []
    for _, r in merged.iterrows():
        bad = [f for f in ["kind"] + FIELDS if r.get(f + "_x", "") != r.get(f, "")]
        if bad:
            wrong.append((r["doc_id"], r["note_no"], r["seq"],
                          {f: (r.get(f + "_x"), r.get(f)) for f in bad}))
    s["wrong"] = wrong
    return s


def test_fixtures_hold_at_least_sixty_notes_in_ten_house_styles():
    notes = load("notes.csv")
    assert len(notes) >= 60 and notes.doc_id.nunique() >= 10


def test_every_expected_citation_belongs_to_a_fixture_note():
    notes, expected = load("notes.csv"), load("expected.csv")
    assert set(zip(expected.doc_id, expected.note_no)) <= set(zip(notes.doc_id, notes.note_no))


if __name__ == "__main__":
    import sys

    result = score(sys.argv[1] if len(sys.argv) > 1 else "")
    for doc_id, note_no, seq, diff in result.pop("wrong"):
        print(f"{doc_id}:{note_no}:{seq}", diff)
    print(result)


def test_fixture_footnotes_give_every_hand_parsed_archival_citation_and_ibid():
    for suffix in ("", "_heldout", "_blind", "_r3"):
        s = score(suffix)
        assert s["archival_true"] == s["archival_expected"] == s["archival_found"], suffix
        assert s["ibid_right"] == s["ibid_expected"], suffix


def test_fixture_footnotes_fields_match_the_hand_parse_in_at_least_ninety_five_percent():
    for suffix in ("", "_heldout", "_blind", "_r3"):
        s = score(suffix)
        assert s["fields_right"] >= 0.95 * s["fields_checked"] and s["unparsed"] == 0, suffix
