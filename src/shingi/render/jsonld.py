"""The verdict as schema.org ClaimReview JSON-LD, the markup fact-checkers publish for search engines.

Ratings map to a 1-5 scale (docs/reports.md): true 5, mostly_true 4, half_true 3,
mostly_false 2, false 1. ``unverifiable`` has no place on that scale, so its Rating carries no
ratingValue, only the textual ``alternateName`` (schema.org allows a Rating without a value;
a number would claim an order that does not exist). ``datePublished`` is the report's
deterministic date (``SOURCE_DATE_EPOCH``, else the latest evidence, see ``document.report_date``).
The reviewed Claim (``itemReviewed``) carries its ``author`` (the claim's ``speaker``) and its
``datePublished`` (the claim's ``said_on``, or ``--as-of``) when the pack or the command gives them.
"""

from __future__ import annotations

import json
from typing import Any

from shingi.render import labels as L
from shingi.render.document import ReportDocument

#: ratingValue of each rating id on the 1 (worst) to 5 (best) scale; unverifiable has none.
RATING_VALUES: dict[str, int] = {"true": 5, "mostly_true": 4, "half_true": 3, "mostly_false": 2, "false": 1}
BEST_RATING, WORST_RATING = 5, 1
AUTHOR = "shingi"


def claim_review(doc: ReportDocument) -> dict[str, Any]:
    """The ClaimReview object of a report document (plain data, JSON-ready, keys in a fixed order)."""
    rating: dict[str, Any] = {"@type": "Rating"}
    value = RATING_VALUES.get(doc.rating)
    if value is not None:
        rating["ratingValue"] = value
    rating["bestRating"] = BEST_RATING
    rating["worstRating"] = WORST_RATING
    rating["alternateName"] = doc.rating_label or L.rating_short(doc.lang, doc.rating)
    item: dict[str, Any] = {"@type": "Claim", "text": doc.claim}
    # contract 1.1: who made the claim (its speaker) and when (its said_on)
    if doc.claim_author:
        item["author"] = {"@type": doc.claim_author_type, "name": doc.claim_author}
    if doc.claim_date:
        item["datePublished"] = doc.claim_date
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": doc.claim,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": AUTHOR},
        "name": doc.title,
        "inLanguage": doc.lang,
        "reviewBody": doc.diagnosis.reason,
    }
    # The sources the review rests on, first cited first (schema.org CreativeWork.citation; a
    # Claim's "appearance" would say where the claim was made, which a pack does not record).
    cited = [e for e in doc.sources if e.cited and e.url]
    if cited:
        out["citation"] = [{"@type": "CreativeWork", "url": e.url, "name": e.title} for e in cited]
    if doc.date_published:
        out["datePublished"] = doc.date_published
    if doc.url:
        out["url"] = doc.url
    return out


def render_jsonld(doc: ReportDocument) -> str:
    """ClaimReview JSON-LD text (UTF-8, indented, stable key order)."""
    return json.dumps(claim_review(doc), ensure_ascii=False, indent=2) + "\n"
