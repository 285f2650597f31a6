"""Web pages (.html): paragraphs and headings, notes tied to their calls by links in each publisher's way, bad files named."""

from pathlib import Path

import pytest

from histkit import CorpusError, analyse_layout, build_tables, load_corpus, read_document


def page(tmp_path: Path, body: str, head: str = "", name: str = "a.html", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(f"<!DOCTYPE html>\n<html><head>{head}</head><body>{body}</body></html>".encode(encoding))
    return path


def notes_of(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


# OpenEdition: the call and the note's label are links to each other's ids
OPENEDITION = ('<div class="text"><p>En 1948, Tito rompt avec Staline<a class="footnotecall" href="#ftn1" id="bodyftn1">1</a>.'
               ' Les archives<a class="footnotecall" href="#ftn2" id="bodyftn2">2</a> le montrent.</p></div>'
               '<div id="notes"><p class="notesbas"><a class="FootnoteSymbol" href="#bodyftn1" id="ftn1">1</a>'
               ' AJ, 507, CK SKJ, IX, 1/I-3, 12 mars 1948.</p>'
               '<p class="notesbas"><a class="FootnoteSymbol" href="#bodyftn2" id="ftn2">2</a> <em>Ibid.</em>, f. 4.</p></div>')


def test_notes_linked_to_their_calls_and_back_are_notes_and_the_calls_their_markers(tmp_path):
    path = page(tmp_path, OPENEDITION)
    doc = read_document(path)
    assert notes_of(path) == [("1", "AJ, 507, CK SKJ, IX, 1/I-3, 12 mars 1948."), ("2", "Ibid., f. 4.")]
    assert doc.text[:doc.marks[0].end].endswith("avec Staline1") and doc.meta["source_format"] == "html"


def test_a_word_page_names_its_anchors_brackets_its_labels_and_declares_windows_1252(tmp_path):
    body = ('<p class=MsoNormal>Caf\xe9 talk<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span>'
            '</a>.</p><div style="mso-element:footnote-list"><hr><div style="mso-element:footnote" id=ftn1>'
            '<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> AJ, 507, f. 3.</p>'
            '<p class=MsoFootnoteText>Second paragraph.</p></div></div>')
    path = page(tmp_path, body, '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
                encoding="cp1252")
    assert read_document(path).text.startswith("Café talk1.")
    assert notes_of(path) == [("1", "AJ, 507, f. 3. Second paragraph.")]


def test_a_pandoc_note_keeps_its_words_without_the_arrow_back_to_its_call(tmp_path):
    body = ('<p>Tito met Spaak.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>'
            '<section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>AJ, 507.'
            '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>')
    assert notes_of(page(tmp_path, body)) == [("1", "AJ, 507.")]


def test_a_note_called_twice_is_one_note_with_a_marker_at_each_call(tmp_path):
    body = ('<p>One<a href="#n1" id="c1">1</a> and again<a href="#n1" id="c1b">1</a>.</p>'
            '<p id="n1"><a href="#c1">1</a> AJ, 507.</p>')
    path = page(tmp_path, body)
    assert notes_of(path) == [("1", "AJ, 507.")] and len(read_document(path).marks) == 2


def test_a_numbered_link_to_a_figure_is_no_call_and_its_words_stay_in_the_text(tmp_path):
    body = OPENEDITION.replace("le montrent.", 'le montrent (fig. <a href="#fig2">2</a>).') + '<p id="fig2">Map.</p>'
    path = page(tmp_path, body)
    assert "(fig. 2)" in read_document(path).text and len(notes_of(path)) == 2


def test_a_note_no_call_points_to_stays_as_text(tmp_path):
    body = OPENEDITION + '<p class="notesbas"><a id="ftn9">9</a> A note never called.</p>'
    assert "9 A note never called." in read_document(page(tmp_path, body)).text


def test_raised_numbers_and_a_numbered_list_under_a_notes_heading_are_typed_notes(tmp_path):
    body = '<p>Tito met Spaak.<sup>1</sup> Then he left.<sup>2</sup></p><h2>Notes</h2><ol><li>AJ, 507.</li><li>Ibid.</li></ol>'
    assert notes_of(page(tmp_path, body)) == [("1", "AJ, 507."), ("2", "Ibid.")]


def test_a_page_without_note_markup_is_read_as_text_with_its_list_numbers_printed(tmp_path):
    body = '<p>Tito met Spaak.1</p><p>Then he left.2</p><h2>Bibliography</h2><ol start="1"><li>AJ, 507.</li><li>Ibid.</li></ol>'
    doc = read_document(page(tmp_path, body))
    assert not doc.regions and "1. AJ, 507.\n\n2. Ibid." in doc.text


def test_scripts_styles_and_navigation_are_not_text_and_words_after_the_body_are(tmp_path):
    path = tmp_path / "a.html"
    path.write_text('<html><head><style>p{}</style></head><body><nav>Home | Issues</nav><p>Tito.<script>x()</script>'
                    '</p></body></html>\nSigned.', encoding="utf-8")
    assert read_document(path).text == "Tito.\n\nSigned.\n"


def test_title_authors_year_journal_and_language_come_from_the_pages_meta_tags(tmp_path):
    head = ('<meta name="citation_title" content="Les archives de Tito"><meta name="citation_author" content="M. Dupont">'
            '<meta name="citation_author" content="I. Horvat"><meta name="citation_publication_date" content="2019/05/12">'
            '<meta name="citation_journal_title" content="Cahiers balkaniques">')
    path = page(tmp_path, OPENEDITION, head)
    path.write_text(path.read_text(encoding="utf-8").replace("<html>", '<html lang="fr">'), encoding="utf-8")
    meta = read_document(path).meta
    assert (meta["title"], meta["author"], meta["year"], meta["journal"], meta["language"]) == (
        "Les archives de Tito", "M. Dupont; I. Horvat", "2019", "Cahiers balkaniques", "fr")


def test_the_notes_of_a_web_page_reach_the_notes_and_citations_tables(tmp_path):
    tables = build_tables(load_corpus(page(tmp_path, OPENEDITION)))
    assert list(tables["notes"]["text"]) == ["AJ, 507, CK SKJ, IX, 1/I-3, 12 mars 1948.", "Ibid., f. 4."]
    assert tables["documents"]["source_format"].tolist() == ["html"]


def test_a_folder_reads_its_web_pages_and_names_the_documents_it_cannot_read(tmp_path):
    page(tmp_path, OPENEDITION)
    (tmp_path / "b.rtf").write_bytes(b"{\\rtf1\\ansi Tito}")
    (tmp_path / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["a"]
    assert [str(e) for e in corpus.errors] == [
        f"{tmp_path / 'b.rtf'}: is not text but an RTF file; save it as .docx or .odt, which keep its notes, "
        "or as plain text (UTF-8)"]


def test_white_space_of_the_source_reads_as_one_space_but_a_preformatted_block_keeps_its_lines(tmp_path):
    body = '<p>Tito   met\n    Spaak.  <b> Then</b>\tleft.</p><pre>AJ,   507\n  f. 3</pre>'
    assert read_document(page(tmp_path, body)).text == "Tito met Spaak. Then left.\n\nAJ,   507\n  f. 3\n"


def test_notes_all_marked_by_one_symbol_are_numbered_as_read_and_keep_their_mark(tmp_path):
    # (EPUB's noterefs of The Waste Land's notes: every call a `*`, each to its own note)
    calls = "".join(f'<p>Line {k}<a epub:type="noteref" href="#note-{k}">*</a>.</p>' for k in (20, 23, 31))
    notes = "".join(f'<aside epub:type="footnote" id="note-{k}"><p>{k}. Cf. Ezekiel {k}.</p></aside>' for k in (20, 23, 31))
    path = page(tmp_path, calls + notes)
    doc = read_document(path)
    assert notes_of(path) == [("1", "20. Cf. Ezekiel 20."), ("2", "23. Cf. Ezekiel 23."), ("3", "31. Cf. Ezekiel 31.")]
    assert doc.text.startswith("Line 20*.\n\nLine 23*.") and not doc.problems


def test_a_page_whose_words_are_all_in_svg_drawings_is_refused_saying_so(tmp_path):
    # (a fixed-layout e-book sets each page as an SVG drawing with its words in <text>: histkit reads no drawing)
    path = page(tmp_path, '<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20"><tspan>SOUS LE VENT</tspan>'
                          "</text></svg>")
    with pytest.raises(CorpusError) as caught:
        read_document(path)
    assert caught.value.path == str(path) and "no text" in caught.value.problem and "drawings (as SVG)" in caught.value.problem
