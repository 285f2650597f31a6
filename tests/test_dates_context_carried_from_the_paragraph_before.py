"""A heading's or the paragraph before's last date dates the first days and months of a body paragraph that names
them without their month or year (the date rounds' rule 149); a note dates its own."""

from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _table(*paragraphs):
    table = dates_table(analyse_layout(Document.from_text("\n\n".join(paragraphs) + "\n", doc_id="d")))
    return [tuple(r) for r in table[["surface", "date_start", "date_end"]].values.tolist()]


def test_a_heading_month_dates_the_bare_day_that_opens_the_paragraph_under_it():
    rows = _table("2. Paris, July 1789", "On the 11th the king dismissed Necker. On 14 July 1789 the crowd rose.")
    assert ("11th", "1789-07-11", "1789-07-11") in rows


def test_a_paragraph_without_a_year_takes_the_year_of_the_paragraph_before():
    rows = _table("Il 3 settembre 1943 fu firmato l'armistizio, reso noto soltanto l'8.",
                  "Dal 10 al 12 settembre i tedeschi occuparono Roma, e il 23 nacque la Repubblica sociale.")
    assert rows[-2:] == [("10 al 12 settembre", "1943-09-10", "1943-09-12"), ("23", "1943-09-23", "1943-09-23")]


def test_a_heading_year_dates_a_month_named_alone_under_it():
    rows = _table("4. Das Krisenjahr 1923", "Im Januar besetzten Truppen das Ruhrgebiet; am 11. Januar 1923 Essen.")
    assert ("Januar", "1923-01-01", "1923-01-31") in rows


def test_a_carried_date_reads_no_author_after_a_notes_number_nor_a_day_before_its_own_year():
    rows = _table("Die Akten enden am 3. März 1938.", "15 Martin Hollmann, Geschichte des Prozessrechts, 1938.")
    assert [r for r in rows if r[0].startswith("15")] == []


def test_a_paragraphs_last_bare_year_is_not_carried_to_the_next():
    rows = _table("Britain had supplied Yugoslavia since 1945.", "Gaitskell minuted in October that a credit was unwise.")
    assert rows == [("1945", "1945-01-01", "1945-12-31")]
