"""`histkit review`: one self-contained page per document showing what the layout, citations and actors read."""

import re
from collections import Counter
from html.parser import HTMLParser

import pandas as pd
import pytest
from conftest import REPO

import histkit
from histkit.cli import main
from histkit.review import write_review
from histkit.review.text import Mark, block_html
from histkit.store import update_store

SAMPLE_DOC = "001_4959ece7505da236"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    update_store(REPO / "data" / "corpus", folder / "store", jobs=1)
    page = write_review(folder / "store", SAMPLE_DOC, folder / "review.html").read_text(encoding="utf-8")
    return histkit.open_tables(folder / "store"), page


class _Page(HTMLParser):
    """The page's tags checked as they are read: nesting, ids, links, and anything loaded from elsewhere."""

    VOID = {"meta", "input", "br"}

    def __init__(self):
        super().__init__()
        self.open, self.ids, self.links, self.outside = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "link", "img", "iframe") or "src" in attrs or "@import" in str(attrs):
            self.outside.append(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.links.append(attrs["href"])
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open.pop() == tag


def _read(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    return parsed


def test_the_sample_page_is_well_formed_and_loads_nothing_from_elsewhere(sample):
    _, page = sample
    parsed = _read(page)
    assert parsed.open == [] and parsed.outside == [] and "url(" not in page and "http" not in page


def test_every_link_of_the_sample_page_leads_to_one_place_on_it(sample):
    _, page = sample
    parsed = _read(page)
    assert len(parsed.ids) == len(set(parsed.ids))
    assert all(link.startswith("#") and link[1:] in parsed.ids for link in parsed.links)


def test_the_problems_come_first_then_every_block_in_its_zone_then_a_card_per_note(sample):
    tables, page = sample
    problems = tables["problems"][tables["problems"].doc_id == SAMPLE_DOC]
    blocks = tables["blocks"][(tables["blocks"].doc_id == SAMPLE_DOC) & (tables["blocks"].zone != "blank")]
    notes = tables["notes"][tables["notes"].doc_id == SAMPLE_DOC]
    assert page.index('id="problems"') < page.index('id="text"') < page.index('id="notes"')
    assert f"Problems ({len(problems)})" in page and all(m.split(";")[0] in page for m in problems.message)
    found = re.findall(r'<div class="block z-([\w-]+)" id="([^"]+)">', page)
    assert found == list(zip(blocks.zone, blocks.block_id))
    assert page.count('<section class="note"') == len(notes)


def test_each_marker_links_its_note_card_and_back(sample):
    tables, page = sample
    notes = tables["notes"][tables["notes"].doc_id == SAMPLE_DOC].reset_index(drop=True)
    for i, note in notes.iterrows():
        card = page[page.index(f'<section class="note" id="note-{i}">'):].split("</section>")[0]
        assert f"<h3>Note {note.note_no} " in card
        if pd.notna(note.marker_start):
            assert f'id="marker-{i}" href="#note-{i}"' in page and f'href="#marker-{i}"' in card


def test_each_citation_is_highlighted_in_its_note_with_its_fields_beside_it(sample):
    tables, page = sample
    cites = tables["citations"][tables["citations"].doc_id == SAMPLE_DOC]
    assert page[page.index('id="notes"'):].count('<mark class="k-') == len(cites)
    archival = cites[cites.kind == "archival"].iloc[0]
    assert f"<td>{archival.unit}</td>" in page and f'<abbr title="{archival.archive_name}">{archival.archive}</abbr>' in page
    ibid = cites[cites.kind == "ibid"].iloc[0]
    assert f"note {ibid.ibid_of.split(':')[0]}, citation {ibid.ibid_of.split(':')[1]}</a>" in page


def test_every_actor_mention_is_marked_in_the_text(sample):
    tables, page = sample
    mentions = tables["mentions"][tables["mentions"].doc_id == SAMPLE_DOC]
    text = page[page.index('id="text"'):page.index('id="notes"')]
    marked = Counter(re.findall(r'class="[^"]*mention[^"]*" title="actor: ([\w-]+)', text))
    assert all(marked[actor] >= n for actor, n in mentions.actor_id.value_counts().items())


def test_markup_in_the_text_and_notes_is_shown_as_text(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(
        'Tito met <script>alert("x")</script> Spaak & co.1\n\n'
        '1 AJ, 507, IX, 9/I-12, Zabeleška <img src=x onerror=alert(1)>, 12. 5. 1954.\n', encoding="utf-8")
    update_store(tmp_path / "corpus", tmp_path / "store", jobs=1)
    page = write_review(tmp_path / "store", "a.txt", tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and _read(page).outside == []
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page and "</span> &amp; co.<a" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_overlapping_marks_give_a_piece_with_both_classes():
    assert block_html("in Belgrade 1954", 0, [Mark(3, 16, "mention", "belgrade"), Mark(12, 16, "date", "1954")]) == (
        'in <span class="mention" title="belgrade">Belgrade </span>'
        '<span class="date mention" title="belgrade; 1954">1954</span>')


def test_the_command_finds_a_document_by_file_name_and_names_the_documents_when_it_cannot(tmp_path, capsys):
    store = tmp_path / "store"
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Tito met Spaak.1\n\n1 Ibid.\n", encoding="utf-8")
    update_store(tmp_path / "corpus", store, jobs=1)
    assert main(["review", "a.txt", "--store", str(store), "--out", str(tmp_path / "a.html")]) == 0
    assert (tmp_path / "a.html").exists() and "open it in a browser" in capsys.readouterr().out
    assert main(["review", "b.txt", "--store", str(store), "--out", str(tmp_path / "b.html")]) == 2
    assert "no document b.txt in the store; its documents are" in capsys.readouterr().err
