"""A repeat word after a surname (`Brückner, a. a. O.`) links to the surname's latest work: when the latest reference
by that author is a repeat itself (`Brückner (Fn. 1)`), to the work that one repeats, not to the repeat."""

from histkit.literature.repeats import repeated

EARLIER = [("1:1", "1", {"authors": "Hans Brückner", "container": "", "ref_of": "",
                         "raw": "Hans Brückner, Gesinderecht und Gutsherrschaft, Köln 1985, S. 45"}),
           ("3:1", "3", {"authors": "Brückner", "container": "ZRG GA", "ref_of": "", "raw": "Brückner, ZRG GA 102 (1985), 45"}),
           ("4:1", "4", {"authors": "Brückner", "container": "", "ref_of": "1:1", "raw": "Brückner (Fn. 1), S. 12."}),
           ("8:1", "8", {"authors": "Ingrid Lauterbach", "container": "", "ref_of": "",
                         "raw": "Dies., Gesindezwang und Freizügigkeit, Berlin 2001"})]


def test_a_a_o_after_a_surname_links_to_the_work_the_authors_latest_repeat_repeats():
    assert repeated({"authors": "Brückner", "raw": "Brückner, a. a. O., S. 14."}, EARLIER) == "1:1"


def test_ibid_after_a_repeat_links_to_its_work():
    assert repeated({"authors": "", "raw": "Ebd., S. 15."}, EARLIER[:3]) == "1:1"
