"""A book whose imprint is printed without brackets, `Place: Publisher, Year`, looks like literature: the splitter
keeps it as a citation wherever the note puts it, also after a lead word and before a `;`."""

from conftest import cite

from histkit.citations.references import looks_like_literature


def test_a_plain_colon_imprint_looks_like_literature():
    assert looks_like_literature("Karla Wendt, Die Zeitungen der Stadt, Graz: Styria, 1968, S. 77–90")


def test_a_book_with_a_plain_colon_imprint_after_a_lead_word_and_before_a_semicolon_is_a_citation():
    note = ("Upor. Karla Wendt, Die Zeitungen der Stadt, Graz: Styria, 1968, S. 77–90; "
            "Ivo Marić, Novine i politika, Split: Logos, 1979, str. 45.")
    assert cite(note).citations.kind.tolist() == ["literature", "literature"]
