"""A long note of prose citing documents in parentheses: each citation is cut out, however many there are."""

from conftest import cite


def _prose(count: int) -> str:
    return " ".join(f"The minister spoke of it again (TNA, FO 371/{k}, Minute by Eden, {k % 28 + 1} March 1950), "
                    f"and the cabinet agreed." for k in range(1, count + 1))


def test_every_citation_in_parentheses_of_a_long_prose_note_is_found():
    rows = cite(_prose(300)).citations
    assert rows.unit.tolist() == [str(k) for k in range(1, 301)]
    assert set(rows.archive) == {"TNA"}


def test_a_citation_in_parentheses_of_a_long_prose_note_keeps_its_date():
    rows = cite(_prose(120)).citations
    assert rows.date_start.iloc[99] == "1950-03-17"
