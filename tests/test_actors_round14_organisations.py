"""Organisations' names in the languages of mention round 14 (Syriac, Occitan, Wolof, Crimean Tatar, Assamese,
Konkani, Malay in Jawi); small texts written for each, not the round's articles."""

from conftest import found_mentions


def test_a_syriac_proclitic_joined_to_an_organisation_s_name_leaves_a_mention():
    # `ܠ` to, `ܘ` and, `ܕ` of: written as one word with the name's first word
    text = "ܫܕܪܘ ܐܓܪܬܐ ܠܓܘܢܚܐ ܕܡܕܝܢܬܐ ܘܗܘܐ ܫܠܡܐ ܒܝܬ ܓܘܢܚܐ ܕܡܕܝܢܬܐ ܘܒܝܬ ܐܚܐ."
    found = found_mentions(text, ("g", "ܓܘܢܚܐ ܕܡܕܝܢܬܐ", "organisation", ""))
    assert found == [("g", "ܠܓܘܢܚܐ ܕܡܕܝܢܬܐ"), ("g", "ܓܘܢܚܐ ܕܡܕܝܢܬܐ")]


def test_a_syriac_liturgy_named_after_an_apostle_is_no_mention_of_a_man_of_that_name():
    text = "ܬܐܘܡܐ ܟܬܒ ܐܓܪܬܐ. ܗܘ ܡܨܠܐ ܗܘܐ ܒܩܘܪܒܐ ܕܬܐܘܡܐ ܟܠ ܝܘܡ."
    assert found_mentions(text, ("t", "ܬܐܘܡܐ", "person", "")) == [("t", "ܬܐܘܡܐ")]


def test_an_occitan_street_and_a_wolof_lycee_named_after_a_person_are_no_mentions():
    occitan = "Pèire Rogièr moriguèt en 1950. Uèi una carrièra Pèire Rogièr garda son nom."
    wolof = "Musaa Ndaw dafa jàngale ca Tiéss. Tey, Liise Musaa Ndaw moo yor turam."
    assert found_mentions(occitan, ("r", "Pèire Rogièr", "person", "")) == [("r", "Pèire Rogièr")]
    assert found_mentions(wolof, ("n", "Musaa Ndaw", "person", "")) == [("n", "Musaa Ndaw")]


def test_an_assamese_organisation_s_abbreviation_takes_its_case_endings():
    # the genitive `ৰ`, the locative `ত`, the agentive `ই`: Assamese writes them on the word, with its own `ৰ`
    text = "১৯৭০ চনত এটা সভা হয় আৰু তেওঁ কৰে। আছুৰ সভা আৰু আছুত যোগ দিয়া লোক বুলি কৰা হৈছে। আছুই সভা পাতে।"
    found = found_mentions(text, ("a", "সদৌ অসম ছাত্ৰ সন্থা", "organisation", "আছু"))
    assert [s for _, s in found] == ["আছুৰ", "আছুত", "আছুই"]


def test_a_konkani_name_takes_its_case_endings_after_the_oblique_a_of_a_consonant():
    text = ("हो लेख आनी ह्या पुस्तकांत हें आसा. 1950 उपरांत पिदेन नायकाक धरलो आनी तिका नायकाची कथा आसा; "
            "पिदेच्या कामाक पूण केलें.")
    found = found_mentions(text, ("p", "पिदे", "institution", ""), ("n", "रामा नायक", "person", "नायक"))
    assert found == [("p", "पिदेन"), ("n", "नायकाक"), ("n", "नायकाची"), ("p", "पिदेच्या")]


def test_a_crimean_tatar_name_takes_its_suffixes_by_vowel_harmony():
    text = ("Bu maqale içün ve onı soñ yazdım, amma eki kere dep aytqan edi. Milliy Fırqanıñ azaları "
            "Seitmemetni tanıdı; Seitmemetniñ evi bugün yoq.")
    found = found_mentions(text, ("f", "Milliy Fırqa", "party", ""), ("c", "Celal Seitmemet", "person", "Seitmemet"))
    assert found == [("f", "Milliy Fırqanıñ"), ("c", "Seitmemetni"), ("c", "Seitmemetniñ")]


def test_a_jawi_preposition_joined_to_a_party_s_name_leaves_a_mention():
    # `ک` to, `د` in: older Jawi writes them as one word with what they govern
    text = "ڤد تاهون 1951 دان 1952 اين ايت دري يڠ سام، ابراهيم ماسوق کڤاس دان دڠن ڤاس اوليه تيدق کلوار."
    assert found_mentions(text, ("p", "ڤرتي اسلام سمليسيا", "party", "ڤاس")) == [("p", "کڤاس"), ("p", "ڤاس")]


def test_an_international_body_listed_under_one_name_is_found_under_its_names_in_other_languages():
    text = ("En 1949 l'ONU recebèt la peticion; las Nacions Unidas respondèron pas.\n\n"
            "1 United Nations, E/CN.4/SR.112; Organisation des Nations unies, 1950; Лига Наций, 1933.")
    found = found_mentions(text, ("u", "Organizacion de las Nacions Unidas", "organisation", "ONU"))
    assert [s for _, s in found] == ["ONU", "Nacions Unidas", "United Nations", "Organisation des Nations unies"]


def test_a_body_s_acronym_shared_with_another_organisation_is_not_among_its_other_names():
    # `OUN` is the Organisation of Ukrainian Nationalists as well as a Serbo-Croatian form of the UN's name
    text = "У 1941 році ОУН і OUN діяли в підпіллі, а ООН ще не було."
    assert found_mentions(text, ("u", "United Nations", "organisation", "UN")) == [("u", "ООН")]


def test_a_ukrainian_or_rusyn_name_is_found_as_the_ukrainian_national_and_library_of_congress_systems_spell_it():
    # `я` inside a word is `ia` there (and `ю` `iu`, `є` `ie`): `Гомоняк` is `Homoniak`
    text = "Фараря Петра Гомоняка арештовали.\n\n1 Petro Homoniak, Spomyny, Užhorod 1992."
    found = found_mentions(text, ("h", "Петро Гомоняк", "person", "Гомоняк"))
    assert [s for _, s in found] == ["Петра Гомоняка", "Petro Homoniak"]


def test_a_jawi_preposition_joins_the_first_letter_of_a_dotted_abbreviation():
    text = "ڤد تاهون 1957 دان 1958 اين ايت دري يڠ سام، ملايا ماسوق ڤ.ب.ب دان ڤرواکيلن دڤ.ب.ب دڠن اوليه تيدق."
    found = found_mentions(text, ("u", "ڤرتوبوهن بڠسا٢ برساتو", "organisation", "ڤ.ب.ب"))
    assert [s for _, s in found] == ["ڤ.ب.ب", "دڤ.ب.ب"]
