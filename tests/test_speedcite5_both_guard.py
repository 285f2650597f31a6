"""Two units a bracket saying "both" follows are looked for only where such a bracket stands: the look-behind-led
pair pattern finds nothing where the quick scan for the bracket finds none."""

import random

from histkit.citations import twounits


def test_the_pair_before_both_is_found_only_where_the_bracket_is():
    rng = random.Random(4)
    parts = ["kut. 79", "i", "80", "(obje iz 1949.)", "(both", "(beide", "(оба)", "fasc. 3", "and", "4", "pp. 3", "p.", "(",
             ")", ",", " ", "bd.", "12/3", "(ambos de 1950)", "a", "(Both)", "( both)"]
    texts = [" ".join(rng.choice(parts) for _ in range(rng.randint(2, 9))) for _ in range(20000)]
    found = [t for t in texts if twounits._both_pair().search(t)]
    assert found and all(twounits._both_said(t) for t in found)


def test_units_named_both_in_a_bracket_are_two_and_without_the_bracket_one():
    assert len(twounits.units_apart("HDA, kut. 79 i 80 (obje iz 1949.)")) == 2
    assert len(twounits.units_apart("HDA, kut. 79 i 80, iz 1949.")) == 1
