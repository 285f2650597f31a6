"""A note's number is the number its source means: Word's numbering formats, TEI labels' punctuation, split notes."""

import zipfile
from pathlib import Path

from histkit import analyse_layout, read_document
from histkit.read.tei import note_number, read_tei

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


def test_a_note_numbered_by_its_format_keeps_the_call_it_prints_as_its_label(tmp_path):
    path = word(tmp_path, [calls("endnote", 1, 2)], "endnote", (1, 2), settings=note_props("endnote", "upperRoman"))
    assert [(n.note_no, n.label) for n in analyse_layout(read_document(path)).notes] == [("1", "I"), ("2", "II")]


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


def test_a_first_number_set_by_num_start_is_printed_and_the_notes_are_numbered_in_reading_order(tmp_path):
    path = word(tmp_path, [calls("footnote", 1, 2)], "footnote", (1, 2), settings=note_props("footnote", start=5))
    assert numbers_and_markers(path) == ([("1", "Note 1."), ("2", "Note 2.")], [("1", "5"), ("2", "6")])
    assert [n.label for n in analyse_layout(read_document(path)).notes] == ["5", "6"]


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


# --------------------------------------------------------------------------- TEI


def tei(body: str) -> bytes:
    return f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>{body}</body></text></TEI>'.encode()


def tei_numbers_and_markers(body: str, tmp_path):
    path = tmp_path / "a.tei.xml"
    path.write_bytes(tei(body))
    return numbers_and_markers(path)


def test_the_punctuation_of_a_tei_label_is_no_part_of_its_number_and_stays_in_the_marker(tmp_path):
    body = "".join(f'<p>W{k}<note place="foot" n="{n}">Note {k}.</note>.</p>'
                   for k, n in enumerate(("1)", "(2)", "[3]", "4.", "*"), 1))
    notes, markers = tei_numbers_and_markers(body, tmp_path)
    assert notes == [("1", "Note 1."), ("2", "Note 2."), ("3", "Note 3."), ("4", "Note 4."), ("*", "Note 5.")]
    assert markers == [("1", "1)"), ("2", "(2)"), ("3", "[3]"), ("4", "4."), ("*", "*")]


def test_note_number_strips_brackets_and_points_but_keeps_letters_and_symbols():
    assert [note_number(n) for n in ("12)", "(a)", "[iv]", "3.", "**", "†)")] == ["12", "a", "iv", "3", "**", "†)"]


def test_a_note_continued_on_the_next_page_by_next_and_prev_is_one_note_called_once(tmp_path):
    body = ('<p>Rights<note place="foot" n="3)" xml:id="n3a" next="#n3b">Kept the care of </note>.</p>'
            '<p><pb n="2"/><fw type="header">Head.</fw><note place="foot" xml:id="n3b" prev="#n3a">widows.</note>'
            'Then<note place="foot" n="4)">Four.</note>.</p>')
    notes, markers = tei_numbers_and_markers(body, tmp_path)
    assert notes == [("1", "Kept the care of widows."), ("2", "Four.")]  # (numbered from 1, as printed from 3)
    assert markers == [("1", "3)"), ("2", "4)")]


def test_a_continuation_named_only_by_next_or_only_by_prev_is_joined_to_its_note():
    for first, second in (('xml:id="a" next="#b"', 'xml:id="b"'), ('xml:id="a"', 'prev="#a"')):
        parsed = read_tei(Path("a.xml"), tei(f'<p>One<note n="1" {first}>Begun</note> two<note {second}>ended.</note>'
                                             ' three<note n="2">Two.</note></p>'))
        assert [m.note_no for m in parsed.marks] == ["1", "2"]
        assert parsed.text.endswith("\n\n1 Begun ended.\n\n2 Two.\n") and not parsed.problems


def test_a_continuation_without_a_label_pointing_back_by_corresp_is_joined_but_a_labelled_note_is_its_own():
    parsed = read_tei(Path("a.xml"), tei('<p>One<note n="1" xml:id="a">Begun</note> two'
                                         '<note corresp="#a">ended.</note> three<note n="2" corresp="#a">Two.</note>'
                                         '</p>'))
    assert [m.note_no for m in parsed.marks] == ["1", "2"]
    assert parsed.text.endswith("\n\n1 Begun ended.\n\n2 Two.\n")


def test_a_continuation_standing_between_paragraphs_is_joined_and_not_reported_uncalled():
    parsed = read_tei(Path("a.xml"), tei('<div><p>One<note n="1" xml:id="a" next="#b">Begun</note>.</p>'
                                         '<pb n="2"/><note xml:id="b">ended.</note><p>Two.</p></div>'))
    assert parsed.text.endswith("\n\n1 Begun ended.\n") and not parsed.problems
