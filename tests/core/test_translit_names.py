"""Name conventions of the readable romanisation (annotator.translit_names and the rules):
-ia for names in -िया, joined given names spelled part by part, -il/-ir after the first
syllable, w for व after a consonant that lost its schwa."""

from __future__ import annotations

import pytest

from annotator.roman_strict import agrees
from annotator.translit import roman_key, romanise


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("भाटिया", "bhatia"), ("कालिया", "kalia"), ("भदौरिया", "bhadauria"),
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
        ("जयप्रकाश", "jayprakash"), ("नंदकिशोर", "nandkishore"), ("हंसराज", "hansraj"),
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
    ],
)
def test_il_and_ir_after_the_first_syllable_are_short(hindi, roman):
    assert romanise(hindi, "hindi") == roman


@pytest.mark.parametrize(
    ("hindi", "roman"),
    [
        ("यशवंत", "yashwant"), ("बलवंत", "balwant"), ("जानवर", "janwar"), ("अनवर", "anwar"),
        ("भवन", "bhavan"), ("जीवन", "jeevan"), ("संवाद", "samvad"),  # after a vowel or a nasal: v
    ],
)
def test_va_after_a_consonant_that_lost_its_schwa_is_w(hindi, roman):
    assert romanise(hindi, "hindi") == roman
