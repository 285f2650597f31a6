"""The steps of extract_citations one by one: split a note, classify a citation, parse it, resolve Ibid. and short titles."""

import pandas as pd
import pytest

from histkit.citations import extract as pipeline
from histkit.citations.archives import default_matcher
from histkit.citations.extract import (Piece, Reading, cite_document, classify, extract_citations, parse_citation,
                                       resolve_ibid, resolve_short_title, split_note)
from histkit.citations.ibid import IBID, History
from histkit.citations.references import parse_reference
from histkit.citations.splitter import Segment
from histkit.errors import Problem
from histkit.text import fold_homoglyphs


def piece(text: str) -> Piece:
    """A citation that is a whole note."""
    return Piece(Segment(0, len(text), text), fold_homoglyphs(text))


def history_after(*notes: str) -> History:
    """The history of a document whose notes 1, 2, … are ``notes``."""
    history = History()
    for row in cite_document("d", [(str(i), t) for i, t in enumerate(notes, 1)], default_matcher().copy()).rows:
        history.add(row)
    return history


def blank_row(note_no: str = "9", seq: int = 1) -> dict:
    return {"note_no": note_no, "seq": seq, "archive": "", "archive_name": "", "unit": "", "title": "", "pages": "",
            "ibid_of": "", "ref_of": ""}


def test_split_note_leaves_out_the_notes_own_number_and_its_lead_in():
    pieces = split_note("12 See: TNA, FO 371/1, Minute; Ibid., 4.", "12", default_matcher().copy())
    assert [(p.segment.start, p.segment.raw) for p in pieces] == [(8, "TNA, FO 371/1, Minute"), (31, "Ibid., 4.")]


def test_split_note_keeps_the_text_as_written_and_gives_it_folded_beside():
    (only,) = split_note("AJ, CК SКJ, IX, 11/II-5", "1", default_matcher().copy())
    assert (only.segment.raw, only.text) == ("AJ, CК SКJ, IX, 11/II-5", "AJ, CK SKJ, IX, 11/II-5")


def test_split_note_of_pure_commentary_gives_no_citation():
    assert split_note("He was born in Split in 1902 and became a lawyer.", "1", default_matcher().copy()) == []


@pytest.mark.parametrize("earlier, text, note_no, how", [
    ((), "TNA, FO 371/1, Minute, 1 May 1950.", "1", "archive first"),
    (("TNA, FO 371/1.",), "Ibid., 4.", "2", "ibid"),
    ((), "Ibid., 4.", "1", "ibid"),
    (("TNA, FO 371/124263.",), "FO 371/124264.", "1", "another file"),
    # a bare call number continues its own note's citation; in another note, a series cited before under its archive
    (("TNA, FO 371/124263.",), "FO 371/124264.", "2", "series again"),
    (("TNA, FO 371/124263.",), "CAB 128/26.", "2", "unparsed"),  # (a series no earlier citation used)
    (("NARA, RG 59, Lot 58D776, box 12.",), "Department of State to Embassy Belgrade, 2/14/1957, ibid., 768.00/2-1457.",
     "2", "ibid inside"),
    ((), "Bericht der Botschaft Belgrad vom 14.6.1956, PA AA, B 42, Bd. 12.", "1", "archive inside"),
    ((), "Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 12.", "1", "literature"),
    ((), "Meany Archives, Lovestone Files, box 14.", "1", "archive unknown"),
    (("PA AA, B 42, Bd. 18, Bericht vom 3. März 1955.",), "die Aufzeichnung vom 7. April 1955", "1", "another document"),
    ((), "Report on the talks, 12 May 1950, in the Arhiv Jugoslavije, file 3", "1", "archive named"),
    ((), "Something odd happened", "1", "unparsed"),
])
def test_classify_reads_each_style_of_citation_its_own_way(earlier, text, note_no, how):
    assert classify(piece(text), note_no, default_matcher().copy(), history_after(*earlier)).how == how


def test_classify_teaches_the_matcher_an_archive_the_citation_defines():
    matcher = default_matcher().copy()
    reading = classify(piece("Muzej revolucije naroda i narodnosti arhiv (MRNN), 12"), "1", matcher, History())
    assert (reading.how, reading.archive.code, matcher.match("MRNN, 13")[0].code) == ("archive first", "MRNN", "MRNN")
    assert default_matcher().match("MRNN, 13") is None  # the document's copy learned it, not the shared matcher


def test_parse_citation_reads_an_archival_holding_and_gives_no_reference():
    text = "AJ, 507, IX, 11/II-1, Report, 3 January 1951."
    row = {}
    ref = parse_citation(row, Reading("archive first", default_matcher().match(text)[0], 0, 2), piece(text), default_matcher())
    assert ref is None
    assert (row["kind"], row["fond"], row["collection"], row["unit"], row["date_start"]) == \
        ("archival", "507", "IX", "11/II-1", "1951-01-03")


def test_parse_citation_of_literature_returns_its_reference_and_dates_a_newspaper_issue():
    row = {}
    ref = parse_citation(row, Reading("literature"), piece("The Times, 4 May 1955, 3."), default_matcher())
    assert (ref["container"], row["kind"], row["date_start"]) == ("The Times", "literature", "1955-05-04")


def test_parse_citation_leaves_an_ibid_to_the_resolve_step():
    row = {}
    assert parse_citation(row, Reading("ibid", ibid=IBID.match("Ibid., 4.")), piece("Ibid., 4."), default_matcher()) is None
    assert row == {"kind": "ibid"}


def test_parse_citation_teaches_the_abbreviation_an_archive_gets_after_its_town():
    text = "Labour Party Archives, People's History Museum, Manchester (LPA), box 31"
    matcher = default_matcher().copy()
    archive, end = matcher.match(text)
    parse_citation({}, Reading("archive first", archive, 0, end), piece(text), matcher)
    assert matcher.match("LPA, box 32")[0] == archive and default_matcher().match("LPA, box 32") is None


def test_resolve_ibid_takes_over_the_last_citation_and_reads_its_own_pages():
    history = history_after("PA AA, B 12, Bd. 466, Bl. 4–6, Aufzeichnung vom 3. März 1955.")
    row = blank_row()
    assert resolve_ibid(row, Reading("ibid", ibid=IBID.match("Ebd., Bl. 9.")), piece("Ebd., Bl. 9."), history)
    assert (row["ibid_of"], row["archive"], row["unit"], row["pages"], row["date_start"]) == \
        ("1:1", "PA AA", "Bd. 466", "Bl. 9", "1955-03-03")


def test_resolve_ibid_with_nothing_before_it_is_false_but_keeps_its_pages():
    row = blank_row()
    assert not resolve_ibid(row, Reading("ibid", ibid=IBID.match("Ibid., 4.")), piece("Ibid., 4."), History())
    assert (row["ibid_of"], row["archive"], row["pages"]) == ("", "", "4")


def test_resolve_ibid_with_another_fond_after_a_book_repeats_the_archive_cited_before_the_book():
    history = history_after("РГАНИ. Ф. 89. Оп. 45. Д. 12. Л. 1.", "Волков А. С. Москва и Белград. М., 2010. С. 88.")
    text = "Там же. Ф. 5. Оп. 30. Д. 13. Л. 2."
    row = blank_row()
    resolve_ibid(row, Reading("ibid", ibid=IBID.match(text)), piece(text), history)
    assert (row["ibid_of"], row["archive"], row["fond"]) == ("1:1", "RGANI", "5")


def test_resolve_ibid_reads_a_bare_call_number_as_another_file_of_the_same_archive_without_ibid_of():
    history = history_after("TNA, FO 371/124263, Minute, 1 May 1950.")
    row = blank_row("1", 2)
    assert resolve_ibid(row, Reading("another file"), piece("FO 371/124264."), history)
    assert (row["ibid_of"], row["archive"], row["fond"], row["unit"]) == ("", "TNA", "FO 371", "124264")


def test_resolve_ibid_leaves_a_citation_that_leans_on_none_alone():
    row = blank_row()
    assert resolve_ibid(row, Reading("literature"), piece("Eley, Forging Democracy, 12."), history_after("TNA, FO 371/1."))
    assert row == blank_row()


def test_resolve_short_title_points_to_the_full_reference_and_remembers_this_one():
    history = History()
    history.references.append(("1:1", parse_reference("Geoff Eley, Forging Democracy (New York: OUP, 2002), 12.")))
    row, ref = blank_row("2"), dict(parse_reference("Eley, Forging Democracy, 45."), raw="Eley, Forging Democracy, 45.")
    resolve_short_title(row, ref, history)
    assert (row["ref_of"], ref["ref_of"], [label for label, _ in history.references]) == ("1:1", "1:1", ["1:1", "2:1"])


def test_cite_document_counts_the_notes_of_unresolved_ibid_and_unparsed_citations():
    found = cite_document("d", [("1", "Ibid., 4."), ("2", "See the memoirs kept by the family.")], default_matcher().copy())
    assert (found.orphans, found.unparsed, found.failure) == (["1"], ["2"], "")


def test_an_ibid_never_repeats_a_citation_of_another_document():
    notes = pd.DataFrame({"doc_id": ["a", "b"], "note_no": ["1", "1"], "text": ["TNA, FO 371/1, Minute.", "Ibid., 4."]})
    tables = extract_citations(notes)
    assert tables.citations[["doc_id", "kind", "archive", "ibid_of"]].values.tolist() == \
        [["a", "archival", "TNA", ""], ["b", "ibid", "", ""]]
    assert [w.doc_id for w in tables.warnings] == ["b"]


def test_a_document_whose_notes_raise_is_reported_and_the_others_keep_their_citations(monkeypatch):
    real = pipeline.parse_citation

    def failing(row, reading, piece, matcher):
        if "BOOM" in piece.text:
            raise RuntimeError("boom")
        return real(row, reading, piece, matcher)

    monkeypatch.setattr(pipeline, "parse_citation", failing)
    notes = pd.DataFrame({"doc_id": ["a", "bad", "bad", "c"], "note_no": ["1", "1", "2", "1"],
                          "text": ["TNA, FO 371/1.", "AJ, 507, IX.", "AJ, 507, BOOM.", "Geoff Eley, Forging Democracy (London: Verso, 2002), 4."]})
    tables = extract_citations(notes)
    assert tables.citations.doc_id.tolist() == ["a", "c"] and tables.references.doc_id.tolist() == ["c"]
    assert tables.warnings == [Problem("bad", "citations", "citation extraction failed (RuntimeError: boom); "
                                              "the document's notes give no citations or references")]


def test_warnings_give_unresolved_ibid_of_every_document_before_unparsed_citations():
    first = pd.DataFrame({"doc_id": ["x", "y"], "note_no": ["1", "1"], "text": ["See the memoirs kept by the family.", "Ibid."]})
    assert [(w.doc_id, w.message.split(" (")[0]) for w in extract_citations(first).warnings] == [
        ("y", "1 Ibid. with no earlier citation to repeat, left unresolved"),
        ("x", "1 citation(s) not understood, kept as kind=unparsed")]


def test_notes_of_one_document_are_read_together_in_the_order_documents_first_come():
    notes = pd.DataFrame({"doc_id": ["b", "a", "b", None], "note_no": ["1", "1", "2", "1"],
                          "text": ["AJ, 507, IX, 11/II-1.", "TNA, FO 371/1.", "Ibid., 11/II-2.", "AJ, 507, IX, 3."]})
    cited = extract_citations(notes).citations
    assert cited[["doc_id", "note_no", "kind", "ibid_of"]].values.tolist() == [
        ["b", "1", "archival", ""], ["b", "2", "ibid", "1:1"], ["a", "1", "archival", ""]]
