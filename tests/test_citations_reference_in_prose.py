"""A reference that a sentence of prose leads to with a comma and a word for "in" (`Kattner is mentioned, for
instance, in R. Engel, Feinde und Freunde (Berlin, 1984), pp. 53–4`) is cited; the prose before it is commentary.
An ABNT reference's page range may say "to" in words (`p. 44 a 71`)."""

from conftest import cite


def test_a_reference_after_a_comma_and_in_closing_a_sentence_of_prose_is_a_citation():
    cited = cite("Kattner is mentioned, for instance (with the wrong first name), in R. Engel, Feinde und Freunde "
                 "(Berlin, 1984), pp. 53–4, 57–9.").citations
    assert cited[["kind", "raw"]].values.tolist() == [
        ["literature", "R. Engel, Feinde und Freunde (Berlin, 1984), pp. 53–4, 57–9."]]


def test_an_abnt_reference_with_a_page_range_in_words_is_literature():
    ref = cite("SPENGLER, F. M. Retalhos de mediação [recurso eletrônico]. Santa Cruz do Sul: Essere nel Mondo, 2014, "
               "p. 44 a 71.").references.iloc[0]
    assert (ref.authors, ref.title, ref.year, ref.pages) == ("SPENGLER, F. M.", "Retalhos de mediação", "2014", "p. 44 a 71")
