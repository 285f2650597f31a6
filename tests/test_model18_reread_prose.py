"""A reading of the model that opens with the note's prose (title first, the reference's name inside it) is read
again from that name: where the model then reads a reference opening with its authors and naming a title, that
reading takes its place; where it does not, or where the name is the reading's own editor (a book printed title
first, `hg. von …`), the first reading stays."""

from histkit.literature import reread as module
from histkit.literature.read import FIELD_COLUMNS
from histkit.literature.reread import name_starts, opens_with_prose, reread

TEXT = "Eine Frucht dieser Anstrengungen ist Erhard Denninger, Rechtsperson und Solidarität, Frankfurt 1967."


def _reading(text: str, raw: str, at: int = 0, **fields) -> dict:
    start = text.index(raw, at)
    return {"doc_id": "d", "note_no": "1", "seq": 1, **{c: "" for c in FIELD_COLUMNS}, **fields,
            "raw": raw, "start": start, "end": start + len(raw), "confidence": 0.9}


def _reading_again(monkeypatch, found: list[dict]) -> list[str]:
    """Make the model read ``found`` (offsets within the stretch it is given); return the stretches it was given."""
    given = []

    def model_rows(doc_ids, note_nos, texts, model=None):
        given.append(texts[0])
        return found
    monkeypatch.setattr(module, "model_rows", model_rows)
    return given


def test_a_name_after_a_word_in_small_letters_is_where_a_reference_begins():
    assert [TEXT[k:k + 16] for k in name_starts(TEXT[:-1])] == ["Erhard Denninger"]


def test_capitalised_words_after_a_capitalised_word_are_no_name_after_prose():
    assert name_starts("Die Rechtsquellen der Stadt, Basel 1920") == []


def test_a_sentence_before_a_comma_is_no_name():
    assert name_starts("Die Beziehungen werden in der Literatur immer stärker diskutiert, zuletzt 1992") == []


def test_a_reading_opening_with_its_authors_does_not_open_with_prose():
    reading = _reading(TEXT, "Erhard Denninger, Rechtsperson und Solidarität, Frankfurt 1967",
                       authors="Erhard Denninger", title="Rechtsperson und Solidarität")
    assert not opens_with_prose(reading)


def test_the_prose_is_left_out_where_the_model_reads_the_reference_from_the_name(monkeypatch):
    first = _reading(TEXT, TEXT[:-1], title=TEXT[:53], place="Frankfurt", year="1967")
    stretch = TEXT[37:-1]
    given = _reading_again(monkeypatch, [dict(_reading(stretch, stretch), authors="Erhard Denninger",
                                              title="Rechtsperson und Solidarität", year="1967")])
    found = reread([first], {("d", "1"): TEXT}, "a model", 0.5)
    assert given == [stretch]
    assert [(r["authors"], r["title"], r["start"], r["end"]) for r in found] == [
        ("Erhard Denninger", "Rechtsperson und Solidarität", 37, len(TEXT) - 1)]


def test_the_first_reading_stays_where_the_model_reads_no_authors_at_the_name(monkeypatch):
    first = _reading(TEXT, TEXT[:-1], title=TEXT[:53], place="Frankfurt", year="1967")
    stretch = TEXT[37:-1]
    _reading_again(monkeypatch, [dict(_reading(stretch, stretch), title=stretch[:36], place="Frankfurt", year="1967")])
    assert reread([first], {("d", "1"): TEXT}, "a model", 0.5) == [first]


def test_the_first_reading_stays_where_the_model_reads_no_title_after_the_name(monkeypatch):
    first = _reading(TEXT, TEXT[:-1], title=TEXT[:53], place="Frankfurt", year="1967")
    stretch = TEXT[37:-1]
    _reading_again(monkeypatch, [dict(_reading(stretch, stretch), authors="Erhard Denninger", year="1967")])
    assert reread([first], {("d", "1"): TEXT}, "a model", 0.5) == [first]


def test_a_book_printed_title_first_is_not_read_again_from_its_editor(monkeypatch):
    text = "Leibniz und seine Akademie, hg. von Hans-Stephan Brather, Berlin 1993, 256."
    first = _reading(text, text[:-1], title="Leibniz und seine Akademie", authors="Hans-Stephan Brather",
                     editors="Hans-Stephan Brather", place="Berlin", year="1993")
    given = _reading_again(monkeypatch, [])
    assert reread([first], {("d", "1"): text}, "a model", 0.5) == [first]
    assert given == []
