"""The pages of ``shingi serve``: log-in, CSRF on every form, roles, both languages, and hostile
pack, claim and document text escaped on every page (tests/fixtures/packs/hostile)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra (pip install 'shingi[serve]')")

from fastapi.testclient import TestClient

from serve_support import (
    GPU_CLAIM,
    HEADLINE,
    Desk,
    change_gpu_share,
    csrf_of,
    database,
    login,
    make_desk,
    make_packs,
)
from shingi.pipeline.diagnose import headline_claim

HOSTILE_MARKS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><img')


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with database("sqlite", tmp_path) as url:
        yield make_desk(url, make_packs(tmp_path, hostile=True))


@pytest.fixture
def client(desk: Desk) -> Iterator[TestClient]:
    from shingi.serve.app import create_app

    with TestClient(create_app(desk.settings())) as c:
        yield c


def assert_escaped(html: str) -> None:
    for mark in HOSTILE_MARKS:
        assert mark not in html, f"unescaped {mark!r}"
    # the only scripts a page may carry are JSON-LD data blocks and the app's own files
    assert not re.search(r"<script(?![^>]*(application/ld\+json|src=\"/static/))", html)


def test_pages_need_a_login(client: TestClient) -> None:
    for path in ("/packs", "/diagnose", "/claims", "/drafts", "/activity", "/packs/hostile"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login"), path


def test_wrong_password_is_refused(client: TestClient) -> None:
    page = client.get("/login")
    r = client.post(
        "/login",
        data={"name": "admin", "password": "wrong password", "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert r.status_code == 401 and "shingi_session" not in r.cookies


def test_forms_without_the_csrf_token_are_refused(client: TestClient) -> None:
    login(client, "editor")
    r = client.post("/diagnose", data={"pack": "japan-ai-2026", "claim": HEADLINE}, follow_redirects=False)
    assert r.status_code == 403
    r = client.post(
        "/diagnose",
        data={"pack": "japan-ai-2026", "claim": HEADLINE, "csrf_token": "forged"},
        follow_redirects=False,
    )
    assert r.status_code == 403
    # a token from another browser (another CSRF cookie) is no good either
    other = TestClient(client.app)
    token = csrf_of(other.get("/login").text)
    r = client.post(
        "/claims", data={"pack": "japan-ai-2026", "text": "x", "csrf_token": token}, follow_redirects=False
    )
    assert r.status_code == 403
    # a session cookie never authorises an API write
    r = client.post("/api/v1/claims", json={"text": "x"})
    assert r.status_code == 401


def test_diagnose_page_gives_a_permalink_and_exports(client: TestClient) -> None:
    login(client, "viewer")
    page = client.get("/diagnose?pack=japan-ai-2026")
    assert headline_claim("japan-ai-2026", "en") in page.text  # the headline in the user's language
    r = client.post(
        "/diagnose",
        data={
            "pack": "japan-ai-2026",
            "claim": HEADLINE,
            "said_on": "2026-04-30",
            "speaker": "某評論家",
            "csrf_token": csrf_of(page.text),
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/d/")
    shown = client.get(r.headers["location"])
    assert "half_true" in shown.text and "成り立つ点" not in shown.text  # an English user sees English
    assert "What holds" in shown.text and "某評論家" in shown.text
    md = client.get(r.headers["location"] + "/report.md")
    assert md.status_code == 200 and HEADLINE in md.text
    client.get("/lang/ja?next=/packs")
    assert "成り立つ点" in client.get(r.headers["location"]).text


def test_viewer_sees_no_write_forms_and_cannot_post(client: TestClient) -> None:
    login(client, "viewer")
    page = client.get("/claims")
    assert 'id="add-claim"' not in page.text
    r = client.post(
        "/claims",
        data={"pack": "japan-ai-2026", "text": "x", "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert r.status_code == 403
    assert client.get("/users").status_code == 403


def test_hostile_text_is_escaped_on_every_page(client: TestClient) -> None:
    login(client, "admin")
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    pages = [
        "/packs",
        "/packs/hostile",
        "/packs/hostile?text=%3Cscript%3E",
        "/packs/hostile?kind=observations",
        "/packs/hostile/eval",
    ]
    # a hostile claim through the diagnose page and the claims desk
    form = client.get("/diagnose?pack=hostile")
    r = client.post(
        "/diagnose",
        data={
            "pack": "hostile",
            "claim": evil + " plan released in 2025",
            "speaker": evil,
            "csrf_token": csrf_of(form.text),
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    pages.append(r.headers["location"])
    r = client.post(
        "/claims",
        data={"pack": "hostile", "text": evil, "speaker": evil, "csrf_token": csrf_of(form.text)},
        follow_redirects=False,
    )
    claim_page = r.headers["location"]
    client.post(claim_page, data={"notes": evil, "csrf_token": csrf_of(form.text)})
    client.post(claim_page, data={"action": "publish", "csrf_token": csrf_of(form.text)})
    pages += [claim_page, "/claims", "/activity", "/published/" + claim_page.rsplit("/", 1)[1]]
    # a hostile document through ingest
    r = client.post(
        "/drafts",
        data={"pack": "japan-ai-2026", "csrf_token": csrf_of(form.text)},
        files=[
            (
                "files",
                (
                    "<b>evil</b>.txt",
                    f"2026年4月1日\n{evil}経済産業省は2026年4月、5000億円の支援を決定した。\n".encode(),
                    "text/plain",
                ),
            )
        ],
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    pages += [r.headers["location"], "/drafts"]
    for path in pages:
        html = client.get(path).text
        assert_escaped(html)
    published = client.get(pages[-3]).text
    assert "&lt;script&gt;" in client.get(claim_page).text
    assert "\\u003cscript\\u003e" in published  # the JSON-LD block cannot close its script element


def test_pack_overview_shows_the_timeline_and_eval(client: TestClient) -> None:
    login(client, "viewer")
    page = client.get("/packs/japan-ai-2026").text
    assert '<figure class="timeline">' in page and "<svg" in page
    assert 'id="eval-link"' in page
    summary = client.get("/packs/japan-ai-2026/eval").text
    assert 'id="eval-summary"' in summary


def test_the_verdict_follows_the_claim_as_it_is_typed(client: TestClient) -> None:
    login(client, "viewer")
    assert 'src="/static/diagnose.js"' in client.get("/diagnose").text
    fragment = client.get("/diagnose/preview", params={"pack": "japan-ai-2026", "claim": HEADLINE}).text
    assert 'id="rating"' in fragment and "half_true" in fragment
    before = client.get("/api/v1/activity").json()
    assert not any(a["action"] == "diagnosed" for a in before)  # a preview keeps nothing
    evil = client.get(
        "/diagnose/preview", params={"pack": "hostile", "claim": "<script>alert(1)</script> rose"}
    )
    assert_escaped(evil.text)
    assert client.get("/diagnose/preview", params={"claim": ""}).text.startswith('<p class="error">')


def test_admin_changes_a_role_on_the_users_page(client: TestClient) -> None:
    login(client, "admin")
    page = client.get("/users")
    assert 'id="user-viewer"' in page.text
    r = client.post(
        "/users/viewer", data={"role": "reviewer", "csrf_token": csrf_of(page.text)}, follow_redirects=False
    )
    assert r.status_code == 303
    users = {u["name"]: u for u in client.get("/api/v1/users").json()}
    assert users["viewer"]["role"] == "reviewer"
    assert any(a["action"] == "user_changed" for a in client.get("/api/v1/activity").json())


def test_pages_carry_the_reports_japanese_font(client: TestClient) -> None:
    from shingi.render.fonts import ipaex_path

    login(client, "viewer")
    assert 'href="/static/style.css"' in client.get("/packs").text
    css = client.get("/static/style.css").text
    face = re.search(r"@font-face\s*\{[^}]*\}", css)
    assert face, css
    assert 'font-family: "ShingiIPAex"' in face.group(0)
    assert 'url("/fonts/ipaexg.ttf")' in face.group(0)
    body = re.search(r"body\s*\{[^}]*font-family:([^;]+);", css)
    assert body, css
    families = [f.strip().strip('"') for f in body.group(1).split(",")]
    # after the system's own Japanese fonts, before the generic fallback
    assert families.index("ShingiIPAex") > families.index("Hiragino Sans")
    assert families[-1] == "sans-serif"
    font = client.get("/fonts/ipaexg.ttf")
    assert font.status_code == 200
    assert font.headers["content-type"] == "font/ttf"
    assert "max-age=31536000" in font.headers["cache-control"]
    assert font.content == ipaex_path().read_bytes()
    client.cookies.clear()
    assert client.get("/fonts/ipaexg.ttf").status_code == 200  # the log-in page needs it too


def test_only_editors_get_the_inbox_form_and_it_ingests_from_it(client: TestClient, desk: Desk) -> None:
    inbox = desk.packs.parent / "inbox"
    inbox.mkdir()
    (inbox / "release.txt").write_text(
        "2026年4月15日\n経済産業省は2026年4月、半導体支援として5000億円の追加支援を決定した。\n",
        encoding="utf-8",
    )
    login(client, "reviewer")
    page = client.get("/drafts").text
    assert 'name="files"' in page and 'name="path"' not in page
    refused = client.post(
        "/drafts",
        data={"pack": "japan-ai-2026", "path": "release.txt", "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )
    assert refused.status_code == 403
    client.cookies.clear()
    login(client, "editor")
    page = client.get("/drafts").text
    assert 'name="path"' in page and str(inbox) in page
    form = {"pack": "japan-ai-2026", "path": "release.txt", "csrf_token": csrf_of(page)}
    r = client.post("/drafts", data=form, follow_redirects=False)
    assert r.status_code == 303, r.text
    assert "release.txt" in client.get(r.headers["location"]).text
    r = client.post(
        "/drafts",
        data={
            "pack": "japan-ai-2026",
            "path": "../packs/japan-ai-2026/sources.csv",
            "csrf_token": csrf_of(page),
        },
    )
    assert r.status_code == 403 and "outside the inbox" in r.text


def test_a_kept_diagnosis_says_when_its_pack_changed_and_offers_a_rerun(
    client: TestClient, desk: Desk
) -> None:
    login(client, "viewer")
    page = client.get("/diagnose?pack=japan-ai-2026")
    r = client.post(
        "/diagnose",
        data={"pack": "japan-ai-2026", "claim": GPU_CLAIM, "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    link = r.headers["location"]
    shown = client.get(link).text
    assert 'id="pack-changed"' not in shown and "Pack version" in shown
    md_kept = client.get(link + "/report.md").text
    change_gpu_share(desk.packs, "40")
    shown = client.get(link).text
    assert 'id="pack-changed"' in shown and f'action="{link}/rerun"' in shown
    assert client.get(link + "/report.md").text == md_kept  # still the diagnosis as it was kept
    # the re-run is a form like any other: refused without its CSRF token
    assert client.post(link + "/rerun", data={}, follow_redirects=False).status_code == 403
    rerun = client.post(link + "/rerun", data={"csrf_token": csrf_of(shown)}, follow_redirects=False)
    assert rerun.status_code == 303 and rerun.headers["location"] != link
    fresh = client.get(rerun.headers["location"]).text
    assert 'id="pack-changed"' not in fresh
    assert client.get(rerun.headers["location"] + "/report.md").text != md_kept


def test_the_review_page_marks_the_span_ingest_recorded(client: TestClient) -> None:
    login(client, "reviewer")
    page = client.get("/drafts").text
    document = (
        "2026年4月15日\n"
        "経済産業省は2026年4月、半導体支援として５０００億円の追加支援を決定した。\n"
        "<b>日本</b>のGPU資源の世界シェアは2026年に約1%だった。\n"
    )
    r = client.post(
        "/drafts",
        data={"pack": "japan-ai-2026", "csrf_token": csrf_of(page)},
        files=[("files", ("release.txt", document.encode("utf-8"), "text/plain"))],
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    html = client.get(r.headers["location"]).text
    marks = re.findall(r"<mark>(.*?)</mark>", html)
    # the amount as the document wrote it (full-width), not the event's whole title; the figure
    assert "５０００億円" in marks and "約1%" in marks, marks
    assert "&lt;b&gt;日本&lt;/b&gt;" in html and "<b>日本" not in html  # the quote stays escaped
