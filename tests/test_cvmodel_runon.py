"""A reading of the model that runs on over a sentence end into prose and the reference the prose leads to is cut
there: the stretch from the name after the prose is read again, and where the model reads a reference opening with
its authors, a title and a year there, the first reading is read again up to the sentence end and the second takes
the rest. A subtitle with its book's editor (`hg. von …`), or a container after `;` and `in`, is no run-on."""

from histkit.literature import runon as module
from histkit.literature.read import FIELD_COLUMNS
from histkit.literature.runon import cuts, split_runons

TEXT = ("Hans Weber, Thesen zum Recht, 1977. Eine neuere Diskussion der Theorie bei Marco Rossi, Introduction to "
        "Global Law, Global Studies 8 (2018), 71.")
SECOND = TEXT.index("Marco")
FIRST_END = TEXT.index(" Eine")


def _reading(text: str, start: int, end: int, **fields) -> dict:
    return {"doc_id": "d", "note_no": "1", "seq": 1, **{c: "" for c in FIELD_COLUMNS}, **fields,
            "raw": text[start:end], "start": start, "end": end, "confidence": 0.9}


def _model_reads(monkeypatch, readings: dict) -> list[str]:
    """Make the model read each stretch it is given as ``readings`` says (by the stretch's first word; offsets
    within the stretch); return the stretches it was given."""
    given = []

    def model_rows(doc_ids, note_nos, texts, model=None):
        given.append(texts[0])
        return readings.get(texts[0].split()[0], [])
    monkeypatch.setattr(module, "model_rows", model_rows)
    return given


def test_a_reading_is_cut_after_a_sentence_end_and_a_semicolon():
    raw = "Uhl, Attention, Baltimore 1890; zur Rolle Michael Fried, Absorption, 1980. Siehe Crary, Perception"
    assert [raw[k:k + 5] for k in cuts(raw)] == ["zur R", "Siehe"]


def test_a_run_on_reading_becomes_the_reference_before_the_sentence_end_and_the_one_the_prose_leads_to(monkeypatch):
    first = _reading(TEXT, 0, len(TEXT) - 1, authors="Hans Weber", title=TEXT[12:SECOND + 30], year="2018")
    rest = TEXT[SECOND:-1]
    given = _model_reads(monkeypatch, {
        "Marco": [_reading(rest, 0, len(rest), authors="Marco Rossi", title="Introduction to Global Law", year="2018")],
        "Hans": [_reading(TEXT, 0, FIRST_END - 1, authors="Hans Weber", title="Thesen zum Recht", year="1977")]})
    found = split_runons([first], {("d", "1"): TEXT}, "a model", 0.5)
    assert given == [rest, TEXT[:FIRST_END]]
    assert [(r["authors"], r["title"], r["year"], r["start"]) for r in found] == [
        ("Hans Weber", "Thesen zum Recht", "1977", 0), ("Marco Rossi", "Introduction to Global Law", "2018", SECOND)]


def test_the_reading_stays_where_the_model_reads_no_year_after_the_name(monkeypatch):
    first = _reading(TEXT, 0, len(TEXT) - 1, authors="Hans Weber", title=TEXT[12:SECOND + 30], year="2018")
    rest = TEXT[SECOND:-1]
    _model_reads(monkeypatch, {"Marco": [_reading(rest, 0, len(rest), authors="Marco Rossi", title="Introduction")]})
    assert split_runons([first], {("d", "1"): TEXT}, "a model", 0.5) == [first]


def test_a_subtitle_and_its_books_editor_are_no_run_on(monkeypatch):
    text = "Denunziation. Historische und juristische Aspekte, hg. von Gerd Lang und Karl Maier, Tübingen 1997."
    first = _reading(text, 0, len(text) - 1, title="Denunziation", year="1997")
    given = _model_reads(monkeypatch, {})
    assert split_runons([first], {("d", "1"): text}, "a model", 0.5) == [first]
    assert given == []


def test_a_container_after_a_semicolon_is_no_run_on(monkeypatch):
    text = "Karl Lang, Die Entstehung der Blätter; in: Zeitschriften der Zeit bei Michael Stolleis, Frankfurt 1999."
    first = _reading(text, 0, len(text) - 1, authors="Karl Lang", title="Die Entstehung der Blätter", year="1999")
    given = _model_reads(monkeypatch, {})
    assert split_runons([first], {("d", "1"): text}, "a model", 0.5) == [first]
    assert given == []
