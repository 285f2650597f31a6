"""An honour that closes South Asian and Afghan names (`خان`, closing_honorifics.csv) is no man's name alone, and no
family that several men of the authority share; small texts written for each."""

from conftest import found_mentions

TEXT = "په بابړه کې قيوم خان ډزې وکړې او بيا خان ولاړ، خو ډاکټر خان صاحب پاتې شو."


def test_a_pashto_khan_alone_names_no_one_whose_name_it_closes():
    assert found_mentions(TEXT, ("k", "عبدالجبار خان", "person", "ډاکټر خان صاحب")) == [("k", "ډاکټر خان صاحب")]


def test_men_whose_names_close_with_khan_are_no_family_named_by_the_first_word():
    # with a family of `خان`, the title `خان` opening Bacha Khan's name was read as his given name
    text = "خان عبدالغفار خان هلته و. " + TEXT
    assert found_mentions(text, ("b", "خان عبدالغفار خان", "person", "باچا خان"),
                          ("k", "عبدالجبار خان", "person", "ډاکټر خان صاحب")) == [
        ("b", "خان عبدالغفار خان"), ("k", "ډاکټر خان صاحب")]
