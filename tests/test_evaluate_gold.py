"""Reading TEI reference gold: one row per biblStruct, its note from @source, and the fields the evaluation compares."""

import pytest

from benchmarks.corpus import DEFAULT_CORPUS
from histkit.evaluate import GOLD_COLUMNS, gold_references, read_gold

CORPUS = DEFAULT_CORPUS  # $HISTKIT_CORPUS, else ../shared/corpus beside the repository or its worktree
needs_corpus = pytest.mark.skipif(not (CORPUS / "rg").is_dir(),
                                  reason=f"the shared corpus is not at {CORPUS} (set HISTKIT_CORPUS to its folder)")


def tei(*structs: str) -> str:
    return ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><standOff><listBibl>'
            + "".join(structs) + "</listBibl></standOff></TEI>")


def person(surname: str, role: str = "author", forename: str = "") -> str:
    first = f"<forename>{forename}</forename>" if forename else ""
    return f"<{role}><persName>{first}<surname>{surname}</surname></persName></{role}>"


def only_row(*structs: str):
    table = gold_references(tei(*structs), "art").table
    assert len(table) == 1, table
    return table.iloc[0]


def test_a_book_gives_its_author_title_year_and_note_and_no_container():
    row = only_row('<biblStruct source="fn3"><monogr><title level="m">Rechtssoziologie</title>'
                   + person("Luhmann", forename="Niklas") + '<imprint><date>1972</date></imprint></monogr>'
                   + '<citedRange>239</citedRange></biblStruct>')
    assert (row.note_no, row.authors, row.title, row.container, row.year, row.pages) == \
        ("3", "Luhmann", "Rechtssoziologie", "", "1972", "239")


def test_an_article_takes_its_title_from_analytic_and_its_container_and_volume_from_monogr():
    row = only_row('<biblStruct source="fn2"><analytic><title level="a">Street Law</title>' + person("Arbetman")
                   + '</analytic><monogr><title level="j">International Journal of Public Legal Education</title>'
                   + '<imprint><date when="2018-03-01"/></imprint><biblScope unit="volume">2</biblScope>'
                   + '<biblScope unit="page">1-20</biblScope></monogr></biblStruct>')
    assert (row.title, row.container, row.volume, row.year, row.pages) == \
        ("Street Law", "International Journal of Public Legal Education", "2", "2018", "1-20")


def test_the_persons_are_the_authors_in_order_and_the_editors_only_when_no_author_is_named():
    authors = only_row('<biblStruct source="fn1"><monogr><title>T</title>' + person("Shapin") + person("Schaffer")
                       + person("Gooding", "editor") + '</monogr></biblStruct>')
    editors = only_row('<biblStruct source="fn1"><monogr><title>T</title>' + person("Gooding", "editor")
                       + '</monogr></biblStruct>')
    assert (authors.authors, editors.authors) == ("Shapin; Schaffer", "Gooding")


def test_an_institution_as_author_is_named_by_its_org_name():
    row = only_row('<biblStruct source="fn6"><monogr><title>T</title><author><orgName>American Bar Association'
                   '</orgName></author></monogr></biblStruct>')
    assert row.authors == "American Bar Association"


def test_a_page_range_and_a_cited_page_are_both_kept_as_a_note_prints_them():
    row = only_row('<biblStruct source="fn4"><monogr><title>T</title><biblScope unit="page" from="151" to="176"/>'
                   '</monogr><citedRange unit="page">160</citedRange><citedRange unit="section">I.1</citedRange>'
                   '</biblStruct>')
    assert (row.pages, row.cited_range) == ("151-176, 160", "160")


def test_a_year_is_read_from_a_date_written_out_and_a_first_edition_is_passed_over():
    row = only_row('<biblStruct source="fn16"><monogr><title>T</title><imprint><date type="firstEdition">1890</date>'
                   '<date>2014, February 28</date></imprint></monogr></biblStruct>')
    assert row.year == "2014"


def test_a_repeat_names_the_work_it_links_to_where_it_prints_none_and_keeps_its_own_pages():
    table = gold_references(tei(
        '<biblStruct xml:id="b1" source="fn1"><monogr><title level="m">Sousedé přes hranici</title>'
        + person("Hořejší") + '<imprint><date>1990</date></imprint></monogr><citedRange>45</citedRange></biblStruct>',
        '<biblStruct xml:id="b2" source="fn2" type="repeat"><monogr>' + person("Hořejší")
        + '<imprint><date/></imprint></monogr><citedRange>60</citedRange>'
        + '<relatedItem type="repeats" target="#b1"/></biblStruct>',
        '<biblStruct xml:id="b3" source="fn3" type="repeat"><monogr><imprint><date/></imprint></monogr>'
        + '<citedRange>61</citedRange><relatedItem type="repeats" target="#b2"/></biblStruct>'), "art").table
    assert table[["authors", "title", "year", "pages", "repeat"]].values.tolist() == [
        ["Hořejší", "Sousedé přes hranici", "1990", "45", False],
        ["Hořejší", "Sousedé přes hranici", "1990", "60", True],
        ["Hořejší", "Sousedé přes hranici", "1990", "61", True]]


def test_references_tied_to_no_numbered_note_have_no_note_and_are_reported():
    gold = gold_references(tei('<biblStruct source="fnunclear"><monogr><title>A</title></monogr></biblStruct>',
                               '<biblStruct source="#bibl-8"><monogr><title>B</title></monogr></biblStruct>',
                               '<biblStruct><monogr><title>C</title></monogr></biblStruct>'), "art")
    assert gold.table.note_no.tolist() == ["", "", ""]
    assert gold.table.gold_seq.tolist() == [0, 1, 2]
    assert len(gold.problems) == 1 and "2 gold reference(s) tied to no numbered note" in gold.problems[0].message


def test_xml_that_is_not_well_formed_gives_an_empty_table_and_a_problem_not_an_exception():
    gold = gold_references("<TEI><standOff>", "art")
    assert gold.table.empty and list(gold.table.columns) == GOLD_COLUMNS
    assert "not well-formed" in gold.problems[0].message


def test_a_tei_edition_with_notes_but_no_structured_references_is_no_reference_gold():
    gold = gold_references('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>x<note place="foot" n="1">'
                           'A. Name, Title, 1999.</note></p></body></text></TEI>', "pnz")
    assert gold.table.empty and "no reference gold" in gold.problems[0].message


def test_a_missing_file_gives_a_problem_naming_it(tmp_path):
    gold = read_gold(tmp_path / "absent.tei.xml")
    assert gold.table.empty and gold.problems[0].location.endswith("absent.tei.xml")


@needs_corpus
def test_the_most_carefully_checked_corpus_gold_reads_as_its_readme_counts_it():
    gold = read_gold(CORPUS / "rg" / "10.12946__rg01__036-055.tei.xml")
    table = gold.table
    # the README: 88 biblStruct, 86 tied to footnotes fn1–fn57 (45 distinct notes), 2 with another source
    assert len(table) == 88 and (table.doc_id == "10.12946__rg01__036-055").all()
    linked = table[table.note_no != ""]
    assert len(linked) == 86 and linked.note_no.nunique() == 45
    assert (min(map(int, linked.note_no)), max(map(int, linked.note_no))) == (1, 57)
    assert (table.title != "").all() and table.year.str.fullmatch(r"\d{4}|").all()
