"""The end of a reference split into its fields, not run into its title: a cited page or a comment in brackets after
the pages, a journal's `VOL/YEAR/ISSUE` or `VOL, YEAR, č. N`, a year range inside a title, `et seq.`; and `Vgl`
without its full stop as a lead word."""

import pytest

from conftest import fields

from histkit.citations import parse_reference, split_citations


@pytest.mark.parametrize("text, pages", [
    ("Vgl Luhmann, Ausdifferenzierung des Rechts (1999), 273-307 (281 f).", "273-307"),
    ("Fitz, Klimaklagen, Handbuch Klimaschutzrecht (2023) 517 ff (534 ff)", "517 ff"),
])
def test_cited_page_in_brackets_after_the_pages_is_not_part_of_the_title(text, pages):
    ref = parse_reference(text)
    assert (ref["year"], ref["pages"]) == (text.split("(")[1][:4], pages)
    assert "(" not in ref["title"]


def test_legal_short_citation_with_cited_page_in_brackets():
    ref = parse_reference("Rebhahn, EuZA 2010, 62 (75).")
    assert fields(ref, "authors", "container", "year", "pages") == ("Rebhahn", "EuZA", "2010", "62")


def test_comment_in_brackets_after_the_pages_leaves_the_journal_its_fields():
    ref = parse_reference("Peter Wehling, Selbstbestimmung, Leviathan 36 (2008), 249–273, 256 (Selbstbestimmung als „Leitidee“)")
    assert fields(ref, "title", "container", "volume", "year") == ("Selbstbestimmung", "Leviathan", "36", "2008")


def test_year_in_brackets_after_a_journal_volume_is_not_a_cited_page():
    ref = parse_reference("Mittermaier, Über Gesetzgebung, KZ 24 (1852)")
    assert fields(ref, "container", "volume", "year") == ("KZ", "24", "1852")


def test_journal_volume_year_and_issue_with_slashes():
    ref = parse_reference("Ellguth, Betriebe ohne Betriebsrat, Industrielle Beziehungen 12/2005/2, 149-176.")
    assert fields(ref, "authors", "title", "container", "volume", "issue", "year", "pages") == \
        ("Ellguth", "Betriebe ohne Betriebsrat", "Industrielle Beziehungen", "12", "2", "2005", "149-176")


def test_journal_volume_year_and_issue_word_in_commas():
    ref = parse_reference("Dvořáčková, Konfiskace majetku v pohraničí, Český časopis historický 88, 1990, č. 2, s. 212–230")
    assert fields(ref, "title", "container", "volume", "issue", "year") == \
        ("Konfiskace majetku v pohraničí", "Český časopis historický", "88", "2", "1990")


def test_a_volume_word_before_the_year_is_a_book_not_a_journal():
    assert parse_reference("Marx, Werke Bd. 3, 1990, č. 2")["container"] == ""


def test_year_range_in_a_title_with_a_colon_is_not_the_imprint():
    ref = parse_reference("Harry Marks, The Progress of Experiment: Science and Reform, 1900–1990, Cambridge 1997")
    assert fields(ref, "authors", "place", "year") == ("Harry Marks", "Cambridge", "1997")


def test_et_seq_after_the_page_ends_the_reference():
    ref = parse_reference("Thomas-M. Seibert, Die Lehre vom Rechtszeichen (2017), 404 et seq.")
    assert fields(ref, "title", "year", "pages") == ("Die Lehre vom Rechtszeichen", "2017", "404 et seq.")


def test_vgl_without_its_full_stop_is_a_lead_in_and_prose_after_the_reference_is_commentary():
    pieces = split_citations("Vgl Rebhahn, EuZA 2010, 62 (75). In Schweden ist die Mitwirkung hervorzuheben.")
    assert [(p.role, p.raw) for p in pieces] == [
        ("lead-in", "Vgl "), ("citation", "Rebhahn, EuZA 2010, 62 (75)."),
        ("commentary", "In Schweden ist die Mitwirkung hervorzuheben.")]


def test_imprint_in_brackets_after_a_title_ending_in_years_is_kept():
    ref = parse_reference("Ivan Laković, Zapadna vojna pomoć 1951–1958 (Podgorica: Istorijski institut, 2006).")
    assert fields(ref, "place", "publisher", "year") == ("Podgorica", "Istorijski institut", "2006")


@pytest.mark.parametrize("text, authors", [
    ("Für ein berühmtes Beispiel: Hannah Arendt, Es gibt nur ein einziges Menschenrecht, Die Wandlung 4 (1949), 754–770",
     "Hannah Arendt"),
    ("für das Unionsrecht Schrammel/Windisch-Graetz, Europäisches Arbeitsrecht (2018), 19 ff", "Unionsrecht Schrammel/Windisch-Graetz"),
])
def test_words_before_the_author_that_begin_no_name_are_not_the_authors(text, authors):
    assert parse_reference(text)["authors"] == authors


@pytest.mark.parametrize("text, authors", [
    ("Kovács István: A magyar történelem. Budapest, 1990.", "Kovács István"),
    ("von Weizsäcker, Titel, Berlin 1990", "von Weizsäcker"),
])
def test_a_name_with_a_particle_or_before_a_colon_keeps_its_words(text, authors):
    assert parse_reference(text)["authors"] == authors


@pytest.mark.parametrize("text, authors", [
    ("Za Zagreb gl. Vesna Kovačić idr., Primorci u Zagrebu (Zagreb: Durieux, 2016), 44–60", "Vesna Kovačić"),
    ("O beogradskim liberalima v. Латинка Перовић, Затварање круга (Сарајево: Свјетлост, 1991)", "Латинка Перовић"),
    ("Sulla questione resta utile Pietro Melandri, La linea di Londra, in Studi sulla pace, Milano, Mondadori, 1979, pp. 211-240",
     "Pietro Melandri"),
])
def test_words_and_a_lead_word_before_the_author_are_cut(text, authors):
    assert parse_reference(text)["authors"] == authors


@pytest.mark.parametrize("text", [
    "Interview with Koča Stanić, Belgrade, 12 May 2005.",
    "Brown v. Board of Education, 347 U.S. 483 (1954)",
])
def test_a_name_after_prose_is_not_the_author_of_an_interview_or_of_what_is_quoted(text):
    assert parse_reference(text)["authors"] == ""


def test_the_book_a_letter_is_quoted_in_is_by_its_author_not_by_the_letters_addressee():
    # `… a letter to Jennie Lee, quoted in Michael Foot, Aneurin Bevan (…)`: the prose's name is no author; the book's is
    text = "his impressions survive in a letter to Jennie Lee, quoted in Michael Foot, Aneurin Bevan (London: Davis-Poynter, 1973)"
    assert parse_reference(text)["authors"] == "Michael Foot"


def test_a_place_in_serbian_cyrillic_before_the_year_is_the_imprint():
    ref = parse_reference("Милена Стојиљковић, Село у Поморављу 1918–1941, Јагодина 2012, 88")
    assert (ref["title"], ref["place"], ref["year"]) == ("Село у Поморављу 1918–1941", "Јагодина", "2012")


def test_a_journal_in_guillemets_with_a_roman_volume():
    ref = parse_reference("Fenoglio, Scuole italiane nel Maghreb, «Studi emigrazione», XXXII (1995), pp. 201-225.")
    assert fields(ref, "authors", "title", "container", "volume", "year") == \
        ("Fenoglio", "Scuole italiane nel Maghreb", "Studi emigrazione", "XXXII", "1995")


def test_a_lone_year_at_the_end_is_the_year_not_a_page():
    ref = parse_reference("Susskind, Transforming the Law, 2000")
    assert fields(ref, "authors", "title", "year", "pages") == ("Susskind", "Transforming the Law", "2000", "")


def test_a_one_word_title_before_the_year_is_not_a_town():
    ref = parse_reference("Luhmann, Rechtssoziologie, 1972")
    assert fields(ref, "authors", "title", "place", "year") == ("Luhmann", "Rechtssoziologie", "", "1972")


def test_and_after_the_pages_and_a_comma_starts_another_reference_by_the_same_author():
    pieces = split_citations("Petrović, „Učitelji“, Südost-Forschungen 58 (1999), 233–256, и Исти, Village Elites, "
                             "München: Oldenbourg, 2004.")
    assert [p.role for p in pieces] == ["citation", "lead-in", "citation"]
    assert pieces[2].raw == "Исти, Village Elites, München: Oldenbourg, 2004."


@pytest.mark.parametrize("text, year, pages", [
    ("Polanyi, The Great Transformation (2001), 71 ff, hat Boden, Arbeit und Geld als fiktive Waren bezeichnet.", "2001", "71 ff"),
    ("Bähr, Lessons, Journal of Human Rights 9:2 (2018) 194 (220), who argue that the case can be used", "2018", "194"),
])
def test_prose_after_the_year_and_pages_is_not_part_of_the_reference(text, year, pages):
    ref = parse_reference(text)
    assert (ref["year"], ref["pages"]) == (year, pages)
    assert "argue" not in ref["title"] and "bezeichnet" not in ref["title"]


def test_a_container_after_in_is_not_prose():
    ref = parse_reference("Luhmann, Literatur, in: Schriften zu Kunst und Literatur, hg. von Niels Werber, 2008, 276–291")
    assert ref["container"].startswith("Schriften zu Kunst und Literatur")


@pytest.mark.parametrize("text, authors, title, year", [
    ("Frank Costigliola, ed., The Kennan Diaries (New York: Norton, 2014), 412.", "Frank Costigliola", "The Kennan Diaries",
     "2014"),
    ("Jane Doherty and Michael Reeve, eds., The Balkans in Western Strategy, 1945–1960 (London: Frank Cass, 1995).",
     "Jane Doherty and Michael Reeve", "The Balkans in Western Strategy, 1945–1960", "1995"),
])
def test_editors_before_the_title_are_its_persons_and_a_year_range_in_the_title_is_no_newspaper_date(text, authors, title,
                                                                                                        year):
    ref = parse_reference(text)
    assert (ref["authors"], ref["title"], ref["year"]) == (authors, title, year)


@pytest.mark.parametrize("text, authors", [
    ("Rebhahn, Comparative Labour Law Journal 19/2003/3, 271 (275).", "Rebhahn"),
    ("Steinhauer, Bibliotheksdienst 49 (2015), 1101, 1101–1113.", "Steinhauer"),
])
def test_a_name_alone_before_a_journal_is_the_author_of_a_short_citation(text, authors):
    ref = parse_reference(text)
    assert (ref["authors"], ref["title"]) == (authors, "")


def test_two_authors_joined_by_and_are_not_words_before_a_name():
    assert parse_reference("Shapin und Schaffer, Leviathan (Fn. 5) 25–30")["authors"] != "Schaffer"


@pytest.mark.parametrize("text, container, year", [
    ("Böhle, Arbeit als Handeln, in Böhle/Voß (Hrsg), Handbuch Arbeitssoziologie (2010), 151-176",
     "Handbuch Arbeitssoziologie", "2010"),
    ("Luhmann, Literatur, in: Schriften zu Kunst und Literatur, hg. von Niels Werber, 2008, 276–291, 280 f.",
     "Schriften zu Kunst und Literatur", "2008"),
])
def test_the_year_of_a_book_after_in_is_the_references_year(text, container, year):
    ref = parse_reference(text)
    assert (ref["container"], ref["year"]) == (container, year)


def test_a_journal_abbreviation_and_year_after_a_question_mark_end_the_title():
    ref = parse_reference("Rebhahn, Neues zum Streikrecht? JBl 1992, 497.")
    assert fields(ref, "authors", "title", "container", "year", "pages") == \
        ("Rebhahn", "Neues zum Streikrecht?", "JBl", "1992", "497")


def test_journal_volume_and_year_with_a_slash():
    ref = parse_reference("Helfen, Netzwerkförmige Tertialisierung, Managementforschung 24/2014, 171-206")
    assert fields(ref, "title", "container", "volume", "year") == \
        ("Netzwerkförmige Tertialisierung", "Managementforschung", "24", "2014")


def test_pages_after_a_journals_bracketed_year_inside_the_container():
    ref = parse_reference("S. F. C. Milsom, Law and Fact, in: University of Toronto Law Journal 17 (1967) 1–19.")
    assert fields(ref, "container", "volume", "year", "pages") == ("University of Toronto Law Journal", "17", "1967", "1–19")


def test_a_surname_alone_before_in_is_the_author_of_a_commentary():
    ref = parse_reference("Hollweger, in: Klang, ABGB VI (1931) 45.")
    assert fields(ref, "authors", "title", "year", "pages") == ("Hollweger", "", "1931", "45")


def test_a_bare_number_after_the_year_of_a_journal_in_guillemets_is_its_issue():
    ref = parse_reference("Fenoglio, Scuole italiane, «Studi emigrazione», XXXII (1995), 118, pp. 201-225.")
    assert fields(ref, "container", "volume", "issue", "year") == ("Studi emigrazione", "XXXII", "118", "1995")


@pytest.mark.parametrize("text, pages", [
    ("Wang, Escaping Thucydides’s Trap, p. xxvi.", "p. xxvi"),
    ("Wang, Escaping Thucydides’s Trap, pp. xxvi–xxvii.", "pp. xxvi–xxvii"),
])
def test_a_short_title_cited_at_a_prefaces_roman_pages_is_a_reference_with_those_pages(text, pages):
    # (German History: a short title at the preface's pages had been read as a remark, and left out)
    assert [seg.role for seg in split_citations(text)] == ["citation"]
    assert fields(parse_reference(text), "authors", "title", "pages") == ("Wang", "Escaping Thucydides’s Trap", pages)


def test_a_book_followed_by_its_translation_in_square_brackets_is_a_reference():
    # (an Italian law article: the German edition in brackets after the year had hidden the imprint)
    text = ("A. BOLAFFI, Cuore Tedesco. Il modello Germania, l'Italia e la crisi europea, Roma, Donzelli Editore, 2013 "
            "[Deutsches Herz. Das Modell Deutschland und die europäische Krise, Stuttgart, Klett-Cotta, 2014].")
    assert [seg.role for seg in split_citations(text)] == ["citation"]
