"""End to end in a real browser: ``shingi serve``'s app under uvicorn on loopback, Debian's
Chromium driven by Playwright, through log-in -> diagnose the headline claim -> review a draft
-> merge -> publish, on SQLite and on the machine's PostgreSQL.

Skipped, with the reason, only when Chromium, Playwright or (for the PostgreSQL run) a server
is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra (pip install 'shingi[serve]')")

from serve_support import HEADLINE, PASSWORD, Desk, database, make_desk, make_packs
from shingi.pack.load import load_pack
from shingi.serve.local import local_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium; .ci/run installs it)",
    ),
]

DOCUMENT = "2026年4月15日\n経済産業省は2026年4月、半導体支援として5000億円の追加支援を決定した。\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Desk, str]]:
    with database(request.param, tmp_path) as db_url:
        desk = make_desk(db_url, make_packs(tmp_path))
        with local_server(desk.settings()) as url:
            yield desk, url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def test_login_diagnose_review_merge_publish(served: tuple[Desk, str], browser: Any, tmp_path: Path) -> None:
    desk, url = served
    page = browser.new_page()
    page.set_default_timeout(60_000)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(url) else problems.append(f"request {r.url}"))

    # log in
    page.goto(url + "/")
    page.fill("input[name=name]", "editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login")
    page.wait_for_url(url + "/packs")
    assert "japan-ai-2026" in page.inner_text("main")
    page.click("text=japan-ai-2026")
    page.wait_for_load_state("load")
    assert page.locator("figure.timeline svg").count() == 1

    # diagnose the headline claim, with its date and speaker
    page.click("text=Diagnose")
    page.fill("#claim", HEADLINE)
    # the verdict follows the claim as it is typed, before anything is kept
    page.wait_for_selector("#preview #rating")
    assert page.inner_text("#preview #rating").strip() == "Half true"
    page.fill("#said_on", "2026-04-30")
    page.fill("#speaker", "A commentator")
    page.click("#run")
    page.wait_for_url(url + "/d/**")
    assert page.inner_text("#rating").strip() == "Half true"
    assert page.locator("#checks article").count() >= 2
    assert "A commentator" in page.inner_text("main")
    permalink = page.url
    page.goto(url + "/packs")
    page.goto(permalink)  # the permanent link shows the same verdict
    assert page.inner_text("#rating").strip() == "Half true"

    # upload a document, review its rows, merge
    doc = tmp_path / "release.txt"
    doc.write_text(DOCUMENT, encoding="utf-8")
    page.goto(url + "/drafts")
    page.set_input_files("#files", str(doc))
    page.click("#upload")
    page.wait_for_url(url + "/drafts/*")
    rows = page.locator("table.review tbody tr")
    assert rows.count() >= 1
    assert page.locator("td.quote mark").count() >= 1  # the fact's words are marked in its sentence
    event_row = page.locator("tr[id^=row-ev-]").first
    event_id = (event_row.get_attribute("id") or "")[4:]
    event_row.locator("button.accept").click()
    page.wait_for_load_state("load")
    assert page.locator(f"tr#row-{event_id}").get_attribute("class") == "row-accepted"
    before = len(load_pack(desk.packs / "japan-ai-2026").events)
    page.click("#merge")
    page.wait_for_load_state("load")
    assert page.inner_text("#draft-state").strip() == "merged"
    assert "1 event(s)" in page.inner_text("#merge-result") or "already in the pack" in page.inner_text(
        "#merge-result"
    )
    assert len(load_pack(desk.packs / "japan-ai-2026").events) in (before, before + 1)

    # the claims desk: add the claim, diagnose it, publish it
    page.goto(url + "/claims")
    page.fill("#new-claim", HEADLINE)
    page.click("#add-claim")
    page.wait_for_url(url + "/claims/*")
    page.click("#diagnose-claim")
    page.wait_for_load_state("load")
    assert page.inner_text("#claim-status").strip() == "in review"
    page.click("#publish")
    page.wait_for_load_state("load")
    assert page.inner_text("#claim-status").strip() == "published"
    review = json.loads(page.inner_text("#claimreview"))
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["ratingValue"] == 3
    page.click("#published-link")
    page.wait_for_load_state("load")
    block = page.locator("script[type='application/ld+json']").first.text_content() or ""
    assert json.loads(block)["claimReviewed"] == HEADLINE

    # the activity log has it all
    page.goto(url + "/activity")
    log = page.inner_text("#activity")
    for action in ("diagnosed", "ingested", "accepted", "merged", "claim_added", "published"):
        assert action in log, action
    assert problems == []
    page.close()
