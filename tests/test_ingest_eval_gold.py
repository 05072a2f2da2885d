"""The real-document sets of bench/ingest_eval are well formed: every document has its gold and
every gold fact can be scored (the tool is not run here)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from shingi.normalize.periods import parse_period

SETS = Path(__file__).resolve().parent.parent / "bench" / "ingest_eval"
NOT_DOCUMENTS = {"gold.yaml", "README.md"}
REQUIRED = {"figure": {"owner", "value", "unit", "period", "what"}, "event": {"actors", "date", "what"}}
OPTIONAL = {"amount"}


def _sets() -> list[Path]:
    return sorted(p for p in SETS.iterdir() if (p / "gold.yaml").is_file())


def _period_ok(text: str) -> bool:
    try:
        for part in text.split(".."):
            parse_period(part)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("folder", _sets(), ids=lambda p: p.name)
def test_every_document_has_gold_and_every_fact_can_be_scored(folder: Path) -> None:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    documents = {p.name for p in folder.iterdir() if p.name not in NOT_DOCUMENTS}
    assert documents == set(gold), "documents and gold.yaml entries differ"
    for doc, facts in gold.items():
        assert doc[:3] in ("ja-", "en-"), f"{doc}: the scorer splits languages by the name's prefix"
        assert facts, f"{doc}: no gold facts"
        for fact in facts:
            required = REQUIRED[fact["kind"]]
            assert set(fact) - {"kind"} <= required | OPTIONAL, f"{doc}: stray keys in {fact}"
            assert required <= set(fact), f"{doc}: missing keys in {fact}"
            when = fact["period"] if fact["kind"] == "figure" else fact["date"]
            assert when and all(_period_ok(str(p)) for p in when), f"{doc}: bad period in {fact}"
            if fact["kind"] == "figure":
                values = fact["value"] if isinstance(fact["value"], list) else [fact["value"]]
                assert all(isinstance(float(v), float) for v in values)
                assert fact["owner"], f"{doc}: no owner in {fact}"


def _scorer():  # type: ignore[no-untyped-def]
    """bench/ingest_eval.py, loaded as a module (bench/ is not a package)."""
    import importlib.util
    import sys

    if "ingest_eval" not in sys.modules:
        spec = importlib.util.spec_from_file_location("ingest_eval", SETS.parent / "ingest_eval.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["ingest_eval"] = module
        spec.loader.exec_module(module)
    return sys.modules["ingest_eval"]


@pytest.mark.parametrize("unit", ["count", "人", "台", "店舗", "jobs", "vehicles", "deliveries"])
def test_gold_count_takes_any_word_that_counts_things(unit: str) -> None:
    assert _scorer()._unit_ok("count", unit)


@pytest.mark.parametrize("unit", ["tonnes", "barrels", "USD", "%", "円", None])
def test_gold_count_refuses_measures_money_and_no_unit(unit: str | None) -> None:
    assert not _scorer()._unit_ok("count", unit)


@pytest.mark.parametrize("name", ["test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11",
                                  "test12", "test13", "test14", "test15", "test16", "test17",
                                  "test18", "test19", "test20", "test21", "test22"])
def test_clean_held_out_sets_are_not_run_by_default(name: str) -> None:
    """test4 to test14 are the held-out sets: a plain `bench/ingest_eval.py` run must not touch
    them, and `-v` must not print their rows without --show-held-out."""
    scorer = _scorer()
    assert name not in scorer.SPLITS
    assert name in scorer.HELD_OUT


LISTED = ["dev4", "test4", "dev5", "test5", "dev6", "test6", "dev7", "test7", "dev8", "test8",
          "dev9", "test9", "dev10", "test10", "dev11", "test11", "dev12", "test12", "dev13", "test13",
          "dev14", "test14", "dev15", "test15", "dev16", "test16", "dev17", "test17", "dev18", "test18",
          "dev19", "test19", "dev20", "test20", "devja21", "devja22", "dev21", "test21",
          "dev22", "test22"]


@pytest.mark.parametrize("name", ["devja21", "devja22"])
def test_devja_sets_are_development_sets_in_the_default_list(name: str) -> None:
    scorer = _scorer()
    assert name in scorer.SPLITS
    assert name not in scorer.HELD_OUT


@pytest.mark.parametrize("name", LISTED)
def test_every_dev4_to_test9_document_is_listed_with_its_source(name: str) -> None:
    readme = (SETS / "README.md").read_text(encoding="utf-8")
    for doc in sorted(p.name for p in (SETS / name).iterdir() if p.name not in NOT_DOCUMENTS):
        assert f"| {doc} | {name} |" in readme, f"{name}/{doc} has no row in bench/ingest_eval/README.md"
