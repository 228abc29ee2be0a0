"""Name conventions of the readable romanisation (annotator.translit_names and the rules):
-ia for names in -िया, joined given names spelled part by part, -il/-ir after the first
syllable, w for व after a consonant that lost its schwa."""

from __future__ import annotations

import pytest

from annotator.roman_strict import agrees
from annotator.translit import romanise
from annotator.translit_key import roman_key


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("भाटिया", "bhatia"), ("कालिया", "kalia"), ("भदौरिया", "bhadauria"), ("आलिया", "alia"),
        ("किया", "kiya"), ("प्रिया", "priya"), ("सुप्रिया", "supriya"),  # two syllables or a cluster: -iya
        ("दुनिया", "duniya"), ("बढ़िया", "badhiya"), ("बढ\u093cिया", "badhiya"),  # common words, nukta either way
    ],
)
def test_names_in_iya_are_written_ia_and_common_words_iya(hindi, roman):
    assert romanise(hindi, "hindi") == roman


def test_a_name_in_ia_is_found_by_either_spelling():
    for typed in ("bhatia", "bhatiya"):
        assert roman_key(typed) == roman_key("भाटिया")
        assert agrees("भाटिया", typed)


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("गुरप्रीत", "gurpreet"), ("मनप्रीत", "manpreet"), ("रामप्रसाद", "ramprasad"),
        ("जयप्रकाश", "jaiprakash"), ("नंदकिशोर", "nandkishore"), ("हंसराज", "hansraj"),  # the rules' jayprakash is never written
        ("राजबहादुर", "rajbahadur"), ("प्रीत", "prit"),  # alone, a cluster keeps i short
    ],
)
def test_joined_given_names_are_spelled_part_by_part(hindi, roman):
    assert romanise(hindi, "hindi") == roman


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("सुनील", "sunil"), ("सुशील", "sushil"), ("सुधीर", "sudhir"), ("सुखबीर", "sukhbir"),
        ("वकील", "vakil"), ("रणवीर", "ranveer"),  # -veer keeps its ee
        ("खीर", "kheer"), ("प्रदीप", "pradeep"), ("नवीन", "naveen"),  # one syllable, or not ल/र
        ("दीदी", "didi"), ("बीबी", "bibi"), ("दीपक", "deepak"),  # a syllable said twice is short
        ("पीयूष", "piyush"), ("भूपेश", "bhupesh"), ("भूषण", "bhushan"), ("पूजा", "pooja"),  # -ूष, भू-
        ("कपूर", "kapoor"), ("कानून", "kanoon"),  # a last ू otherwise stays oo
    ],
)
def test_il_and_ir_after_the_first_syllable_are_short(hindi, roman):
    assert romanise(hindi, "hindi") == roman


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("यशवंत", "yashwant"), ("बलवंत", "balwant"), ("जानवर", "janwar"), ("अनवर", "anwar"),
        ("भवन", "bhavan"), ("जीवन", "jeevan"), ("संवाद", "samvad"),  # after a vowel or a nasal: v
        ("दिव्या", "divya"), ("तिवारी", "tiwari"),  # व्य is vy, even before ा
        ("शेखावत", "shekhawat"), ("रुकावट", "rukawat"), ("श्रावण", "shravan"),  # -ावत/-ावट: w
    ],
)
def test_va_after_a_consonant_that_lost_its_schwa_is_w(hindi, roman):
    assert romanise(hindi, "hindi") == roman


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("नाम", "naam"), ("बात", "baat"), ("आज", "aaj"), ("आप", "aap"), ("बाज़", "baaz"),
        ("राम", "ram"), ("खान", "khan"), ("माघ", "magh"),  # names of one syllable keep one a
        ("पांच", "panch"), ("कानपुर", "kanpur"), ("आपको", "apko"),  # nasal, or more than one syllable
        ("राय", "rai"), ("चाय", "chai"), ("न्याय", "nyay"),  # -ाय of one syllable is -ai
        ("ताज", "taj"), ("घाट", "ghat"),  # parts of place names keep one a
        ("गांव", "gaon"), ("गाँव", "gaon"), ("मालेगांव", "malegaon"),  # -ांव is -aon
        ("पिथौरागढ", "pithoragarh"), ("लखीसराय", "lakhisarai"),  # -गढ without its nukta (the rules' pithauragarh is never written), -सराय
    ],
)
def test_a_long_a_in_a_closed_word_of_one_syllable_is_doubled(hindi, roman):
    assert romanise(hindi, "hindi") == roman


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("हरविंदर", "harvinder"), ("वीरेंदर", "virender"), ("सुरिंदर", "surinder"),  # the rules' veerender is never written
        ("अंदर", "andar"), ("सुंदर", "sundar"), ("बंदर", "bandar"),  # not after े or ि
        ("चालीस", "chalis"), ("पच्चीस", "pachchis"), ("आठवां", "athvan"), ("राजभवन", "rajbhavan"),
        ("ग्यारहवीं", "gyarahvin"), ("पहले", "pehle"),  # no e before the ह of a number's ordinal
        ("पांचवां", "panchvan"), ("सातवां", "satvan"), ("दसवीं", "dasvin"),  # the ordinal's व closes the number
        ("अव्वल", "awwal"), ("सचिवालय", "sachivalay"), ("तिवारी", "tiwari"),  # व्व, -वालय, वा inside
        ("मायावती", "mayawati"), ("भगवती", "bhagwati"), ("पार्वती", "parvati"),  # -वती, not after a virama
    ],
)
def test_inder_ordinals_numbers_and_compound_parts(hindi, roman):
    assert romanise(hindi, "hindi") == roman


def test_doubled_a_and_inder_are_typed_either_way(project, add_doc):
    """Display conventions: the displayed spelling finds its word, and so does the other."""
    from annotator.search import search

    for hindi, typed in (("नाम", "nam"), ("नाम", "naam"), ("भाटिया", "bhatiya")):
        assert roman_key(typed) == roman_key(hindi)
        assert agrees(hindi, typed)
    add_doc("हरविंदर और सुरिंदर के नाम।", "names")
    for typed, found in (("harvinder", "हरविंदर"), ("harvindar", "हरविंदर"), ("surinder", "सुरिंदर"), ("naam", "नाम")):
        assert [h.text for h in search(project, typed)] == [found]
    add_doc("वीरेंदर सहवाग और वीरेंद्र सिंह अंदर गए।", "one name")  # -ender and -endra are one name
    for typed in ("virender", "virendra"):
        assert [h.text for h in search(project, typed)] == ["वीरेंदर", "वीरेंद्र"]


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("गिरफ्तार", "giraftar"), ("दफ्तर", "daftar"), ("सफर", "safar"), ("तरफ", "taraf"), ("सिर्फ", "sirf"),
        ("फिर", "phir"), ("फल", "phal"),  # a first syllable keeps ph: the word may be native
        ("इंफाल", "imphal"), ("थिम्फू", "thimphu"),  # after a nasal: ph
    ],
)
def test_pha_after_the_first_syllable_is_f(hindi, roman):
    """Urdu and English words in Hindi papers often lose their nukta (सफ़र as सफर); फ inside a
    word is theirs far more than a native word's, and is typed f."""
    assert romanise(hindi, "hindi") == roman
    assert agrees(hindi, roman) and roman_key(roman) == roman_key(hindi)


def test_gaon_typed_finds_the_village_and_places_in_it(project, add_doc):
    from annotator.search import search

    add_doc("गांव और गाँव में, मालेगांव से गौण बात।", "gaon")
    assert [h.text for h in search(project, "gaon")] == ["गांव", "गाँव"]
    assert [h.text for h in search(project, "malegaon")] == ["मालेगांव"]
    assert [h.text for h in search(project, "gaun")] == ["गौण"]
