"""An ABNT reference to a web work prints its year (or its day of publication) where a book prints its imprint:
`CASTRO, Rafael. Título. 2016. Disponível em: …`, `… Publicado em: 28 de outubro de 2016.` Both are read; such notes
had given no citation at all."""

from histkit.citations.references import parse_reference


def test_a_web_works_year_after_its_title():
    ref = parse_reference("CASTRO, Rafael Guedes. Governança Corporativa no Brasil. 2016. Disponível em: "
                          "https://www.example.org/a. Acesso em: 20 abr. 2025.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("CASTRO, Rafael Guedes", "Governança Corporativa no Brasil", "2016")


def test_a_web_works_day_of_publication_after_its_word():
    ref = parse_reference("CASTRO, Rafael Guedes de. Governança Corporativa. Publicado em: 28 de outubro de 2016.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("CASTRO, Rafael Guedes de", "Governança Corporativa", "2016")
