"""Word notes whose call prints a custom mark (`w:customMarkFollows`) drawn from a symbol font (`w:sym`), as Insert ›
Symbol writes it: the glyph is the mark; the text after it stays text.
"""

import zipfile

from histkit import analyse_layout, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def sym(font, char):
    return f'<w:sym w:font="{font}" w:char="{char}"/>'


def text(t):
    return f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'


def word(tmp_path, font, char):
    """The author's note called with a custom mark, the glyph ``char`` of ``font``, then a numbered note."""
    body = (f'<w:p>{text("Giulia Benvenuti")}<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/>'
            f'{sym(font, char)}</w:r>{text(" e le confraternite.")}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>')
    notes = (f'<w:footnote w:id="1"><w:p><w:r>{sym(font, char)}</w:r>{text(" Università di Udine.")}</w:p></w:footnote>'
             f'<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>{text(" ASU, Statuti, b. 3.")}</w:p></w:footnote>')
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        z.writestr("word/footnotes.xml", f"<w:footnotes {W}>{notes}</w:footnotes>")
    lay = analyse_layout(read_document(path))
    return [(n.note_no, n.label, n.text) for n in lay.notes], [b.text for b in lay.blocks if b.zone == "body"]


def test_a_custom_mark_drawn_from_the_symbol_font_is_the_mark_and_the_text_after_it_stays(tmp_path):
    assert word(tmp_path, "Symbol", "F02A") == (
        [("*", "*", "Università di Udine."), ("1", "1", "ASU, Statuti, b. 3.")],
        ["Giulia Benvenuti* e le confraternite.1"])


def test_a_custom_mark_drawn_from_a_picture_font_is_printed_as_the_usual_mark(tmp_path):
    assert word(tmp_path, "Wingdings", "F0AB") == (
        [("*", "*", "Università di Udine."), ("1", "1", "ASU, Statuti, b. 3.")],
        ["Giulia Benvenuti* e le confraternite.1"])
