"""Actor mentions in languages the matcher was not tuned for: general rules, each on a small text.

Initials in scripts without capitals, plurals naming a family, definite-article forms, names that are also
common words, and given names alone.
"""

from conftest import found_mentions

BEGIN = ("begin", "מנחם בגין", "person", "")
JORDANIA = ("jordania", "ნოე ჟორდანია", "person", "")


def test_initial_of_a_hebrew_given_name_before_the_family_name():
    assert ("begin", "מ. בגין") in found_mentions("ראו מ. בגין, המרד, תל אביב 1950.", BEGIN)


def test_initial_of_a_georgian_given_name_before_the_family_name():
    assert ("jordania", "ნ. ჟორდანია") in found_mentions("იხ. ნ. ჟორდანია, ჩემი წარსული, პარიზი 1953.", JORDANIA)


def test_lower_case_particle_gives_no_initial():
    found = found_mentions("See d. Gaulle and C. de Gaulle.", ("dg", "Charles de Gaulle", "person", ""))
    assert ("dg", "d. Gaulle") not in found
