"""An Ibid. whose tail opens with a fond word (`f.`, `ф.`) after a book repeats an earlier archive's other fond —
unless the book printed its own pages with that same mark (`…, f. 12-30`, then `Po aty, f. 19`): then it is a page
of the book."""

from histkit.citations.ibid import History


def _history(book_raw: str) -> History:
    history = History()
    history.add({"note_no": "1", "seq": 1, "kind": "archival", "archive": "AQSH", "ibid_of": "",
                 "raw": "AQSH, F. 14, D. 45, fl. 3."})
    history.add({"note_no": "2", "seq": 1, "kind": "literature", "archive": "", "ibid_of": "", "raw": book_raw})
    return history


def test_an_ibid_with_the_books_own_page_mark_repeats_the_book():
    history = _history("Arta Dema, \"Shkolla\", Studime, nr. 2, 1988, f. 40-55.")
    assert history.repeated_by("f. 44")["kind"] == "literature"


def test_an_ibid_with_a_fond_word_the_book_never_printed_repeats_the_archive():
    history = _history("И. Петров. Деревня. М., 1990, с. 40.")
    assert history.repeated_by("ф. 52, оп. 1, д. 3")["kind"] == "archival"
