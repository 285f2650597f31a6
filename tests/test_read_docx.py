"""Word (.docx) files: paragraphs and headings, real footnotes and endnotes at their calls, and bad files named."""

import zipfile
from pathlib import Path

import pytest
from benchmarks.corpus import DEFAULT_CORPUS
from conftest import load_script

from histkit import CorpusError, analyse_layout, build_tables, load_corpus, read_document
from histkit.read.docx import read_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CORPUS = DEFAULT_CORPUS  # $HISTKIT_CORPUS, else ../shared/corpus beside the repository or its worktree
needs_corpus = pytest.mark.skipif(not (CORPUS / "pnz").is_dir(),
                                  reason=f"the shared corpus is not at {CORPUS} (set HISTKIT_CORPUS to its folder)")


def run(text="", style=None, ref=None, kind="footnote", custom=False):
    """A run of text, or a run calling note ``ref``."""
    if ref is not None:
        mark = ' w:customMarkFollows="1"' if custom else ""
        return f'<w:r><w:{kind}Reference w:id="{ref}"{mark}/>' + (f"<w:t>{text}</w:t>" if text else "") + "</w:r>"
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def notes_part(kind, notes):
    """A footnotes/endnotes part with Word's two separator notes and ``notes`` ({id: xml of its paragraphs})."""
    seps = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            f"</w:{kind}>")
    body = "".join(f'<w:{kind} w:id="{i}">{xml}</w:{kind}>' for i, xml in notes.items())
    return f"<w:{kind}s {W}>{seps}{body}</w:{kind}s>"


def note_para(text, kind="footnote"):
    return f'<w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'


def make_docx(path, paragraphs, footnotes=None, endnotes=None, styles=None, core=None):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{''.join(paragraphs)}</w:body></w:document>")
        if footnotes is not None:
            z.writestr("word/footnotes.xml", notes_part("footnote", footnotes))
        if endnotes is not None:
            z.writestr("word/endnotes.xml", notes_part("endnote", endnotes))
        if styles is not None:
            z.writestr("word/styles.xml", f"<w:styles {W}>{styles}</w:styles>")
        if core is not None:
            z.writestr("docProps/core.xml", core)
    return path


def layout_of(path):
    return analyse_layout(read_document(path))


def test_a_footnote_reference_gives_one_note_with_its_text_and_a_marker_where_the_reference_stands(tmp_path):
    path = make_docx(tmp_path / "a.docx", [para(run("Tito met Spaak."), run(ref=2), run(" Then he left."))],
                     footnotes={2: note_para("AJ, 507, f. 3.")})
    doc = read_document(path)
    lay = analyse_layout(doc)
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "AJ, 507, f. 3.")]
    mark = doc.marks[0]
    assert doc.text[:mark.end] == "Tito met Spaak.1" and mark.start == len("Tito met Spaak.")
    assert lay.notes[0].marker_start == mark.start
    assert doc.meta["source_format"] == "docx" and "histkit docx reader" in doc.meta["extractor"]


def test_a_rubys_reading_is_no_text_and_its_base_word_stays_in_the_sentence(tmp_path):
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/></w:rubyPr>'
            '<w:rt><w:r><w:t>なぬし</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>名主</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    path = make_docx(tmp_path / "a.docx", [para(run("村の"), ruby, run("が訴えた。"), run(ref=2))],
                     footnotes={2: note_para("訴状。")})
    doc = read_document(path)
    assert doc.text.startswith("村の名主が訴えた。1")
    assert doc.text[:layout_of(path).notes[0].marker_start].endswith("村の名主が訴えた。")


def test_notes_are_numbered_in_the_order_the_text_calls_them_whatever_their_ids(tmp_path):
    path = make_docx(tmp_path / "a.docx", [para(run("One."), run(ref=7), run(" Two."), run(ref=3))],
                     footnotes={3: note_para("Second."), 7: note_para("First.")})
    assert [(n.note_no, n.text) for n in layout_of(path).notes] == [("1", "First."), ("2", "Second.")]


def test_a_custom_mark_labels_its_note_and_is_written_once_without_taking_a_number(tmp_path):
    footnote = '<w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> Dr., ZRC SAZU.</w:t></w:r></w:p>'
    path = make_docx(tmp_path / "a.docx", [para(run("Miha Zobec"), run("*", ref=1, custom=True)),
                                           para(run("Text."), run(ref=2))],
                     footnotes={1: footnote, 2: note_para("AJ 784.")})
    doc = read_document(path)
    assert doc.text.startswith("Miha Zobec*\n\nText.1\n")
    assert [(m.note_no, doc.text[m.start:m.end]) for m in doc.marks] == [("*", "*"), ("1", "1")]
    assert [(n.note_no, n.text) for n in analyse_layout(doc).notes] == [("*", "Dr., ZRC SAZU."), ("1", "AJ 784.")]


def test_endnotes_are_numbered_apart_in_lower_roman_and_written_after_the_footnotes(tmp_path):
    path = make_docx(tmp_path / "a.docx", [para(run("A."), run(ref=5, kind="endnote"), run(" B."), run(ref=1))],
                     footnotes={1: note_para("Foot.")}, endnotes={5: note_para("End.", kind="endnote")})
    doc = read_document(path)
    assert doc.text == "A.i B.1\n\n1 Foot.\n\ni End.\n"
    assert [(n.note_no, n.text) for n in analyse_layout(doc).notes] == [("1", "Foot."), ("i", "End.")]


def test_separator_notes_are_skipped_and_tabs_breaks_and_paragraphs_of_a_note_read_as_spaces(tmp_path):
    footnote = ('<w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>AJ,</w:t><w:br/><w:t>507.</w:t></w:r></w:p>'
                "<w:p><w:r><w:t>See also HDA.</w:t></w:r></w:p>")
    path = make_docx(tmp_path / "a.docx", [para(run("Text."), run(ref=4))], footnotes={4: footnote})
    assert [(n.note_no, n.text) for n in layout_of(path).notes] == [("1", "AJ, 507. See also HDA.")]


def test_a_style_with_an_outline_level_is_a_heading_whatever_its_name_and_opens_a_section(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="Naslov1"><w:name w:val="Naslov 1"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Moj"><w:name w:val="Moj naslov"/><w:basedOn w:val="Naslov1"/>'
              "</w:style>")
    path = make_docx(tmp_path / "a.docx", [para(run("Uvod"), style="Naslov1"), para(run("Tito met Spaak.")),
                                           para(run("Sklep"), style="Moj"), para(run("The end."))], styles=styles)
    blocks = [(b.zone, b.text, b.section) for b in layout_of(path).blocks if b.zone != "blank"]
    assert blocks == [("heading", "Uvod", "Uvod"), ("body", "Tito met Spaak.", "Uvod"),
                      ("heading", "Sklep", "Sklep"), ("body", "The end.", "Sklep")]


def test_title_and_abstract_styles_at_the_start_are_front_matter_and_paragraphs_without_a_style_body(tmp_path):
    styles = ('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Abs"><w:name w:val="Abstract Text"/></w:style>')
    path = make_docx(tmp_path / "a.docx", [para(run("Tito and Spaak"), style="Title"), para(run("On Tito."), style="Abs"),
                                           para(run("Miha Zobec")), para(run("Tito met Spaak."))], styles=styles)
    zones = [(b.zone, b.text) for b in layout_of(path).blocks if b.zone != "blank"]
    assert zones == [("front", "Tito and Spaak"), ("front", "On Tito."), ("body", "Miha Zobec"),
                     ("body", "Tito met Spaak.")]


def test_title_and_author_come_from_the_files_properties(tmp_path):
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Tito and Spaak</dc:title>'
            "<dc:creator>Miha Zobec</dc:creator></cp:coreProperties>")
    doc = read_document(make_docx(tmp_path / "a.docx", [para(run("Text."))], core=core))
    assert (doc.meta["title"], doc.meta["author"]) == ("Tito and Spaak", "Miha Zobec")


def test_the_notes_of_a_word_file_reach_the_notes_and_citations_tables(tmp_path):
    path = make_docx(tmp_path / "a.docx", [para(run("Tito met Spaak."), run(ref=1))],
                     footnotes={1: note_para("TNA, FO 371/107832, Minute, 12 March 1953.")})
    tables = build_tables(load_corpus(path))
    assert tables["notes"][["note_no", "text", "marker_start"]].values.tolist() == [
        ["1", "TNA, FO 371/107832, Minute, 12 March 1953.", 15]]
    assert tables["citations"][["kind", "archive", "fond"]].values.tolist() == [["archival", "TNA", "FO 371"]]
    assert tables["documents"]["source_format"].tolist() == ["docx"]


def test_a_call_of_a_footnote_the_file_lacks_keeps_its_marker_and_is_reported(tmp_path):
    path = make_docx(tmp_path / "a.docx", [para(run("A."), run(ref=1), run(" B."), run(ref=9))],
                     footnotes={1: note_para("AJ.")})
    doc = read_document(path)
    assert doc.text == "A.1 B.2\n\n1 AJ.\n"
    assert [p.message for p in doc.problems] == [
        "the text calls 1 footnote(s) that the file does not hold (ids 9); their markers stay, with no note"]


def test_a_file_that_is_not_a_zip_is_refused_with_what_to_do():
    with pytest.raises(CorpusError, match=r"not a valid \.docx: its ZIP directory cannot be read.*save it again from Word"):
        read_docx(Path("a.docx"), b"PK\x03\x04word/document.xml and then nothing")


def test_a_zip_without_a_document_part_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/media/image1.png", b"\x89PNG")
    with pytest.raises(CorpusError, match=r"a ZIP archive with no word/document\.xml.*save it again from Word"):
        read_document(path)


def test_a_broken_document_part_is_refused_naming_the_line_and_column(tmp_path):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}>\n<w:body><w:p></w:body></w:document>")
    with pytest.raises(CorpusError, match=r"document part \(word/document\.xml\) is not well-formed XML "
                                          r"\(mismatched tag at line 2, column \d+\).*save it again from Word"):
        read_document(path)


def test_a_folder_with_a_truncated_and_a_good_word_file_reads_the_good_one(tmp_path):
    good = make_docx(tmp_path / "good.docx", [para(run("Tito met Spaak."), run(ref=1))],
                     footnotes={1: note_para("AJ, 507.")})
    (tmp_path / "bad.docx").write_bytes(good.read_bytes()[:200])
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["good"]
    assert [Path(e.path).name for e in corpus.errors] == ["bad.docx"]
    assert "save it again from Word" in corpus.errors[0].problem


@needs_corpus
def test_the_notes_of_the_eight_journal_word_files_match_the_reference():
    """899 of 904 exact: the other 5 are footnotes of two paragraphs, which the reference joins with no space."""
    script = load_script("measure_structured_notes")
    total = {r["file"]: r for r in script.measure(CORPUS / "pnz")}["TOTAL docx (8 files)"]
    assert (total["reference"], total["found"], total["same_label"], total["exact"]) == (904, 904, 904, 899)


def with_parts(path, parts):
    """``path``'s Word file with more parts related to its document part: {(kind, name): xml}."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = "".join(f'<Relationship Id="r{k}" Type="{rel}{kind}" Target="{name}"/>'
                   for k, (kind, name) in enumerate(parts))
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/_rels/document.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                                                   f'2006/relationships">{rels}</Relationships>')
        for (_, name), xml in parts.items():
            z.writestr(f"word/{name}", xml)
    return path


def test_headers_and_footers_are_running_heads_before_and_after_the_body_each_text_once(tmp_path):
    path = with_parts(make_docx(tmp_path / "a.docx", [para(run("Tito met Spaak."))]), {
        ("header", "header1.xml"): f"<w:hdr {W}>{para(run('Prispevki za novejšo zgodovino'))}</w:hdr>",
        ("header", "header2.xml"): f"<w:hdr {W}>{para(run('Prispevki za novejšo zgodovino'))}</w:hdr>",
        ("footer", "footer1.xml"): f"<w:ftr {W}>{para(run('LIX – 1/2019'))}</w:ftr>"})
    blocks = [(b.zone, b.text) for b in layout_of(path).blocks if b.zone != "blank"]
    assert blocks == [("running_head", "Prispevki za novejšo zgodovino"), ("body", "Tito met Spaak."),
                      ("running_head", "LIX – 1/2019")]


def test_comments_are_no_text_of_the_article_and_are_named_in_a_problem(tmp_path):
    path = with_parts(make_docx(tmp_path / "a.docx", [para(run("Tito met Spaak."))]), {
        ("comments", "comments.xml"): f'<w:comments {W}><w:comment w:id="0">{para(run("Check the date"))}'
                                      "</w:comment></w:comments>"})
    doc = read_document(path)
    assert "Check" not in doc.text
    assert [p.message for p in doc.problems] == [
        "1 paragraph(s) of comments left out (remarks on the text, not the article's words): «Check the date»"]
