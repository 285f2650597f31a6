"""CSL-JSON export: the sample's references and archival documents, valid against the CSL schema and read back whole."""

import json

import jsonschema
import pytest
from conftest import REPO, TESTS

import histkit
from histkit.export import export_store, read_csl_json
from histkit.store import update_store

SCHEMA = TESTS / "data" / "csl" / "csl-data.json"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    update_store(REPO / "data" / "corpus", folder / "store", jobs=1)
    export_store(folder / "store", "csl-json", folder / "sources.json")
    items = read_csl_json((folder / "sources.json").read_text(encoding="utf-8"))
    return folder, histkit.open_tables(folder / "store"), items


def _cited(row) -> str:
    return f"{row['doc_id']}:{row['note_no']}"


def test_the_sample_export_validates_against_the_csl_data_schema(sample):
    _, _, items = sample
    jsonschema.validate(items, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert {item["type"] for item in items} >= {"book", "article-journal", "manuscript"}


def test_every_full_reference_of_the_sample_reads_back_with_all_its_fields(sample):
    _, tables, items = sample
    literature = [i for i in items if i["type"] != "manuscript"]
    fields = {"title": "title", "container": "container-title", "volume": "volume", "issue": "issue",
              "pages": "page", "publisher": "publisher", "place": "publisher-place"}
    full = tables["references"][tables["references"].ref_of.fillna("") == ""]
    assert len(full) > 30
    for row in full.fillna("").to_dict("records"):
        matches = [i for i in literature if _cited(row) in i["custom"]["histkit"]["cited_in"]
                   and i.get("title", "") == row["title"] and i.get("page", "") == row["pages"]]
        assert len(matches) == 1, row
        item = matches[0]
        assert {column: item.get(csl, "") for column, csl in fields.items()} == {c: row[c] for c in fields}
        names = [" ".join(p for p in (n.get("given"), n.get("non-dropping-particle"), n["family"]) if p)
                 for n in item.get("author", [])]
        assert ", ".join(names) == row["authors"] == item["custom"]["histkit"]["authors"]
        year = item.get("issued", {}).get("date-parts", [[""]])[0][0]
        assert str(year) == row["year"] == item["custom"]["histkit"]["year"]


def test_every_archival_citation_of_the_sample_reads_back_with_its_shelfmark_and_date(sample):
    _, tables, items = sample
    archival = [i for i in items if i["type"] == "manuscript"]
    rows = tables["citations"][tables["citations"].kind == "archival"].fillna("")
    assert len(rows) > 50
    for row in rows.to_dict("records"):
        own = {k: row[k] for k in ("archive", "fond", "fond_year", "collection", "unit", "date_start", "date_end",
                                   "date_precision")}
        matches = [i for i in archival if _cited(row) in i["custom"]["histkit"]["cited_in"]
                   and i.get("title", "") == row["title"] and i.get("page", "") == row["pages"]
                   and {k: i["custom"]["histkit"][k] for k in own} == own]
        assert len(matches) == 1, row
        item = matches[0]
        assert item["archive"] == (row["archive_name"] or row["archive"])
        assert item.get("archive_location", "") == ", ".join(
            row[k] for k in ("fond", "fond_year", "collection", "unit") if row[k])
        if row["date_start"]:
            parts = item["issued"]["date-parts"]
            shown = ["-".join(f"{p:02d}" for p in day) for day in (parts[0], parts[-1])]
            assert shown == [row["date_start"][:len(shown[0])], row["date_end"][:len(shown[1])]]


def test_the_archive_place_is_the_archives_city_in_the_authority_file(sample):
    _, _, items = sample
    cities = dict(zip(histkit.load_archives()["code"], histkit.load_archives()["city"]))
    for item in (i for i in items if i["type"] == "manuscript"):
        assert item.get("archive-place", "") == cities.get(item["custom"]["histkit"]["archive"], "")


def test_an_ibid_adds_its_note_to_the_document_it_repeats_instead_of_a_new_item(sample):
    _, tables, items = sample
    ibid = tables["citations"][(tables["citations"].kind == "ibid") & (tables["citations"].archive != "")]
    row = ibid.iloc[0]
    target = row["ibid_of"].split(":")[0]
    holding = [i for i in items if f"{row['doc_id']}:{row['note_no']}" in i["custom"]["histkit"]["cited_in"]]
    assert holding and all(f"{row['doc_id']}:{target}" in i["custom"]["histkit"]["cited_in"] for i in holding)


def test_ids_are_unique_and_a_second_export_of_the_same_store_is_byte_identical(sample):
    folder, _, items = sample
    assert len({i["id"] for i in items}) == len(items)
    export_store(folder / "store", "csl-json", folder / "again.json")
    assert (folder / "again.json").read_bytes() == (folder / "sources.json").read_bytes()
