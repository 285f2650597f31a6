"""An honour that closes South Asian and Afghan names (`خان`, closing_honorifics.csv) is no man's name alone, and no
family that several men of the authority share; small texts written for each."""

from conftest import found_mentions

TEXT = "په بابړه کې قيوم خان ډزې وکړې او بيا خان ولاړ، خو ډاکټر خان صاحب پاتې شو."


def test_a_pashto_khan_alone_names_no_one_whose_name_it_closes():
    assert found_mentions(TEXT, ("k", "عبدالجبار خان", "person", "ډاکټر خان صاحب")) == [("k", "ډاکټر خان صاحب")]

