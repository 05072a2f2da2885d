"""The HTML report in a real browser: no console errors, nothing runs, readable on a phone.

Uses Debian's Chromium at /usr/bin/chromium through Playwright (never a downloaded browser);
skipped when it is not installed. Set SHINGI_SCREENSHOT=path to keep the desktop screenshot.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from shingi.render.html import render_html
from test_report_document import BUNDLED, document

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                       "(apt-get install chromium); Playwright never downloads a browser here"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _open(browser: Any, html_file: Path, width: int, height: int) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: errors.append(f"request {r.url}") if not r.url.startswith(
        ("file:", "data:", "about:")) else None)
    page.goto(html_file.as_uri())
    page.wait_for_load_state("load")
    return page, errors, dialogs


def test_bundled_report_opens_without_console_errors(browser: Any, tmp_path: Path) -> None:
    html_file = tmp_path / "report.html"
    html_file.write_text(render_html(document(BUNDLED, "ja")), encoding="utf-8")
    page, errors, dialogs = _open(browser, html_file, 1100, 900)
    assert errors == [] and dialogs == []
    assert page.locator("section#verdict .badge").inner_text().strip()
    assert page.locator("svg.chart-svg").count() >= 4
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    keep = os.environ.get("SHINGI_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
    # a footnote click lands on its source entry
    page.locator("sup.fn a").first.click()
    assert page.evaluate("location.hash").startswith("#src-")
    page.close()


def test_report_fits_a_phone_screen(browser: Any, tmp_path: Path) -> None:
    html_file = tmp_path / "report.html"
    html_file.write_text(render_html(document(BUNDLED, "en")), encoding="utf-8")
    page, errors, _ = _open(browser, html_file, 375, 740)
    assert errors == []
    # the page does not scroll sideways: wide tables scroll inside their own box
    assert page.evaluate("document.documentElement.scrollWidth") <= 375 + 1
    page.close()


def test_hostile_pack_runs_nothing(browser: Any, tmp_path: Path) -> None:
    html_file = tmp_path / "hostile.html"
    html_file.write_text(render_html(document("hostile", "en")), encoding="utf-8")
    page, errors, dialogs = _open(browser, html_file, 1100, 900)
    page.wait_for_timeout(200)
    assert dialogs == []  # no alert(1) fired
    assert errors == []  # and no <img src=x> was requested
    assert "{{ 7*7 }}" in page.inner_text("body")
    page.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_short_cells_never_break_mid_word_on_a_phone(browser: Any, tmp_path: Path, lang: str) -> None:
    """不成/立 or 2026/年 on two lines reads as two things: dates, results and values stay whole."""
    html_file = tmp_path / f"report-{lang}.html"
    html_file.write_text(render_html(document(BUNDLED, lang)), encoding="utf-8")
    page, errors, _ = _open(browser, html_file, 375, 740)
    assert errors == []
    wrapped = page.evaluate(
        """() => [...document.querySelectorAll('td.nw')].filter(td => {
               const r = document.createRange(); r.selectNodeContents(td);
               const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
               return tops.size > 1 && !td.querySelector('sup');
           }).map(td => td.innerText)"""
    )
    assert wrapped == []
    results = page.evaluate("[...document.querySelectorAll('#checks td.nw')].map(td => td.innerText)")
    assert any(r.strip() in ("不成立", "成立", "holds", "fails") for r in results)
    page.close()
