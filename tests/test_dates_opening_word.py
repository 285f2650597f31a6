"""The word that opens a span (`od`, `from`, `du`, `vom`) is read with it but is not in the dates table's surface
(the date rounds' rule 5); the citation reader keeps it with the date it cuts from a note."""

from histkit import Document, analyse_layout, dates_table


def _read(text: str) -> list[list[str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="f")))
    return table[["surface", "date_start", "date_end"]].values.tolist()


def test_the_opening_word_is_left_out_of_the_surface():
    assert _read("Vojna je trajala od 27. junija do 6. julija 1991 v Sloveniji.") == \
        [["27. junija do 6. julija 1991", "1991-06-27", "1991-07-06"]]


def test_the_offsets_follow_the_surface():
    text = "The talks lasted from September 1 to 6, 1961 in Geneva.\n"
    table = dates_table(analyse_layout(Document.from_text(text, doc_id="f")))
    row = table.iloc[0]
    assert text[row["start"]:row["end"]] == row["surface"] == "September 1 to 6, 1961"
