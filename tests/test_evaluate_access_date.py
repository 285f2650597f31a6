"""A reference gold's access date (`imprint/date[@type="access"]`, round 33: `Acesso em: 3 mar. 2021`, `accessed 5 May
2020`) says when a web page was seen: it is no year of the work, as a first edition's date is none of the edition cited."""

from histkit.evaluate import gold_references


def test_a_gold_access_date_is_no_year_of_the_work():
    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listBibl><biblStruct source="fn3"><monogr>'
           '<title level="m">Fondos</title><imprint><date /><date type="access">1 de mayo de 2020</date></imprint>'
           '</monogr></biblStruct></listBibl></standOff></TEI>')
    assert gold_references(tei, "art").table.year.tolist() == [""]
