"""A siglum an article defines for a calendar with the years of its volume (`(hereafter CPR 1422–29)`), and the
citations by it, pages apart too (`CPR 1422–29, pp. 301, 468`)."""

from histkit.citations.extract import cite_document, default_matcher
from histkit.citations.journals import learn_work

FULL = ("Calendar of the Patent Rolls Preserved in the Public Record Office: Henry VI, 1422–1429 (London, 1901), p. 45 "
        "(hereafter CPR 1422–29).")


def test_siglum_with_a_run_of_years_is_learned():
    journals = {}
    learn_work(FULL, {"authors": "", "title": "Calendar of the Patent Rolls"}, journals)
    assert list(journals) == ["CPR 1422–29"]


def test_citations_by_the_siglum_repeat_the_calendar():
    notes = [("1", FULL), ("2", "CPR 1422–29, pp. 301, 468."), ("3", "CPR 1422–29, p. 512.")]
    found = cite_document("d", notes, default_matcher().copy())
    assert [(ref["note_no"], ref.get("ref_of", ""), ref["pages"]) for ref in found.references] == [
        ("1", "", "p. 45"), ("2", "1:1", "301, 468"), ("3", "1:1", "512")]
