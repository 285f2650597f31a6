"""A call printed `(3)` in the line, as typescripts and older journals print calls, starts at its bracket."""

from conftest import layout_of

TYPESCRIPT = ("The strike closed the port for nineteen days in May and June 1955 (1). It was the last protest of the\n"
              "casual men against the hiring of gangs at the stands, which the scheme had preserved (2).\n"
              "\n"
              "(1) Hull Daily Mail, 24 May 1955, p. 1.\n"
              "(2) On the scheme see D. F. Wilson, Dockers (London, 1972), pp. 101-118.\n")


def test_a_parenthesised_call_starts_at_its_opening_bracket():
    lay = layout_of(TYPESCRIPT)
    starts = {n.note_no: n.marker_start for n in lay.notes}
    assert {no: lay.doc.text[at:at + 3] for no, at in starts.items()} == {"1": "(1)", "2": "(2)"}


def test_the_text_before_a_parenthesised_call_ends_with_the_word_it_follows():
    lay = layout_of(TYPESCRIPT)
    before = {n.note_no: lay.doc.text[:n.marker_start].rstrip().split()[-1] for n in lay.notes}
    assert before == {"1": "1955", "2": "preserved"}
