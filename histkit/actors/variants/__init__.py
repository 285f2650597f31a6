"""Spelling variants of actor names, so that an authority file lists each actor once.

From one name or alias, `variants` makes the forms a text may use for it:
the other script, without diacritics, case endings (Serbian/Croatian,
Polish, Russian), hyphenated endings, possessives, initials, inverted order,
the surname alone; each variant names the rule that made it.
"""

from ...text import script_of  # noqa: F401  (the script test beside the conversions, as `variants.script_of`)
from .assemble import Variant, decline_phrase, entity_variants, person_variants, variants
from .names import (DROPPED_PARTICLES, PARTICLES, gender_of, guess_gender, initials_forms, is_abbreviation, is_patronymic,
                    particle_forms, possessives, s_forms, split_name)
from .paradigms import CUSTOM_RULES, decline, fold_greek, paradigm_variants, phrase_forms
from .polish import polish_forms
from .russian import decline_russian
from .scripts import cyrillic_language, diacritic_variants, normalise, to_cyrillic, to_latin
from .serbian import (CASES, HYPHEN_ENDINGS, POSSESSIVE_ADJECTIVE_ENDINGS, croatian_o_forms, decline_word,
                      kept_vowel_forms, possessive_adjectives)

__all__ = [
    "CASES",
    "CUSTOM_RULES",
    "DROPPED_PARTICLES",
    "HYPHEN_ENDINGS",
    "PARTICLES",
    "POSSESSIVE_ADJECTIVE_ENDINGS",
    "Variant",
    "croatian_o_forms",
    "cyrillic_language",
    "decline_phrase",
    "decline",
    "decline_russian",
    "decline_word",
    "diacritic_variants",
    "entity_variants",
    "fold_greek",
    "gender_of",
    "guess_gender",
    "initials_forms",
    "is_abbreviation",
    "is_patronymic",
    "kept_vowel_forms",
    "normalise",
    "paradigm_variants",
    "particle_forms",
    "person_variants",
    "phrase_forms",
    "polish_forms",
    "possessive_adjectives",
    "possessives",
    "s_forms",
    "split_name",
    "to_cyrillic",
    "to_latin",
    "variants",
]
