"""Spelling variants for articles in other languages: Russian grammar, initials, patronymics, gender,
the -s genitive, particles, capitals."""

from histkit.actors import variants as v


def surfaces(name, kind="person", gender=""):
    return {x.surface: x for x in v.variants(name, kind, gender)}


def test_russian_surname_takes_russian_case_endings():
    forms = surfaces("Никита Хрущёв")
    assert {"Хрущёва", "Хрущёву", "Хрущёвым", "Хрущёве"} <= set(forms)
    assert forms["Хрущёвым"].surname_only


def test_russian_name_is_not_run_through_serbian_latin():
    # (its Latin spellings are those notes in Latin script print, `Khrushchev`: cyrillic_romanisation.csv, and the
    # scholarly `Chruščev` of Slavic studies: cyrillic_romanisation_systems.csv; never the Serbian Latin letters,
    # `Hruščov`, nor Serbian Latin's own letters `ć`, `đ`)
    forms = surfaces("Никита Хрущёв")
    assert not any(s.upper().startswith(("HRUŠ", "NIKITA HRUŠ")) or set(s) & set("ćđĆĐ") for s in forms)


def test_russian_given_name_on_a_consonant_takes_om_not_ym():
    assert "Вячеславом Молотовым" in surfaces("Вячеслав Молотов")


def test_russian_womans_surname_on_ova_takes_oj():
    forms = surfaces("Екатерина Фурцева")
    assert "Екатерины Фурцевой" in forms and "Фурцеву" in forms


def test_russian_name_on_ija_and_on_soft_sign_are_declined():
    assert {"Берии", "Берию", "Берией"} <= set(surfaces("Лаврентий Берия"))
    assert {"Карделя", "Карделем"} <= set(surfaces("Эдвард Кардель"))


def test_russian_name_on_o_stays_as_it_is():
    assert v.decline_russian("Тито", "m", family=True) == {}


def test_cyrillic_name_without_telling_letters_gets_serbian_and_russian_forms():
    forms = surfaces("Молотов")
    assert "Молотовом" in forms and "Молотовым" in forms


def test_russian_state_name_is_declined_as_a_russian_noun():
    assert {"Югославии", "Югославию", "Югославией"} <= set(surfaces("Югославия", kind="state"))


def test_given_name_with_patronymic_is_a_variant_in_every_case():
    forms = surfaces("Никита Сергеевич Хрущёв")
    assert forms["Никита Сергеевич"].rule == "patronymic"
    assert not forms["Никиты Сергеевича"].surname_only


def test_initials_stand_for_the_given_names_with_and_without_spaces():
    forms = surfaces("Никита Сергеевич Хрущёв")
    assert {"Н.С. Хрущёва", "Н. С. Хрущёва", "Н. Хрущёв", "Хрущёв Н.С."} <= set(forms)
    assert surfaces("Ernest Bevin")["E. Bevin"].rule == "initials"


def test_patronymic_or_gendered_surname_tells_the_gender():
    assert v.gender_of(["Никита", "Сергеевич"], ["Хрущёв"]) == "m"
    assert v.gender_of(["Nikita"], ["Khrushchev"]) == "m"
    assert v.gender_of(["Екатерина"], ["Фурцева"]) == "f"


def test_name_on_a_with_unknown_gender_gets_the_mans_surname_forms_too():
    forms = surfaces("Mitja Ribičič")
    assert forms["Ribičiča"].surname_only and "Mitje Ribičič" in forms


def test_explicit_womans_gender_keeps_the_surname_unchanged():
    # (only a language without grammatical gender declines her name as a man's, Estonian's stem vowel `Tomšiča`
    # (mentions round 16), a form looked for in Estonian documents alone: `Variant.languages`)
    made = surfaces("Vida Tomšič", gender="f").get("Tomšiča")
    assert made is None or made.languages == "et"


def test_latin_name_takes_the_s_genitive_and_plural():
    forms = surfaces("Konrad Adenauer")
    assert forms["Konrad Adenauers"].rule == "s_form" and forms["Adenauers"].surname_only
    assert "Bevins" in surfaces("Ernest Bevin")


def test_no_s_genitive_after_a_sibilant_or_in_cyrillic():
    assert "Jaurèss" not in surfaces("Jean Jaurès") and "Титоs" not in surfaces("Тито")


def test_lower_case_particle_is_capitalised_at_a_sentence_start():
    assert {"De Gaulle", "Van Zeeland"} <= set(surfaces("Charles de Gaulle")) | set(surfaces("Paul van Zeeland"))


def test_german_von_falls_away_before_the_surname_alone():
    forms = surfaces("Heinrich von Brentano")
    assert forms["Brentano"].surname_only and "Brentanos" in forms and "von Brentanos" in forms
    assert "Gaulle" not in surfaces("Charles de Gaulle")


def test_person_names_are_also_matched_in_capitals():
    assert {"ХРУЩЁВ", "ХРУЩЁВА"} <= set(surfaces("Никита Хрущёв"))
    assert "TITA" in surfaces("Tito")


def test_hyphenated_double_surname_keeps_its_first_part_and_declines_the_last():
    forms = surfaces("Alec Douglas-Home")
    assert forms["Douglas-Home"].surname_only and "Douglas-Homea" in forms
    assert "Douglas" not in forms and "Home" not in forms


def test_hyphenated_given_name_gives_hyphenated_initials():
    forms = surfaces("Paul-Henri Spaak")
    assert forms["P.-H. Spaak"].rule == "initials" and "P.H. Spaak" in forms
