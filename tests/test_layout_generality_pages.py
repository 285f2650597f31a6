"""Page furniture and calls of articles histkit has never seen: download stamps, cover pages, calls after quotes."""

from conftest import layout_of, notes_by_no

from histkit.layout.lines import split_lines
from histkit.layout.pages import running_heads
from histkit.layout.stamps import stamp_spans

STAMP = "Downloaded from https://www.journals.example.org/doi/10.1/x.2 by Univerza v Ljubljani on 3 March 2024"
BODY = "The strike spread to the other yards within a week and the union met daily."


def _page(first: int, call: int) -> str:
    return (f"{BODY} It ended in May.{call}\n{BODY}\n\n{call} Archive, fond {first}, box 2.\n")


def test_a_stamp_glued_after_a_running_head_is_part_of_the_head_and_its_year_is_no_folio():
    text = (_page(1, 1) + f"\f204 M. HORVAT: Unions {STAMP}\n\n" + _page(2, 2)
            + f"\fJOURNAL 12 (2022) 205 {STAMP}\n\n" + _page(3, 3))
    lines = split_lines(text)
    heads, folios = running_heads(lines)
    stamped = [ln.no for ln in lines if "Downloaded" in ln.s]
    assert set(stamped) <= heads
    assert sorted(folios.values()) == [204, 205]


def test_a_stamp_glued_before_a_running_head_with_no_space_leaves_the_head_and_its_folio():
    text = (_page(1, 1) + f"\f{STAMP}\n\n" + _page(2, 2) + f"\f{STAMP}JOURNAL OF LABOUR 205\n\n" + _page(3, 3))
    lines = split_lines(text)
    heads, folios = running_heads(lines)
    assert {ln.no for ln in lines if "Downloaded" in ln.s} <= heads
    assert list(folios.values()) == [205]


def test_a_stamp_alone_under_a_folio_lets_the_folio_be_read():
    text = _page(1, 1) + f"\n211\n{STAMP}\n\f" + _page(2, 2) + f"\n212\n{STAMP}\n"
    heads, folios = running_heads(split_lines(text))
    assert sorted(folios.values()) == [211, 212]


def test_stamped_pages_keep_every_note_and_marker():
    text = _page(1, 1) + f"{STAMP}\n\f204 M. HORVAT {STAMP}\n\n" + _page(2, 2) + f"\f{STAMP}JOURNAL 205\n\n" + _page(3, 3)
    lay = layout_of(text)
    notes = notes_by_no(lay)
    assert sorted(notes) == ["1", "2", "3"] and all(n.marker_start is not None for n in notes.values())
    assert not any("Downloaded" in b.text for b in lay.blocks if b.zone in ("body", "note"))


def test_a_sentence_saying_downloaded_from_is_no_stamp():
    lines = split_lines("The files were downloaded from the archive's site.\nThey were downloaded from it again.\n")
    assert stamp_spans(lines) == {}


def test_the_copies_of_a_stamp_whose_time_changes_are_cut_alike():
    a = "Document téléchargé depuis www.cairn.info - Université - 193.2.66.10 - 03/03/2024 09:12 - © Belin"
    lines = split_lines(f"212 DUMAS {a}\n{a.replace('09:12', '09:13')}LA GRÈVE 213\n")
    spans = stamp_spans(lines)
    assert [lines[k].s[a_:b_] for k, (a_, b_) in sorted(spans.items())] == [a, a.replace("09:12", "09:13")]


def _markers(body: str, n: int) -> dict:
    notes = "".join(f"{k} Archive, box {k}.\n" for k in range(1, n + 1))
    lay = layout_of(body + "\n\n" + notes)
    return {k: body[v.marker_start - 3:v.marker_start] if v.marker_start is not None else None
            for k, v in notes_by_no(lay).items()}


def test_a_call_spaced_after_a_closing_single_quote_is_linked():
    got = _markers("They said it was 'in the balance.' 1 Then they left.2", 2)
    assert got == {"1": ".' ", "2": "ft."}


def test_a_call_spaced_after_a_closing_german_guillemet_is_linked():
    got = _markers("Sie nannte es »eine Pflicht, der sich keiner entziehen darf.« 1 Viele taten es.2", 2)
    assert got == {"1": ".« ", "2": "es."}


def test_a_call_spaced_after_a_french_guillemet_and_before_the_full_stop_is_linked():
    got = _markers("Elles parlent « de la fin de leur esclavage » 1. La grève dure2.", 2)
    assert got == {"1": " » ", "2": "ure"}


def test_a_call_spaced_after_a_low_closing_quote_is_linked():
    got = _markers("U gradu „djeluju neprijateljski elementi“ 1 i treba ih otkriti.2", 2)
    assert got == {"1": "i“ ", "2": "ti."}


def test_a_number_after_an_opening_low_quote_is_no_call():
    got = _markers("Radilište „3. maj“ bilo je veliko.1 Tamo je radilo 1.200 radnika.2 Rad je stao.3", 3)
    assert got == {"1": "ko.", "2": "ka.", "3": "ao."}


def test_a_bare_number_in_prose_is_the_call_when_it_is_the_number_expected_and_no_better_call_follows():
    got = _markers("Das Recht galt.1 Georg Müller 2 zeigt in seiner Arbeit, dass es selten war.3", 3)
    assert got == {"1": "lt.", "2": "er ", "3": "ar."}


def test_a_bare_number_is_no_call_when_the_call_of_that_number_comes_later():
    got = _markers("Das Recht galt.1 Es gab nur 2 Advokaten in der Kammer.2 Sie klagten.3", 3)
    assert got == {"1": "lt.", "2": "er.", "3": "en."}


def test_a_number_after_a_word_that_numbers_things_is_no_call():
    got = _markers("The statutes were adopted.1 Article 2 gave the presidium the right to guide them.", 2)
    assert got["2"] is None


def test_a_number_next_to_a_month_is_no_call():
    got = _markers("The visit was planned.1 On June 2 the delegation left for Prague.", 2)
    assert got["2"] is None


COVER = ("Revue d'histoire ouvrière\n\n2023/2 n° 52 | pages 211 à 232\nISSN 0035-2764\nDOI 10.3917/rho.052.0211\n\n"
         "Article disponible en ligne à l'adresse :\nhttps://www.example.info/revue-2023-2-page-211.htm\n\n"
         "Pour citer cet article :\nClaire Dumas, « La grève », Revue, 2023/2 (n° 52), p. 1-22.\n\f")


def test_a_cover_page_before_the_article_is_front_matter_and_calls_no_note():
    lay = layout_of(COVER + "La grève\n\nLe 21 juin, les ouvrières cessent le travail1. Elles sont 1 800 à\n"
                    "logées dans les dortoirs2.\n\n1. ADR, 10 M 371.\n2. AML, I2 47.\n")
    assert {b.zone for b in lay.blocks if "ISSN" in b.text or "Pour citer" in b.text} == {"front"}
    note = notes_by_no(lay)["1"]
    assert lay.doc.text[note.marker_start - 7:note.marker_start] == "travail"


def test_a_citation_notice_under_the_notes_is_front_matter():
    text = ("Tito met Spaak in Brussels.1\n\n1 AJ, 507.\n\n"
            "To cite this article: Marta Horvat, Tito and the West,\nCold War History 19, 2019.\n")
    lay = layout_of(text)
    assert [b.zone for b in lay.blocks if "To cite" in b.text] == ["front"]


def test_a_copyright_line_opens_a_licence_notice_that_runs_to_its_paragraph_end():
    text = ("Text of the first page.1\n\n1 GARF, f. 9526.\n\n"
            "© A. Petrova, 2023\nThe article is distributed under a Creative Commons licence 4.0\n")
    lay = layout_of(text)
    assert [b.zone for b in lay.blocks if "Creative" in b.text] == ["front"]


def test_a_number_inside_a_doi_or_url_is_no_call():
    text = "Journal, DOI: 10.3280/IC295-oa1\n\nThe text of the article begins here and goes on1.\n\n1 AJ, 507.\n"
    lay = layout_of(text)
    note = notes_by_no(lay)["1"]
    assert lay.doc.text[note.marker_start - 2:note.marker_start] == "on"


def test_a_spaced_number_in_front_matter_is_no_call():
    text = COVER.replace("(n° 52), p. 1-22.", "Vol. 1") + "Tito met Spaak in Brussels.1\n\n1 AJ, 507.\n"
    lay = layout_of(text)
    note = notes_by_no(lay)["1"]
    assert lay.doc.text[note.marker_start - 2:note.marker_start] == "s."
