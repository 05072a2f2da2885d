"""Loading packs: the contract's rules, every validation message, and the bundled packs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pack_builder import ENTITIES, EVENTS, METRICS, OBSERVATIONS, SOURCES, with_rows, write_pack
from shingi.cli import main
from shingi.model import PackError
from shingi.pack.load import bundled_packs, check_pack, load_pack


def problems_of(folder: Path) -> list[str]:
    _, problems = check_pack(folder)
    return [str(p) for p in problems]


def errors_of(folder: Path) -> list[str]:
    _, problems = check_pack(folder)
    return [str(p) for p in problems if p.severity == "error"]


def test_minimal_pack_loads_with_every_field(tmp_path: Path) -> None:
    pack = load_pack(write_pack(tmp_path))
    assert pack.id == "mini"
    assert pack.meta.title.get("en") == "Mini"
    assert [p.id for p in pack.meta.pillars] == ["policy", "compute"]
    assert pack.meta.frontier == ("US",)
    assert pack.meta.fx["JPY"][2026] == 150.0
    e1 = pack.events["e1"]
    assert e1.date.start == date(2026, 4, 1) and e1.date.end == date(2026, 4, 30)
    assert e1.date.precision == "month"
    assert e1.amount is not None and e1.amount.value == 1.6e12 and e1.amount.unit == "JPY"
    assert e1.actors == ("acme",) and e1.significance == 3
    assert pack.events["e2"].source == ("s1", "s2")
    assert pack.events["e2"].significance == 2
    assert pack.entities["JP"].aliases == ("わが国", "JPN")
    assert pack.entities["acme"].country == "JP"
    o2 = pack.observations["o2"]
    assert o2.value is not None and o2.value.value == pytest.approx(67.22e9) and o2.unit == "USD"
    assert pack.observations["o3"].category == "soft_law"
    assert pack.metrics["invest"].higher_is_better is True
    # bare YAML booleans in `expected` are read as the ratings
    assert pack.claims["c1"].expected == "true"
    assert pack.claims["c2"].expected == "half_true"


def test_bom_quoting_and_unknown_columns(tmp_path: Path) -> None:
    events = (
        "\ufeffid,date,pillar,actors,kind,title_ja,title_en,amount,unit,source,extra_column\n"
        'e1,2026-04,compute,acme,investment,"アクメ, 投資","Acme ""invests""\nbig","6,315億",JPY,s1,kept\n'
    )
    pack = load_pack(write_pack(tmp_path, events_csv=events))
    e1 = pack.events["e1"]
    assert e1.title_ja == "アクメ, 投資"
    assert e1.title_en == 'Acme "invests"\nbig'
    assert e1.amount is not None and e1.amount.value == 6315e8


def test_row_numbers_count_lines_of_multiline_records(tmp_path: Path) -> None:
    events = (
        "id,date,pillar,actors,kind,title_ja,title_en,source\n"
        'e1,2026-04,compute,acme,launch,"two\nlines",x,s1\n'
        "e2,2026-13,compute,acme,launch,t,x,s1\n"
    )
    assert any(p.startswith("events.csv:4:date:") for p in errors_of(write_pack(tmp_path, events_csv=events)))


@pytest.mark.parametrize(
    ("file", "rows", "expected"),
    [
        (
            "events_csv",
            with_rows(EVENTS, ["e1", "2026-05", "policy", "JP", "", "t", "", "", "", "s1", "", ""]),
            "events.csv:4:id: duplicate id 'e1' (first on line 2)",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "policy", "nobody", "", "t", "", "", "", "s1", "", ""]),
            "events.csv:4:actors: unknown entity 'nobody'",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "space", "JP", "", "t", "", "", "", "s1", "", ""]),
            "events.csv:4:pillar: unknown pillar 'space'",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "policy", "JP", "", "t", "", "", "", "s9", "", ""]),
            "events.csv:4:source: unknown source 's9'",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-02-30", "policy", "JP", "", "t", "", "", "", "s1", "", ""]),
            "events.csv:4:date:",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "policy", "JP", "", "t", "", "lots", "JPY", "s1", "", ""]),
            "events.csv:4:amount:",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "policy", "JP", "", "t", "", "", "", "", "", ""]),
            "events.csv:4:source: 'source' is required",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "policy", "JP", "", "t", "", "", "", "s1", "5", ""]),
            "events.csv:4:significance: expected 1, 2 or 3",
        ),
        (
            "events_csv",
            with_rows(EVENTS, ["e3", "2026-05", "policy", "JP", "", "", "", "", "", "s1", "", ""]),
            "events.csv:4:title_en: an event needs title_ja or title_en",
        ),
        (
            "observations_csv",
            with_rows(OBSERVATIONS, ["o4", "JP", "invest", "2023", "5", "%", "s2", ""]),
            "observations.csv:5:unit: unit '%' does not match the metric's unit 'USD'",
        ),
        (
            "observations_csv",
            with_rows(OBSERVATIONS, ["o4", "XX", "invest", "2023", "5", "USD", "s2", ""]),
            "observations.csv:5:entity: unknown entity 'XX'",
        ),
        (
            "observations_csv",
            with_rows(OBSERVATIONS, ["o4", "JP", "nothing", "2023", "5", "USD", "s2", ""]),
            "observations.csv:5:metric: unknown metric 'nothing'",
        ),
        (
            "observations_csv",
            with_rows(OBSERVATIONS, ["o4", "JP", "invest", "FY20x", "5", "USD", "s2", ""]),
            "observations.csv:5:period:",
        ),
        (
            "entities_csv",
            with_rows(ENTITIES, ["x", "planet", "", "", "", ""]),
            "entities.csv:5:kind: unknown entity kind 'planet'",
        ),
        (
            "entities_csv",
            with_rows(ENTITIES, ["x", "company", "", "", "", "ZZ"]),
            "entities.csv:5:country: unknown entity 'ZZ'",
        ),
        (
            "sources_csv",
            with_rows(SOURCES, ["s3", "", "", "", "", "news", ""]),
            "sources.csv:4:title: 'title' is required",
        ),
        (
            "sources_csv",
            with_rows(SOURCES, ["s3", "T", "", "", "", "blog", ""]),
            "sources.csv:4:kind: unknown source kind 'blog'",
        ),
        (
            "sources_csv",
            with_rows(SOURCES, ["s3", "T", "", "javascript:alert(1)", "", "news", ""]),
            "sources.csv:4:url:",
        ),
        (
            "metrics_csv",
            with_rows(METRICS, ["m3", "x", "x", "", "", "maybe", "amount"]),
            "metrics.csv:4:higher_is_better: expected true or false, got 'maybe'",
        ),
        (
            "metrics_csv",
            with_rows(METRICS, ["m3", "x", "x", "", "", "", "vibes"]),
            "metrics.csv:4:kind: unknown metric kind 'vibes'",
        ),
        (
            "claims_yaml",
            "- id: c1\n  text: x\n  expected: sorta\n",
            "claims.yaml:1:expected: unknown rating 'sorta'",
        ),
        (
            "claims_yaml",
            "- id: c1\n  text: x\n- id: c1\n  text: y\n",
            "claims.yaml:3:id: duplicate claim id 'c1'",
        ),
        (
            "events_csv",
            "id,date,pillar\ne1,2026,policy\n",
            "events.csv:1:source: missing required column 'source'",
        ),
    ],
)
def test_each_rule_names_file_row_and_column(tmp_path: Path, file: str, rows: str, expected: str) -> None:
    errors = errors_of(write_pack(tmp_path, **{file: rows}))
    assert any(e.startswith(expected) for e in errors), errors


def test_pack_yaml_rules(tmp_path: Path) -> None:
    bad = "id: Bad_Id\ntitle: {}\nlanguage: fr\nsubject: XX\nfrontier: [YY]\nheadline: nope\n"
    errors = errors_of(write_pack(tmp_path, pack_yaml=bad))
    joined = "\n".join(errors)
    for part in (
        "pack.yaml:1:id:",
        "pack.yaml:2:title:",
        "pack.yaml:3:language:",
        "pack.yaml:4:subject: unknown entity 'XX'",
        "pack.yaml:5:frontier: unknown entity 'YY'",
        "pack.yaml:6:headline: unknown claim 'nope'",
    ):
        assert part in joined, joined


def test_every_problem_at_once_and_nothing_half_loaded(tmp_path: Path) -> None:
    events = with_rows(EVENTS, ["e3", "2026-13", "space", "nobody", "", "t", "", "x", "", "s9", "", ""])
    folder = write_pack(tmp_path, events_csv=events)
    errors = errors_of(folder)
    assert {e.split(":")[2] for e in errors} >= {"date", "pillar", "actors", "amount", "source"}
    with pytest.raises(PackError) as info:
        load_pack(folder)
    assert len([p for p in info.value.problems if p.severity == "error"]) == len(errors)


def test_missing_required_files_and_broken_encodings(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, sources_csv=None)
    assert any(e.startswith("sources.csv:0:-: missing required file") for e in errors_of(folder))
    (folder / "sources.csv").write_bytes("id,title\ns1,\x82\xa0".encode("latin-1"))
    assert any("not UTF-8" in e for e in errors_of(folder))
    (folder / "sources.csv").write_bytes(b"\x00\x01\x02binary")
    assert any("binary file" in e for e in errors_of(folder))
    (folder / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    assert any(e.startswith("pack.yaml:") and "invalid YAML" in e for e in errors_of(folder))


def test_duplicate_facts_are_warnings_that_do_not_fail(tmp_path: Path) -> None:
    events = with_rows(
        EVENTS,
        [
            "e3",
            "2026-04",
            "compute",
            "acme",
            "investment",
            "アクメが1.6兆円を投資",
            "",
            "1.6兆",
            "JPY",
            "s1",
            "",
            "",
        ],
    )
    folder = write_pack(tmp_path, events_csv=events)
    pack, problems = check_pack(folder)
    warnings = [str(p) for p in problems if p.severity == "warning"]
    assert any(
        w.startswith("events.csv:4:id: warning: 'e3' looks like a duplicate of 'e1'") for w in warnings
    )
    assert not [p for p in problems if p.severity == "error"]
    assert pack is not None and "e3" in pack.events


def test_disagreeing_sources_are_not_duplicates(tmp_path: Path) -> None:
    obs = with_rows(OBSERVATIONS, ["o4", "JP", "invest", "2024", "0.9 bn", "USD", "s1", "another figure"])
    _, problems = check_pack(write_pack(tmp_path, observations_csv=obs))
    assert not problems


def test_scaled_unit_columns_apply_their_scale(tmp_path: Path) -> None:
    metrics = with_rows(
        METRICS, ["yen", "投資(億円)", "investment in 100m yen", "億円", "", "true", "amount"]
    )
    obs = with_rows(
        OBSERVATIONS,
        ["o4", "JP", "yen", "2025", "6,315", "", "s1", ""],
        ["o5", "JP", "invest", "2025", "6,315", "億円", "s1", ""],
    )
    pack = load_pack(write_pack(tmp_path, metrics_csv=metrics, observations_csv=obs))
    for oid in ("o4", "o5"):
        value = pack.observations[oid].value
        assert value is not None and value.value == 6315e8 and value.unit == "JPY"
    assert pack.metrics["yen"].unit == "JPY"


def test_value_unit_disagreeing_with_unit_column(tmp_path: Path) -> None:
    obs = with_rows(OBSERVATIONS, ["o4", "JP", "invest", "2025", "1.6兆円", "USD", "s1", ""])
    assert any(
        e.startswith("observations.csv:5:value:") and "disagrees" in e
        for e in errors_of(write_pack(tmp_path, observations_csv=obs))
    )


def test_currency_units_convert_through_fx(tmp_path: Path) -> None:
    obs = with_rows(OBSERVATIONS, ["o4", "JP", "invest", "2025", "1000億", "JPY", "s1", ""])
    assert not errors_of(write_pack(tmp_path, observations_csv=obs))
    obs = with_rows(OBSERVATIONS, ["o4", "JP", "invest", "2025", "1000", "EUR", "s1", ""])
    assert any(
        "add both currencies to fx" in e for e in errors_of(write_pack(tmp_path / "b", observations_csv=obs))
    )


def test_validate_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(write_pack(tmp_path / "ok"))]) == 0
    assert "valid pack" in capsys.readouterr().out
    bad = write_pack(
        tmp_path / "bad",
        events_csv=with_rows(EVENTS, ["e9", "2026-13", "", "", "", "t", "", "", "", "s1", "", ""]),
    )
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "events.csv:4:date:" in err
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
    assert "no such pack folder" in capsys.readouterr().err


def test_other_commands_fail_the_same_way_on_a_broken_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_pack(
        tmp_path, events_csv=with_rows(EVENTS, ["e9", "2026-13", "", "", "", "t", "", "", "", "s1", "", ""])
    )
    assert main(["evidence", str(bad)]) == 2
    assert "events.csv:4:date:" in capsys.readouterr().err


def test_bundled_packs_validate() -> None:
    assert "japan-ai-2026" in bundled_packs()
    for pack_id in bundled_packs():
        pack, problems = check_pack(pack_id)
        assert pack is not None
        assert [str(p) for p in problems if p.severity == "error"] == []


def test_packs_command_lists_bundled(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["packs"]) == 0
    assert "japan-ai-2026" in capsys.readouterr().out
