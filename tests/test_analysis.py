"""histkit.analysis on tiny hand-made tables that follow the table contracts."""

import math

import matplotlib
import matplotlib.pyplot
import pandas as pd
import pytest
from conftest import authority

from histkit import analysis, figures
from histkit.errors import ParameterError

matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _close_figures():
    # pyplot keeps every figure open; past 20 it warns, and the suite turns warnings into failures.
    yield
    matplotlib.pyplot.close("all")


ACTORS = authority(
    ("adenauer", "Konrad Adenauer", "person", ""),
    ("bevin", "Ernest Bevin", "person", ""),
    ("kpd", "KPD", "party", "Kommunistische Partei Deutschlands"),
    ("spd", "SPD", "party", ""),
    ("ussr", "Советский Союз", "state", "USSR"),
)


def mention(actor, zone="body", block="d:01", note="", section="Einleitung", doc="d", start=0, ambiguous=False):
    return {"doc_id": doc, "actor_id": actor, "surface": actor, "zone": zone, "section": section, "note_no": note,
            "block_id": block, "start": start, "end": start + 3, "ambiguous": ambiguous}


def mentions(*rows):
    return pd.DataFrame(list(rows))


def citation(note, seq, kind, archive="", fond="", date_start="", date_end="", precision="", ibid_of="", doc="d", unit=""):
    return {"doc_id": doc, "note_no": note, "seq": seq, "kind": kind, "archive": archive, "archive_name": archive and f"{archive} archive",
            "fond": fond, "collection": "", "unit": unit, "title": "", "date_start": date_start, "date_end": date_end,
            "date_precision": precision, "pages": "", "ibid_of": ibid_of, "raw": f"{archive} {fond} {date_start}".strip()}


def citations(*rows):
    return pd.DataFrame(list(rows))


# --------------------------------------------------------------------------- actor frequency


def test_actor_counts_stack_body_and_notes_and_rank_by_total():
    m = mentions(mention("spd"), mention("spd"), mention("spd", "note", "d:05", "1"), mention("kpd", "note", "d:05", "1"))
    counts = analysis.actor_counts(m, ACTORS)
    assert counts[["actor_id", "body", "notes", "total", "rank"]].values.tolist() == [["spd", 2, 1, 3, 1], ["kpd", 0, 1, 1, 2]]


def test_actor_counts_leave_out_front_matter_and_resumes():
    m = mentions(mention("spd", "front"), mention("spd", "back"), mention("kpd"))
    assert analysis.actor_counts(m, ACTORS)["actor_id"].tolist() == ["kpd"]


def test_actor_counts_of_body_zone_have_no_notes_column():
    m = mentions(mention("spd"), mention("kpd", "note", "d:05", "1"))
    counts = analysis.actor_counts(m, ACTORS, zones="body")
    assert "notes" not in counts.columns
    assert counts[["actor_id", "total"]].values.tolist() == [["spd", 1]]


def test_actor_counts_leave_out_ambiguous_mentions_unless_asked():
    m = mentions(mention("spd", ambiguous=True), mention("kpd", ambiguous=True), mention("kpd"))
    assert analysis.actor_counts(m, ACTORS)["total"].tolist() == [1]
    assert analysis.actor_counts(m, ACTORS, include_ambiguous=True)["total"].tolist() == [2, 1]


def test_actor_counts_leave_out_names_that_are_only_an_archives_call_number():
    filed = dict(mention("ussr", "note", "d:05", "1"), in_call_number=True)
    told = dict(mention("ussr", "note", "d:06", "2"), in_call_number=False)
    counts = analysis.actor_counts(pd.DataFrame([filed, told]), ACTORS)
    assert counts[["actor_id", "notes"]].values.tolist() == [["ussr", 1]]


def test_actor_counts_filter_by_kind_and_minimum_count():
    m = mentions(mention("spd"), mention("spd"), mention("kpd"), mention("bevin"), mention("bevin"))
    counts = analysis.actor_counts(m, ACTORS, kinds=["party"], min_count=2)
    assert counts["actor_id"].tolist() == ["spd"]


def test_actor_counts_top_n_breaks_ties_by_actor_id():
    m = mentions(mention("spd"), mention("kpd"), mention("bevin"))
    assert analysis.actor_counts(m, ACTORS, top_n=2)["actor_id"].tolist() == ["bevin", "kpd"]


def test_actor_counts_per_10000_words_divide_each_zone_by_its_own_words():
    blocks = pd.DataFrame([
        {"doc_id": "d", "block_id": "d:01", "zone": "body", "section": "Einleitung", "text": "eins zwei drei vier"},
        {"doc_id": "d", "block_id": "d:02", "zone": "heading", "section": "Einleitung", "text": "Einleitung"},
        {"doc_id": "d", "block_id": "d:05", "zone": "note", "section": "Einleitung", "text": "1 Ebd., S. 4."},
    ])
    m = mentions(mention("spd"), mention("spd", "note", "d:05", "1"))
    row = analysis.actor_counts(m, ACTORS, normalise=True, blocks=blocks).iloc[0]
    assert (row["words_body"], row["words_notes"]) == (5, 4)
    assert (row["body_per_10k"], row["notes_per_10k"], row["total_per_10k"]) == (2000.0, 2500.0, pytest.approx(10_000 * 2 / 9, abs=1e-3))


def test_actor_counts_per_10000_words_can_use_documents_n_words_for_body_counts():
    documents = pd.DataFrame({"doc_id": ["d"], "n_words": [500]})
    counts = analysis.actor_counts(mentions(mention("spd")), ACTORS, zones="body", normalise=True, documents=documents)
    assert counts["body_per_10k"].tolist() == [20.0]


def test_normalising_without_word_counts_is_a_parameter_error():
    with pytest.raises(ParameterError, match="blocks="):
        analysis.actor_counts(mentions(mention("spd")), ACTORS, normalise=True)


def test_actor_counts_per_section_rank_within_each_section():
    m = mentions(mention("spd", section="A"), mention("kpd", section="B"), mention("kpd", section="B"), mention("spd", section="B"))
    counts = analysis.actor_counts(m, ACTORS, by="section")
    assert counts[["section", "actor_id", "rank"]].values.tolist() == [["A", "spd", 1], ["B", "kpd", 1], ["B", "spd", 2]]


def test_actor_counts_are_the_same_after_a_csv_round_trip(tmp_path):
    m = mentions(mention("spd"), mention("kpd", "note", "d:05", "12"), mention("kpd", "note", "d:05", "12"))
    m.to_csv(tmp_path / "mentions.csv", index=False)
    again = pd.read_csv(tmp_path / "mentions.csv")
    assert analysis.actor_counts(again, ACTORS).equals(analysis.actor_counts(m, ACTORS))


def test_an_unknown_zone_is_a_parameter_error_naming_the_choices():
    with pytest.raises(ParameterError, match="body, notes, both"):
        analysis.actor_counts(mentions(mention("spd")), ACTORS, zones="footnotes")


def test_section_matrix_has_the_top_actors_down_and_sections_in_reading_order():
    m = mentions(
        mention("spd", section="Schluss", start=900), mention("spd", section="Einleitung", start=10),
        mention("kpd", section="Schluss", start=950), mention("spd", section="", start=5, zone="note", note="1"),
    )
    matrix = analysis.section_matrix(m, ACTORS, top_n=2)
    assert list(matrix.columns) == ["(no section)", "Einleitung", "Schluss"]
    assert matrix.loc["SPD"].tolist() == [1, 1, 1]
    assert matrix.loc["KPD"].tolist() == [0, 0, 1]


def test_co_mentions_count_a_pair_once_per_paragraph_or_note():
    m = mentions(
        mention("spd", block="d:01"), mention("kpd", block="d:01"), mention("kpd", block="d:01"),
        mention("spd", "note", "d:05", "1"), mention("kpd", "note", "d:05", "1"),
        mention("spd", block="d:02"), mention("bevin", block="d:03"),
    )
    edges = analysis.co_mentions(m, ACTORS)
    assert edges[["source", "target", "weight", "body", "notes"]].values.tolist() == [["kpd", "spd", 2, 1, 1]]


def test_a_note_running_over_two_blocks_is_one_unit_for_co_mentions():
    m = mentions(mention("spd", "note", "d:05", "3"), mention("kpd", "note", "d:09", "3"))
    assert analysis.co_mentions(m, ACTORS)["weight"].tolist() == [1]


def test_co_mention_edges_sort_by_weight_then_ids():
    m = mentions(
        mention("ussr", block="d:01"), mention("bevin", block="d:01"),
        mention("spd", block="d:02"), mention("kpd", block="d:02"),
        mention("spd", block="d:03"), mention("kpd", block="d:03"),
    )
    edges = analysis.co_mentions(m, ACTORS)
    assert edges[["source", "target"]].values.tolist() == [["kpd", "spd"], ["bevin", "ussr"]]


def test_co_mention_graph_does_not_depend_on_row_order():
    m = mentions(mention("spd"), mention("kpd"), mention("ussr"), mention("kpd", block="d:02"), mention("ussr", block="d:02"))
    one = analysis.co_mention_graph(analysis.co_mentions(m, ACTORS))
    two = analysis.co_mention_graph(analysis.co_mentions(m.iloc[::-1], ACTORS))
    assert list(one.nodes(data=True)) == list(two.nodes(data=True))
    assert list(one.edges(data=True)) == list(two.edges(data=True))
    assert one.edges["kpd", "ussr"]["weight"] == 2


# --------------------------------------------------------------------------- archival sources


SOURCES = citations(
    citation("1", 1, "archival", "TNA", "FO 371", "1951-06-14", precision="day"),
    citation("2", 1, "ibid", "TNA", "FO 371", "1951-06-14", precision="day", ibid_of="1:1"),
    citation("2", 2, "archival", "NARA", "RG 59", "1953", precision="year"),
    citation("3", 1, "archival", "TNA", "", "", unit="PREM 11/2"),
    citation("3", 2, "literature"),
    citation("4", 1, "ibid", ibid_of="3:2"),
    citation("4", 2, "unparsed"),
)


def test_ibid_counts_for_the_archive_it_resolves_to():
    counts = analysis.source_counts(SOURCES, "archive")
    assert counts[["archive", "citations", "via_ibid"]].values.tolist() == [["TNA", 3, 1], ["NARA", 1, 0]]


def test_ibid_can_be_left_out_of_source_counts():
    counts = analysis.source_counts(SOURCES, "archive", include_ibid=False)
    assert counts[["archive", "citations"]].values.tolist() == [["TNA", 2], ["NARA", 1]]


def test_source_counts_by_fond_show_a_missing_fond_as_none():
    counts = analysis.source_counts(SOURCES, "fond")
    assert counts["label"].tolist() == ["TNA / FO 371", "NARA / RG 59", "TNA / (none)"]


def test_an_unknown_group_by_is_a_parameter_error():
    with pytest.raises(ParameterError, match="archive, fond, collection"):
        analysis.source_counts(SOURCES, "box")


def test_timeline_bins_by_quarter_and_counts_dates_coarser_than_the_bin():
    timeline = analysis.date_timeline(SOURCES, "quarter")
    assert timeline.values.tolist() == [["TNA", "1951-Q2", "1951-04-01", 2, 0], ["NARA", "1953-Q1", "1953-01-01", 1, 1]]


def test_timeline_bins_by_month_read_partial_iso_dates():
    rows = citations(citation("1", 1, "archival", "BArch", "B 136", "1955-03"), citation("2", 1, "archival", "BArch", "B 136", "1955-03-30"))
    assert analysis.date_timeline(rows, "month")[["bin", "citations", "coarser"]].values.tolist() == [["1955-03", 2, 0]]


def test_undated_archival_citations_are_reported_not_guessed():
    undated = analysis.undated_citations(SOURCES)
    assert undated[["note_no", "archive", "unit"]].values.tolist() == [["3", "TNA", "PREM 11/2"]]


def test_source_shares_give_ibid_the_kind_it_repeats_and_keep_unparsed_out_of_the_shares():
    shares = analysis.source_shares(SOURCES)
    assert shares.values.tolist() == [["d", 4, 2, 0, 0, 1, 7, pytest.approx(4 / 6, abs=1e-4), pytest.approx(2 / 6, abs=1e-4)]]


def test_source_shares_count_court_decisions_and_legislation_as_legal_not_unparsed():
    shares = analysis.source_shares(citations(citation("1", 1, "archival"), citation("2", 1, "case"),
                                              citation("3", 1, "legislation"), citation("4", 1, "unparsed")))
    assert shares[["archival", "literature", "legal", "unparsed", "total", "archival_share"]].values.tolist() == [
        [1, 0, 2, 1, 4, 1.0]]


def test_source_shares_per_section_use_the_section_of_the_note_marker():
    blocks = pd.DataFrame([
        {"doc_id": "d", "block_id": "d:01", "zone": "body", "section": "Uvod", "start": 0},
        {"doc_id": "d", "block_id": "d:02", "zone": "body", "section": "Zaključak", "start": 100},
        {"doc_id": "d", "block_id": "d:09", "zone": "note", "section": "Zaključak", "start": 200},
    ])
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2", "3", "4"], "marker_block_id": ["d:01", "d:01", "d:02", ""]})
    shares = analysis.source_shares(SOURCES, notes, blocks, by="section")
    assert shares[["section", "archival", "literature", "unparsed"]].values.tolist() == [
        ["Uvod", 3, 0, 0], ["Zaključak", 1, 1, 0], ["(no section)", 0, 1, 1],
    ]


# --------------------------------------------------------------------------- period comparison


PERIODS = [["early", 1945, 1949], ["late", "1950-01", "1955-12-31"]]


BLOCKS = pd.DataFrame([
    {"doc_id": "d", "block_id": "d:01", "zone": "body", "section": "Uvod", "page": 1, "start": 0, "text": "Prvi pasus."},
    {"doc_id": "d", "block_id": "d:02", "zone": "note", "section": "Uvod", "page": 1, "start": 50, "text": "1 AJ."},
    {"doc_id": "d", "block_id": "d:03", "zone": "body", "section": "Uvod", "page": 2, "start": 90, "text": "Drugi pasus."},
    {"doc_id": "d", "block_id": "d:04", "zone": "body", "section": "Kraj", "page": 2, "start": 120, "text": "Treći pasus."},
])
NOTES = pd.DataFrame({"doc_id": "d", "note_no": ["2", "1", "3"], "marker_block_id": ["d:01", "d:01", "d:03"]})


def test_passages_are_body_paragraphs_with_the_notes_they_call():
    table = analysis.passages(BLOCKS, NOTES)
    assert table[["passage_id", "note_nos"]].values.tolist() == [["d:01", "1|2"], ["d:03", "3"], ["d:04", ""]]


def test_passages_are_dated_by_their_text_and_their_cited_documents_not_by_note_text():
    dates = pd.DataFrame([
        {"doc_id": "d", "block_id": "d:01", "surface": "1947", "date_start": "1947-01-01", "date_end": "1947-12-31"},
        {"doc_id": "d", "block_id": "d:02", "surface": "Beograd 2012", "date_start": "2012-01-01", "date_end": "2012-12-31"},
    ])
    cites = citations(citation("1", 1, "archival", "AJ", "507", "1948-05-02"), citation("1", 2, "literature", date_start="2012"))
    found = analysis.passage_dates(analysis.passages(BLOCKS, NOTES), dates, cites)
    assert found[["passage_id", "source", "date_start", "date_end"]].values.tolist() == [
        ["d:01", "text", "1947-01-01", "1947-12-31"], ["d:01", "citation", "1948-05-02", "1948-05-02"],
    ]


def passage_dates(*rows):
    return pd.DataFrame([{"doc_id": "d", "passage_id": p, "source": "text", "surface": "", "date_start": s, "date_end": e} for p, s, e in rows])


def test_split_rule_shares_a_passage_between_periods_by_its_dates():
    found = passage_dates(("d:01", "1946-01-01", "1946-01-01"), ("d:01", "1947-01-01", "1947-01-01"),
                          ("d:01", "1948-01-01", "1948-01-01"), ("d:01", "1952-01-01", "1952-01-01"))
    assigned = analysis.assign_periods(analysis.passages(BLOCKS, NOTES), found, PERIODS)
    rows = assigned[assigned["passage_id"] == "d:01"]
    assert rows[["period", "weight", "votes"]].values.tolist() == [["early", 0.75, 3.0], ["late", 0.25, 1.0]]


def test_a_range_votes_in_proportion_to_its_days_in_each_period():
    found = passage_dates(("d:01", "1948-01-01", "1951-12-31"))
    assigned = analysis.assign_periods(analysis.passages(BLOCKS, NOTES), found, PERIODS)
    weights = assigned[assigned["passage_id"] == "d:01"]["weight"].tolist()
    assert weights == [pytest.approx(731 / 1461, abs=1e-6), pytest.approx(730 / 1461, abs=1e-6)]


def test_majority_rule_gives_the_whole_passage_to_one_period_and_reports_ties():
    found = passage_dates(("d:01", "1946-01-01", "1946-01-01"), ("d:01", "1947-01-01", "1947-01-01"), ("d:01", "1952-01-01", "1952-01-01"),
                          ("d:03", "1946-01-01", "1946-01-01"), ("d:03", "1952-01-01", "1952-01-01"))
    assigned = analysis.assign_periods(analysis.passages(BLOCKS, NOTES), found, PERIODS, rule="majority")
    assert assigned[["passage_id", "period", "weight", "reason"]].values.tolist()[:2] == [
        ["d:01", "early", 1.0, ""], ["d:03", "", 0.0, "tie between early, late"],
    ]


def test_passages_without_dates_in_a_period_are_reported_with_the_reason():
    found = passage_dates(("d:03", "1930-01-01", "1930-12-31"))
    table = analysis.passages(BLOCKS, NOTES)
    left = analysis.unassigned_passages(analysis.assign_periods(table, found, PERIODS), table)
    assert left[["passage_id", "reason", "text"]].values.tolist() == [
        ["d:01", "no dates", "Prvi pasus."], ["d:03", "dates outside every period", "Drugi pasus."], ["d:04", "no dates", "Treći pasus."],
    ]


def test_period_counts_weight_mentions_in_paragraphs_and_their_notes():
    found = passage_dates(("d:01", "1946-01-01", "1946-01-01"), ("d:01", "1952-01-01", "1952-01-01"), ("d:03", "1953-01-01", "1953-01-01"))
    table = analysis.passages(BLOCKS, NOTES)
    assigned = analysis.assign_periods(table, found, PERIODS)
    m = mentions(mention("spd", block="d:01"), mention("spd", "note", "d:02", "1"), mention("kpd", block="d:03"), mention("kpd", block="d:04"))
    counts = analysis.period_counts(assigned, table, mentions=m, actors=ACTORS, periods=PERIODS)
    assert counts.values.tolist() == [["spd", "SPD", 1.0, 1.0, 2.0], ["kpd", "KPD", 0.0, 1.0, 1.0]]


def test_period_counts_refuse_periods_other_than_those_assigned():
    assigned = pd.DataFrame({"passage_id": ["d:01"], "period": ["1960s"], "weight": [1.0]})
    with pytest.raises(ParameterError, match="1960s"):
        analysis.period_counts(assigned, analysis.passages(BLOCKS, NOTES), citations=SOURCES, what="archives", periods=PERIODS)


def test_log_odds_match_a_hand_computation():
    # pooled a=4, b=4 (n=8); prior_size 8 gives a_a = a_b = 4, a_0 = 8; early: a 3 of 4, late: a 1 of 4.
    counts = pd.DataFrame({"item": ["a", "b"], "name": ["A", "B"], "early": [3.0, 1.0], "late": [1.0, 3.0], "total": [4.0, 4.0]})
    row = analysis.log_odds(counts, prior_size=8).iloc[0]
    delta = math.log((3 + 4) / (4 + 8 - 3 - 4)) - math.log((1 + 4) / (4 + 8 - 1 - 4))
    var = 1 / (3 + 4) + 1 / (1 + 4)
    assert (row["period"], row["item"]) == ("early", "a")
    assert row["delta"] == pytest.approx(delta, abs=1e-6)
    assert row["var"] == pytest.approx(var, abs=1e-6)
    assert row["z"] == pytest.approx(delta / math.sqrt(var), abs=1e-6)
    assert row["z"] == pytest.approx(1.149266, abs=1e-5)


def test_log_odds_prior_follows_the_pooled_frequencies():
    # pooled a=2, b=2, c=3 (n=7); prior_size 14: a_c = 6, a_0 = 14; late has c 3 of 4, early c 0 of 3.
    counts = pd.DataFrame({"item": ["a", "b", "c"], "name": "", "early": [2.0, 1.0, 0.0], "late": [0.0, 1.0, 3.0], "total": [2.0, 2.0, 3.0]})
    scores = analysis.log_odds(counts, prior_size=14).set_index(["period", "item"])
    row = scores.loc[("late", "c")]
    delta = math.log((3 + 6) / (4 + 14 - 3 - 6)) - math.log((0 + 6) / (3 + 14 - 0 - 6))
    assert row["prior"] == pytest.approx(6.0)
    assert row["delta"] == pytest.approx(delta, abs=1e-6)
    assert row["z"] == pytest.approx(delta / math.sqrt(1 / 9 + 1 / 6), abs=1e-5)


def test_log_odds_of_two_periods_are_mirror_images():
    counts = pd.DataFrame({"item": ["a", "b", "c"], "name": "", "early": [5.0, 1.0, 2.0], "late": [1.0, 4.0, 2.0], "total": [6.0, 5.0, 4.0]})
    scores = analysis.log_odds(counts, prior_size=10).set_index(["period", "item"])["z"]
    for item in "abc":
        assert scores[("early", item)] == pytest.approx(-scores[("late", item)], abs=1e-6)


def test_log_odds_with_three_periods_compare_each_with_the_rest():
    counts = pd.DataFrame({"item": ["a", "b"], "name": "", "p1": [4.0, 0.0], "p2": [1.0, 2.0], "p3": [0.0, 3.0], "total": [5.0, 5.0]})
    scores = analysis.log_odds(counts, prior_size=10)
    p1a = scores[(scores["period"] == "p1") & (scores["item"] == "a")].iloc[0]
    assert (p1a["count"], p1a["count_rest"], p1a["n_period"], p1a["n_rest"]) == (4.0, 1.0, 4.0, 6.0)


def test_a_non_positive_prior_is_a_parameter_error():
    counts = pd.DataFrame({"item": ["a"], "name": "", "p1": [1.0], "p2": [1.0], "total": [2.0]})
    with pytest.raises(ParameterError, match="prior_size"):
        analysis.log_odds(counts, prior_size=0)


# --------------------------------------------------------------------------- figures and output


def test_ranking_figure_stacks_body_and_notes_and_labels_rates_when_normalised():
    blocks = pd.DataFrame([{"doc_id": "d", "block_id": "d:01", "zone": "body", "section": "", "text": "ein Wort"}])
    counts = analysis.actor_counts(mentions(mention("ussr"), mention("spd")), ACTORS, zones="body", normalise=True, blocks=blocks)
    ax = figures.plot_actor_ranking(counts).axes[0]
    assert ax.get_xlabel() == "mentions per 10,000 words"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["SPD", "Советский Союз"]


def test_network_figure_is_byte_identical_on_a_second_drawing(tmp_path):
    from histkit import plots

    m = mentions(mention("spd"), mention("kpd"), mention("ussr"), mention("bevin", block="d:02"), mention("ussr", block="d:02"))
    counts = analysis.actor_counts(m, ACTORS)
    graph = analysis.co_mention_graph(analysis.co_mentions(m, ACTORS), counts)
    first = plots.save_figure(figures.plot_co_mention_network(graph), "net", tmp_path / "a", formats=("svg",))[0]
    second = plots.save_figure(figures.plot_co_mention_network(graph), "net", tmp_path / "b", formats=("svg",))[0]
    assert first.read_bytes() == second.read_bytes()


def test_log_odds_figure_labels_both_periods_of_a_pair():
    counts = pd.DataFrame({"item": ["a", "b"], "name": ["Đilas", "Ђилас"], "early": [5.0, 1.0], "late": [1.0, 5.0], "total": [6.0, 6.0]})
    ax = figures.plot_log_odds(analysis.log_odds(counts, prior_size=4)).axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["more in early", "more in late"]
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["Đilas", "Ђилас"]


@pytest.mark.parametrize("draw", [
    lambda: figures.plot_actor_ranking(analysis.actor_counts(mentions(mention("spd")).iloc[:0], ACTORS)),
    lambda: figures.plot_source_counts(analysis.source_counts(citations(citation("1", 1, "literature")))),
    lambda: figures.plot_date_timeline(analysis.date_timeline(citations(citation("1", 1, "literature"))), "year"),
    lambda: figures.plot_source_shares(analysis.source_shares(citations(citation("1", 1, "unparsed")))),
])
def test_figures_of_empty_tables_say_so_instead_of_failing(draw):
    fig = draw()
    assert any(t.get_text().startswith("no ") for t in fig.axes[0].texts)


def test_timeline_figure_keeps_empty_years_between_dated_ones():
    rows = citations(citation("1", 1, "archival", "TNA", "FO 371", "1950-02-01"), citation("2", 1, "archival", "TNA", "FO 371", "1953-02-01"))
    ax = figures.plot_date_timeline(analysis.date_timeline(rows, "year"), "year").axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1950", "1951", "1952", "1953"]


def test_network_nodes_on_top_of_each_other_are_moved_until_their_labels_clear():
    pos = figures.declutter({"a": (0.0, 0.0), "b": (0.0, 0.0), "c": (1.0, 1.0)}, {"a": "Ernest Bevin", "b": "Ђилас", "c": "SPD"},
                            {"a": 5.0, "b": 5.0, "c": 5.0}, (7.0, 5.0), 7.0)
    assert abs(pos["a"][1] - pos["b"][1]) > 0.05 or abs(pos["a"][0] - pos["b"][0]) > 0.1


def test_archive_labels_carry_the_archive_name_and_documents_their_title():
    assert analysis.source_counts(SOURCES, "archive")["label"].tolist() == ["TNA (TNA archive)", "NARA (NARA archive)"]
    shares = analysis.source_shares(SOURCES, documents=pd.DataFrame({"doc_id": ["d"], "title": ["Bonn und Belgrad"]}))
    assert shares[["doc_id", "title"]].values.tolist() == [["d", "Bonn und Belgrad"]]


def test_a_corpus_without_notes_citations_or_mentions_gives_empty_tables_not_errors():
    empty = pd.DataFrame()
    blocks = BLOCKS[BLOCKS["zone"] == "body"]
    assert analysis.actor_counts(empty, ACTORS).empty
    assert analysis.section_matrix(empty, ACTORS).empty
    assert analysis.co_mentions(empty, ACTORS).empty
    assert analysis.source_counts(empty).empty and analysis.date_timeline(empty).empty and analysis.undated_citations(empty).empty
    assert analysis.source_shares(empty).empty and analysis.source_shares(empty, empty, blocks, by="section").empty
    table = analysis.passages(blocks, empty)
    assigned = analysis.assign_periods(table, analysis.passage_dates(table, empty, empty), PERIODS)
    assert assigned["reason"].tolist() == ["no dates"] * 3
    counts = analysis.period_counts(assigned, table, mentions=empty, actors=ACTORS, periods=PERIODS)
    assert counts.empty and analysis.log_odds(counts).empty
    assert analysis.period_counts(assigned, table, citations=empty, what="archives", periods=PERIODS).empty


def test_network_leaves_out_actors_linked_to_no_other_and_says_how_many():
    import networkx as nx

    graph = nx.Graph()
    graph.add_node("spd", name="SPD", kind="party", total=3)
    graph.add_node("kpd", name="KPD", kind="party", total=2)
    graph.add_node("bevin", name="Ernest Bevin", kind="person", total=1)
    graph.add_edge("spd", "kpd", weight=2)
    texts = [t.get_text() for t in figures.plot_co_mention_network(graph).axes[0].texts]
    assert "Ernest Bevin" not in texts and {"SPD", "KPD"} <= set(texts)
    assert "not shown, mentioned with no other actor: 1" in texts
