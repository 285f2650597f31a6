"""ABNT (NBR 6023) references, as Brazilian and Portuguese historians write them: written for the test, not copied."""

from histkit.citations.references import looks_like_literature, parse_reference


def test_an_abnt_book_gives_its_authors_title_and_imprint():
    ref = parse_reference("FERRAZ, Beatriz Helena. O porto e a cidade: comércio no Recife. 3. ed. Recife: Massangana, "
                          "1987. p. 77.")
    assert (ref["authors"], ref["title"]) == ("FERRAZ, Beatriz Helena", "O porto e a cidade: comércio no Recife")
    assert (ref["place"], ref["publisher"], ref["year"], ref["pages"]) == ("Recife", "Massangana", "1987", "p. 77")


def test_an_abnt_article_gives_its_journal_place_volume_and_issue():
    ref = parse_reference("TAVARES, J. M. Os mascates de Olinda. Revista do Instituto Histórico, Recife, v. 8, n. 3, "
                          "p. 201-230, 1961.")
    assert (ref["authors"], ref["title"], ref["container"]) == ("TAVARES, J. M.", "Os mascates de Olinda",
                                                                 "Revista do Instituto Histórico")
    assert (ref["place"], ref["volume"], ref["issue"], ref["year"]) == ("Recife", "8", "3", "1961")


def test_an_abnt_chapter_names_the_book_after_in_and_its_editor():
    ref = parse_reference("GOUVEIA, Rita de. Os juízes de fora. In: PRADO, Luís (org.). Justiça e império. Porto: "
                          "Afrontamento, 2003. p. 33-58.")
    assert (ref["authors"], ref["title"], ref["container"]) == ("GOUVEIA, Rita de", "Os juízes de fora",
                                                                 "Justiça e império")
    assert (ref["place"], ref["year"]) == ("Porto", "2003")


def test_an_abnt_thesis_gives_the_university_as_publisher():
    ref = parse_reference("LEAL, Otávio. Os tropeiros do sul. 1999. Dissertação (Mestrado em História) – Universidade "
                          "Federal do Paraná, Curitiba, 1999.")
    assert (ref["title"], ref["publisher"], ref["place"], ref["year"]) == (
        "Os tropeiros do sul", "Universidade Federal do Paraná", "Curitiba", "1999")


def test_an_abnt_reference_is_literature_and_an_archival_box_is_not():
    assert looks_like_literature("Id. A feira de Caruaru. Recife: Bagaço, 2001. p. 9.")
    assert not looks_like_literature("Arquivo Público, Fundo Câmara, caixa 4, doc. 7.")
