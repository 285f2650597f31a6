"""Web sources, reports and grey literature in the Brazilian ABNT house (issue 15, round 33): a working paper's series
and number where a book prints its imprint, a thesis whose faculty stands before its university, the medium after a
web work's imprint (`Conjunto de dados.`, `Podcast.`), a podcast's day before its year, a body as author after a lead
word with a subtitle's colon, and the short forms that name several authors joined by `;` or a body."""

from conftest import cite

from histkit.citations.references import parse_reference


def _rows(notes: str, names=("authors", "title", "year")) -> list[tuple]:
    return [tuple(row[name] for name in names) for _, row in cite(notes).references.iterrows()]


def test_a_working_paper_prints_its_series_and_number_where_a_book_prints_its_imprint():
    assert _rows("BRAGA, Luísa; MOTTA, Ivo. Fretes e salários no porto, 1920-1950. Texto para Discussão n. 88, 2017. "
                 "Disponível em: <https://example.org/td88>. Acesso em: 2 fev. 2020.") \
        == [("BRAGA, Luísa; MOTTA, Ivo", "Fretes e salários no porto, 1920-1950", "2017")]


def test_a_thesis_whose_faculty_stands_before_its_university():
    rows = _rows("LEMOS, Caio. A estiva: trabalho e greve. 2011. Tese (Doutorado em História) – Faculdade de Letras, "
                 "Universidade Federal da Bahia, Salvador, 2011.", names=("title", "year", "publisher"))
    assert [row[:2] for row in rows] == [("A estiva: trabalho e greve", "2011")]


def test_the_medium_after_a_datasets_imprint_is_no_field():
    ref = parse_reference("VIANA, Rui. Registros de matrícula, 1931-1964. Versão 1.0. [S. l.]: Zenodo, 2020. Conjunto "
                          "de dados.")
    assert (ref["authors"], ref["publisher"], ref["year"]) == ("VIANA, Rui", "Zenodo", "2020")


def test_a_podcast_dated_to_its_day():
    assert _rows("PRADO, Ana. A greve do cais. Vozes do Porto, ep. 7. [S. l.]: Rádio Mar, 9 abr. 2020. Podcast.") \
        == [("PRADO, Ana", "A greve do cais. Vozes do Porto, ep. 7", "2020")]


def test_a_body_after_a_lead_word_with_a_subtitle_is_one_reference():
    assert _rows("Cf. INSTITUTO DE HISTÓRIA SOCIAL. Memória dos cais: relatório final. Santos: IHS, 2018. p. 9.") \
        == [("INSTITUTO DE HISTÓRIA SOCIAL", "Memória dos cais: relatório final", "2018")]


def test_an_op_cit_naming_two_authors_joined_by_a_semicolon_repeats_their_work():
    refs = cite("BRAGA, Luísa; MOTTA, Ivo. Fretes. Santos: Ed. Porto, 2017. p. 3.",
                "Cf. LEMOS, op. cit.; BRAGA; MOTTA, op. cit., p. 19.").references
    repeat = refs[refs.note_no == "2"]
    assert repeat[["authors", "ref_of", "pages"]].values.tolist() == [["BRAGA; MOTTA", "1:1", "p. 19"]]


def test_an_op_cit_naming_the_body_that_wrote_the_work_repeats_it():
    refs = cite("INSTITUTO DE HISTÓRIA SOCIAL. Memória dos cais. Santos: IHS, 2018. p. 9.",
                "INSTITUTO DE HISTÓRIA SOCIAL, op. cit., p. 31.").references
    assert refs[refs.note_no == "2"][["authors", "ref_of"]].values.tolist() == [["INSTITUTO DE HISTÓRIA SOCIAL", "1:1"]]


def test_a_web_page_with_abnts_mark_for_no_date():
    ref = parse_reference("MUSEU DA ESTIVA. Retratos do cais. Santos, [s.d.]. Disponível em: <https://example.org/r>. "
                          "Acesso em: 1 maio 2020.")
    assert (ref["authors"], ref["title"], ref["place"], ref["year"]) == ("MUSEU DA ESTIVA", "Retratos do cais", "Santos", "")
