"""Words no list holds before an author in a full-stop style (`Vt ka Eesnimi Nimi. Pealkiri. Koht: Kirjastus, 2004`):
cut, as before a name and a comma, since the names and their full stop are the reference's head."""

import pandas as pd

from histkit.citations import extract_citations


def test_unknown_lead_words_before_a_name_and_its_full_stop_leave_the_name_as_author():
    # (`Qo ne`: a made-up language's "see also", a two-letter word opening it)
    notes = ["Qo ne Ardo Velmik. Tarvan ölu ja kelmo. Kelmo: Vastu, 2004, lk 12."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": notes})).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["Ardo Velmik", "Tarvan ölu ja kelmo", "2004"]]


def test_a_title_opening_with_a_long_word_and_small_words_keeps_them():
    # (`Tarvanik ölu ja`: a title, then a place's name with a full stop, `Kelmo Vastu.`)
    notes = ["Tarvanik ölu ja Kelmo Vastu. Qd 2. Kelmo: Vastu, 2004, lk 12."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": notes})).references
    assert refs.authors.tolist() == [""]
