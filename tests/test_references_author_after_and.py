"""A word for "and" after a work's last page or year, before another author's initials, surname and comma, ends that
work and begins the next: two references, not one."""

from histkit.citations.splitter import split_citations


def _citations(note):
    return [s.raw for s in split_citations(note) if s.role == "citation"]


def test_and_after_the_pages_before_initials_and_a_surname_begins_another_work():
    note = ("Cf. J. P. Langrod, Kontrola administracji, Kraków 1929, p. 160 et seq. and P. Kasznica, Polskie prawo "
            "administracyjne, Poznań 1946, p. 198.")
    assert _citations(note) == ["J. P. Langrod, Kontrola administracji, Kraków 1929, p. 160 et seq.",
                                "P. Kasznica, Polskie prawo administracyjne, Poznań 1946, p. 198."]


def test_the_italian_e_before_a_surname_in_capitals_does_the_same():
    note = "G. ROSSI, Il ricorso, in Studi europei, 7/2012, pp. 329-357 e V. FIORILLO, Strasburgo, in Quaderni, 2014."
    assert len(_citations(note)) == 2


def test_two_authors_of_one_work_stay_together():
    assert _citations("M. Smith and J. Jones, A Title, London 1990, p. 4.") == ["M. Smith and J. Jones, A Title, London 1990, p. 4."]


def test_the_second_works_own_lead_word_still_cuts_it():
    note = ("R. Hill, Methods, Family Process 3 (1964), 186-205 and G. Elder, Children of the Great Depression, a study "
            "of the young in the crisis years. For a history, see T. K. Hareven, The Family as Process, Journal of Social "
            "History 7 (1974), 322-339.")
    assert _citations(note)[-1] == ("T. K. Hareven, The Family as Process, Journal of Social History 7 (1974), "
                                    "322-339.")
