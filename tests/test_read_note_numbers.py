"""A note's number is the number its source means: Word's numbering formats."""

import zipfile

from histkit import analyse_layout, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def calls(kind, *ids, section=""):
    """A paragraph calling the notes ``ids`` after a word each; ``section`` (a sectPr) ends the section there."""
    runs = "".join(f'<w:r><w:t xml:space="preserve"> W{i}</w:t></w:r><w:r><w:{kind}Reference w:id="{i}"/></w:r>'
                   for i in ids)
    return f"<w:p>{f'<w:pPr>{section}</w:pPr>' if section else ''}{runs}</w:p>"


def note_props(kind, fmt=None, start=None, restart=None):
    """A `w:footnotePr`/`w:endnotePr` with the numbering properties given."""
    props = "".join(f'<w:{name} w:val="{value}"/>' for name, value in
                    (("numFmt", fmt), ("numStart", start), ("numRestart", restart)) if value is not None)
    return f"<w:{kind}Pr>{props}</w:{kind}Pr>"


def word(tmp_path, paragraphs, kind="footnote", ids=(), settings="", final_section=""):
    """A Word file with ``paragraphs``, the notes ``ids`` of ``kind`` (note ``i`` reads ``Note i.``) and settings."""
    notes = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r>'
                    f'<w:r><w:t xml:space="preserve"> Note {i}.</w:t></w:r></w:p></w:{kind}>' for i in ids)
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml",
                   f"<w:document {W}><w:body>{''.join(paragraphs)}{final_section}</w:body></w:document>")
        z.writestr(f"word/{kind}s.xml", f"<w:{kind}s {W}>{notes}</w:{kind}s>")
        z.writestr("word/settings.xml", f"<w:settings {W}>{settings}</w:settings>")
    return path


def numbers_and_markers(path):
    """Each note's number and text, and each marker as the text prints it after the number it calls."""
    doc = read_document(path)
    notes = [(n.note_no, n.text) for n in analyse_layout(doc).notes]
    return notes, [(m.note_no, doc.text[m.start:m.end]) for m in doc.marks]


# --------------------------------------------------------------------------- Word


def test_lower_roman_endnotes_set_in_the_settings_are_notes_1_to_n_printed_i_ii_iii(tmp_path):
    path = word(tmp_path, [calls("endnote", 4, 2, 3)], "endnote", (2, 3, 4),
                settings=note_props("endnote", "lowerRoman"))
    assert numbers_and_markers(path) == ([("1", "Note 4."), ("2", "Note 2."), ("3", "Note 3.")],
                                         [("1", "i"), ("2", "ii"), ("3", "iii")])


def test_endnotes_without_a_format_are_printed_in_word_s_default_lower_roman_and_numbered(tmp_path):
    path = word(tmp_path, [calls("endnote", 1, 2)], "endnote", (1, 2))
    assert numbers_and_markers(path)[1] == [("1", "i"), ("2", "ii")]
    assert read_document(path).text.startswith("W1i W2ii\n\n1 Note 1.\n\n2 Note 2.\n")


def test_the_format_of_the_section_overrides_the_settings_and_each_format_means_its_number(tmp_path):
    for fmt, printed in (("upperRoman", ["I", "II", "III", "IV"]), ("lowerLetter", ["a", "b", "c", "d"]),
                         ("upperLetter", ["A", "B", "C", "D"]), ("chicago", ["*", "†", "‡", "§"]),
                         ("decimal", ["1", "2", "3", "4"])):
        path = word(tmp_path, [calls("footnote", 1, 2, 3, 4)], "footnote", (1, 2, 3, 4),
                    settings=note_props("footnote", "lowerRoman"),
                    final_section=f"<w:sectPr>{note_props('footnote', fmt)}</w:sectPr>")
        notes, markers = numbers_and_markers(path)
        assert [n for n, _ in notes] == ["1", "2", "3", "4"], fmt
        assert markers == list(zip(["1", "2", "3", "4"], printed)), fmt


def test_a_first_number_set_by_num_start_is_the_first_note_s_number(tmp_path):
    path = word(tmp_path, [calls("footnote", 1, 2)], "footnote", (1, 2), settings=note_props("footnote", start=5))
    assert numbers_and_markers(path) == ([("5", "Note 1."), ("6", "Note 2.")], [("5", "5"), ("6", "6")])


def test_footnotes_restarting_in_each_section_print_1_again_and_go_on_being_numbered_through_the_text(tmp_path):
    restart = f"<w:sectPr>{note_props('footnote', restart='eachSect')}</w:sectPr>"
    path = word(tmp_path, [calls("footnote", 1, 2, section=restart), calls("footnote", 3)], "footnote", (1, 2, 3),
                final_section=restart)
    notes, markers = numbers_and_markers(path)
    assert notes == [("1", "Note 1."), ("2", "Note 2."), ("3", "Note 3.")]
    assert markers == [("1", "1"), ("2", "2"), ("3", "1")]


def test_a_restart_in_a_later_section_only_restarts_that_section_s_printing(tmp_path):
    plain, restart = "<w:sectPr/>", f"<w:sectPr>{note_props('footnote', 'lowerLetter', restart='eachSect')}</w:sectPr>"
    path = word(tmp_path, [calls("footnote", 1, 2, section=plain), calls("footnote", 3, 4)], "footnote",
                (1, 2, 3, 4), final_section=restart)
    assert numbers_and_markers(path)[1] == [("1", "1"), ("2", "2"), ("3", "a"), ("4", "b")]


def test_a_custom_mark_keeps_its_mark_and_takes_no_number_among_roman_endnotes(tmp_path):
    custom = ('<w:p><w:r><w:t>Author</w:t></w:r><w:r><w:endnoteReference w:customMarkFollows="1" w:id="1"/>'
              "<w:t>*</w:t></w:r></w:p>")
    path = word(tmp_path, [custom, calls("endnote", 2)], "endnote", (1, 2))
    notes, markers = numbers_and_markers(path)
    assert markers == [("*", "*"), ("1", "i")]
    assert [n for n, _ in notes] == ["*", "1"]
