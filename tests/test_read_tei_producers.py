"""TEI and Word as producers the journal corpus lacks write them: a teiCorpus, OJS back notes, Transkribus editions.

A teiCorpus is one document of several articles; an OJS/Érudit export calls
its back notes only by a `<ref n>` sharing the note's number; an edition of a
manuscript carries source markup (`<app>`, `<del>`, lines broken inside a
word); Word writes right-to-left paragraphs with `w:bidi`, and WPS an abstract in a
text box written twice (DrawingML and its VML fallback).
"""

import zipfile
from pathlib import Path

import pytest

from histkit import CorpusError, analyse_layout, read_document
from histkit.read.tei import read_tei

NS = 'xmlns="http://www.tei-c.org/ns/1.0"'


def header(title: str = "", author: str = "") -> str:
    return (f"<teiHeader><fileDesc><titleStmt>{f'<title>{title}</title>' if title else ''}"
            f"{f'<author>{author}</author>' if author else ''}</titleStmt></fileDesc></teiHeader>")


def member(title: str, body: str, author: str = "", front: bool = True) -> str:
    """One `<TEI>` article; its front repeats the title (as TEI Lite writes it) unless ``front`` is false."""
    opening = f"<front><docTitle><titlePart>{title}</titlePart></docTitle></front>" if front else ""
    return f"<TEI>{header(title, author)}<text>{opening}<body>{body}</body></text></TEI>"


def corpus(*members: str, title: str = "Two articles", author: str = "") -> bytes:
    return f'<teiCorpus {NS}>{header(title, author)}{"".join(members)}</teiCorpus>'.encode()


def tei(text: str) -> bytes:
    return f'<TEI {NS}>{header("Tito and Spaak")}<text>{text}</text></TEI>'.encode()


def layout(tmp_path, data: bytes, name: str = "a.tei.xml"):
    path = tmp_path / name
    path.write_bytes(data)
    return analyse_layout(read_document(path))


def numbered(lay):
    """Each note's number, printed label and text."""
    return [(n.note_no, n.label, n.text) for n in lay.notes]


def called(lay):
    """Each note's number and the text its marker stands in (up to the marker)."""
    blocks = {b.block_id: b for b in lay.blocks}
    text = lay.doc.text
    return [(n.note_no, text[blocks[n.marker_block_id].start:n.marker_start]) for n in lay.notes]


# --------------------------------------------------------------------------- teiCorpus

TWO = corpus(member("Brotherhoods", '<p>Statutes.<note place="bottom" n="1">DAST 44.</note> Accounts.'
                                    '<note place="bottom" n="2">DAST 45.</note></p>', "Ivana Maric"),
             member("Plague", '<p>Split.<note place="bottom" n="1">Raukar.</note> Lazaret.'
                              '<note place="bottom" n="2">Sanita.</note></p>', "Marko Bilic"))


def test_a_tei_corpus_is_read_as_one_document_its_articles_in_order():
    parsed = read_tei(Path("c.tei.xml"), TWO)
    assert parsed.text.split("\n\n")[:5] == ["Two articles", "Brotherhoods", "Statutes.1 Accounts.2", "Plague",
                                             "Split.1 Lazaret.2"]


def test_each_article_of_a_tei_corpus_opens_with_its_title_as_a_heading(tmp_path):
    lay = layout(tmp_path, TWO)
    assert [(b.zone, b.text) for b in lay.blocks if b.zone in ("front", "heading")] == [
        ("front", "Two articles"), ("heading", "Brotherhoods"), ("heading", "Plague")]
    assert [b.section for b in lay.blocks if b.zone == "body"] == ["Brotherhoods", "Plague"]


def test_an_article_of_a_tei_corpus_without_a_front_takes_its_heading_from_its_header():
    parsed = read_tei(Path("c.tei.xml"), corpus(member("Plague", "<p>Split.</p>", front=False)))
    assert parsed.text == "Two articles\n\nPlague\n\nSplit.\n"
    assert [r.zone for r in parsed.regions] == ["front", "heading", "body"]


def test_notes_numbered_from_1_again_in_the_next_article_are_numbered_on_keeping_the_printed_label(tmp_path):
    lay = layout(tmp_path, TWO)
    assert numbered(lay) == [("1", "1", "DAST 44."), ("2", "2", "DAST 45."), ("3", "1", "Raukar."),
                             ("4", "2", "Sanita.")]
    assert called(lay) == [("1", "Statutes."), ("2", "Statutes.1 Accounts."), ("3", "Split."),
                           ("4", "Split.1 Lazaret.")]
    assert lay.warnings == []


def test_notes_the_next_article_numbers_on_keep_their_numbers(tmp_path):
    data = corpus(member("A", '<p>One.<note n="1">a</note></p>'), member("B", '<p>Two.<note n="2">b</note></p>'))
    assert numbered(layout(tmp_path, data)) == [("1", "1", "a"), ("2", "2", "b")]


def test_a_tei_corpus_takes_title_from_its_header_and_authors_from_its_articles_when_its_header_names_none():
    meta = read_tei(Path("c.tei.xml"), TWO).meta
    assert (meta["title"], meta["author"]) == ("Two articles", "Ivana Maric; Marko Bilic")
    assert read_tei(Path("c.tei.xml"), corpus(member("A", "<p>One.</p>", "X"), author="Editors")).meta["author"] \
        == "Editors"


def test_a_tei_corpus_of_headers_only_is_refused_as_holding_no_text():
    data = f'<teiCorpus {NS}>{header("Volume")}<TEI>{header("A")}</TEI></teiCorpus>'.encode()
    with pytest.raises(CorpusError, match=r"has no <text>: a TEI header only"):
        read_tei(Path("c.tei.xml"), data)


def test_notes_numbered_from_1_again_in_one_tei_file_are_numbered_on(tmp_path):
    data = tei('<body><div><head>I</head><p>A.<note n="1">a</note> B.<note n="2">b</note></p></div>'
               '<div><head>II</head><p>C.<note n="1">c</note></p></div></body>')
    lay = layout(tmp_path, data)
    assert numbered(lay) == [("1", "1", "a"), ("2", "2", "b"), ("3", "1", "c")]
    assert lay.doc.text.split("\n\n")[4] == "C.1"
    assert lay.doc.problems == ()


# --------------------------------------------------------------------------- OJS / Érudit back notes

OJS = tei('<body><p>Compromissos.<ref n="1">1</ref> Vila Rica<ref n="2">2</ref> permitem.</p></body>'
          '<back><div type="notes"><head>Notas</head><note n="1"><p>Russell-Wood.</p></note>'
          '<note n="2"><p>ASCMOP.</p></note></div></back>')


def test_back_notes_called_only_by_a_ref_sharing_their_number_are_called_there(tmp_path):
    lay = layout(tmp_path, OJS)
    assert numbered(lay) == [("1", "1", "Russell-Wood."), ("2", "2", "ASCMOP.")]
    assert called(lay) == [("1", "Compromissos."), ("2", "Compromissos.1 Vila Rica")]
    assert lay.doc.problems == ()


def test_a_ref_with_a_number_but_other_words_or_a_target_calls_no_note():
    parsed = read_tei(Path("a.tei.xml"), tei(
        '<body><p>See <ref n="1">chapter 1</ref> and <ref n="1" target="https://x.org">x.org</ref>.</p></body>'
        '<back><div><note n="1"><p>Russell-Wood.</p></note></div></back>'))
    assert parsed.text.split("\n\n")[1] == "See chapter 1 and x.org."
    assert parsed.marks == ()


# --------------------------------------------------------------------------- source markup of editions

def body_of(body: str) -> str:
    return read_tei(Path("a.tei.xml"), tei(f"<body>{body}</body>")).text.split("\n\n")[1].rstrip("\n")


def test_an_apparatus_entry_reads_its_lemma_else_its_first_reading():
    assert body_of("<p>Nasby <app><lem>harad</lem><rdg>haradh</rdg></app>.</p>") == "Nasby harad."
    assert body_of("<p>Nasby <app><rdg>haradh</rdg><rdg>harat</rdg></app>.</p>") == "Nasby haradh."


def test_deleted_text_is_dropped_and_added_text_kept():
    assert body_of('<p>Berga<del rend="strikethrough">, klagandes</del>, his <add place="above">neighbour</add>'
                   "</p>") == "Berga, his neighbour"


def test_a_line_broken_inside_a_word_joins_the_word_even_after_a_new_line_in_the_file():
    assert body_of('<p>skog\n  <lb break="no"/>fallning and skog<lb break="no"/>\n fallning\n<lb/>more</p>') \
        == "skogfallning and skogfallning more"


def test_source_markup_in_a_note_is_read_as_in_the_text(tmp_path):
    data = tei('<body><p>Harad.<note n="1">Read <app><lem>harad</lem><rdg>haradh</rdg></app>, '
               'skog\n<lb break="no"/>fallning<del>x</del>.</note></p></body>')
    assert numbered(layout(tmp_path, data)) == [("1", "1", "Read harad, skogfallning.")]


# --------------------------------------------------------------------------- Word, right to left

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_calls_in_right_to_left_word_paragraphs_are_linked_in_the_stored_order(tmp_path):
    rtl = '<w:rPr><w:rtl/><w:rFonts w:cs="David"/></w:rPr>'
    body = (f'<w:p><w:pPr><w:bidi/></w:pPr><w:r>{rtl}<w:t>היווני.</w:t></w:r>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:rtl/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
            f'<w:r>{rtl}<w:t xml:space="preserve"> פנקסי</w:t></w:r></w:p>')
    note = (f'<w:footnote w:id="1"><w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r>{rtl}<w:t xml:space="preserve"> אצ"ם, תיק 12.</w:t></w:r></w:p></w:footnote>')
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}<w:sectPr><w:bidi/></w:sectPr></w:body>"
                                        "</w:document>")
        z.writestr("word/footnotes.xml", f"<w:footnotes {W}>{note}</w:footnotes>")
    lay = analyse_layout(read_document(path))
    assert numbered(lay) == [("1", "1", 'אצ"ם, תיק 12.')]
    assert called(lay) == [("1", "היווני.")]


def word_body(tmp_path, body: str):
    path = tmp_path / "b.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W} {MC}><w:body>{body}</w:body></w:document>")
    return read_document(path)


MC = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"')


def box(text: str) -> str:
    return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_in(tmp_path):
    shape = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box("Abstract.")}'
             f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
             f"{box('Abstract.')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    doc = word_body(tmp_path, f"<w:p><w:r><w:t>Author</w:t></w:r>{shape}</w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>")
    assert doc.text == "Author\n\nAbstract.\n\nBody.\n"


def test_a_text_box_written_only_as_vml_is_read_too_but_not_when_deleted(tmp_path):
    shape = f"<w:r><w:pict><v:shape><v:textbox>{box('Sidebar.')}</v:textbox></v:shape></w:pict></w:r>"
    doc = word_body(tmp_path, f"<w:p><w:r><w:t>Body.</w:t></w:r>{shape}<w:del>{shape.replace('Sidebar', 'Gone')}"
                              "</w:del></w:p>")
    assert doc.text == "Body.\n\nSidebar.\n"
