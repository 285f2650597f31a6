"""A book's pages, a word for "and", then an archive: two citations, the reference and the archive's (round 20:
`…, p. 104, e MJL, Wathaiq Sanusiyya, …`, `…, p. 112, e Archivio Storico Eni, fondo Eni, …`)."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations
    return list(zip(rows.note_no.astype(str), rows.kind, rows.archive_name))


def test_an_archive_named_after_and_is_cut_from_the_book_before():
    assert _rows("Cfr. Nico Perrone, Enrico Mattei (Bologna: il Mulino, 2001), p. 112, e Archivio Storico Eni, fondo "
                 "Eni, Presidenza Mattei, b. 46, fasc. 1.") == [
        ("1", "literature", ""), ("1", "archival", "Archivio Storico Eni")]


def test_a_defined_code_after_and_is_cut_from_the_book_before():
    rows = _rows("Lettera, 13 marzo 1911, Markaz Jihad al-Libiyyin, Tripoli (d'ora in poi MJL), Wathaiq Uthmaniyya, "
                 "mahfaza 12.",
                 "Cfr. E. E. Evans-Pritchard, The Sanusi of Cyrenaica (Oxford: Clarendon Press, 1949), p. 104, e MJL, "
                 "Wathaiq Sanusiyya, mahfaza 1, 24 agosto 1914.")
    assert [(kind, name) for no, kind, name in rows if no == "2"] == [
        ("literature", ""), ("archival", "Markaz Jihad al-Libiyyin")]


def test_two_books_joined_by_and_stay_two_references():
    assert [kind for _, kind, _ in _rows("Bauer, Repertorium, 1 f. und Joachim Schwarzkopf, Calender, Berlin 1990.")] \
        == ["literature", "literature"]
