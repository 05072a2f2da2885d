"""A modifier in the place of the name's (docs/verdict-rules.md §4.13): a measure linked by some of
its name's words is not the measure when the claim's noun phrase puts another word where the name
has one of its own ("household electricity bills" for "Average household water bill", "used car
sales" for "New car sales", 「外国人留学生の数」 for 外国人労働者数, "junior high school teachers" for
"Elementary school teachers"). The statement is left unknown, never false. A paraphrase that adds a
word and keeps every word of the name still links."""

from __future__ import annotations

import pytest

from pack_builder import small_pack
from shingi.model import Pack
from shingi.pipeline.diagnose import diagnose

METRICS = [
    ["water_bill", "家庭の平均水道料金", "Average household water bill", "NLD", "", "false", "amount", ""],
    ["new_car_sales", "新車販売台数", "New car sales", "count", "", "true", "amount",
     "Registrations of new passenger cars"],
    ["elem_teachers", "小学校教員数", "Elementary school teachers", "count", "", "", "amount", ""],
    ["foreign_workers", "外国人労働者数", "Number of foreign workers", "人", "", "", "amount", ""],
]
OBSERVATIONS = [
    ["w1", "NL", "water_bill", "2023", "400", "NLD", "stat", ""],
    ["w2", "NL", "water_bill", "2024", "480", "NLD", "stat", ""],
    ["c1", "NL", "new_car_sales", "2023", "100000", "count", "stat", ""],
    ["c2", "NL", "new_car_sales", "2024", "120000", "count", "stat", ""],
    ["t1", "NL", "elem_teachers", "2023", "50000", "count", "stat", ""],
    ["t2", "NL", "elem_teachers", "2024", "45000", "count", "stat", ""],
    ["f1", "NL", "foreign_workers", "2023", "2048675", "人", "stat", ""],
    ["f2", "NL", "foreign_workers", "2024", "2302587", "人", "stat", ""],
]


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return small_pack(tmp_path_factory, "modifier-place", METRICS, OBSERVATIONS)


@pytest.mark.parametrize(("claim", "lang"), [
    ("In Norland, the average household electricity bill was 480 in 2024.", "en"),
    ("In Norland, household electricity bills rose 20% in 2024.", "en"),
    ("In Norland, used car sales rose 20% in 2024.", "en"),
    ("In Norland, the number of junior high school teachers fell by 10% in 2024.", "en"),
    ("ノーランドの外国人留学生の数は2024年に約230万人だった。", "ja"),
    ("外国人留学生の数は2024年に12%増えた。", "ja"),
    ("ノーランドの中古車販売台数は2024年に20%増えた。", "ja"),
])
def test_another_thing_of_the_kind_is_not_the_measure(claim: str, lang: str, pack: Pack) -> None:
    d = diagnose(claim, pack, lang=lang, as_of="2025-06-01")
    assert d.rating == "unverifiable"


@pytest.mark.parametrize(("claim", "lang"), [
    # a word added, every word of the name said
    ("In Norland, the average monthly water bill for households was 480 in 2024.", "en"),
    ("In Norland, household water bills rose 20% in 2024.", "en"),
    # how the figure is taken ("typical" for "average") is no other thing of the kind
    ("In Norland, the typical household water bill was 480 in 2024.", "en"),
    # "passenger" is in the measure's definition; "new" and "car" are said
    ("In Norland, new passenger car sales rose 20% in 2024.", "en"),
    ("In Norland, sales of new cars rose 20% in 2024.", "en"),
    ("In Norland, the number of public elementary school teachers fell by 10% in 2024.", "en"),
    ("ノーランドの外国人労働者の数は2024年に約230万人だった。", "ja"),
    ("ノーランドで働く外国人労働者の数は2024年に約230万人だった。", "ja"),
    ("ノーランドの新車販売台数は2024年に20%増えた。", "ja"),
])
def test_a_paraphrase_that_adds_a_word_still_links(claim: str, lang: str, pack: Pack) -> None:
    d = diagnose(claim, pack, lang=lang, as_of="2025-06-01")
    assert d.rating == "true"
