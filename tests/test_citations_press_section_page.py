"""A newspaper's page may carry its section's letter (issue 11's held-out PDFs: `El Mercurio, 10 de abril de 2011,
p. C 27`; `S. A3`): the issue is still a press source, not an unparsed citation."""

from conftest import one_citation

from histkit.citations.press import press_issue


def test_a_section_letter_before_the_page_keeps_the_issue():
    paper, day, _ = press_issue("El Mercurio, 10 de abril de 2011, p. C 27.")
    assert (paper, day.date_start) == ("El Mercurio", "2011-04-10")


def test_a_section_letter_glued_to_the_page_keeps_the_issue():
    assert press_issue("Süddeutsche Zeitung, 3. Mai 1990, S. A3.")[1].date_start == "1990-05-03"


def test_such_an_issue_is_a_press_citation():
    assert one_citation("El Mercurio, 10 de abril de 2011, p. C 27.")["kind"] == "press"
