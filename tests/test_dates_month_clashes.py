"""A month name two languages read differently is read in the language of the document's other month names.

`listopad` is November in Czech and Polish and October in Croatian (`histkit.dates.clashes`).
"""

from conftest import cite

from histkit.dates import find_dates, reading_dates_of
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _day(text: str, *others: str) -> str:
    with reading_dates_of([text, *others]):
        return find_dates(text)[0].date_start


def test_listopadu_in_a_czech_document_is_november():
    assert _day("Zápis ze schůze, 12. listopadu 1948.", "Dopis z 3. října 1948.", "Hlášení z 5. prosince 1948.") \
        == "1948-11-12"


def test_listopada_in_a_polish_document_is_november():
    assert _day("Raport z 11 listopada 1918 r.", "Pismo z 3 października 1918 r.", "Notatka z 5 grudnia 1918 r.") \
        == "1918-11-11"


def test_listopada_in_a_croatian_document_stays_october():
    assert _day("Zapisnik od 12. listopada 1948.", "Dopis od 7. studenoga 1948.", "Izvještaj od 5. prosinca 1948.") \
        == "1948-10-12"


def test_a_czech_archival_citation_is_dated_to_november():
    rows = cite("NA, fond Předsednictvo ministerské rady, kart. 44, 3. října 1948.",
                "NA, fond Předsednictvo ministerské rady, kart. 45, 12. listopadu 1948.").citations
    assert rows.date_start.tolist() == ["1948-10-03", "1948-11-12"]


def test_the_dates_table_of_a_czech_article_reads_listopadu_as_november():
    doc = Document.from_text("V říjnu 1948 a 12. listopadu 1948 zasedala vláda; v prosinci 1948 ne.\n", doc_id="cs")
    table = dates_table(analyse_layout(doc))
    assert table.date_start.tolist() == ["1948-10-01", "1948-11-12", "1948-12-01"]
