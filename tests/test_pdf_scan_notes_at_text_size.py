"""An OCR layer whose sizes show a 'foot' answering few of the body's calls (a typescript's line the engine sized a
point smaller) shows no foot: the layer is read as a text file's lines, its endnotes by their labels."""

from types import SimpleNamespace as N

from histkit.read.pdf import _no_foot


def _body(calls):
    return [N(body=[N(tokens=[("t", "Text of the line."), ("m", str(k))]) for k in calls])]


def test_a_foot_answering_one_call_of_ten_is_no_foot():
    assert _no_foot([N(label="1"), N(label="1")], _body(range(1, 11)))


def test_a_foot_answering_most_calls_is_a_foot():
    assert not _no_foot([N(label=str(k)) for k in range(1, 9)], _body(range(1, 11)))


def test_no_notes_at_all_is_no_foot_as_before():
    assert _no_foot([], _body(range(1, 4)))
    assert _no_foot([], _body([]))


def test_a_short_article_whose_one_note_answers_its_one_call_keeps_it():
    assert not _no_foot([N(label="1")], _body([1]))
