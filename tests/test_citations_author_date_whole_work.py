"""The social sciences' author–date citations inside footnotes: a work cited whole by its authors and year, no page
(`cf. Minchin and Ross 2003`), and the page after a colon in the year's bracket (`Landi et al. (2004b: 12-15)`)."""

from histkit import Document, build_tables


def rows(note: str):
    found = build_tables([Document.from_text(f"Body text.1\n\n1 {note}\n", doc_id="d")])["references"]
    return found[found.source == "rules"]


def test_a_work_cited_whole_by_its_authors_and_year_after_a_lead_word_is_a_reference():
    found = rows("Hartley 1994, 218; cf. Minchin and Ross 2003; 2007.")
    assert ("Minchin and Ross", "2003") in list(zip(found.authors, found.year))


def test_the_page_after_a_colon_in_the_years_bracket_is_read():
    found = rows("Cfr. Pastorelli 1984, p. 77; Landi et al. (2004b: 12-15).")
    assert ("Landi et al.", "2004", "12-15") in list(zip(found.authors, found.year, found.pages))


def test_a_space_before_the_colon_as_french_prints_it_is_read_too():
    found = rows("Voir Chabrol 1985, p. 140 ; Ravanel et al. (1980a : 12-15).")
    assert ("Ravanel et al.", "1980") in list(zip(found.authors, found.year))


def test_a_month_and_year_alone_is_no_author_date_citation():
    assert rows("Vgl. Juli 1990").empty


def test_a_town_and_year_opening_a_title_stays_in_the_title():
    # (the splitter asks whether `Zagreb 1918.` is a citation of its own before the title goes on)
    found = rows("Vidi sjećanja u: Zagreb 1918. Sjećanja suvremenika, prir. Dubravka Cvitan, Zagreb: Matica hrvatska, "
                 "1998., 33.–40.")
    assert list(found.title) == ["Zagreb 1918. Sjećanja suvremenika"]
