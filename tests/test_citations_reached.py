"""A document reached another way than in its archive's reading room (round 29): the route by which it was seen
ends the citation and is no field of its holding, and a holding the note goes on from to a lead word and a colon
(`…, cyt. za: …`) is cited as well as the book it was taken from."""

from conftest import cite


def rows_of(*texts):
    return cite(*texts).citations


def test_a_register_seen_on_a_portal_is_read_from_the_archive_named_before_the_route():
    rows = rows_of("Liber defunctorum, vol. 4 (1801-1830), Archivio storico diocesano di Udine, consultato online su "
                   "FamilySearch.")
    assert rows.loc[0, ["kind", "archive", "date_start", "date_end"]].tolist() == [
        "archival", "Archivio storico diocesano di Udine", "1801-01-01", "1830-12-31"]


def test_a_route_with_a_link_after_it_is_left_out_of_the_citation():
    rows = rows_of("Kirchenbuch Lienz, Bd. 3 (1850–1870), Diözesanarchiv Gurk, eingesehen über Matricula, "
                   "https://example.org/lienz/3.")
    assert rows.loc[0, ["kind", "archive"]].tolist() == ["archival", "Diözesanarchiv Gurk"]


def test_a_holding_before_a_lead_word_and_its_colon_is_cited_with_the_book_after_it():
    rows = rows_of("Raport wojewody, 3 marca 1947, Archiwum Akt Nowych, zesp. 12, sygn. 45, cyt. za: J. Kowalski, "
                   "Wieś i władza, Kraków 1999, s. 4.")
    assert rows.kind.tolist() == ["archival", "literature"]
    assert rows.loc[0, ["archive", "date_start"]].tolist() == ["AAN", "1947-03-03"]


def test_prose_before_a_lead_word_and_its_colon_stays_a_remark():
    rows = rows_of("For the background to the strike, see: John Smith, The Mill (London, 1990), 4.")
    assert rows.kind.tolist() == ["literature"]


def test_the_polish_name_of_the_russian_foreign_policy_archive_is_known():
    rows = rows_of("Telegram, 2 marca 1946, Archiwum Polityki Zagranicznej Federacji Rosyjskiej, f. 06, op. 8, d. 12.")
    assert rows.loc[0, ["kind", "archive"]].tolist() == ["archival", "AVP RF"]


def test_a_microfilm_reel_is_the_unit():
    rows = rows_of("Memorandum, 4 May 1941, Bexar County Records, reel 17, frames 220–31, Dolph Briscoe Center for "
                   "American History.")
    assert rows.loc[0, "unit"] == "reel 17"
