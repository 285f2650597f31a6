"""Word and TEI notes as more producers write them: footnotes and endnotes both numbered 1, 2 …, notes typed by
hand (raised numbers and a numbered list under a notes heading), TEI notes linked back to an `<anchor/>` by
``@corresp``, and glosses (`<note type="gloss">`) that are neither notes nor text.
"""

import zipfile

from histkit import analyse_layout, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


# --------------------------------------------------------------------------- Word


def run(text="", ref=None, kind="footnote", sup=False, style=None):
    """A run of text (set superscript, or in a character style), or a run calling Word note ``ref``."""
    if ref is not None:
        return f'<w:r><w:{kind}Reference w:id="{ref}"/></w:r>'
    props = '<w:vertAlign w:val="superscript"/>' if sup else f'<w:rStyle w:val="{style}"/>' if style else ""
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def notes_part(kind, notes):
    body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}'
                   f"</w:t></w:r></w:p></w:{kind}>" for i, text in notes.items())
    return f"<w:{kind}s {W}>{body}</w:{kind}s>"


HEADING = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>'
RAISED = ('<w:style w:type="character" w:styleId="Call"><w:name w:val="Note call"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')


def docx(tmp_path, paragraphs, footnotes=None, endnotes=None, settings="", styles=HEADING):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{''.join(paragraphs)}</w:body></w:document>")
        z.writestr("word/styles.xml", f"<w:styles {W}>{styles}</w:styles>")
        if settings:
            z.writestr("word/settings.xml", f"<w:settings {W}>{settings}</w:settings>")
        for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
            if notes is not None:
                z.writestr(f"word/{kind}s.xml", notes_part(kind, notes))
    return analyse_layout(read_document(path))


def notes_of(lay):
    return [(n.note_no, n.label, n.text) for n in lay.notes]


def called(lay):
    """Each note's number and the text of its block up to its marker."""
    blocks = {b.block_id: b for b in lay.blocks}
    return [(n.note_no, lay.doc.text[blocks[n.marker_block_id].start:n.marker_start]) for n in lay.notes]


DECIMAL_ENDNOTES = '<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
FOOT_AND_END = [para(run("One."), run(ref=2), run(" Two."), run(ref=2, kind="endnote"), run(" Three."), run(ref=3))]


def test_footnotes_and_endnotes_both_numbered_from_1_are_numbered_together_in_the_order_they_are_called(tmp_path):
    lay = docx(tmp_path, FOOT_AND_END, footnotes={2: "Foot a.", 3: "Foot b."}, endnotes={2: "End a."},
               settings=DECIMAL_ENDNOTES)
    assert sorted(notes_of(lay)) == [("1", "1", "Foot a."), ("2", "1", "End a."), ("3", "2", "Foot b.")]
    assert sorted(called(lay)) == [("1", "One."), ("2", "One.1 Two."), ("3", "One.1 Two.1 Three.")]


def test_the_printed_numbers_of_footnotes_and_endnotes_numbered_together_are_their_markers_in_the_text(tmp_path):
    lay = docx(tmp_path, FOOT_AND_END, footnotes={2: "Foot a.", 3: "Foot b."}, endnotes={2: "End a."},
               settings=DECIMAL_ENDNOTES)
    assert lay.doc.text.startswith("One.1 Two.1 Three.2\n")


def test_endnotes_in_their_own_format_keep_their_printed_labels_apart_from_the_footnotes(tmp_path):
    lay = docx(tmp_path, FOOT_AND_END, footnotes={2: "Foot a.", 3: "Foot b."}, endnotes={2: "End a."})
    assert notes_of(lay) == [("1", "1", "Foot a."), ("2", "2", "Foot b."), ("i", "i", "End a.")]


def handtyped(*notes, calls=(1, 2), heading="Notes", after=()):
    """A body calling ``calls`` by raised numbers, a heading, the ``notes`` paragraphs, then ``after``."""
    body = [para(run("Intro"), style="H1"),
            para(*[r for n in calls for r in (run(f" Sentence {n}."), run(str(n), sup=True))])]
    return body + [para(run(heading), style="H1")] + [para(run(t)) for t in notes] + list(after)


def test_raised_numbers_and_a_numbered_list_under_a_notes_heading_are_notes_typed_by_hand(tmp_path):
    lay = docx(tmp_path, handtyped("1.\u00a0AJ, 507.", "2. Ibid., 12."))
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid., 12.")]
    assert called(lay) == [("1", "Sentence 1."), ("2", "Sentence 1.1 Sentence 2.")]


def test_a_typed_note_label_may_be_followed_by_a_tab(tmp_path):
    paragraphs = handtyped(calls=(1,))
    paragraphs.append('<w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>AJ, 507.</w:t></w:r></w:p>')
    assert notes_of(docx(tmp_path, paragraphs)) == [("1", "1", "AJ, 507.")]


def test_a_typed_note_label_may_be_raised_or_bracketed(tmp_path):
    paragraphs = handtyped("[2] Ibid.")
    paragraphs.insert(-1, para(run("1", sup=True), run("AJ, 507.")))
    assert notes_of(docx(tmp_path, paragraphs)) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid.")]


def test_typed_notes_may_be_the_items_of_a_list_word_numbers_itself(tmp_path):
    item = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>{}</w:p>'
    paragraphs = handtyped() + [item.format(run("AJ, 507.")), para(run("Torn.")), item.format(run("Ibid."))]
    assert notes_of(docx(tmp_path, paragraphs)) == [("1", "1", "AJ, 507. Torn."), ("2", "2", "Ibid.")]


def test_a_paragraph_without_a_number_continues_the_typed_note_before_it(tmp_path):
    lay = docx(tmp_path, handtyped("1. AJ, 507.", "The file is torn.", "2. Ibid."))
    assert notes_of(lay) == [("1", "1", "AJ, 507. The file is torn."), ("2", "2", "Ibid.")]


def test_the_notes_heading_is_found_in_any_language_of_the_word_list(tmp_path):
    lay = docx(tmp_path, handtyped("1. MNL OL, D 185.", "2. Uo.", heading="Jegyzetek"))
    assert [n.text for n in lay.notes] == ["MNL OL, D 185.", "Uo."]


def test_a_call_raised_by_a_superscript_character_style_counts(tmp_path):
    paragraphs = [para(run("One."), run("1", style="Call"), run(" Two."), run("2", style="Call")),
                  para(run("Notes")), para(run("1. A.")), para(run("2. B."))]
    lay = docx(tmp_path, paragraphs, styles=HEADING + RAISED)
    assert called(lay) == [("1", "One."), ("2", "One.1 Two.")]


def test_typed_notes_end_at_the_next_heading_whose_paragraphs_stay_text(tmp_path):
    after = [para(run("Bibliography"), style="H1"), para(run("1. Anes, Las crisis agrarias."))]
    lay = docx(tmp_path, handtyped("1. A.", "2. B.", after=after))
    assert [n.text for n in lay.notes] == ["A.", "B."]
    assert "1. Anes, Las crisis agrarias." in [b.text for b in lay.blocks if b.zone == "body"]


def test_a_numbered_list_under_a_notes_heading_with_no_raised_calls_stays_text(tmp_path):
    lay = docx(tmp_path, handtyped("1. A.", "2. B.", calls=()))
    assert lay.notes == [] and "1. A." in [b.text for b in lay.blocks]


def test_raised_numbers_that_do_not_run_as_the_list_does_make_no_notes(tmp_path):
    assert docx(tmp_path, handtyped("1. A.", "2. B.", "3. C.")).notes == []
    assert docx(tmp_path, handtyped("1. A.", "2. B.", calls=(2, 1))).notes == []


def test_a_numbered_list_under_another_heading_is_no_notes_even_with_raised_numbers(tmp_path):
    lay = docx(tmp_path, handtyped("1. A.", "2. B.", heading="Sources"))
    assert lay.notes == [] and "Sentence 1.1 Sentence 2.2\n" in lay.doc.text


def test_a_list_under_a_notes_heading_that_does_not_start_with_1_is_no_notes(tmp_path):
    assert docx(tmp_path, handtyped("See below.", "1. A.", "2. B.")).notes == []


def test_raised_letters_are_text_and_no_call(tmp_path):
    paragraphs = [para(run("In the 18"), run("th", sup=True), run(" century."), run("1", sup=True)),
                  para(run("Notes")), para(run("1. A."))]
    lay = docx(tmp_path, paragraphs)
    assert notes_of(lay) == [("1", "1", "A.")] and lay.doc.text.startswith("In the 18th century.1\n")


def test_a_file_with_word_notes_reads_no_typed_notes(tmp_path):
    paragraphs = handtyped("1. A.", "2. B.")
    paragraphs[1] = para(run("Sentence 1."), run(ref=2), run(" Sentence 2."), run("2", sup=True))
    lay = docx(tmp_path, paragraphs, footnotes={2: "Word's note."})
    assert notes_of(lay) == [("1", "1", "Word's note.")]


# --------------------------------------------------------------------------- TEI


def tei(tmp_path, body, back=""):
    path = tmp_path / "a.tei.xml"
    path.write_text(f'<TEI {TEI}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>'
                    f"<text><body>{body}</body><back>{back}</back></text></TEI>", encoding="utf-8")
    return analyse_layout(read_document(path))


def test_a_back_note_linked_by_corresp_to_an_anchor_is_called_where_the_anchor_stands(tmp_path):
    lay = tei(tmp_path, '<p>Tito met Spaak.<anchor xml:id="a1"/> Then he left.<anchor xml:id="a2"/></p>',
              '<div type="notes"><note n="1" corresp="#a1"><p>AJ, 507.</p></note>'
              '<note n="2" corresp="#a2"><p>Ibid.</p></note></div>')
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid.")]
    assert called(lay) == [("1", "Tito met Spaak."), ("2", "Tito met Spaak.1 Then he left.")]


def test_corresp_to_an_element_with_text_calls_no_note_there(tmp_path):
    lay = tei(tmp_path, '<p xml:id="p1">Tito met Spaak.</p>',
              '<div type="notes"><note n="1" corresp="#p1"><p>On the meeting.</p></note></div>')
    assert "Tito met Spaak.\n" in lay.doc.text and notes_of(lay) == [("1", "1", "On the meeting.")]


def test_a_gloss_is_neither_a_note_nor_text_of_the_paragraph(tmp_path):
    lay = tei(tmp_path, '<p>The prohoms<note type="gloss" place="margin">yearly stewards</note> met.'
                        '<note place="foot" n="1">AMSFG, llibre 1.</note></p>')
    assert notes_of(lay) == [("1", "1", "AMSFG, llibre 1.")]
    assert "yearly stewards" not in lay.doc.text and called(lay) == [("1", "The prohoms met.")]


def test_a_margin_note_that_is_no_gloss_is_still_a_note(tmp_path):
    lay = tei(tmp_path, '<p>Text.<note place="margin" n="1">In the margin.</note></p>')
    assert notes_of(lay) == [("1", "1", "In the margin.")]
