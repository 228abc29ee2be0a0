"""Scheme files: the bundled ones load; every mistake names the file, line and field."""

from __future__ import annotations

import pytest

from annotator.errors import InputError
from annotator.resources import resource_path
from annotator.scheme import load_scheme_file, parse_scheme

GOOD = """name = "t"
version = 1

[[entity]]
name = "PERSON"
color = "#4FC3F7"
key = "p"

[[entity]]
name = "DESIGNATION"
color = "#BA68C8"
key = "d"

[[relation]]
name = "HAS_DESIGNATION"
from = ["PERSON"]
to = ["DESIGNATION"]
"""


@pytest.mark.parametrize("name", ["hindi-news", "hiner"])
def test_bundled_schemes_load(name):
    scheme = load_scheme_file(resource_path("schemes", f"{name}.toml"))
    assert scheme.name == name
    assert len({e.key for e in scheme.entities}) == len(scheme.entities)


def test_hindi_news_covers_the_news_labels_and_relations():
    scheme = load_scheme_file(resource_path("schemes", "hindi-news.toml"))
    labels = {e.name for e in scheme.entities}
    assert {"PERSON", "ORGANIZATION", "LOCATION", "DESIGNATION", "DATE", "TIME", "MONEY", "EVENT", "LAW"} <= labels
    names = {r.name for r in scheme.relations}
    assert {"HAS_DESIGNATION", "DESIGNATION_AT", "MEMBER_OF", "LOCATED_IN", "RESIDENT_OF", "SPOUSE_OF", "CHILD_OF",
            "OWNS", "BOUGHT_FROM", "ACCUSED_IN", "CHARGED_WITH", "KILLED", "ARRESTED_BY", "DATE_OF"} <= names
    allowed = {r.name for r in scheme.allowed_relations("PERSON", "DESIGNATION")}
    assert "HAS_DESIGNATION" in allowed and "CHILD_OF" not in allowed
    assert "HAS_DESIGNATION" not in {r.name for r in scheme.allowed_relations("DESIGNATION", "PERSON")}
    assert scheme.relation("SPOUSE_OF").allows("PERSON", "PERSON")


def test_undirected_relation_allows_both_ways():
    scheme = parse_scheme(GOOD.replace('to = ["DESIGNATION"]', 'to = ["DESIGNATION"]\ndirected = false'))
    rel = scheme.relation("HAS_DESIGNATION")
    assert rel.allows("PERSON", "DESIGNATION") and rel.allows("DESIGNATION", "PERSON")
    assert not parse_scheme(GOOD).relation("HAS_DESIGNATION").allows("DESIGNATION", "PERSON")


@pytest.mark.parametrize(
    "old, new, line, words",
    [
        ('color = "#BA68C8"', 'colour = "#BA68C8"', 11, ["unknown field 'colour'", "did you mean 'color'"]),
        ('color = "#BA68C8"', 'color = "purple"', 11, ["field 'color'"]),
        ('key = "d"', 'key = "p"', 12, ["field 'key'", "PERSON"]),
        ('to = ["DESIGNATION"]', 'to = ["DESIGANTION"]', 17, ["unknown entity label 'DESIGANTION'", "did you mean 'DESIGNATION'"]),
        ('name = "HAS_DESIGNATION"', 'name = "HAS DESIGNATION"', 15, ["field 'name'"]),
        ('from = ["PERSON"]', 'from = "PERSON"', 16, ["field 'from' must be list"]),
        ('version = 1', 'version = "one"', 2, ["field 'version' must be int"]),
        ('name = "DESIGNATION"', 'name = "PERSON"', 10, ["repeats the label PERSON"]),
        ('key = "d"', 'key = ";"', 12, ["field 'key' ';'", "writes a note"]),
        ('key = "d"', 'key = "?"', 12, ["field 'key' '?'", "marks unsure"]),
        # a relation's key is one printable character too, as its message says
        ('name = "HAS_DESIGNATION"', 'name = "HAS_DESIGNATION"\nkey = "\\u0001"', 16, ["field 'key'", "one printable character"]),
    ],
)
def test_mistakes_name_file_line_and_field(tmp_path, old, new, line, words):
    path = tmp_path / "bad.toml"
    assert old in GOOD
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_scheme_file(path)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}: "), message
    for word in words:
        assert word in message
    assert "\n" not in message


def test_broken_toml_names_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text(GOOD.replace('key = "p"', 'key = "p'), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_scheme_file(path)
    assert str(err.value).startswith(f"{path}:7: not valid TOML")


def test_scheme_without_entities_is_refused():
    with pytest.raises(InputError, match="no \\[\\[entity\\]\\]"):
        parse_scheme('name = "x"\n')


def test_keys_ignore_case():
    scheme = parse_scheme(GOOD)
    assert scheme.entity_for_key("P").name == scheme.entity_for_key("p").name == "PERSON"
    assert scheme.entity_for_key("z") is None


ATTRIBUTES = GOOD + """
[[attribute]]
name = "entity_id"
kind = "text"
labels = ["PERSON"]

[[attribute]]
name = "role"
kind = "choice"
values = ["accused", "victim"]
labels = ["PERSON"]

[[attribute]]
name = "negated"
kind = "boolean"
"""


def test_attributes_are_declared_per_label():
    scheme = parse_scheme(ATTRIBUTES)
    assert [a.name for a in scheme.attributes_for("PERSON")] == ["entity_id", "role", "negated"]
    assert [a.name for a in scheme.attributes_for("DESIGNATION")] == ["negated"]
    role = scheme.attribute("role")
    assert role.value_problem("victim") is None and "one of accused, victim" in role.value_problem("witness")
    assert scheme.attribute("negated").value_problem(True) is None and scheme.attribute("negated").value_problem("yes")
    assert parse_scheme(GOOD).attributes == ()


@pytest.mark.parametrize(
    "old, new, line, words",
    [
        ('kind = "text"', 'kind = "txt"', 21, ["field 'kind' 'txt'", "did you mean 'text'"]),
        ('values = ["accused", "victim"]', 'values = []', 27, ["field 'values' must be a non-empty list"]),
        ('values = ["accused", "victim"]', 'values = ["victim", "victim"]', 27, ["repeats a value"]),
        ('labels = ["PERSON"]\n\n[[attribute]]\nname = "role"', 'labels = ["PERSN"]\n\n[[attribute]]\nname = "role"', 22, ["unknown entity label 'PERSN'", "did you mean 'PERSON'"]),
        ('kind = "boolean"', 'kind = "boolean"\nvalues = ["yes"]', 33, ["only for kind = \"choice\""]),
        ('name = "negated"', 'name = "role"', 31, ["repeats the attribute role"]),
        ('name = "negated"', 'nme = "negated"', 31, ["unknown field 'nme'", "did you mean 'name'"]),
    ],
)
def test_attribute_mistakes_name_file_line_and_field(tmp_path, old, new, line, words):
    path = tmp_path / "bad.toml"
    assert old in ATTRIBUTES
    path.write_text(ATTRIBUTES.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_scheme_file(path)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}: "), message
    for word in words:
        assert word in message


def test_a_merge_grows_the_scheme_by_attributes_and_refuses_a_different_one():
    from annotator.scheme import scheme_problems, scheme_union

    ours, theirs = parse_scheme(GOOD), parse_scheme(ATTRIBUTES)
    union, added = scheme_union(ours, theirs)
    assert added == ["entity_id", "negated", "role"] and union.attribute("role").values == ("accused", "victim")
    assert scheme_problems(union, theirs) == []
    other = parse_scheme(ATTRIBUTES.replace('values = ["accused", "victim"]', 'values = ["accused", "witness"]'))
    assert scheme_problems(theirs, other) == ["attribute role is defined differently there (kind, values or labels)"]
