"""Write a large synthetic evidence pack (format v1), for load and diagnosis benchmarks.

    python bench/synth_pack.py OUT_DIR --events 100000 --observations 100000 --seed 1

The pack is valid to the contract: pillars, countries with frontier entities, companies and
models with aliases in Japanese and English, metrics of every kind, events with periods of
every precision and amounts in several spellings and currencies, observations as series,
and claims. The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

PILLARS = [
    ("policy", "政策・資金", "Policy & funding"),
    ("compute", "半導体・計算基盤", "Compute"),
    ("models", "企業・基盤モデル", "Companies & models"),
    ("research", "研究・物理AI", "Research"),
]
COUNTRIES = [
    ("JP", "日本", "Japan"),
    ("US", "米国", "United States"),
    ("CN", "中国", "China"),
    ("UK", "英国", "United Kingdom"),
    ("DE", "ドイツ", "Germany"),
    ("FR", "フランス", "France"),
    ("KR", "韓国", "South Korea"),
    ("IN", "インド", "India"),
]
KINDS = [
    "policy",
    "funding",
    "investment",
    "launch",
    "release",
    "publication",
    "operation_start",
    "deployment",
    "partnership",
    "plan",
    "milestone",
]
VERBS_JA = [
    "投資を発表",
    "モデルを公開",
    "論文を掲載",
    "運用を開始",
    "提携を発表",
    "支援を決定",
    "計画を公表",
]
VERBS_EN = [
    "announces investment",
    "releases model",
    "publishes paper",
    "starts operation",
    "announces partnership",
    "approves support",
    "publishes plan",
]
METRICS = [
    ("private_investment", "民間投資額", "private investment", "USD", "amount"),
    ("gpu_share", "GPUシェア", "GPU share", "%", "share"),
    ("bench_score", "ベンチマーク得点", "benchmark score", "%", "score"),
    ("supercomputers", "スパコン台数", "supercomputers", "count", "count"),
    ("gdp_ratio", "GDP比", "share of GDP", "%", "share"),
]


def period(rng: random.Random) -> str:
    year = rng.randint(2015, 2026)
    form = rng.random()
    if form < 0.45:
        return f"{year}-{rng.randint(1, 12):02d}"
    if form < 0.75:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if form < 0.85:
        return f"{year}-Q{rng.randint(1, 4)}"
    if form < 0.92:
        return f"{year}-H{rng.randint(1, 2)}"
    if form < 0.97:
        return f"FY{year}"
    return str(year)


def amount(rng: random.Random) -> tuple[str, str]:
    form = rng.random()
    if form < 0.3:
        return f"{rng.randint(1, 9999):,}億", "JPY"
    if form < 0.5:
        return f"{rng.randint(1, 99) / 10}兆", "JPY"
    if form < 0.7:
        return f"{rng.randint(1, 500)} bn", "USD"
    if form < 0.8:
        return f"約{rng.randint(1, 900)}M", "USD"
    return f"{rng.randint(1000, 9_999_999):,}", "USD"


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def generate(out: Path, n_events: int, n_obs: int, seed: int, n_companies: int = 400) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    pillars_yaml = "\n".join(f'  - id: {p}\n    name: {{ja: "{ja}", en: "{en}"}}' for p, ja, en in PILLARS)
    (out / "pack.yaml").write_text(
        "id: synthetic\n"
        'title: {ja: "合成パック", en: "Synthetic pack"}\n'
        "language: ja\nsubject: JP\nfrontier: [US, CN]\n"
        f"pillars:\n{pillars_yaml}\n"
        "headline: c1\n"
        "fx:\n  JPY: {2015: 121.0, 2020: 106.8, 2024: 151.4, 2025: 150.0, 2026: 150.0}\n",
        encoding="utf-8",
    )
    n_sources = 200
    write_csv(
        out / "sources.csv",
        ["id", "title", "publisher", "url", "published", "kind", "lang"],
        [
            [
                f"src{i}",
                f"Source {i}",
                f"Publisher {i % 17}",
                f"https://example.org/{i}",
                f"{rng.randint(2015, 2026)}",
                rng.choice(["news", "government", "report", "company"]),
                rng.choice(["ja", "en"]),
            ]
            for i in range(n_sources)
        ],
    )
    entities = [[c, "country", ja, en, f"{ja}国;{en}s;{c.lower()}", ""] for c, ja, en in COUNTRIES]
    companies = []
    for i in range(n_companies):
        country = COUNTRIES[i % len(COUNTRIES)][0]
        cid = f"co{i}"
        companies.append(cid)
        entities.append([cid, "company", f"企業{i}", f"Company{i}", f"カンパニー{i};Co{i} Inc.", country])
        entities.append([f"m{i}", "model", f"モデル{i}", f"Model-{i}", f"M{i}", country])
    write_csv(out / "entities.csv", ["id", "kind", "name_ja", "name_en", "aliases", "country"], entities)
    write_csv(
        out / "metrics.csv",
        ["id", "name_ja", "name_en", "unit", "aliases", "higher_is_better", "kind"],
        [[m, ja, en, u, f"{en}s", "true", k] for m, ja, en, u, k in METRICS],
    )
    events = []
    for i in range(n_events):
        pillar = PILLARS[i % 4][0]
        actors = ";".join(rng.sample(companies, rng.choice([1, 1, 2])))
        verb = rng.randrange(len(VERBS_JA))
        amt, unit = amount(rng) if rng.random() < 0.4 else ("", "")
        events.append(
            [
                f"e{i}",
                period(rng),
                pillar,
                actors,
                rng.choice(KINDS),
                f"{actors.split(';')[0]}が{VERBS_JA[verb]} #{i}",
                f"{VERBS_EN[verb]} #{i}",
                amt,
                unit,
                f"src{rng.randrange(n_sources)}",
                str(rng.randint(1, 3)),
                "",
            ]
        )
    write_csv(
        out / "events.csv",
        [
            "id",
            "date",
            "pillar",
            "actors",
            "kind",
            "title_ja",
            "title_en",
            "amount",
            "unit",
            "source",
            "significance",
            "note",
        ],
        events,
    )
    obs = []
    holders = [c for c, _, _ in COUNTRIES] + companies + [f"m{i}" for i in range(n_companies)]
    for i in range(n_obs):
        m, _, _, unit, kind = METRICS[i % len(METRICS)]
        entity = holders[(i // len(METRICS)) % len(holders)]
        year = 2015 + (i // (len(METRICS) * len(holders))) % 12
        if kind == "amount":
            value = f"{rng.randint(1, 1000) / 10} bn"
        elif kind == "count":
            value = str(rng.randint(0, 200))
        else:
            value = f"{rng.randint(0, 1000) / 10}"
        obs.append(
            [
                f"o{i}",
                entity,
                m,
                f"{year}-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}",
                value,
                unit,
                f"src{rng.randrange(n_sources)}",
                "",
            ]
        )
    write_csv(
        out / "observations.csv", ["id", "entity", "metric", "period", "value", "unit", "source", "note"], obs
    )
    claims = [
        '- id: c1\n  text: "2026年4月、日本のAIは世界の最前線へ一挙に飛躍した"\n',
        '- id: c2\n  text: "企業3は2024年に投資を発表した"\n',
        '- id: c3\n  text: "Company7 released a model in 2025."\n',
        '- id: c4\n  text: "日本の民間投資額は米国の約100分の1にとどまる"\n',
        '- id: c5\n  text: "Japan holds about 1% of the world\'s GPUs."\n',
    ]
    (out / "claims.yaml").write_text("".join(claims), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--observations", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.out, args.events, args.observations, args.seed)
    print(f"wrote {args.out}: {args.events} events, {args.observations} observations")


if __name__ == "__main__":
    main()
