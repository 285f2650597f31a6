"""Shapes of references read in the held-out articles' notes (stop 65), on invented notes."""

from histkit import Document, build_tables


def tables(*notes: str) -> dict:
    body = "Body text." + "".join(f" Sentence {n}.{n}" for n in range(1, len(notes) + 1))
    text = body + "\n\n" + "\n".join(f"{n} {note}" for n, note in enumerate(notes, 1)) + "\n"
    return build_tables([Document.from_text(text, doc_id="d")])


FIRST = "W. Reisman and R. Sloane, Indirect Expropriation, 74 Brit. Y.B. Int'l L. 115 (2003)."


def test_a_short_form_after_a_sentence_of_prose_is_cited_and_the_prose_is_not():
    cited = tables(FIRST, "Here, also, an intention on the part of the host State is not required. "
                          "Reisman & Sloane, supra note 1, 129.")["citations"]
    row = cited[cited.note_no == "2"].iloc[0]
    assert (row.kind, row.raw, row.ref_of, row.pages) == ("literature", "Reisman & Sloane, supra note 1, 129.", "1:1", "129")


def test_a_short_form_after_a_lead_in_and_its_comment_is_cited():
    cited = tables(FIRST, "See, on the customary law doctrine of necessity in general, Reisman, supra note 1, 447-449 "
                          "with further references.")["citations"]
    row = cited[cited.note_no == "2"].iloc[0]
    assert (row.kind, row.ref_of, row.pages) == ("literature", "1:1", "447-449")


def test_an_author_and_short_title_before_the_note_stay_one_citation():
    refs = tables(FIRST, "Reisman, Expropriation, supra note 1, 130.")["references"]
    row = refs[refs.note_no == "2"].iloc[0]
    assert (row.authors, row.ref_of, row.pages) == ("Reisman", "1:1", "130")


def test_a_clause_before_a_quotation_is_no_author_of_a_work():
    # prose that introduces a quotation, as a note quotes a speaker: no reference, no literature citation
    tables_ = tables("Mr Greenberg further noted, “On a very good day, maybe as much as 1% of what you draft will be "
                     "considered carefully”.")
    assert tables_["references"].empty and "literature" not in set(tables_["citations"].kind)


def test_authors_and_others_before_a_quoted_title_are_still_its_authors():
    refs = tables("Jyoti Belur and others, ‘A Systematic Review of Police Training’ [2019] Policing 14(1): 76–90.")["references"]
    assert (refs.iloc[0].authors, refs.iloc[0].title) == ("Jyoti Belur and others", "A Systematic Review of Police Training")


def test_a_dated_article_keeps_its_outlet_before_an_explanatory_parenthetical():
    refs = tables("Kevin Baxter, Finding His Roots, L.A. Times, Apr. 19, 1996, at 81 (relating classroom "
                  "experiences of the author).")["references"]
    assert (refs.iloc[0].container, refs.iloc[0].year, refs.iloc[0].pages) == ("L.A. Times", "1996", "81")


def test_a_dated_articles_first_and_cited_pages_stay_pages():
    refs = tables("Sanders, We doctors are in a bind, Med. Econ., Dec. 11, 1978, at 165, 168.")["references"]
    assert (refs.iloc[0].title, refs.iloc[0].container, refs.iloc[0].pages) == (
        "We doctors are in a bind", "Med. Econ.", "165, 168")


def test_a_commentary_whose_author_is_joined_to_its_editors_by_a_hyphen_is_cited():
    # `Herausgeber/Herausgeber-Bearbeiter, Werk, Auflage Jahr, § Rn.`: the German manner of citing a commentary
    refs = tables("Fromm/Nordemann-A. Nordemann, Urheberrecht, 12. Aufl. 2018, § 60 d Rn. 4.")["references"]
    row = refs.iloc[0]
    assert (row.source, row.authors, row.title, row.year, row.pages) == (
        "rules", "A. Nordemann", "Urheberrecht", "2018", "§ 60 d Rn. 4")


def test_a_commentarys_margin_numbers_may_be_listed():
    refs = tables("Dreyer/Kotthoff/Meckel-Hentsch, Urheberrecht, 4. Aufl. 2018, § 60 d Rn. 1, 4.")["references"]
    assert (refs.iloc[0].authors, refs.iloc[0].pages) == ("Hentsch", "§ 60 d Rn. 1, 4")


def test_a_legal_short_citation_keeps_its_journal_as_the_container_not_a_title():
    refs = tables("ferner Dreyer/Kotthoff/Meckel-Hentsch, Urheberrecht, 4. Aufl. 2018, § 60 d Rn. 3; "
                  "Raue, ZUM 2019, 684, 685.")["references"]
    row = refs[refs.authors == "Raue"].iloc[0]
    assert (row.title, row.container, row.year) == ("", "ZUM", "2019")


def test_a_chapters_book_editors_are_not_the_chapters_authors():
    # `hg. von` after the book a chapter is in names the book's editors; the chapter's author is the one before
    refs = tables("Vgl. Rudolf Wiethölter, Rechtswissenschaft, Frankfurt 1968, 38; ferner ders., Anforderungen an den "
                  "Juristen heute, in: Recht in Recht-Fertigungen, hg. von P. Zumbansen/M. Amstutz, 1992, 525–541.")["references"]
    row = refs[refs.title == "Anforderungen an den Juristen heute"].iloc[0]
    assert (row.authors, row.container) == ("Rudolf Wiethölter", "Recht in Recht-Fertigungen")
