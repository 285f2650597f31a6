"""BibTeX export: written with bibtexparser, parsed back to the same fields, keys stable and unique."""

import bibtexparser
import pytest
from conftest import REPO

from histkit.export import bibtex, bibtex_fields, export_items, export_store, read_for_export
from histkit.store import update_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    update_store(REPO / "data" / "corpus", folder / "store", jobs=1)
    export_store(folder / "store", "bibtex", folder / "sources.bib")
    literature, archival = export_items(read_for_export(folder / "store"))
    return folder, literature + archival


def test_the_sample_bibtex_parses_back_to_the_same_entries_and_fields(sample):
    folder, items = sample
    library = bibtexparser.parse_string((folder / "sources.bib").read_text(encoding="utf-8"))
    assert not library.failed_blocks
    read = {e.key: (e.entry_type, {f.key: f.value for f in e.fields}) for e in library.entries}
    wrote = {i["id"]: ({"book": "book", "article-journal": "article", "chapter": "incollection",
                        "manuscript": "unpublished"}[i["type"]], {f.key: f.value for f in bibtex_fields(i)})
             for i in items}
    assert read == wrote and len(read) == len(items) > 100


def test_authors_are_written_family_name_first_and_joined_with_and():
    fields = {f.key: f.value for f in bibtex_fields({"type": "book", "author": [
        {"family": "Padgett", "given": "Stephen"}, {"family": "Beethoven", "given": "Ludwig",
                                                     "non-dropping-particle": "van"}]})}
    assert fields["author"] == "Padgett, Stephen and van Beethoven, Ludwig"


def test_a_date_range_becomes_year_and_an_iso_date_range():
    fields = {f.key: f.value for f in bibtex_fields({"type": "manuscript",
                                                     "issued": {"date-parts": [[1954, 2, 25], [1954, 3, 6]]}})}
    assert (fields["year"], fields["date"], "month" in fields) == ("1954", "1954-02-25/1954-03-06", False)


def test_a_title_with_an_unbalanced_brace_still_parses_back_as_one_entry():
    text = bibtex([{"id": "a", "type": "book", "title": "Notes {on a draft"}, {"id": "b", "type": "book", "title": "Two"}])
    library = bibtexparser.parse_string(text)
    assert [e.key for e in library.entries] == ["a", "b"] and not library.failed_blocks


def test_keys_are_ascii_unique_and_the_same_store_gives_a_byte_identical_file(sample):
    folder, items = sample
    keys = [i["id"] for i in items]
    assert len(set(keys)) == len(keys) and all(k.isascii() and k[0].isalpha() for k in keys)
    export_store(folder / "store", "bibtex", folder / "again.bib")
    assert (folder / "again.bib").read_bytes() == (folder / "sources.bib").read_bytes()


def test_no_items_give_an_empty_file():
    assert bibtex([]) == ""
