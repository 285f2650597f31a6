"""TEI notes as more producers write them: token-level TEI (every word a `<w>`, every mark a `<pc>`, spaced as
``@join`` says), the `<label>` at the head of a note converted from JATS, an uncalled and unnumbered statement
among called notes, and the marginalia of an edited source (`<note place="margin">`), which are not notes.
"""

from histkit import analyse_layout, read_document

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def tei(tmp_path, body, back=""):
    path = tmp_path / "a.tei.xml"
    path.write_text(f'<TEI {TEI}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>'
                    f"<text><body>{body}</body><back>{back}</back></text></TEI>", encoding="utf-8")
    return analyse_layout(read_document(path))


def notes_of(lay):
    return [(n.note_no, n.label, n.text) for n in lay.notes]


def called(lay):
    """Each note's number and the text of its block up to its marker."""
    blocks = {b.block_id: b for b in lay.blocks}
    return [(n.note_no, lay.doc.text[blocks[n.marker_block_id].start:n.marker_start]) for n in lay.notes]


def body(lay):
    return [b.text for b in lay.blocks if b.zone == "body"]


def tokens(*items):
    """One token a line, as annotated corpora write them: ``"word"``, ``"word>"`` (join="right"), ``"<word"``
    (join="left"); a `<pc>` when the token is no word; any other item (a note) as it is."""
    lines = []
    for item in items:
        if item.startswith("<note"):
            lines.append(item)
            continue
        join = ' join="right"' if item.endswith(">") else ' join="left"' if item.startswith("<") else ""
        word = item.strip("<>")
        tag = "w" if word.isalnum() else "pc"
        lines.append(f'<{tag} lemma="{word.lower()}"{join}>{word}</{tag}>')
    return "\n" + "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- token-level TEI


def test_tokens_are_spaced_except_where_join_says_they_are_glued(tmp_path):
    lay = tei(tmp_path, f"<p><s>{tokens('Київ>', ',', '1999>', '.', 'С>', '.', '150>', '–>', '172>', '.')}</s></p>")
    assert body(lay) == ["Київ, 1999. С. 150–172."]


def test_a_token_joined_to_the_one_before_it_takes_no_space(tmp_path):
    lay = tei(tmp_path, f"<p><s>{tokens('Tito', 'met', 'Spaak', '<.')}</s></p>")
    assert body(lay) == ["Tito met Spaak."]


def test_space_after_no_in_the_tokens_annotation_glues_it_to_the_next(tmp_path):
    lay = tei(tmp_path, '<p><s><w msd="UPosTag=PROPN|SpaceAfter=No">Spaak</w>\n<pc msd="UPosTag=PUNCT">.</pc>'
                        "\n<w>Then</w></s></p>")
    assert body(lay) == ["Spaak. Then"]


def test_sentences_of_tokens_are_one_space_apart(tmp_path):
    lay = tei(tmp_path, f"<p><s>{tokens('Tito', 'left>', '.')}</s>\n<s>{tokens('He', 'came', 'back>', '.')}</s></p>")
    assert body(lay) == ["Tito left. He came back."]


def test_a_note_between_tokens_is_called_after_the_first_and_the_space_follows_it(tmp_path):
    note = f'<note place="foot" n="1"><p><s>{tokens("Див>", ".>", ":", "Лазанська", "Т>", ".")}</s></p></note>'
    lay = tei(tmp_path, f"<p><s>{tokens('галуззю', 'Правобережжя>', '.', note, 'Про', 'заводських')}</s></p>")
    assert notes_of(lay) == [("1", "1", "Див.: Лазанська Т.")]
    assert called(lay) == [("1", "галуззю Правобережжя.")]
    assert body(lay) == ["галуззю Правобережжя.1 Про заводських"]


def test_a_note_between_tokenised_sentences_is_called_after_the_first(tmp_path):
    note = f'<note place="foot" n="1">{tokens("AJ>", ",", "507>", ".")}</note>'
    lay = tei(tmp_path, f"<p><s>{tokens('Tito', 'left>', '.')}</s>\n{note}\n<s>{tokens('He', 'came', 'back>', '.')}</s></p>")
    assert notes_of(lay) == [("1", "1", "AJ, 507.")]
    assert body(lay) == ["Tito left.1 He came back."]


def test_a_tokenised_heading_reads_its_words(tmp_path):
    lay = tei(tmp_path, f"<div><head><s>{tokens('Сезонна', 'праця')}</s></head><p>Text.</p></div>")
    assert [b.text for b in lay.blocks if b.zone == "heading"] == ["Сезонна праця"]


def test_prose_with_a_word_marked_as_a_token_keeps_its_spacing(tmp_path):
    lay = tei(tmp_path, '<p><hi>Tito</hi> <w lemma="meet">met</w> Spaak<w>s</w>.</p>')
    assert body(lay) == ["Tito met Spaaks."]


# --------------------------------------------------------------------------- labels and statements (from JATS)


CALLS = ('<p>Tito met Spaak.<ref type="fn" target="#fn1">1</ref> He left.<ref type="fn" target="#fn2">2</ref></p>')


def test_a_label_at_the_head_of_a_note_is_its_number_and_not_its_text(tmp_path):
    lay = tei(tmp_path, CALLS, '<div type="fn-group"><note xml:id="fn1"><label>1</label><p>AJ, 507.</p></note>'
                               '<note xml:id="fn2"><label>2</label><p>Ibid.</p><p>Torn.</p></note></div>')
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid. Torn.")]
    assert called(lay) == [("1", "Tito met Spaak."), ("2", "Tito met Spaak.1 He left.")]


def test_a_label_numbers_a_note_called_by_a_ref_sharing_its_number(tmp_path):
    lay = tei(tmp_path, '<p>Tito met Spaak.<ref n="1">1</ref></p>',
              '<div><note><label>1</label><p>AJ, 507.</p></note></div>')
    assert notes_of(lay) == [("1", "1", "AJ, 507.")] and called(lay) == [("1", "Tito met Spaak.")]


def test_a_label_that_is_a_caption_stays_the_notes_text(tmp_path):
    lay = tei(tmp_path, '<p>Tito met Spaak.<note n="1"><label>Sources</label> AJ, 507.</note></p>')
    assert notes_of(lay) == [("1", "1", "Sources AJ, 507.")]


def test_an_uncalled_unnumbered_note_among_called_notes_is_back_matter_not_a_note(tmp_path):
    lay = tei(tmp_path, CALLS, '<div type="fn-group"><note xml:id="fn1"><label>1</label><p>AJ, 507.</p></note>'
                               '<note xml:id="fn2"><label>2</label><p>Ibid.</p></note>'
                               '<note type="conflict"><p>The author declares no conflict of interest.</p></note></div>')
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid.")]
    assert [b.text for b in lay.blocks if b.zone == "back"] == ["The author declares no conflict of interest."]
    assert not [w for w in lay.doc.problems if "called nowhere" in w.message]


def test_uncalled_notes_are_still_notes_where_the_text_calls_none(tmp_path):
    lay = tei(tmp_path, "<p>Tito met Spaak.</p>", '<div><note><p>AJ, 507.</p></note><note><p>Ibid.</p></note></div>')
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid.")]


def test_an_unnumbered_note_between_paragraphs_is_a_note_where_no_note_outside_them_is_numbered(tmp_path):
    lay = tei(tmp_path, "<p>Tito met Spaak.<note>AJ, 507.</note></p><note>The file is torn.</note><p>He left.</p>")
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "The file is torn.")]


def test_an_uncalled_numbered_note_is_still_read_as_a_note(tmp_path):
    lay = tei(tmp_path, CALLS, '<div><note xml:id="fn1" n="1">AJ, 507.</note><note xml:id="fn2" n="2">Ibid.</note>'
                               '<note n="3">Torn.</note></div>')
    assert notes_of(lay) == [("1", "1", "AJ, 507."), ("2", "2", "Ibid."), ("3", "3", "Torn.")]


# --------------------------------------------------------------------------- marginalia of an edited source


def test_a_margin_note_of_the_source_is_neither_a_note_nor_text(tmp_path):
    lay = tei(tmp_path, '<div type="edition"><p>Zamek<note place="margin">Zamek</note> stoi,'
                        '<note place="foot" n="1">Por. s. 44.</note> i dwa młyny<note place="margin-left">Młyny</note>.'
                        "</p></div>")
    assert notes_of(lay) == [("1", "1", "Por. s. 44.")]
    assert body(lay) == ["Zamek stoi,1 i dwa młyny."] and called(lay) == [("1", "Zamek stoi,")]


def test_the_margin_notes_set_aside_are_named_in_a_problem_so_their_words_are_not_lost_unsaid(tmp_path):
    lay = tei(tmp_path, '<div type="edition"><p>Zamek<note place="margin">Zamek</note> stoi,'
                        '<note place="foot" n="1">Por. s. 44.</note> i dwa młyny<note place="margin-left">Młyny</note>.'
                        "</p></div>")
    [problem] = [w.message for w in lay.doc.problems if "set aside" in w.message]
    assert problem.startswith("2 <note>s set aside") and "«Zamek»; «Młyny»" in problem and "@n" in problem


def test_a_margin_note_the_encoding_gives_to_the_editor_is_a_note(tmp_path):
    lay = tei(tmp_path, '<p>Zamek stoi.<note place="margin" resp="#ed">Read: stał.</note>'
                        ' Dwa młyny.<note place="margin" type="editorial">Now gone.</note></p>')
    assert notes_of(lay) == [("1", "1", "Read: stał."), ("2", "2", "Now gone.")]


def test_a_letter_or_roman_label_at_the_head_of_a_note_is_read_as_an_n_would_be(tmp_path):
    labelled = tei(tmp_path, CALLS, '<div><note xml:id="fn1"><label>a</label>AJ, 507.</note>'
                                    '<note xml:id="fn2"><label>iv</label>Ibid.</note></div>')
    numbered = tei(tmp_path, CALLS, '<div><note xml:id="fn1" n="a">AJ, 507.</note>'
                                    '<note xml:id="fn2" n="iv">Ibid.</note></div>')
    assert notes_of(labelled) == notes_of(numbered) and [n.text for n in labelled.notes] == ["AJ, 507.", "Ibid."]
