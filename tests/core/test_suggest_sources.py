"""The suggestion sources without a project: token keys map back exactly, the gazetteer folds
and matches whole words, the pattern file gives each scheme its own labels, the CRF learns."""

from __future__ import annotations

import pytest

from annotator.errors import AnnotatorError
from annotator.suggest import model as crf
from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.patterns import load_patterns, propose
from annotator.suggest.proposal import Proposal, combine
from annotator.suggest.tokens import Keyed, tag_spans, token_tags

# Our own sentences: precomposed ड़ (U+095C) in one, ड + nukta in the other; a ZWJ in क्‍ष.
PRECOMPOSED = "बड़ौत में कल मेला लगा।"
DECOMPOSED = "मेरठ से बड\u093cौत तक सड़क बनी।"
HINDI_NEWS = ["PERSON", "LOCATION", "DESIGNATION", "DATE", "TIME", "MONEY", "QUANTITY"]


def spans_text(text: str, proposals) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.label) for p in proposals]


def test_keys_map_back_to_exact_offsets():
    text = "रु. 500 दिए, बड़ौत\u200d में ₹20\r\nहजार।"
    keyed = Keyed.of(text)
    for i, (start, end) in enumerate(keyed.tokens):
        assert keyed.span_key(i, i) == keyed.keys[i]
        assert keyed.token_range(start, end) == (i, i)
    assert keyed.span_key(0, 1) == "रु."  # no whitespace between रु and the dot: glued
    assert keyed.span_key(2, 3) == "500 दिए"  # whitespace between: one space
    place = text.index("बड़ौत")
    first, last = keyed.token_range(place, place + len("बड़ौत\u200d"))
    assert keyed.span_key(first, last) == "बडौत"  # nukta and ZWJ folded away in the key only
    gold = [(place, place + len("बड़ौत\u200d"), "LOCATION")]
    assert tag_spans(keyed, token_tags(keyed, gold)) == gold


def test_gazetteer_folds_nukta_and_matches_whole_words_only():
    gaz = Gazetteer.build([(PRECOMPOSED, [(0, 5, "LOCATION")])])
    assert len(gaz) == 1
    text = DECOMPOSED + " बड़ौतवाला नहीं।"
    found = gaz.propose(Keyed.of(text))
    assert spans_text(text, found) == [("बड\u093cौत", "LOCATION")]  # the stored form, not the gazetteer's


def test_gazetteer_leaves_forms_that_were_seldom_names():
    # "सेना" is a name once and plain text three times: 1/4 of its matches, under the 0.5 bar.
    texts = [("सेना आई।", [(0, 4, "ORGANIZATION")]), ("सेना गई।", []), ("वह सेना थी।", []), ("सेना है।", [])]
    gaz = Gazetteer.build(texts)
    assert gaz.confident("सेना") is None
    assert not gaz.propose(Keyed.of("सेना लौटी।"))
    sure = Gazetteer.build(texts, min_ratio=0.2)
    assert sure.confident("सेना") == ("ORGANIZATION", 0.25)
    restored = Gazetteer.from_json(sure.to_json())
    assert restored.confident("सेना") == ("ORGANIZATION", 0.25)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (HINDI_NEWS, [("पुलिस आयुक्त", "DESIGNATION"), ("2 जुलाई 2020", "DATE"), ("रात 12:45 बजे", "TIME"), ("90 हजार रुपये", "MONEY"), ("रु. 500", "MONEY"), ("५ किलो", "QUANTITY")]),
        (["PERSON", "NUMEX", "TIMEX"], [("2 जुलाई 2020", "TIMEX"), ("रात 12:45 बजे", "TIMEX"), ("90 हजार रुपये", "NUMEX"), ("रु. 500", "NUMEX"), ("५ किलो", "NUMEX")]),
    ],
)
def test_patterns_give_each_scheme_its_own_labels(labels, expected):
    text = "पुलिस आयुक्त ने 2 जुलाई 2020 की रात 12:45 बजे 90 हजार रुपये और रु. 500 के साथ ५ किलो सोना पकड़ा।"
    found = propose(load_patterns(labels), Keyed.of(text))
    assert spans_text(text, found) == expected


def test_patterns_never_cut_a_word_and_fold_nukta():
    text = "करोड़पति ने 3 करोड़ रुपये दिए।"  # करोड़ with ड + nukta in the amount
    found = propose(load_patterns(["MONEY"]), Keyed.of(text))
    assert spans_text(text, found) == [("3 करोड़ रुपये", "MONEY")]


def test_a_bad_pattern_file_is_one_line_naming_it(tmp_path):
    bad = tmp_path / "p.toml"
    bad.write_text('[[pattern]]\nname = "x"\nlabels = ["DATE"]\nregex = "@nolist"\n', encoding="utf-8")
    with pytest.raises(AnnotatorError, match=r"p\.toml: \[\[pattern\]\] #1 'x': unknown list or fragment @nolist"):
        load_patterns(["DATE"], bad)
    bad.write_text('[[pattern]]\nlabels = ["DATE"]\nregex = "(("\n', encoding="utf-8")
    with pytest.raises(AnnotatorError, match="bad regex"):
        load_patterns(["DATE"], bad)


def test_combine_keeps_the_first_source_where_two_overlap():
    model = [Proposal(0, 10, "PERSON", "model")]
    gaz = [Proposal(5, 12, "LOCATION", "gazetteer"), Proposal(20, 25, "LOCATION", "gazetteer")]
    kept = combine({"model": model, "gazetteer": gaz})
    assert [(p.start, p.source) for p in kept] == [(0, "model"), (20, "gazetteer")]
    assert [(p.start, p.source) for p in combine({"model": model, "gazetteer": gaz}, order=("gazetteer", "model"))] == [(5, "gazetteer"), (20, "gazetteer")]


NAMES = ["रमेश", "सुरेश", "गीता", "अनीता", "मोहन", "सीमा"]
PLACES = ["कानपुर", "लखनऊ", "आगरा", "मेरठ", "झांसी", "बरेली"]


def _corpus() -> list[tuple[str, list]]:
    out = []
    for i, (name, place) in enumerate(zip(NAMES * 3, PLACES * 3)):
        text = f"कल {name} जी {place} शहर गए थे और वहां {i} लोग मिले।"
        a = text.index(name)
        b = text.index(place)
        out.append((text, [(a, a + len(name), "PERSON"), (b, b + len(place), "LOCATION")]))
    return out


def test_the_crf_learns_context_and_can_be_cancelled(tmp_path):
    path = tmp_path / "m.crfsuite"
    seen = []
    model = crf.train(_corpus(), str(path), settings={"max_iterations": 30}, progress=lambda d, t: seen.append((d, t)))
    assert path.exists() and seen and seen[-1][1] == 30
    text = "कल विमला जी इटावा शहर गए थे।"  # neither word was in training: context decides
    assert spans_text(text, model.propose(Keyed.of(text))) == [("विमला", "PERSON"), ("इटावा", "LOCATION")]
    other = tmp_path / "n.crfsuite"
    with pytest.raises(AnnotatorError, match="cancelled"):
        crf.train(_corpus(), str(other), cancelled=lambda: True)
    assert not other.exists()
    with pytest.raises(AnnotatorError, match="nothing to learn"):
        crf.train([("खाली पाठ।", [])], str(other))


def test_proposals_are_code_points_of_the_stored_text_after_crlf_emoji_and_joiners():
    from annotator.text import check_span

    text = "🙂 सूचना\r\nक्\u200dषेत्र बड़ौत में 5 अगस्त 2021 को ₹३,५०० दिए गए।\r\n👍 बड़ौत"
    gaz = Gazetteer.build([(PRECOMPOSED, [(0, 5, "LOCATION")])])
    keyed = Keyed.of(text)
    found = gaz.propose(keyed) + propose(load_patterns(HINDI_NEWS), keyed)
    assert sorted(spans_text(text, found)) == sorted([("बड़ौत", "LOCATION"), ("बड़ौत", "LOCATION"), ("5 अगस्त 2021", "DATE"), ("₹३,५००", "MONEY")])
    assert all(check_span(text, p.start, p.end) is None for p in found)
