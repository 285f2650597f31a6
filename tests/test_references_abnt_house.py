"""ABNT references as Brazilian journals print them (read on SciELO's reference lists, `measure_jats_references.py`)."""

from histkit import parse_reference


def fields(text: str, *names: str) -> tuple:
    ref = parse_reference(text)
    return tuple(ref[name] for name in names)


def test_initials_end_the_authors_and_the_capitalised_word_after_them_opens_the_title():
    assert fields("VIANNA, L. W. Liberalismo e sindicato no Brasil. Rio de Janeiro: Paz e Terra, 1976.",
                  "authors", "title", "place", "year") == (
        "VIANNA, L. W.", "Liberalismo e sindicato no Brasil", "Rio de Janeiro", "1976")


def test_a_subtitle_after_a_colon_is_the_titles_not_the_start_of_a_spanish_capitals_reference():
    assert fields("FAUSTO, B. Getúlio Vargas: o poder e o sorriso. São Paulo: Companhia das Letras, 2006.",
                  "authors", "title") == ("FAUSTO, B.", "Getúlio Vargas: o poder e o sorriso")


def test_where_it_is_found_online_and_when_it_was_seen_end_the_reference():
    assert fields("GOMES, A. C. Os trabalhadores. Topoi, v. 5, n. 9, p. 10-30, 2004. Disponível em: "
                  "https://www.scielo.br/j/topoi/a/x. Acesso em: 3 mar. 2020.", "title", "container", "year") == (
        "Os trabalhadores", "Topoi", "2004")


def test_a_translators_sentence_with_its_other_roles_is_no_part_of_the_title():
    assert fields("BLOCH, M. Apologia da história. Tradução, notas e apresentação de André Telles. Rio de Janeiro: "
                  "Zahar, 2001.", "title", "publisher") == ("Apologia da história", "Zahar")


def test_a_body_or_a_person_known_by_one_name_is_the_author():
    assert fields("BRASIL. Relatório do Ministério da Agricultura. Rio de Janeiro: Imprensa Nacional, 1930.",
                  "authors", "title") == ("BRASIL", "Relatório do Ministério da Agricultura")


def test_an_initial_without_its_full_stop_before_the_next_author():
    assert fields("CLARK, K; HOLQUIST, M. Mikhail Bakhtin. São Paulo: Perspectiva, 2008.", "authors", "title") == (
        "CLARK, K; HOLQUIST, M.", "Mikhail Bakhtin")


def test_a_newspapers_article_with_its_paper_place_and_day():
    assert fields("LACERDA, C. A revolução. Tribuna da Imprensa, Rio de Janeiro, 5 de agosto de 1954.",
                  "title", "container", "year") == ("A revolução", "Tribuna da Imprensa", "1954")


def test_a_line_of_underscores_is_the_author_before_and_the_title_follows_it():
    assert fields("______. A invenção do trabalhismo. São Paulo: Vértice, 1988.", "title", "year") == (
        "A invenção do trabalhismo", "1988")


def test_a_journals_place_with_its_state_and_a_half_year_before_the_year():
    assert fields("PEREIRA, R. O conceito. Linguagem em Discurso, Tubarão, SC, v. 14, n. 1, p. 177-194, 1. sem. 2014.",
                  "title", "container", "volume", "year") == ("O conceito", "Linguagem em Discurso", "14", "2014")


def test_the_short_form_in_capitals_with_its_year_and_page():
    assert fields("CHOLODENKO, 1991a, p. 10, 22 e 29.", "authors", "year", "pages", "title") == (
        "CHOLODENKO", "1991", "p. 10, 22 e 29", "")



def test_the_short_form_a_sentence_names_with_year_and_page_in_brackets_after_the_authors():
    assert fields("Morais, Dias (1955, p.232-250)", "authors", "year", "pages") == ("Morais, Dias", "1955", "232-250")
