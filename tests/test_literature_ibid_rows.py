"""Each Ibid. that repeats a literature reference is a reference row of its own (`histkit.literature.ibids`)."""

import pandas as pd
import pytest

from histkit.citations import extract_citations

BOOK = "Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 12."


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


@pytest.mark.parametrize("ibid", ["Ibid., 52.", "Tamtéž, 52.", "Ivi, 52.", "Prav tam, 52.", "Ebd., 52.", "Isto, 52."])
def test_ibid_of_a_book_is_a_reference_row_with_the_books_fields_and_its_own_pages(ibid):
    repeat = _references(BOOK, ibid).iloc[-1]
    assert (repeat.note_no, repeat.authors, repeat.title, repeat.year) == ("2", "Geoff Eley", "Forging Democracy", "2002")
    assert (repeat.raw, repeat.pages, repeat.ref_of) == (ibid, "52", "1:1")


def test_ibid_without_pages_has_none_of_its_own():
    repeat = _references(BOOK, "Ibid.").iloc[-1]
    assert (repeat.raw, repeat.pages, repeat.ref_of) == ("Ibid.", "", "1:1")


def test_ibid_of_an_archival_citation_makes_no_reference_row():
    refs = _references(BOOK, "TNA, FO 371/107832, Minute by Eden, 12 March 1953.", "Ibid., 4.")
    assert refs.note_no.tolist() == ["1"]


def test_ibid_of_an_ibid_points_to_the_full_reference():
    refs = _references(BOOK, "Ibid., 52.", "Ibid., 60.")
    assert refs.ref_of.tolist() == ["", "1:1", "1:1"]
    assert refs.pages.tolist()[1:] == ["52", "60"]


def test_ibid_of_a_short_title_points_to_the_full_reference():
    refs = _references(BOOK, "Eley, Forging Democracy, 45.", "Ibid., 47.")
    assert refs.ref_of.tolist() == ["", "1:1", "1:1"]


def test_ibid_rows_stand_in_the_order_of_their_notes():
    refs = _references(BOOK, "Ibid., 52.", "Mark Mazower, Dark Continent (London: Penguin, 1998), 3.")
    assert refs.note_no.tolist() == ["1", "2", "3"]


def test_ibid_keeps_its_kind_in_the_citations_table():
    notes = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"], "text": [BOOK, "Ibid., 52."]})
    assert extract_citations(notes).citations.kind.tolist() == ["literature", "ibid"]


def test_ibid_after_a_note_only_the_model_reads_repeats_that_notes_reference():
    refs = _references("Siehe dazu Dorothea Imhof/Klaus Brenner, Bürger, Beisassen, Vaganten. Die ländliche "
                       "Unterschicht Badens, Karlsruhe 2008, S. 215.",
                       "Die Protokolle des badischen Landtags 1845/46, hg. v. Otto Reinfried, Bd. 2, Stuttgart 1975, S. 312.",
                       "Ebd., S. 318.")
    assert refs.ref_of.tolist() == ["", "", "2:1"]


def test_ibid_naming_a_dated_document_of_its_own_makes_no_reference_row():
    refs = _references(BOOK, "Ibid., Letter to the Foreign Office, 14 July 1948, f. 31.")
    assert refs.note_no.tolist() == ["1"]


def test_ibid_of_a_bare_note_reference_repeats_the_work_that_note_cited():
    refs = _references("Ulrich Stiefvater, Auswanderung als Armenpolitik, Stuttgart 1990, S. 12.",
                       "Stiefvater (wie Anm. 1), S. 345.", "Ebd.")
    assert (refs.ref_of.iloc[-1], refs.raw.iloc[-1], refs.title.iloc[-1]) == ("1:1", "Ebd.", "Auswanderung als Armenpolitik")


def test_ibid_repeats_a_reference_the_model_read_after_the_citation_of_its_note():
    refs = _references("Jean Vidalou, Sète, port du Midi, Montpellier, Déhan, 1960, p. 4.",
                       "Sur ce syndicat, voir Vidalou, op. cit., p. 87 ; sur les syndicats de négociants en général, "
                       "J.-C. Aubanel, « Les chambres syndicales du commerce des vins », Annales du Midi, 92, 1980, "
                       "p. 141-160.",
                       "Id., p. 151.")
    assert (refs.title.iloc[-1], refs.raw.iloc[-1]) == ("Les chambres syndicales du commerce des vins", "Id., p. 151.")
