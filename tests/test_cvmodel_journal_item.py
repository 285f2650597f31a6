"""A model reading without authors is used when it is an item of a journal printed title first: a title of three
words or more, `in`, the journal, its volume and its year in brackets. A one-word title (a surname the model took
for one), or a newspaper with a day's date and no volume, is not."""

from histkit.literature.usable import usable_reading


def _reading(raw: str, title: str, container: str, year: str = "") -> dict:
    return {"confidence": 0.9, "authors": "", "title": title, "container": container, "year": year, "place": "",
            "pages": "", "raw": raw}


def test_an_anonymous_item_of_a_journal_volume_is_used():
    raw = "Inquiries for Suratte and other parts of the East-Indies, in: PTRS II (1667) 415–419"
    assert usable_reading(_reading(raw, raw[:56], "PTRS II", "1667"), 0.5)


def test_an_item_whose_year_the_model_missed_is_used_by_the_year_after_its_volume():
    raw = "Some Observations and Experiments about Vitriol, in: PTRS IX–X (1674–75) 41–47"
    assert usable_reading(_reading(raw, raw[:47], "PTRS"), 0.5)


def test_a_surname_read_as_a_title_is_no_journal_item():
    raw = "Mittermaier, in: KZ 16 (1844) 139"
    assert not usable_reading(_reading(raw, "Mittermaier", "KZ", "1844"), 0.5)


def test_a_newspaper_dated_to_the_day_is_no_journal_item():
    raw = "Die Verzögerung der Übersetzung, in: Frankfurter Rundschau vom 16. 3. 2001, 19"
    assert not usable_reading(_reading(raw, raw[:31], "Frankfurter Rundschau vom 16", "2001"), 0.5)
