"""E-books (.epub): chapters in spine order, notes linked across chapter files or marked as footnotes, DRM refused."""

import zipfile
from pathlib import Path

from histkit import analyse_layout, load_corpus, read_document

DC = 'xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"'


def make_epub(path: Path, chapters: dict[str, str], spine: list[str] | None = None, metadata: str = "",
              encrypted: str | None = None) -> Path:
    """A book of XHTML ``chapters`` ({file: body}) under OEBPS/, read in ``spine`` order (default: as given)."""
    items = "".join(f'<item id="i{k}" href="{name}" media-type="application/xhtml+xml"/>'
                    for k, name in enumerate(chapters))
    order = spine or list(chapters)
    refs = "".join(f'<itemref idref="i{list(chapters).index(name)}"/>' for name in order)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml",
                   '<container><rootfiles><rootfile full-path="OEBPS/book.opf"/></rootfiles></container>')
        z.writestr("OEBPS/book.opf", f"<package {DC}><metadata>{metadata}</metadata><manifest>{items}</manifest>"
                                     f"<spine>{refs}</spine></package>")
        for name, body in chapters.items():
            z.writestr(f"OEBPS/{name}", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')
        if encrypted:
            z.writestr("META-INF/encryption.xml", encrypted)
    return path


def notes_of(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def test_notes_in_a_file_of_their_own_are_found_at_their_calls_across_chapters(tmp_path):
    path = make_epub(tmp_path / "a.epub", {
        "ch1.xhtml": '<h1>One</h1><p>Tito met Spaak.<a href="notes.xhtml#n1" id="r1">1</a></p>',
        "ch2.xhtml": '<h1>Two</h1><p>Then he left.<a href="notes.xhtml#n2" id="r2">2</a></p>',
        "notes.xhtml": '<p id="n1"><a href="ch1.xhtml#r1">1.</a> AJ, 507.</p><p id="n2"><a href="ch2.xhtml#r2">2.</a> Ibid.</p>'})
    doc = read_document(path)
    assert notes_of(path) == [("1", "AJ, 507."), ("2", "Ibid.")]
    assert doc.text.startswith("One\n\nTito met Spaak.1\n\nTwo\n\nThen he left.2") and doc.meta["source_format"] == "epub"


def test_chapters_are_read_in_spine_order_not_file_order(tmp_path):
    path = make_epub(tmp_path / "a.epub", {"b.xhtml": "<p>Second.</p>", "a.xhtml": "<p>First.</p>"},
                     spine=["a.xhtml", "b.xhtml"])
    assert read_document(path).text == "First.\n\nSecond.\n"


def test_an_aside_marked_as_a_footnote_is_a_note_without_a_link_back(tmp_path):
    body = ('<p>Tito met Spaak.<a epub:type="noteref" href="#fn1">1</a></p>'
            '<aside epub:type="footnote" id="fn1"><p>AJ, 507.</p></aside><p>Then he left.</p>')
    path = make_epub(tmp_path / "a.epub", {"ch.xhtml": body})
    assert notes_of(path) == [("1", "AJ, 507.")] and "Then he left." in read_document(path).text


def test_title_authors_language_and_year_come_from_the_package_metadata(tmp_path):
    metadata = ("<dc:title>Tito and Spaak</dc:title><dc:creator>Ana Novak</dc:creator><dc:creator>Ivo Kos</dc:creator>"
                "<dc:language>sl</dc:language><dc:date>2021-03-01</dc:date>")
    meta = read_document(make_epub(tmp_path / "a.epub", {"c.xhtml": "<p>Text.</p>"}, metadata=metadata)).meta
    assert (meta["title"], meta["author"], meta["language"], meta["year"]) == (
        "Tito and Spaak", "Ana Novak; Ivo Kos", "sl", "2021")


def test_a_book_with_encrypted_chapters_is_refused_as_locked_by_drm(tmp_path):
    encrypted = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                 '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
                 '<enc:CipherData><enc:CipherReference URI="OEBPS/c.xhtml"/></enc:CipherData></enc:EncryptedData>'
                 '</encryption>')
    corpus = load_corpus(make_epub(tmp_path / "a.epub", {"c.xhtml": "<p>Text.</p>"}, encrypted=encrypted))
    assert "a.epub" in str(corpus.errors[0]) and "locked by DRM" in str(corpus.errors[0])


def test_obfuscated_fonts_are_no_drm_and_the_book_is_read(tmp_path):
    encrypted = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                 '<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
                 '<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData></enc:EncryptedData>'
                 '</encryption>')
    assert read_document(make_epub(tmp_path / "a.epub", {"c.xhtml": "<p>Text.</p>"}, encrypted=encrypted)).text == "Text.\n"


def test_a_zip_that_names_no_package_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "a.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
    message = str(load_corpus(path).errors[0])
    assert "a.epub" in message and "names no package file" in message and "export it again" in message
