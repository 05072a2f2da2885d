"""The JSON API of ``shingi serve`` on a real database: SQLite and the machine's PostgreSQL.

What a client would check: the shapes are the CLI's (diagnose, evidence), every write is refused
without the right role, the claims workflow ends in ClaimReview JSON-LD, a reviewed draft merges
into the pack through the library, and two merges into one pack at once lose nothing.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra (pip install 'shingi[serve]')")

from fastapi.testclient import TestClient

from serve_support import (
    DOCUMENT,
    GPU_CLAIM,
    HEADLINE,
    Desk,
    change_gpu_share,
    database,
    make_desk,
    make_packs,
)
from shingi.pack.load import load_pack
from shingi.pack.query import EvidenceQuery, select
from shingi.pipeline.diagnose import diagnose
from shingi.render.json_out import diagnosis_to_dict


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    with database(request.param, tmp_path) as url:
        yield make_desk(url, make_packs(tmp_path, hostile=True))


@pytest.fixture
def client(desk: Desk) -> Iterator[TestClient]:
    from shingi.serve.app import create_app

    with TestClient(create_app(desk.settings())) as c:
        yield c


def upload(
    client: TestClient, desk: Desk, role: str = "reviewer", text: str = DOCUMENT, name: str = "release.txt"
) -> Any:
    return client.post(
        "/api/v1/drafts",
        headers=desk.headers(role),
        data={"pack": "japan-ai-2026"},
        files=[("files", (name, text.encode("utf-8"), "text/plain"))],
    )


def test_diagnose_gives_the_cli_json(client: TestClient, desk: Desk) -> None:
    response = client.post("/api/v1/diagnose", headers=desk.headers("viewer"), json={"claim": HEADLINE})
    assert response.status_code == 200
    expected = diagnosis_to_dict(diagnose(HEADLINE, load_pack(desk.packs / "japan-ai-2026"), lang="ja"))
    assert response.json() == json.loads(json.dumps(expected))
    assert response.json()["rating"] == "half_true"


def test_diagnose_takes_said_on_and_speaker_and_keeps_a_permalink(client: TestClient, desk: Desk) -> None:
    body = {
        "claim": "Japan holds about 1% of the world's GPUs.",
        "said_on": "2026-05-01",
        "speaker": "A minister",
        "save": True,
    }
    response = client.post("/api/v1/diagnose", headers=desk.headers("viewer"), json=body)
    assert response.status_code == 200
    got = response.json()
    assert got["as_of"] == "2026-05-01" and got["speaker"] == "A minister" and got["lang"] == "en"
    link = got["permalink"]
    kept = client.get("/api/v1/diagnoses/" + link.rsplit("/", 1)[1], headers=desk.headers("viewer")).json()
    assert kept["rating"] == got["rating"] and kept["checks"] == got["checks"]
    report = client.get(
        "/api/v1/diagnoses/" + link.rsplit("/", 1)[1] + "/report?format=jsonld",
        headers=desk.headers("viewer"),
    )
    assert report.status_code == 200 and json.loads(report.text)["@type"] == "ClaimReview"


def test_bad_input_is_a_clear_answer(client: TestClient, desk: Desk) -> None:
    h = desk.headers("viewer")
    assert client.post("/api/v1/diagnose", headers=h, json={"claim": ""}).status_code == 422
    r = client.post("/api/v1/diagnose", headers=h, json={"claim": "x", "pack": "../etc"})
    assert r.status_code == 404 and "no pack" in r.json()["error"]
    r = client.post("/api/v1/diagnose", headers=h, json={"claim": "x rose", "said_on": "not a date"})
    assert r.status_code == 400 and r.json()["error"]


def test_packs_and_evidence_are_the_cli_rows(client: TestClient, desk: Desk) -> None:
    h = desk.headers("viewer")
    packs = {p["name"]: p for p in client.get("/api/v1/packs", headers=h).json()}
    assert packs["japan-ai-2026"]["valid"] and packs["japan-ai-2026"]["counts"]["events"] > 0
    assert [p["id"] for p in packs["japan-ai-2026"]["pillars"]] == ["policy", "compute", "models", "research"]
    rows = client.get("/api/v1/packs/japan-ai-2026/evidence?pillar=compute&kind=events", headers=h).json()
    pack = load_pack(desk.packs / "japan-ai-2026")
    assert rows == select(pack, EvidenceQuery(kind="events", pillar="compute"), "ja")
    assert rows and all(r["pillar"] == "compute" for r in rows)


def test_no_token_no_answer(client: TestClient) -> None:
    assert client.get("/api/v1/packs").status_code == 401
    assert client.get("/api/v1/packs", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/api/v1/diagnose", json={"claim": HEADLINE}).status_code == 401


WRITES: list[tuple[str, str, str, dict[str, Any]]] = [
    # (needed role, method, path, json body)
    ("reviewer", "POST", "/api/v1/claims", {"text": "Japan holds about 1% of the world's GPUs."}),
    ("admin", "POST", "/api/v1/users", {"name": "newbie", "role": "viewer", "password": "long enough pw"}),
]


@pytest.mark.parametrize("needed, method, path, body", WRITES)
def test_writes_need_their_role(
    client: TestClient, desk: Desk, needed: str, method: str, path: str, body: dict[str, Any]
) -> None:
    roles = ["viewer", "reviewer", "editor", "admin"]
    for role in roles[: roles.index(needed)]:
        r = client.request(method, path, headers=desk.headers(role), json=body)
        assert r.status_code == 403, (role, r.text)
    r = client.request(method, path, headers=desk.headers(needed), json=body)
    assert r.status_code == 201, r.text


def test_claims_workflow_roles_and_claimreview(client: TestClient, desk: Desk) -> None:
    claim = client.post(
        "/api/v1/claims",
        headers=desk.headers("reviewer"),
        json={"text": HEADLINE, "said_on": "2026-04-30", "speaker": "某評論家"},
    ).json()
    cid = claim["id"]
    assert claim["status"] == "new"
    # a viewer may read the queue but not change it
    assert client.get("/api/v1/claims", headers=desk.headers("viewer")).json()[0]["id"] == cid
    assert (
        client.patch(
            f"/api/v1/claims/{cid}", headers=desk.headers("viewer"), json={"status": "checked"}
        ).status_code
        == 403
    )
    r = client.patch(
        f"/api/v1/claims/{cid}",
        headers=desk.headers("reviewer"),
        json={"assignee": "reviewer", "notes": "看一下", "status": "in_review"},
    )
    assert r.json()["assignee"] == "reviewer" and r.json()["status"] == "in_review"
    d = client.post(f"/api/v1/claims/{cid}/diagnose", headers=desk.headers("reviewer")).json()
    assert d["rating"] == "half_true" and d["speaker"] == "某評論家"
    # publishing is an editor's
    assert client.post(f"/api/v1/claims/{cid}/publish", headers=desk.headers("reviewer")).status_code == 403
    review = client.post(f"/api/v1/claims/{cid}/publish", headers=desk.headers("editor")).json()
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == HEADLINE
    assert review["reviewRating"]["ratingValue"] == 3
    assert review["itemReviewed"]["author"]["name"] == "某評論家"
    assert review["url"].endswith(f"/published/{cid}")
    assert client.get(f"/api/v1/claims/{cid}", headers=desk.headers("viewer")).json()["status"] == "published"
    actions = [a["action"] for a in client.get("/api/v1/activity", headers=desk.headers("viewer")).json()]
    assert {"claim_added", "claim_updated", "claim_diagnosed", "published"} <= set(actions)


def test_review_and_merge_a_draft(client: TestClient, desk: Desk) -> None:
    assert upload(client, desk, role="viewer").status_code == 403
    draft = upload(client, desk).json()
    rows = draft["rows"]
    assert rows and all(r["status"] == "draft" for r in rows)
    events = [r for r in rows if r["kind"] == "event"]
    assert events, rows
    keep, drop = events[0], [r for r in rows if r is not events[0]]
    decisions = [
        {
            "kind": keep["kind"],
            "id": keep["id"],
            "status": "accepted",
            "version": keep["version"],
            "edits": {"title_en": "METI adds 500 billion yen of chip support"},
        }
    ]
    decisions += [{"kind": r["kind"], "id": r["id"], "status": "rejected"} for r in drop]
    h = desk.headers("reviewer")
    assert (
        client.post(
            f"/api/v1/drafts/{draft['id']}/review",
            headers=desk.headers("viewer"),
            json={"decisions": decisions},
        ).status_code
        == 403
    )
    counts = client.post(
        f"/api/v1/drafts/{draft['id']}/review", headers=h, json={"decisions": decisions}
    ).json()
    assert counts["counts"] == {"draft": 0, "accepted": 1, "rejected": len(drop)}
    # a second reviewer who saw the old version is refused, not silently overwriting
    stale = [{**decisions[0], "status": "rejected"}]
    assert (
        client.post(f"/api/v1/drafts/{draft['id']}/review", headers=h, json={"decisions": stale}).status_code
        == 409
    )
    before = load_pack(desk.packs / "japan-ai-2026")
    assert client.post(f"/api/v1/drafts/{draft['id']}/merge", headers=h).status_code == 403
    merged = client.post(f"/api/v1/drafts/{draft['id']}/merge", headers=desk.headers("editor")).json()
    after = load_pack(desk.packs / "japan-ai-2026")
    assert len(merged["events"]) + len(merged["duplicates"]) == 1
    assert len(after.events) == len(before.events) + len(merged["events"])
    if merged["events"]:
        assert after.events[merged["events"][0]].title_en == "METI adds 500 billion yen of chip support"
    # merged once: a second merge is refused and nothing doubles
    assert (
        client.post(f"/api/v1/drafts/{draft['id']}/merge", headers=desk.headers("editor")).status_code == 409
    )
    assert len(load_pack(desk.packs / "japan-ai-2026").events) == len(after.events)
    actions = [a["action"] for a in client.get("/api/v1/activity", headers=h).json()]
    assert {"ingested", "accepted", "rejected", "merge_started", "merged"} <= set(actions)


def test_an_entity_added_by_a_merge_is_matched_by_the_next_ingest(client: TestClient, desk: Desk) -> None:
    first = (
        "April 15, 2026\nMirai Compute Inc. announced in April 2026 a 30 billion yen investment "
        "in an AI data center in Tokyo.\n"
    )
    # named mid-sentence, this shape of name is found only as an entity of the pack
    second = "April 20, 2026\nThe AI data center plan of Mirai Compute got 20 billion yen in April 2026.\n"
    assert [r["data"]["actors"] for r in upload(client, desk, text=second).json()["rows"]] == [""]
    draft = upload(client, desk, text=first).json()
    events = [r for r in draft["rows"] if r["kind"] == "event"]
    assert [r["data"]["actors"] for r in events] == ["mirai-compute"]
    decisions = [{"kind": r["kind"], "id": r["id"], "status": "accepted"} for r in events]
    h = desk.headers("editor")
    review = client.post(f"/api/v1/drafts/{draft['id']}/review", headers=h, json={"decisions": decisions})
    assert review.is_success, review.text
    merged = client.post(f"/api/v1/drafts/{draft['id']}/merge", headers=h).json()
    assert merged["entities"] == ["mirai-compute"]
    again = upload(client, desk, text=second, name="second.txt").json()
    assert [r["data"]["actors"] for r in again["rows"] if r["kind"] == "event"] == ["mirai-compute"]


def test_editors_ingest_a_file_or_folder_of_the_inbox_and_nothing_outside(
    client: TestClient, desk: Desk
) -> None:
    inbox = desk.packs.parent / "inbox"
    (inbox / "batch" / "more").mkdir(parents=True)
    (inbox / "release.txt").write_text(DOCUMENT, encoding="utf-8")
    (inbox / "batch" / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    (inbox / "batch" / "more" / "b.md").write_text(DOCUMENT.replace("5000億円", "3000億円"), encoding="utf-8")
    (inbox / "batch" / "notes.bin").write_bytes(b"\x00\x01")
    outside = desk.packs.parent / "secret.txt"
    outside.write_text(DOCUMENT, encoding="utf-8")

    def ingest(path: str, role: str = "editor") -> Any:
        data = {"pack": "japan-ai-2026", "path": path}
        return client.post("/api/v1/drafts", headers=desk.headers(role), data=data)

    one = ingest("release.txt")
    assert one.status_code == 201, one.text
    assert one.json()["title"] == "release.txt" and one.json()["rows"]
    folder = ingest("batch").json()
    assert folder["title"] == "a.txt, b.md"
    assert ingest(str(inbox / "release.txt")).status_code == 201  # absolute, but inside
    for role in ("viewer", "reviewer"):
        refused = ingest("release.txt", role)
        assert refused.status_code == 403 and "editor" in refused.json()["error"]
    for path in ("../secret.txt", "batch/../../secret.txt", str(outside), "/etc/passwd"):
        refused = ingest(path)
        assert refused.status_code == 403, (path, refused.text)
        assert "outside the inbox" in refused.json()["error"]
    (inbox / "link.txt").symlink_to(outside)
    refused = ingest("link.txt")
    assert refused.status_code == 403 and "outside the inbox" in refused.json()["error"]
    (inbox / "batch" / "more" / "sneaky.txt").symlink_to(outside)
    refused = ingest("batch")
    assert refused.status_code == 403 and "batch/more/sneaky.txt" in refused.json()["error"]
    (inbox / "out").symlink_to(desk.packs, target_is_directory=True)
    assert ingest("out/japan-ai-2026/sources.csv").status_code == 403
    missing = ingest("nothing-here.txt")
    assert missing.status_code == 400 and "no such file or folder" in missing.json()["error"]
    both = client.post(
        "/api/v1/drafts",
        headers=desk.headers("editor"),
        data={"pack": "japan-ai-2026", "path": "release.txt"},
        files=[("files", ("x.txt", DOCUMENT.encode("utf-8"), "text/plain"))],
    )
    assert both.status_code == 400
    drafts = client.get("/api/v1/drafts", headers=desk.headers("viewer")).json()
    assert len(drafts) == 3  # nothing refused left a draft


def test_two_merges_into_one_pack_at_once_lose_nothing(client: TestClient, desk: Desk) -> None:
    docs = [
        "2026年4月10日\nソフトバンクは2026年4月、北海道で1500億円のAIデータセンター投資を発表した。\n",
        "2026年4月20日\n富士通は2026年4月、国産LLMの新版を公開した。\n",
    ]
    drafts = []
    for i, text in enumerate(docs):
        d = upload(client, desk, text=text, name=f"doc{i}.txt").json()
        decisions = [{"kind": r["kind"], "id": r["id"], "status": "accepted"} for r in d["rows"]]
        assert decisions, d
        client.post(
            f"/api/v1/drafts/{d['id']}/review",
            headers=desk.headers("reviewer"),
            json={"decisions": decisions},
        )
        drafts.append(d)
    before = load_pack(desk.packs / "japan-ai-2026")
    results: dict[int, Any] = {}

    def run(draft_id: int) -> None:
        results[draft_id] = client.post(f"/api/v1/drafts/{draft_id}/merge", headers=desk.headers("editor"))

    threads = [threading.Thread(target=run, args=(d["id"],)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.status_code == 200 for r in results.values()), [r.text for r in results.values()]
    after = load_pack(desk.packs / "japan-ai-2026")
    added = [e for r in results.values() for e in r.json()["events"]]
    skipped = sum(len(r.json()["duplicates"]) for r in results.values())
    accepted = sum(1 for d in drafts for r in d["rows"] if r["kind"] == "event")
    assert len(added) + skipped == accepted
    assert len(after.events) == len(before.events) + len(added)
    assert set(added) <= set(after.events)


def test_openapi_lists_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/api/v1/diagnose",
        "/api/v1/packs",
        "/api/v1/packs/{name}/evidence",
        "/api/v1/claims",
        "/api/v1/drafts",
        "/api/v1/drafts/{draft_id}/merge",
        "/api/v1/reports",
        "/api/v1/diagnoses/{diagnosis_id}/report",
    ):
        assert path in schema["paths"], path
    assert not any(p.startswith(("/login", "/packs", "/claims")) for p in schema["paths"])


def test_a_merge_cut_off_by_a_crash_is_taken_up_again(client: TestClient, desk: Desk) -> None:
    from sqlalchemy import update

    from shingi.serve.db import Draft, session_factory, utcnow
    from shingi.serve.desk import STALE_MERGE

    draft = upload(client, desk).json()
    decisions = [{"kind": r["kind"], "id": r["id"], "status": "accepted"} for r in draft["rows"]]
    client.post(
        f"/api/v1/drafts/{draft['id']}/review",
        headers=desk.headers("reviewer"),
        json={"decisions": decisions},
    )
    merge_url = f"/api/v1/drafts/{draft['id']}/merge"
    with session_factory(desk.db_url)() as session:  # a worker died while merging, just now
        session.execute(
            update(Draft).where(Draft.id == draft["id"]).values(state="merging", merge_started_at=utcnow())
        )
        session.commit()
    assert client.post(merge_url, headers=desk.headers("editor")).status_code == 409
    with session_factory(desk.db_url)() as session:  # ... long enough ago that no merge still runs
        session.execute(
            update(Draft).where(Draft.id == draft["id"]).values(merge_started_at=utcnow() - STALE_MERGE * 2)
        )
        session.commit()
    merged = client.post(merge_url, headers=desk.headers("editor"))
    assert merged.status_code == 200, merged.text
    assert (
        client.get(f"/api/v1/drafts/{draft['id']}", headers=desk.headers("viewer")).json()["state"]
        == "merged"
    )


def test_the_activity_log_is_append_only_on_postgresql(client: TestClient, desk: Desk) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from shingi.serve.db import engine_for

    client.post("/api/v1/claims", headers=desk.headers("reviewer"), json={"text": "Japan holds 1% of GPUs."})
    if not desk.db_url.startswith("postgresql"):
        pytest.skip("SQLite has no triggers of this kind here; the app never updates or deletes entries")
    with engine_for(desk.db_url).connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("DELETE FROM activity"))
        conn.rollback()
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("UPDATE activity SET detail = 'x'"))
        conn.rollback()
        assert conn.execute(text("SELECT count(*) FROM activity")).scalar_one() >= 1


def test_eval_per_pack_is_shingi_eval(client: TestClient, desk: Desk) -> None:
    from shingi.evaluation import evaluate_claims

    got = client.get("/api/v1/packs/japan-ai-2026/eval", headers=desk.headers("viewer")).json()
    pack = load_pack(desk.packs / "japan-ai-2026")
    assert got == json.loads(json.dumps(evaluate_claims(pack, list(pack.claims.values())).to_dict()))
    assert got["total"] > 0 and got["exact"] <= got["total"]


def test_reports_in_the_cli_formats(client: TestClient, desk: Desk) -> None:
    h = desk.headers("viewer")
    html = client.get("/api/v1/reports", params={"pack": "japan-ai-2026", "format": "html"}, headers=h)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "<script>" not in html.text.lower()  # at most JSON-LD data blocks; CSP runs nothing anyway
    assert "default-src 'none'" in html.headers["content-security-policy"]
    pptx = client.get(
        "/api/v1/reports", params={"pack": "japan-ai-2026", "format": "pptx", "lang": "en"}, headers=h
    )
    assert pptx.status_code == 200 and pptx.content[:2] == b"PK"
    assert "attachment" in pptx.headers["content-disposition"]


def test_admins_manage_users_and_a_switched_off_account_stops_at_once(client: TestClient, desk: Desk) -> None:
    url = "/api/v1/users/reviewer"
    assert client.patch(url, headers=desk.headers("editor"), json={"role": "editor"}).status_code == 403
    changed = client.patch(url, headers=desk.headers("admin"), json={"role": "editor"}).json()
    assert changed == {"name": "reviewer", "role": "editor", "active": True}
    assert client.get("/api/v1/me", headers=desk.headers("reviewer")).json()["role"] == "editor"
    client.patch(url, headers=desk.headers("admin"), json={"active": False})
    assert client.get("/api/v1/me", headers=desk.headers("reviewer")).status_code == 401
    # the last admin cannot lock everyone out
    r = client.patch("/api/v1/users/admin", headers=desk.headers("admin"), json={"role": "viewer"})
    assert r.status_code == 409


def test_a_kept_diagnosis_reports_as_it_was_kept_after_the_pack_changed(
    client: TestClient, desk: Desk, tmp_path: Path
) -> None:
    import shutil

    from shingi.render.registry import get_renderer, report_document

    h = desk.headers("viewer")
    kept = client.post("/api/v1/diagnose", headers=h, json={"claim": GPU_CLAIM, "save": True}).json()
    assert kept["rating"] == "true"
    diagnosis_id = kept["permalink"].rsplit("/", 1)[1]
    before = tmp_path / "before"
    shutil.copytree(desk.packs / "japan-ai-2026", before)
    md_before = client.get(f"/api/v1/diagnoses/{diagnosis_id}/report?format=md", headers=h).text
    assert client.get(f"/api/v1/diagnoses/{diagnosis_id}", headers=h).json()["pack_changed"] is False

    change_gpu_share(desk.packs, "40")
    now = client.get(f"/api/v1/diagnoses/{diagnosis_id}", headers=h).json()
    assert now["pack_changed"] is True and now["rating"] == "true"
    # the export is the kept diagnosis on the pack as it was: byte for byte the report of the old pack
    md_after = client.get(f"/api/v1/diagnoses/{diagnosis_id}/report?format=md", headers=h).text
    old_pack = load_pack(before)
    url = kept["permalink"]
    expected = get_renderer("md").render(
        report_document(old_pack, GPU_CLAIM, "en", url, diagnosis=diagnose(GPU_CLAIM, old_pack, lang="en"))
    )
    assert md_after == md_before == expected
    assert "40" not in {n["found"] for c in kept["checks"] for n in c["numbers"]}
    # a re-run diagnoses against the pack as it is now, under a new link; the old link stays
    rerun = client.post(f"/api/v1/diagnoses/{diagnosis_id}/rerun", headers=h)
    assert rerun.status_code == 201
    fresh = rerun.json()
    assert fresh["permalink"] != kept["permalink"] and fresh["rating"] != "true"
    assert fresh["pack_version"] != now["pack_version"]
    fresh_id = fresh["permalink"].rsplit("/", 1)[1]
    assert client.get(f"/api/v1/diagnoses/{fresh_id}", headers=h).json()["pack_changed"] is False
    assert client.get(f"/api/v1/diagnoses/{diagnosis_id}", headers=h).json()["rating"] == "true"


def test_a_kept_diagnosis_whose_pack_version_is_gone_says_so(client: TestClient, desk: Desk) -> None:
    import shutil

    from shingi.serve.packs import VERSIONS_DIR
    from shingi.serve.settings import DATA_NAME

    h = desk.headers("viewer")
    kept = client.post("/api/v1/diagnose", headers=h, json={"claim": GPU_CLAIM, "save": True}).json()
    diagnosis_id = kept["permalink"].rsplit("/", 1)[1]
    change_gpu_share(desk.packs, "40")
    shutil.rmtree(desk.packs / DATA_NAME / VERSIONS_DIR)
    r = client.get(f"/api/v1/diagnoses/{diagnosis_id}/report?format=md", headers=h)
    assert r.status_code == 409 and "diagnose the claim again" in r.json()["error"]


def test_tokens_are_cached_for_reads_yet_a_switched_off_account_stops_in_every_worker(desk: Desk) -> None:
    """Two apps on one database and packs folder stand for two uvicorn workers: switching an
    account off in one stops its token in the other at once, though the other had it cached."""
    from shingi.serve.app import create_app

    with TestClient(create_app(desk.settings())) as one, TestClient(create_app(desk.settings())) as two:
        h = desk.headers("viewer")
        assert two.post("/api/v1/diagnose", headers=h, json={"claim": GPU_CLAIM}).status_code == 200
        assert two.get("/api/v1/me", headers=h).status_code == 200  # cached in the second worker now
        changed = one.patch("/api/v1/users/viewer", headers=desk.headers("admin"), json={"active": False})
        assert changed.status_code == 200
        assert two.post("/api/v1/diagnose", headers=h, json={"claim": GPU_CLAIM}).status_code == 401
        assert two.get("/api/v1/me", headers=h).status_code == 401
        one.patch("/api/v1/users/viewer", headers=desk.headers("admin"), json={"active": True})
        assert two.get("/api/v1/me", headers=h).status_code == 200
