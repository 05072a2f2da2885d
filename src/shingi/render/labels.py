"""User-facing strings of the reports, in Japanese and English.

Every word a report prints that does not come from the pack or the diagnosis lives here, so a
translation is one table and the renderers hold no language of their own.
"""

from __future__ import annotations

import re

from shingi.model import RATINGS, Pack

#: Rating labels as reports print them (the ids are the contract's; the labels are ours).
RATING_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "true": "正しい",
        "mostly_true": "ほぼ正しい",
        "half_true": "半分正しく、半分は誇張",
        "mostly_false": "ほぼ誤り",
        "false": "誤り",
        "unverifiable": "検証できない",
    },
    "en": {
        "true": "True",
        "mostly_true": "Mostly true",
        "half_true": "Half true",
        "mostly_false": "Mostly false",
        "false": "False",
        "unverifiable": "Unverifiable",
    },
}

#: Short rating labels for the scale strip and ClaimReview's alternateName.
RATING_SHORT: dict[str, dict[str, str]] = {
    "ja": {
        "true": "正しい",
        "mostly_true": "ほぼ正しい",
        "half_true": "半分正しい",
        "mostly_false": "ほぼ誤り",
        "false": "誤り",
        "unverifiable": "検証不能",
    },
    "en": RATING_LABELS["en"],
}

RESULT_LABELS: dict[str, dict[str, str]] = {
    "ja": {"holds": "成立", "partly": "一部成立", "fails": "不成立", "unknown": "不明"},
    "en": {"holds": "holds", "partly": "partly", "fails": "fails", "unknown": "unknown"},
}

#: Titles of the report's sections, by section id. Pillar sections take the pillar's name.
SECTION_TITLES: dict[str, dict[str, str]] = {
    "ja": {
        "verdict": "総合評価",
        "summary": "概要",
        "timeline": "タイムライン",
        "turning_point": "転換点",
        "institutions": "制度アプローチ",
        "players": "産業実装の主要プレイヤー",
        "gap": "世界水準とのギャップ",
        "comparison": "比較診断",
        "conclusion": "結論",
        "checks": "判定の根拠",
        "conflicts": "情報源の食い違い",
        "sources": "出典",
        "other": "その他",
    },
    "en": {
        "verdict": "Overall verdict",
        "summary": "Summary",
        "timeline": "Timeline",
        "turning_point": "Turning point",
        "institutions": "Institutional approach",
        "players": "Industrial players",
        "gap": "The gap to the frontier",
        "comparison": "Comparison",
        "conclusion": "Conclusion",
        "checks": "How the rating was reached",
        "conflicts": "Where sources disagree",
        "sources": "Sources",
        "other": "Other",
    },
}

TEXT: dict[str, dict[str, str]] = {
    "ja": {
        "report": "総合診断レポート",
        "claim": "検証した主張",
        "rating": "判定",
        "holds": "妥当な点",
        "exaggerated": "誇張・誤りの点",
        "none": "なし",
        "checks": "検証項目",
        "statement": "検証した内容",
        "result": "結果",
        "reason": "理由",
        "evidence": "根拠",
        "numbers": "数値の照合",
        "said_by": "発言者",
        "said_on": "発言日",
        "definition": "定義",
        "what_next": "その後の証拠（判定には用いない）",
        "what": "項目",
        "claimed": "主張の値",
        "found": "資料の値",
        "date": "日付",
        "event": "出来事",
        "amount": "金額・規模",
        "sources_col": "出典",
        "entity": "対象",
        "metric": "指標",
        "period": "時期",
        "value": "値",
        "note": "注記",
        "ratio": "比",
        "turning_point": "転換点",
        "baseline": "平常時",
        "score": "スコア",
        "active_pillars": "同時に動いた柱",
        "events_count": "件",
        "month": "月",
        "chart_timeline": "柱ごとの月別の出来事（{span}）",
        "significance_1": "小",
        "significance_2": "中",
        "significance_3": "大",
        "significance": "重要度",
        "folded": "出来事のない月",
        "robust_z_note": (
            "ロバストz：その月の出来事の重要度合計が、平常月の中央値から頑健な標準偏差"
            "（中央絶対偏差×1.4826）の何倍上にあるか。{threshold}以上を転換点とする。"
        ),
        "chart_timeline_alt": "柱 × 月の出来事の分布",
        "observations": "観測値",
        "categories": "制度・方針の区分",
        "conflict_note": "同じ対象・指標・時期について、出典によって値が異なります。",
        "publisher": "発行",
        "published": "公開",
        "url": "URL",
        "footnote": "出典",
        "generated_by": "shingi による自動生成。すべての数値と日付に出典番号を付しています。",
        "scale": "判定の尺度",
        "gap_subject": "対象",
        "gap_frontier": "最前線",
        "about": "約",
        "more_than": "超",
        "at_least": "以上",
        "less_than": "未満",
        "at_most": "以下",
        "conversion": "換算",
        "more": "ほか",
        "slide_sources_more": "ほか {n} 件（HTML 版を参照）",
        "lower_is_better": "（小さいほど良い）",
        "pack": "パック",
        "key_numbers": "{title}：数字で見る",
        "events_on_slide": "主な出来事（全{n}件）",
    },
    "en": {
        "report": "Diagnosis report",
        "claim": "Claim checked",
        "rating": "Rating",
        "holds": "What holds",
        "exaggerated": "What is exaggerated or wrong",
        "none": "none",
        "checks": "Checks",
        "statement": "Statement",
        "result": "Result",
        "reason": "Reason",
        "evidence": "Evidence",
        "numbers": "Numbers compared",
        "said_by": "Said by",
        "said_on": "Said on",
        "definition": "definition",
        "what_next": "What happened next (not used for the verdict)",
        "what": "What",
        "claimed": "Claimed",
        "found": "In the sources",
        "date": "Date",
        "event": "Event",
        "amount": "Amount",
        "sources_col": "Sources",
        "entity": "Entity",
        "metric": "Metric",
        "period": "Period",
        "value": "Value",
        "note": "Note",
        "ratio": "ratio",
        "turning_point": "turning point",
        "baseline": "baseline",
        "score": "score",
        "active_pillars": "pillars active at once",
        "events_count": "events",
        "month": "month",
        "chart_timeline": "Events per pillar and month ({span})",
        "significance_1": "minor",
        "significance_2": "notable",
        "significance_3": "major",
        "significance": "Significance",
        "folded": "months without events",
        "robust_z_note": (
            "Robust z: how many robust standard deviations (1.4826 × the median absolute deviation) "
            "the month's events, weighted by significance, lie above the median of the baseline "
            "months; {threshold} or more marks a turning point."
        ),
        "chart_timeline_alt": "Events by pillar and month",
        "observations": "Observations",
        "categories": "Approach and policy categories",
        "conflict_note": "Sources give different values for the same entity, metric and period.",
        "publisher": "Publisher",
        "published": "Published",
        "url": "URL",
        "footnote": "Source",
        "generated_by": "Generated by shingi. Every number and date carries the number of its source.",
        "scale": "Rating scale",
        "gap_subject": "subject",
        "gap_frontier": "frontier",
        "about": "about",
        "more_than": "more than",
        "at_least": "at least",
        "less_than": "less than",
        "at_most": "at most",
        "conversion": "conversion",
        "more": "more",
        "slide_sources_more": "and {n} more (see the HTML report)",
        "lower_is_better": " (lower is better)",
        "pack": "pack",
        "key_numbers": "{title}: the numbers",
        "events_on_slide": "the main events (of {n})",
    },
}

#: Class names of gap measures that have no pillar (docs/parity.md) as headings; a measure with a
#: pillar is headed by the pillar's own name from pack.yaml.
GAP_CLASSES: dict[str, dict[str, str]] = {
    "ja": {"score": "スコア", "money": "金額", "rank": "順位", "other": "その他の指標"},
    "en": {"score": "Score", "money": "Money", "rank": "Rank", "other": "Other measure"},
}


def _lang(lang: str) -> str:
    return lang if lang in TEXT else "en"


def t(lang: str, key: str) -> str:
    """The UI string ``key`` in ``lang`` (English when the language is unknown)."""
    return TEXT[_lang(lang)].get(key, TEXT["en"].get(key, key))


def rating_label(lang: str, rating: str) -> str:
    """The label of a rating id, e.g. ``half_true`` -> 半分正しく、半分は誇張."""
    return RATING_LABELS[_lang(lang)].get(rating, rating)


def rating_short(lang: str, rating: str) -> str:
    """A short label of a rating id, for scales and ClaimReview."""
    return RATING_SHORT[_lang(lang)].get(rating, rating)


def result_label(lang: str, result: str) -> str:
    return RESULT_LABELS[_lang(lang)].get(result, result)


def section_title(lang: str, section_id: str) -> str | None:
    """The title of a known section id, or None for sections named by the pack."""
    return SECTION_TITLES[_lang(lang)].get(section_id)


def gap_class(lang: str, cls: str) -> str:
    return GAP_CLASSES[_lang(lang)].get(cls, cls)


assert set(RATING_LABELS["ja"]) == set(RATINGS) == set(RATING_LABELS["en"])


def category_label(pack: Pack, metric_id: str, value: str, lang: str) -> str:
    """A category value as words, never as an id (see :meth:`shingi.model.Metric.category_label`)."""
    metric = pack.metrics.get(metric_id)
    if metric is None:
        return " ".join(value.replace("_", " ").replace("-", " ").split()) or value
    return metric.category_label(value, lang)


#: An id-shaped text: lowercase words joined by ``-`` or ``_`` (trade-minister, trade_minister).
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


def speaker_name(pack: Pack, speaker: str, lang: str) -> str:
    """Who made a claim, as a reader reads it (contract 1.1 ``speaker``: an entity id or free text).

    An entity of the pack by its name in ``lang``. Free text shows as written, but a slug
    (``trade-minister``) is an analyst's shorthand in the shape of an id, not a name anyone
    writes, so its ``-`` and ``_`` become spaces ("trade minister"). A name with a capital or a
    space (``Jean-Pierre Dupont``) and any non-Latin text keep their spelling.
    """
    ent = pack.entities.get(speaker)
    if ent is not None:
        return ent.name(lang)
    if _SLUG.fullmatch(speaker):
        return re.sub(r"[-_]+", " ", speaker)
    return speaker
