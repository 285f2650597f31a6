"""An Ibid. whose word no list holds, read from its shape (``ibidshape``); the Ibid. words are ``ibid.csv``'s only."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.ibid import IBID
from histkit.citations.words import forms

BOOK = "P. Ruyter, Het veen, Leiden: Brill, 1977, 12."


def _citations(*notes: str) -> pd.DataFrame:
    frame = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)], "text": list(notes)})
    return extract_citations(frame).citations


def test_the_ibid_words_are_rows_of_the_data_file():
    for word in ("Isto", "Tamże", "Там же", "Пак там", "Ugyanott", "Uo", "Po aty", "Αυτόθι", "Ebenda", "Ivi", "Ibíd"):
        assert word in forms("ibid.csv", "ibid"), word
    for word in ("Idem", "Id", "Op. cit", "Loc. cit", "Ό.π", "Ídem", "Íd"):
        assert word in forms("ibid.csv", "same"), word


def test_op_cit_written_without_a_space_or_greek_op_cit_with_one_is_read_as_before():
    for text in ("Op.cit., p. 4", "Loc.cit.", "Ό. π."):
        assert IBID.match(text), text


def test_an_unknown_ibid_word_alone_repeats_the_last_work_with_its_page():
    citations = _citations(BOOK, "Qorvat, s. 118.")
    assert citations.kind.tolist() == ["literature", "ibid"]
    assert citations.ibid_of.tolist()[-1] == "1:1" and citations.pages.tolist()[-1] == "s. 118"  # (as `Ibid., s. 118` gives)


def test_an_unknown_two_word_ibid_and_an_unknown_dotted_one_repeat_too():
    for note in ("Zan kor.", "Q.vt.", "Zan kor. – С. 70."):
        assert _citations(BOOK, note).kind.tolist() == ["literature", "ibid"], note


def test_an_unknown_ibid_repeats_the_last_archival_citation():
    citations = _citations("AJ, 507, IX, 11/II-1.", "Qorvat.")
    assert citations.kind.tolist() == ["archival", "ibid"]
    assert citations.archive.tolist()[-1] == "AJ" and citations.ibid_of.tolist()[-1] == "1:1"


def test_an_unknown_ibid_after_a_semicolon_repeats_the_citation_before_it():
    citations = _citations(f"{BOOK[:-1]}; Qorvat, s. 14.")
    assert citations.kind.tolist() == ["literature", "ibid"]


def test_a_cross_reference_to_a_note_is_no_ibid():
    for note in ("See above, p. 12.", "Vgl. oben.", "Zie hierboven, noot 7.", "Βλ. παραπάνω, σημ. 10.", "Gore, bilj. 6."):
        assert "ibid" not in _citations(BOOK, note).kind.tolist(), note


def test_a_lone_page_or_an_archive_code_is_no_ibid():
    for note in ("S. 12.", "pp. 12.", "Bl. 45."):
        assert "ibid" not in _citations(BOOK, note).kind.tolist(), note
    assert _citations(BOOK, "AJ, 507.").kind.tolist()[-1] != "ibid"


def test_a_single_word_between_semicolons_of_a_title_is_no_ibid():
    citations = _citations("Foreign Relations, vol. XVI, Eastern Europe; Cyprus; Greece; Turkey (Washington, 1994), 12.")
    assert "ibid" not in citations.kind.tolist()



def test_a_short_imprint_with_a_year_is_no_ibid():
    assert "ibid" not in _citations(BOOK, "Point Seuil, 1997.").kind.tolist()
