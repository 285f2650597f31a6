"""The version of an online database after its link (`…, http://…, version 7.0 [Last accessed …]`) is part of where
the work was seen, like the link and the day: no field of the reference."""

from histkit.citations.ends import without_online


def test_a_version_after_the_link_goes_with_the_link_and_the_day_seen():
    assert without_online("J. Doe, The Proceedings Online (2012), available at http://www.a.org, version 7.0 "
                          "[Last accessed 4 December 2014].") == "J. Doe, The Proceedings Online (2012)"


def test_a_version_in_another_language_is_read_from_the_word_list():
    assert without_online("J. Doe, Banco de dados (2012), disponível em http://www.a.org.br, versão 2.1") == \
        "J. Doe, Banco de dados (2012)"
