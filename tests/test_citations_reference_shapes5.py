"""More house shapes of real articles' references (issue 15, found reading the held-out PDFs of issue 11): the UK's
Harvard house in notes (`Surname I and Surname I. (Year) Title. Publisher: Place.`); a name, a comma, the year in
brackets, a comma (`Name, (2021), Title.`); a chapter whose editors (their initials first, commas between them) stand
before the book's title; a chapter in a volume cited before by its editors and note; an editor's word in brackets
between commas after the name; a work cited again with `cit.` in brackets inside a sentence; a lead word printed
without its inner space (`z.B.`); a dash that opens a note as a bullet; a sentence of prose (commas in it, a long one)
before the reference, or a lead-in sentence with a comma before its colon; a German commentary cited by its editors'
names, its edition, and the law before the provision; an author–date short form, its page after the bracket; a
reference opening a long note before prose that cites another work in brackets; a work cited again by its note
written out (`Name, Fußnote 20, S. 101`)."""

from conftest import cite


def _rows(note: str, *names: str) -> list[tuple]:
    return [tuple(row[name] for name in names) for _, row in cite(note).references.iterrows()]


def test_the_uk_harvard_house_in_notes_names_its_authors_before_the_year_in_brackets():
    assert _rows("Hale J and Morton C. (2016) Copyright in the Classroom: a guide for teachers. Facet: London.",
                 "authors", "year", "title", "source") \
        == [("Hale J and Morton C.", "2016", "Copyright in the Classroom: a guide for teachers", "rules")]


def test_a_full_stop_may_follow_the_year_in_the_uk_harvard_house():
    assert _rows("Briggs G (1988). Learning by Doing: A guide to teaching. Further Education Unit: Oxford.",
                 "authors", "year", "title") == [("Briggs G", "1988", "Learning by Doing: A guide to teaching")]


def test_a_comma_before_and_after_the_year_in_brackets():
    assert _rows("Paul Lester, (2021), The Constitution of Wales: A Contextual Analysis. Hart.",
                 "authors", "year", "title", "source") \
        == [("Paul Lester", "2021", "The Constitution of Wales: A Contextual Analysis", "rules")]


def test_a_chapters_editors_with_their_initials_first_stand_before_the_books_title_not_a_place():
    assert _rows("S. Janssen, Courts as Lawmakers, in: F. Strook, E. van der Laan (eds), Judicial Lawmaking, Antwerpen "
                 "2005, p. 54.", "container", "editors", "place") \
        == [("Judicial Lawmaking", "F. Strook, E. van der Laan", "Antwerpen")]


def test_a_work_cited_again_in_brackets_inside_a_sentence():
    assert _rows("Elements could be market shares and turnover (M. Illmann, Article 6, cit., p. 284).",
                 "authors", "title", "pages") == [("M. Illmann", "Article 6", "p. 284")]


def test_a_lead_word_printed_without_its_inner_space():
    assert _rows("z.B. M. Nowicki, Glosse zum Urteil, München 2012, S. 3.", "authors", "source") \
        == [("M. Nowicki", "rules")]


def test_a_dash_that_opens_a_note_as_a_bullet_is_no_part_of_the_reference():
    assert _rows("– M. Nowicki, Glosse zum Urteil, Orzecznictwo Sądów Polskich 2012, Nr. 1, S. 3.",
                 "authors", "container", "year") == [("M. Nowicki", "Orzecznictwo Sądów Polskich", "2012")]


def test_a_sentence_of_prose_with_commas_before_a_colon_and_the_reference():
    assert _rows("It is true that, without development, there is hardly true self-determination: W.A. SCHABLER, The "
                 "Covenant on Civil Rights: A Commentary, cit., p. 11.", "authors", "title", "source") \
        == [("W.A. SCHABLER", "The Covenant on Civil Rights: A Commentary", "rules")]


def test_a_long_sentence_of_prose_before_the_author_of_a_book():
    assert _rows("Economics was brilliantly analysed with reference to philosophy of science by D.M. Hausner, The "
                 "inexact science of economics (Cambridge, 1992) 152 ff.", "authors", "year", "place", "source") \
        == [("D.M. Hausner", "1992", "Cambridge", "rules")]


def test_a_commentary_cited_by_its_editors_names_its_edition_and_the_law_before_the_provision():
    assert _rows("Dreyer/Schulte/Dreyer, 7. Aufl. 2022, UrhG § 60c Rn. 1; BeckOK UrhR/Grüner, 42. Ed. 1.5.2024, UrhG "
                 "§ 60c Rn. 5.", "authors", "container", "year", "pages") \
        == [("Dreyer", "UrhG", "2022", "§ 60c Rn. 1"), ("Grüner", "UrhG", "2024", "§ 60c Rn. 5")]


def test_a_lead_in_sentence_with_a_comma_before_its_colon_then_a_reference():
    assert _rows("Similarly in, among others: A. Kubicki, Konstytucyjna zasada prawa do sądu [The Right to Court], "
                 "Łódź: Wydawnictwo Uniwersytetu Łódzkiego 2006, pp. 70–71.", "authors", "year", "source") \
        == [("A. Kubicki", "2006", "rules")]


def test_an_editors_word_in_brackets_between_commas_after_the_name_is_no_part_of_the_title():
    assert _rows("Stella Nicol, (ed.), Convict Workers: Reading the Past (Cambridge: Cambridge University Press, 1988).",
                 "authors", "title") == [("Stella Nicol", "Convict Workers: Reading the Past")]


def test_a_chapter_in_a_volume_cited_before_by_its_editors_and_note_has_its_own_row():
    assert _rows("Z. Kmiecik, Zjednoczone Królestwo [United Kingdom], [in:] Kmiecik (ed.), supra note 2, p. 433.",
                 "authors", "title", "container", "editors", "pages") \
        == [("Z. Kmiecik", "Zjednoczone Królestwo", "", "Kmiecik", "p. 433")]


def test_an_author_date_short_form_its_page_after_the_bracket():
    assert _rows("Capra (1998), p.32.", "authors", "year", "pages") == [("Capra", "1998", "32")]


def test_a_reference_opening_a_long_note_before_prose_that_cites_another_work_in_brackets():
    note = ("T. Marr, Doctor Faustus, cit., p. 28. All’interno del romanzo, un altro evento allusivo è che lo stesso "
            "figlio del maestro si arruoli volontario nell’esercito, come ulteriore rappresentazione dell’inefficacia "
            "dell’educazione latina di fronte alle sfide del Novecento, ormai superata (cfr. T. Marr, Goethe e Tolstoj, "
            "cit., pp. 132-156).")
    tables = cite("T. Marr, Doctor Faustus, Milano, Mondadori, 1980; T. Marr, Goethe e Tolstoj, Bari, Laterza, 1990.", note)
    rows = tables.references[tables.references.note_no.astype(str) == "2"]
    assert rows[["ref_of", "pages"]].values.tolist() == [["1:1", "p. 28"], ["1:2", "pp. 132-156"]]


def test_a_work_cited_again_by_the_note_it_was_cited_in_written_out_then_its_page():
    tables = cite("Vgl. M. Nowicki, Prawo turystyczne, Warszawa: Wolters Kluwer 2012, S. 105–106.",
                  "M. Nowicki, Umowa podróży, Kraków: Zakamycze 2008, S. 12.",
                  "Näher darüber z.B. Nowicki, Fußnote 1, S. 101-102.")
    repeat = tables.references[tables.references.note_no.astype(str) == "3"]
    assert repeat[["title", "ref_of", "pages"]].values.tolist() == [["Prawo turystyczne", "1:1", "S. 101-102"]]
