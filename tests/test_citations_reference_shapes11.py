"""Shapes of references read in the held-out articles' notes (stop 64): a journal's year before its volume, a title
ending in years, imprints after a title's full stop and a subtitle's colon, on invented notes."""

from histkit import Document, build_tables


def tables(note: str) -> dict:
    return build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])


def reference(note: str):
    rows = tables(note)["references"]
    return rows[rows.source == "rules"].iloc[0]


def test_a_law_journals_year_then_its_volume_is_the_journals_not_a_books_divisions():
    # `Journal YEAR, vol. N, p. X` (Polish and Central European law reviews citing English journals): the volume is
    # the journal's, as it is after `Journal of Law 1920`
    row = reference("R. Vernon, Auguste Comte and the State, Yale Law Journal 1984, vol. 45, p. 549.")
    assert (row.container, row.year, row.volume, row.pages) == ("Yale Law Journal", "1984", "45", "p. 549")


def test_a_books_divisions_after_its_place_and_year_are_still_taken_away():
    row = reference("John Locke, An Essay, New York 1959, Bd. II, Kap. 1, 148.")
    assert (row.place, row.year, row.volume) == ("New York", "1959", "II")


def test_a_title_ending_in_a_span_of_years_in_words_keeps_it():
    # `…, 1933 bis 1945`: the period the book is about, as `…, 1933–1945` is
    row = reference("O. Winzer, Zwölf Jahre Kampf: ein Beitrag zur Geschichte der Partei, 1933 bis 1945 "
                    "(Berlin, 1955), p. 55.")
    assert (row.title, row.place, row.year) == (
        "Zwölf Jahre Kampf: ein Beitrag zur Geschichte der Partei, 1933 bis 1945", "Berlin", "1955")


def test_place_publisher_and_year_in_commas_after_a_titles_full_stop_are_the_imprint():
    # the Spanish and Latin American order: `Apellido, Nombre, Título. Lugar, Editorial, año`
    row = reference("Galindo Vácha, Juan Carlos, Derecho europeo de sociedades. Bogotá, Pontificia Universidad "
                    "Javeriana, 2002, pp. 565-571.")
    assert (row.title, row.place, row.publisher, row.year) == (
        "Derecho europeo de sociedades", "Bogotá", "Pontificia Universidad Javeriana", "2002")


def test_a_short_titles_full_stop_before_the_place_ends_the_title():
    # Chicago's bibliography form with a title whose last word has three letters (`EU Law. Oxford: …`)
    row = reference("Smith, John. EU Law. Oxford: Oxford University Press, 2008.")
    assert (row.authors, row.title, row.place, row.publisher) == (
        "Smith, John", "EU Law", "Oxford", "Oxford University Press")


def test_a_title_and_subtitle_after_the_author_are_no_place_and_publisher():
    # `Author, Title: Subtitle, Year`: nothing stands between the names and the colon for a title
    row = reference("W. Thomas, The Ethics of Destruction: Norms and Force in International Relations, 2001.")
    assert (row.title, row.year, row.place, row.publisher) == (
        "The Ethics of Destruction: Norms and Force in International Relations", "2001", "", "")


def test_a_place_and_publisher_after_a_title_are_still_read():
    row = reference("J. Nowak, Dzieje Polski, Warszawa: PWN, 1990, s. 12.")
    assert (row.title, row.place, row.publisher, row.year) == ("Dzieje Polski", "Warszawa", "PWN", "1990")


def test_a_translation_in_brackets_after_the_original_leaves_the_original_a_citation():
    # `(trad. it. di …, Milano 1975, p. 183)`: a second work; the original before it is no prose
    note = ("M. Scheler, Das Ressentiment im Aufbau der Moralen, Francke, Bern 1972, pp. 33-147 (trad. it. di A. Pupi, "
            "Il risentimento nell’edificazione delle morali, Vita e Pensiero, Milano 1975, p. 183).")
    assert tables(note)["citations"].kind.tolist() == ["literature"]
    row = reference(note)
    assert (row.authors, row.title, row.year, row.pages) == (
        "M. Scheler", "Das Ressentiment im Aufbau der Moralen", "1972", "pp. 33-147")


def test_a_house_named_alone_before_the_town_is_the_publisher_not_another_town():
    # the Italian and French order `Titolo, Editore, Luogo Anno`, the house on publishers.csv
    row = reference("H. Poincaré, La valeur de la science, Flammarion, Paris 1939, pp. 216-217.")
    assert (row.title, row.publisher, row.place, row.year) == ("La valeur de la science", "Flammarion", "Paris", "1939")


def test_two_towns_before_the_year_stay_the_places():
    row = reference("Peter Galison, How Experiments End, Chicago, London 1987.")
    assert (row.place, row.publisher) == ("Chicago, London", "")


def test_a_town_joined_by_de_in_a_bracketed_imprint_is_the_place():
    # `Las Palmas de Gran Canaria`, `Rio de Janeiro`: place_joiner words of reference_words.csv, as `Frankfurt am Main`
    row = reference("J. Ponce Marrero, Canarias en la Gran Guerra, 1914–1918: estrategia y diplomacia "
                    "(Las Palmas de Gran Canaria, 2006), p. 12.")
    assert (row.title, row.place, row.year) == (
        "Canarias en la Gran Guerra, 1914–1918: estrategia y diplomacia", "Las Palmas de Gran Canaria", "2006")


def test_a_yearbooks_two_years_with_a_slash_give_its_first_year():
    row = reference("A. Pato, Collective redress for cartel damage claims, Yearbook of Private International Law 17 "
                    "(2015/2016), 491.")
    assert (row.container, row.volume, row.year, row.pages) == ("Yearbook of Private International Law", "17", "2015",
                                                                "491")


def test_a_uk_statutory_instruments_regulations_and_year_are_legislation():
    for note in ("Companies (Strategic Report) Regulations 2022, reg. 1(1)-(2).",
                 "Limited Liability Partnerships (Climate-related Financial Disclosure) Regulations 2022 (SI 2022/46)."):
        assert tables(note)["citations"].kind.tolist() == ["legislation"], note


def test_an_inverted_name_and_its_full_stop_before_a_title_and_a_place_publisher_and_year():
    # `Family, Given. Title. Place, Publisher, Year`: the full-stop style's name, not the comma style's title
    row = reference("Jacque, Jean Paul. Droit institutionnel de l’Union européenne. Paris, Dalloz, 2006.")
    assert (row.authors, row.title, row.place, row.publisher) == (
        "Jacque, Jean Paul", "Droit institutionnel de l’Union européenne", "Paris", "Dalloz")


def test_a_work_a_closing_bracket_says_the_quotation_was_taken_from_is_a_citation_of_its_own():
    note = "M. Weber, Politik als Beruf, München 1919, S. 3 (zit. nach W. Mommsen, Max Weber, Tübingen 1959, S. 12)."
    built = tables(note)
    assert built["citations"].kind.tolist() == ["literature", "literature"]
    assert built["references"][["authors", "title", "year"]].values.tolist() == [
        ["M. Weber", "Politik als Beruf", "1919"], ["W. Mommsen", "Max Weber", "1959"]]
