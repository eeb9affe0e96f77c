"""`kg sparql` and the competency queries in ontology/queries/: answers on the seed, the same
answers from pyoxigraph and rdflib, the W3C results formats, syntax errors with line and column."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import GraphLoadError, QuerySyntaxError
from kg.query.sparql import open_files, query, query_rdflib, render, solutions

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
GOLD = ROOT / "tests" / "data" / "seed" / "seed_positions.tsv"  # a copy of ../shared/gold
runner = CliRunner()

# Hand-written articles in which Olaf Scholz turns from against to for heavy weapons.
FLIP = {
    "001_maerz.txt": " date 2022-03-20 BERLIN (dpa) - Bundeskanzler Olaf Scholz lehnt die Lieferung schwerer Waffen "
                     "an die Ukraine ab. Das Risiko einer Eskalation sei zu groß, sagte der SPD-Politiker.",
    "002_april.txt": " date 2022-04-26 BERLIN (dpa) - Bundeskanzler Olaf Scholz unterstützt nun die Lieferung schwerer "
                     "Waffen an die Ukraine. Deutschland werde Gepard-Panzer liefern, kündigte der Kanzler an.",
}


def _gold(polarity: str, proposal: str) -> set[str]:
    rows = [ln.split("\t") for ln in GOLD.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    return {r[0] for r in rows if r[2] == polarity and r[3] == proposal}


def _rows(path: Path, text: str) -> list[dict[str, str]]:
    out = render(query(open_files([path]), text), "json")
    data = json.loads(out)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def _rq(name: str) -> str:
    return (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def flip_build(tmp_path_factory) -> Path:
    from kg.build import build

    src = tmp_path_factory.mktemp("flip_in")
    for name, text in FLIP.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("flip_out")
    build([src], out, html=False, pictures=False)
    return out


# -- the competency queries -------------------------------------------------------------------

def test_sparql_every_competency_query_says_what_it_answers():
    assert len(QUERIES) >= 8
    for q in QUERIES:
        first = q.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and "?" in first, q.name  # the question it answers


def test_sparql_who_opposes_lists_the_seeds_opponents_of_the_peace_mission(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("who-opposes"))
    assert {r["actor"] for r in rows} == _gold("against", "peace_mission")
    assert all(r["evidence"] and r["file"] == "000_e205b4e5eed29db3.txt" for r in rows)


def test_sparql_who_supports_lists_the_seeds_supporters_of_eastern_flank_troops(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("who-supports"))
    assert {r["actor"] for r in rows} == _gold("for", "eastern_flank_troops")


def test_sparql_actor_positions_with_evidence(seed_build):
    rows = _rows(seed_build / "kg.trig", _rq("actor-positions"))
    assert {(r["actor"], r["polarity"], r["proposal"]) for r in rows} == {
        ("Jens Stoltenberg", "against", "peace_mission"), ("Jens Stoltenberg", "for", "eastern_flank_troops")}
    assert all("Stoltenberg" in r["evidence"] or "Bündnis" in r["evidence"] or "Verbündeten" in r["evidence"] for r in rows)


def test_sparql_positions_by_country_counts_people_holding_posts_in_it(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("positions-by-country"))
    by = {(r["country"], r["proposal"], r["polarity"]): int(r["actors"]) for r in rows}
    assert by[("Polen", "peace_mission", "for")] == 1
    # Deutschland itself, Olaf Scholz (Bundeskanzler) and Christine Lambrecht (Bundesverteidigungsministerin)
    assert by[("Deutschland", "peace_mission", "against")] == 3
    assert ("Polen", "peace_mission", "against") not in by


def test_sparql_position_changes_over_time(flip_build):
    rows = _rows(flip_build / "kg.trig", _rq("position-changes"))
    assert [(r["actor"], r["proposal"], r["firstAgainst"], r["firstFor"]) for r in rows] == [
        ("Olaf Scholz", "heavy_weapons", "2022-03-20", "2022-04-26")]


def test_sparql_position_changes_none_in_the_seed(seed_build):
    assert _rows(seed_build / "kg.ttl", _rq("position-changes")) == []


def test_sparql_events_in_time_order_with_participants_and_quantities(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("events-timeline"))
    whens = [r.get("when", "") for r in rows]
    assert whens == sorted(whens)
    assert {"CONSULT", "STATEMENT", "PROTEST", "AID"} <= {r["type"] for r in rows}
    troops = [r for r in rows if r.get("quantity") == "rund 40.000 Soldaten"]
    assert troops and float(troops[0]["value"]) == 40000 and troops[0]["unit"] == "Soldaten"
    consult = {r["participant"] for r in rows if r["type"] == "CONSULT" and "Sondertreffen" in r["event"]}
    assert {"Jens Stoltenberg", "NATO-Verteidigungsminister"} <= consult


def test_sparql_quotes_by_person(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("quotes-by-person"))
    quotes = {(r["speaker"], r["quote"]) for r in rows}
    assert ("Jens Stoltenberg", "Die Verbündeten sind sich einig, dass die NATO keine Land- oder Luftstreitkräfte "
                                "in die Ukraine entsenden sollte") in quotes
    assert all(r["cue"] for r in rows)


def test_sparql_actors_by_role(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("actors-by-role"))
    people = {(r["person"], r.get("in"), r.get("party")) for r in rows}
    assert ("Christine Lambrecht", "Deutschland", "SPD") in people
    assert ("Jens Stoltenberg", "NATO", None) in people
    assert ("Lloyd Austin", "USA", None) in people


def test_sparql_proposals_and_who_put_them_forward(seed_build):
    rows = _rows(seed_build / "kg.ttl", _rq("proposals-and-proposers"))
    peace = [r for r in rows if r["proposal"] == "peace_mission"]
    assert {r.get("proposer") for r in peace} == {"Polen"}
    assert int(peace[0]["against"]) == len(_gold("against", "peace_mission"))


@pytest.mark.parametrize("rq", QUERIES, ids=lambda p: p.stem)
@pytest.mark.parametrize("build", ["seed_build", "flip_build"])
def test_sparql_oxigraph_and_rdflib_give_the_same_answers(request, build, rq):
    trig = request.getfixturevalue(build) / "kg.trig"
    text = rq.read_text(encoding="utf-8")
    fast = solutions(query(open_files([trig]), text))
    assert fast == solutions(query_rdflib([trig], text))


# -- result formats ----------------------------------------------------------------------------

SELECT_LABELS = "SELECT ?a ?label WHERE { ?a kgo:opposes kgp:peace_mission ; skos:prefLabel ?label } ORDER BY ?label"


def test_sparql_json_is_w3c_sparql_results_json(seed_build):
    data = json.loads(render(query(open_files([seed_build / "kg.ttl"]), SELECT_LABELS), "json"))
    assert data["head"]["vars"] == ["a", "label"]
    first = data["results"]["bindings"][0]
    assert first["a"]["type"] == "uri" and first["a"]["value"].startswith("https://w3id.org/kgnews/id/actor/")
    assert first["label"] == {"type": "literal", "value": first["label"]["value"], "xml:lang": "de"}


def test_sparql_csv_and_tsv_follow_the_w3c_formats(seed_build):
    store = open_files([seed_build / "kg.ttl"])
    rows = list(csv.reader(io.StringIO(render(query(store, SELECT_LABELS), "csv"))))
    assert rows[0] == ["a", "label"] and ["https://w3id.org/kgnews/id/actor/polen", "Polen"] not in rows
    assert ["https://w3id.org/kgnews/id/actor/deutschland", "Deutschland"] in rows
    tsv = render(query(store, SELECT_LABELS), "tsv").splitlines()
    assert tsv[0] == "?a\t?label"
    assert '<https://w3id.org/kgnews/id/actor/deutschland>\t"Deutschland"@de' in tsv


def test_sparql_xml_results_and_ask(seed_build):
    store = open_files([seed_build / "kg.ttl"])
    root = ET.fromstring(render(query(store, SELECT_LABELS), "xml"))
    assert root.tag == "{http://www.w3.org/2005/sparql-results#}sparql"
    assert json.loads(render(query(store, "ASK { ?p a kgo:Position }"), "json")) == {"head": {}, "boolean": True}
    assert render(query(store, "ASK { kgp:peace_mission a kgo:Actor }"), "table") == "false\n"


def test_sparql_construct_gives_parseable_turtle(seed_build):
    store = open_files([seed_build / "kg.ttl"])
    ttl = render(query(store, "CONSTRUCT { ?a kgo:opposes ?p } WHERE { ?a kgo:opposes ?p }"), "ttl")
    g = Graph().parse(data=ttl, format="turtle")
    assert len(g) == len(_rows(seed_build / "kg.ttl", "SELECT ?a ?p WHERE { ?a kgo:opposes ?p }")) > 5


def test_sparql_hostile_literal_stays_a_literal(tmp_path):
    ttl = tmp_path / "x.ttl"
    ttl.write_text('<urn:a> <urn:label> "} ; DROP ALL ; SELECT * WHERE {" .', encoding="utf-8")
    out = json.loads(render(query(open_files([ttl]), "SELECT ?l WHERE { ?s <urn:label> ?l }"), "json"))
    assert out["results"]["bindings"][0]["l"]["value"] == "} ; DROP ALL ; SELECT * WHERE {"


# -- errors ------------------------------------------------------------------------------------

def test_sparql_syntax_error_gives_line_and_column_of_the_users_text(seed_build):
    with pytest.raises(QuerySyntaxError) as err:
        query(open_files([seed_build / "kg.ttl"]), "SELECT ?x WHERE {\n  ?x a kgo:Position .\n  ?x kgo:holder ?h ; foo:x ?y .\n}")
    msg = str(err.value)
    assert msg.startswith("invalid SPARQL at line 3, column ")
    assert "  ?x kgo:holder ?h ; foo:x ?y ." in msg and msg.splitlines()[-1].strip() == "^"


def test_sparql_unknown_prefix_names_the_known_ones(seed_build):
    with pytest.raises(QuerySyntaxError, match="unknown prefix; declare it with PREFIX or use one of: dcterms, kget"):
        query(open_files([seed_build / "kg.ttl"]), "SELECT ?x WHERE { ?x foo:bar ?y }")


def test_sparql_unreadable_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(GraphLoadError, match="bad.ttl: not valid turtle"):
        open_files([bad])


# -- the command ---------------------------------------------------------------------------------

def test_cli_sparql_file_query_over_several_files_and_json_ld(seed_build, tmp_path):
    extra = tmp_path / "extra.jsonld"
    extra.write_text(json.dumps({"@id": "https://w3id.org/kgnews/id/actor/neu",
                                 "https://w3id.org/kgnews/ontology#opposes": {"@id": "https://w3id.org/kgnews/proposal/peace_mission"},
                                 "http://www.w3.org/2004/02/skos/core#prefLabel": {"@value": "Neu", "@language": "de"}}),
                     encoding="utf-8")
    res = runner.invoke(app, ["sparql", str(seed_build / "kg.ttl"), str(extra), SELECT_LABELS, "--format", "csv"])
    assert res.exit_code == 0, res.output
    labels = [r[1] for r in csv.reader(io.StringIO(res.stdout))][1:]
    assert "Neu" in labels and "Deutschland" in labels


def test_cli_sparql_with_file_and_engines_agree(seed_build):
    args = ["sparql", str(seed_build / "kg.trig"), "--file", str(ROOT / "ontology/queries/who-opposes.rq"), "--format", "json"]
    fast, ref = runner.invoke(app, args), runner.invoke(app, [*args, "--engine", "rdflib"])
    assert fast.exit_code == ref.exit_code == 0, fast.output + ref.output
    rows = [{(b["actor"]["value"], b["evidence"]["value"], float(b["confidence"]["value"]))
             for b in json.loads(r.stdout)["results"]["bindings"]} for r in (fast, ref)]
    assert len(rows[0]) >= 10 and rows[0] == rows[1]


def test_cli_sparql_table_compacts_iris(seed_build):
    res = runner.invoke(app, ["sparql", str(seed_build / "kg.ttl"), "SELECT DISTINCT ?p WHERE { ?a kgo:opposes ?p }"])
    assert res.exit_code == 0 and "kgp:peace_mission" in res.stdout


@pytest.mark.parametrize("args, message", [
    (["sparql"], "give the query text"),
    (["sparql", "SELECT * WHERE { ?s ?p ?o }"], "give at least one RDF file"),
    (["sparql", "--store", "x", "a.ttl", "SELECT * WHERE { ?s ?p ?o }"], "not both"),
    (["sparql", "a.ttl", "q", "--format", "yaml"], "'yaml' is not one of"),
])
def test_cli_sparql_usage_errors_exit_2(args, message, plain):
    res = runner.invoke(app, args)
    assert res.exit_code == 2 and message in plain(res.output)


def test_cli_sparql_rq_file_without_file_option_gets_a_hint(seed_build, plain):
    res = runner.invoke(app, ["sparql", str(seed_build / "kg.ttl"), str(QUERIES[0])])
    assert res.exit_code == 2 and "give it with --file" in plain(res.output)


def test_cli_sparql_syntax_error_exits_2_with_position(seed_build):
    res = runner.invoke(app, ["sparql", str(seed_build / "kg.ttl"), "SELECT ?x WHERE { ?x ?p }"])
    assert res.exit_code == 2
    assert res.stderr.startswith("kg: error: invalid SPARQL at line 1, column ")


def test_cli_sparql_missing_store_says_how_to_make_one(tmp_path):
    res = runner.invoke(app, ["sparql", "--store", str(tmp_path / "nostore"), "ASK {}"])
    assert res.exit_code == 6 and "create one with: kg load FILE --store" in res.stderr
