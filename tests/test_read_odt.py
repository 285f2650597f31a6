"""OpenDocument texts (.odt): paragraphs, headings, footnotes and endnotes at their calls, and bad files named."""

import zipfile
from pathlib import Path

from histkit import analyse_layout, load_corpus, read_document

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def note(label: str, text: str, kind: str = "footnote") -> str:
    return (f'<text:note text:note-class="{kind}"><text:note-citation>{label}</text:note-citation>'
            f'<text:note-body><text:p>{text}</text:p></text:note-body></text:note>')


def make_odt(path: Path, body: str, styles: str = "", meta: str | None = None) -> Path:
    content = (f'<office:document-content {NS}><office:automatic-styles>{styles}</office:automatic-styles>'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        if meta is not None:
            z.writestr("meta.xml", f'<office:document-meta {NS}><office:meta>{meta}</office:meta></office:document-meta>')
    return path


def notes_of(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def test_a_footnote_is_a_note_with_its_text_and_a_marker_where_the_text_calls_it(tmp_path):
    path = make_odt(tmp_path / "a.odt", f"<text:p>Tito met Spaak.{note('1', 'AJ, 507, f. 3.')} Then he left.</text:p>")
    doc = read_document(path)
    assert notes_of(path) == [("1", "AJ, 507, f. 3.")]
    assert doc.text.startswith("Tito met Spaak.1 Then he left.") and doc.meta["source_format"] == "odt"


def test_endnotes_keep_the_labels_the_file_prints_beside_the_footnotes(tmp_path):
    body = f"<text:p>One.{note('1', 'First.')} Two.{note('i', 'An endnote.', 'endnote')}</text:p>"
    assert notes_of(make_odt(tmp_path / "a.odt", body)) == [("1", "First."), ("i", "An endnote.")]


def test_headings_lists_and_tables_are_read_in_order_and_spaces_written_as_elements_kept(tmp_path):
    body = ('<text:h text:outline-level="1">Introduction</text:h>'
            '<text:list><text:list-item><text:p>Item<text:s text:c="2"/>one</text:p></text:list-item></text:list>'
            '<table:table><table:table-row><table:table-cell><text:p>Cell</text:p></table:table-cell></table:table-row>'
            '</table:table>')
    doc = read_document(make_odt(tmp_path / "a.odt", body))
    assert doc.text == "Introduction\n\nItem  one\n\nCell\n"
    assert [r.zone for r in doc.regions] == ["heading", "body", "body"]


def test_deleted_text_and_comments_are_not_text_and_a_text_box_follows_its_paragraph(tmp_path):
    body = ('<text:tracked-changes><text:changed-region><text:deletion><text:p>Gone.</text:p></text:deletion>'
            '</text:changed-region></text:tracked-changes>'
            '<text:p>Tito<office:annotation><text:p>check this</text:p></office:annotation> met Spaak.'
            '<draw:frame><draw:text-box><text:p>A sidebar.</text:p></draw:text-box></draw:frame></text:p>'
            '<text:p>Then he left.</text:p>')
    assert read_document(make_odt(tmp_path / "a.odt", body)).text == "Tito met Spaak.\n\nA sidebar.\n\nThen he left.\n"


def test_a_title_style_before_the_first_heading_is_front_matter(tmp_path):
    styles = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    body = '<text:p text:style-name="P1">Tito and Spaak</text:p><text:h>One</text:h><text:p>Text.</text:p>'
    doc = read_document(make_odt(tmp_path / "a.odt", body, styles))
    assert [r.zone for r in doc.regions] == ["front", "heading", "body"]


def test_title_and_author_come_from_the_files_properties(tmp_path):
    meta = "<dc:title>Tito and Spaak</dc:title><meta:initial-creator>Ana Novak</meta:initial-creator>"
    doc = read_document(make_odt(tmp_path / "a.odt", "<text:p>Text.</text:p>", meta=meta))
    assert (doc.meta["title"], doc.meta["author"]) == ("Tito and Spaak", "Ana Novak")


def test_a_zip_without_a_content_part_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "a.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    message = str(load_corpus(path).errors[0])
    assert "a.odt" in message and "no content.xml" in message and "LibreOffice" in message


def test_a_broken_content_part_is_refused_naming_the_line_and_column(tmp_path):
    path = tmp_path / "a.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content>\n<text:p>")
    message = str(load_corpus(path).errors[0])
    assert "a.odt" in message and "not well-formed XML" in message and "line 1" in message


def test_line_breaks_and_indents_of_the_xml_read_as_one_space(tmp_path):
    body = "<text:p>Tito met\n      Spaak.<text:s text:c=\"2\"/>Then\n  left.</text:p>"
    assert read_document(make_odt(tmp_path / "a.odt", body)).text == "Tito met Spaak.  Then left.\n"


def test_an_odt_zipped_with_its_media_type_after_the_content_is_read_as_an_odt(tmp_path):
    # (LibreOffice writes `mimetype` first and uncompressed; a file zipped again by another tool may not)
    first = make_odt(tmp_path / "first.odt", f"<text:p>Tito met Spaak.{note('1', 'AJ, 507.')}</text:p>")
    path = tmp_path / "a.odt"
    with zipfile.ZipFile(first) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("content.xml", source.read("content.xml"))
        z.writestr("mimetype", source.read("mimetype"))
    assert notes_of(path) == [("1", "AJ, 507.")]


def test_the_master_pages_headers_and_footers_are_running_heads_before_and_after_the_body(tmp_path):
    path = make_odt(tmp_path / "a.odt", "<text:p>Tito met Spaak.</text:p>")
    styles = (f"<office:document-styles {NS}><office:master-styles><style:master-page style:name='Standard'>"
              "<style:header><text:p>Prispevki za novejšo zgodovino</text:p></style:header>"
              "<style:header-left><text:p>Prispevki za novejšo zgodovino</text:p></style:header-left>"
              "<style:footer><text:p>LIX – 1/2019</text:p></style:footer>"
              "</style:master-page></office:master-styles></office:document-styles>")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("styles.xml", styles)
    blocks = [(b.zone, b.text) for b in analyse_layout(read_document(path)).blocks if b.zone != "blank"]
    assert blocks == [("running_head", "Prispevki za novejšo zgodovino"), ("body", "Tito met Spaak."),
                      ("running_head", "LIX – 1/2019")]


def test_comments_are_no_text_and_are_named_in_a_problem(tmp_path):
    path = make_odt(tmp_path / "a.odt", "<text:p>Tito met<office:annotation><dc:creator>Ana</dc:creator>"
                                        "<text:p>Check the date</text:p></office:annotation> Spaak.</text:p>")
    doc = read_document(path)
    assert doc.text == "Tito met Spaak.\n" and [p.message for p in doc.problems] == [
        "1 paragraph(s) of comments left out (remarks on the text, not the article's words): «Check the date»"]
