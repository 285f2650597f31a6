"""`histkit tables`: the public tables on disk, their columns, and what happens with bad input."""

import gc
import hashlib

import pandas as pd
import pytest
from conftest import REPO

from histkit import Document, build_tables
from histkit.cli import main

CORPUS = REPO / "data" / "corpus"

ARTICLE = """The Balkan Pact and its Critics

Introduction

In 1953 the Foreign Office watched Belgrade closely.1 The ambassador
reported twice a month.2

1 TNA, FO 371/107832, Ambassador to Foreign Office, 12 March 1953.
2 Ibid.
"""

CONTRACT = {
    "documents": ["doc_id", "path", "encoding", "sha256", "n_chars", "n_notes", "title", "author", "year"],
    "blocks": ["doc_id", "block_id", "zone", "section", "page", "start", "end", "text"],
    "notes": ["doc_id", "note_no", "page", "marker_block_id", "text"],
    "citations": ["doc_id", "note_no", "seq", "kind", "archive", "archive_name", "fond", "collection", "unit",
                  "title", "date_start", "date_end", "date_precision", "pages", "ibid_of", "raw"],
    "mentions": ["doc_id", "actor_id", "surface", "zone", "section", "note_no", "block_id", "start", "end", "ambiguous"],
}


@pytest.fixture(scope="module")
def sample_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    assert main(["tables", str(CORPUS), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_each_table_starts_with_its_contract_columns(sample_tables, name):
    frame = pd.read_csv(sample_tables / f"{name}.csv", nrows=0)
    assert list(frame.columns[: len(CONTRACT[name])]) == CONTRACT[name]


def test_documents_table_records_encoding_hash_and_metadata(sample_tables):
    docs = pd.read_csv(sample_tables / "documents.csv", dtype=str).set_index("doc_id")
    seed = docs.loc["001_4959ece7505da236"]
    assert seed.encoding == "utf-8"
    assert seed.sha256 == hashlib.sha256((CORPUS / "001_4959ece7505da236.txt").read_bytes()).hexdigest()
    assert seed.year == "2021" and seed.n_notes == "76"


def test_blocks_table_rebuilds_every_file_byte_for_byte(sample_tables):
    blocks = pd.read_csv(sample_tables / "blocks.csv", dtype=str, keep_default_na=False)
    for doc_id, rows in blocks.groupby("doc_id", sort=False):
        rows = rows.assign(start=rows.start.astype(int)).sort_values("start")
        assert "".join(rows.raw) == (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")


def test_same_input_gives_byte_identical_tables(sample_tables, tmp_path):
    assert main(["tables", str(CORPUS), "--out", str(tmp_path)]) == 0
    for path in sorted(sample_tables.glob("*.csv")):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_parquet_format_writes_parquet_files(tmp_path):
    assert main(["tables", str(CORPUS / "000_433eafb7354978b4.txt"), "--out", str(tmp_path), "--format", "parquet"]) == 0
    assert pd.read_parquet(tmp_path / "documents.parquet").doc_id.tolist() == ["000_433eafb7354978b4"]


def test_out_pointing_at_a_file_is_a_clear_error(tmp_path, capsys):
    target = tmp_path / "tables.csv"
    target.write_text("x")
    assert main(["tables", str(CORPUS), "--out", str(target)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err


def test_folder_with_no_file_histkit_reads_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["tables", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "holds no files histkit reads (.txt, .md, .text, .pdf, .docx, .odt, .epub, .html, .htm, .xhtml, .xml, .nxml, .tei)" in err
    assert "no document could be read" in err


def test_bad_file_is_named_and_the_others_are_still_written(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    assert main(["tables", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert "broken.txt: is a damaged or truncated PDF" in capsys.readouterr().err
    assert pd.read_csv(tmp_path / "out" / "documents.csv").doc_id.tolist() == ["good"]
    problems = pd.read_csv(tmp_path / "out" / "problems.csv")
    assert "broken" in problems.doc_id.tolist()


def test_document_without_notes_is_a_valid_result():
    tables = build_tables([Document.from_text("Abstract: A text.\n\nKeywords: none\n", doc_id="plain")])
    assert tables["documents"].n_notes.tolist() == [0]
    assert tables["notes"].empty and tables["citations"].empty


def test_a_small_article_in_another_style_gives_notes_and_citations():
    tables = build_tables([Document.from_text(ARTICLE, doc_id="fo")])
    assert tables["notes"].note_no.tolist() == ["1", "2"]
    kinds = tables["citations"].set_index("note_no").kind.to_dict()
    assert kinds == {"1": "archival", "2": "ibid"}


def test_version_and_help_work(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and "histkit" in capsys.readouterr().out


def test_a_name_inside_an_archival_call_number_is_flagged_not_counted_as_narrative():
    text = (
        "Tito met the Belgian delegation.1\n\n"
        "1 AJ, 507/IX, Belgija, 11/II-9, Zabeleška o razgovoru, 5. jula 1951; "
        "AJ, 507/IX, Belgija, 11/II-10, Poseta Belgiji, 6. jula 1951.\n"
    )
    mentions = build_tables([Document.from_text(text, doc_id="filing")])["mentions"]
    in_note = mentions[(mentions.zone == "note") & (mentions.actor_id == "belgium")]
    assert in_note.in_call_number.tolist() == [True, True, False]


def test_a_citation_not_understood_is_a_problem_of_its_document():
    text = "A claim.1\n\n1 Ein unlesbarer Verweis ohne jede Struktur; Tagebuch 3, Blatt 7, Mappe K.\n"
    problems = build_tables([Document.from_text(text, doc_id="odd", path="odd.txt")])["problems"]
    cited = problems[problems.stage == "citations"]
    assert cited.doc_id.tolist() == ["odd"] and cited.path.tolist() == ["odd.txt"]
    assert "not understood" in cited.message.iloc[0]


def test_a_document_whose_citation_extraction_fails_is_a_problem_and_the_others_keep_their_citations(monkeypatch):
    from histkit.citations import extract

    real = extract.cite_document

    def failing_for_one_document(doc_id, notes, matcher):
        if doc_id == "broken":
            raise ValueError("note 2 cannot be read")
        return real(doc_id, notes, matcher)

    monkeypatch.setattr(extract, "cite_document", failing_for_one_document)
    docs = [Document.from_text(ARTICLE, doc_id="broken", path="broken.txt"),
            Document.from_text(ARTICLE, doc_id="fine", path="fine.txt")]
    tables = build_tables(docs)
    assert tables.problems.values.tolist() == [
        ["broken", "broken.txt", "citations", "citation extraction failed (ValueError: note 2 cannot be read); "
         "the document's notes give no citations or references"]]
    assert tables["citations"][["doc_id", "note_no", "kind"]].values.tolist() == [
        ["fine", "1", "archival"], ["fine", "2", "ibid"]]
    assert tables["notes"].doc_id.tolist() == ["broken", "broken", "fine", "fine"]


def test_building_tables_leaves_no_object_frozen_from_the_collector():
    build_tables([Document.from_text(ARTICLE, doc_id="balkan")])
    assert gc.get_freeze_count() == 0


def test_building_tables_leaves_a_callers_own_frozen_objects_frozen():
    # (the frozen count itself may fall: a cache the build evicts frees objects that were frozen with the caller's;
    # what must hold is that the caller's own objects stay out of the collector's generations)
    mine = [[n] for n in range(3)]
    gc.freeze()
    try:
        build_tables([Document.from_text(ARTICLE, doc_id="balkan")])
        seen = {id(o) for o in gc.get_objects()}  # (frozen objects are in no generation)
        assert gc.get_freeze_count() > 0 and not any(id(o) in seen for o in mine)
    finally:
        gc.unfreeze()


def test_the_actors_table_follows_an_authority_table_changed_in_place_between_builds():
    from histkit.actors import load_actors

    actors = load_actors()
    doc = [Document.from_text("Tito met Spaak.\n", doc_id="d")]
    before = build_tables(doc, actors=actors)["actors"]
    actors.loc[actors.actor_id == "tito", "name"] = "Marshal Tito"
    after = build_tables(doc, actors=actors)["actors"]
    assert before.set_index("actor_id").name["tito"] == "Josip Broz Tito"
    assert after.set_index("actor_id").name["tito"] == "Marshal Tito"


def test_a_callers_change_to_one_builds_actors_table_does_not_reach_the_next_build():
    doc = [Document.from_text("Tito met Spaak.\n", doc_id="d")]
    first = build_tables(doc)["actors"]
    first.loc[:, "name"] = "changed"
    assert "changed" not in set(build_tables(doc)["actors"].name)
