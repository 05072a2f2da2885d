"""The JSON API under ``/api/v1``; the schema is at ``/openapi.json``.

Answers reuse the CLI's shapes: a diagnosis is exactly ``shingi diagnose --format json``
(:func:`shingi.render.json_out.diagnosis_to_dict`; a kept one adds ``permalink``), evidence rows
are those of ``shingi evidence --format json``, reports are the bytes of ``shingi report``.
Authentication: ``Authorization: Bearer TOKEN`` (or the browser's session cookie for reads).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from shingi.model import InputError
from shingi.serve import desk
from shingi.serve.app import get_session
from shingi.serve.auth import SESSION_COOKIE, TokenCache, add_user, session_user, token_user
from shingi.serve.db import ROLES, DeskClaim, Draft, User
from shingi.serve.packs import PackStore

router = APIRouter(prefix="/api/v1", tags=["api"])

SessionDep = Annotated[Session, Depends(get_session)]
#: a row number in a URL: within the databases' 32-bit integers
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]
ReportFormat = Literal["html", "pdf", "pptx", "md", "json", "jsonld"]
MEDIA = {
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "jsonld": "application/ld+json",
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def api_user(request: Request, session: SessionDep) -> User:
    """The caller: a bearer token, else the browser's session (for reads only). A read (GET,
    HEAD) may take the token from the worker's :class:`TokenCache`; a write asks the database."""
    auth = request.headers.get("authorization", "")
    user = None
    if auth.lower().startswith("bearer "):
        token = auth[7:].strip()
        if request.method in ("GET", "HEAD"):
            user = cached_token_user(request, session, token)
        else:
            user = token_user(session, token)
    elif request.method in ("GET", "HEAD"):
        # a cookie alone never authorises a write: no cross-site request can change anything
        user = session_user(session, request.cookies.get(SESSION_COOKIE))
    if user is None:
        raise desk.LoginRequired()
    return user


def cached_token_user(request: Request, session: Session, token: str) -> User | None:
    """The token's user from the worker's cache, else from the database (then kept)."""
    cache: TokenCache = request.app.state.tokens
    user = cache.get(token)
    if user is None:
        stamp = cache.stamp()
        user = token_user(session, token)
        if user is not None:
            cache.put(token, user, stamp)
    return user


async def reader(request: Request) -> User:
    """The caller of a request that only reads, such as a diagnosis not kept: a bearer token,
    checked in the worker's cache (no database, no thread) and in the database when not there.
    Async, so the request never leaves the event loop when the token is known."""
    auth = request.headers.get("authorization", "")
    if not auth.lower().startswith("bearer "):
        raise desk.LoginRequired()
    token = auth[7:].strip()
    user = request.app.state.tokens.get(token)
    if user is None:

        def ask() -> User | None:
            with request.app.state.factory() as session:
                return cached_token_user(request, session, token)

        user = await run_in_threadpool(ask)
    if user is None:
        raise desk.LoginRequired()
    return user


UserDep = Annotated[User, Depends(api_user)]


def store_of(request: Request) -> PackStore:
    store: PackStore = request.app.state.store
    return store


def base_url(request: Request) -> str:
    configured = request.app.state.settings.public_url
    return (configured or str(request.base_url)).rstrip("/")


# --- packs and evidence ------------------------------------------------------------------


def pack_overview(store: PackStore, name: str, lang: str | None = None) -> dict[str, Any]:
    """Title, pillars, counts and validation status of a pack (what the packs page shows)."""
    loaded = store.checked(name)
    errors = [str(p) for p in loaded.problems if p.severity == "error"]
    warnings = [str(p) for p in loaded.problems if p.severity != "error"]
    out: dict[str, Any] = {
        "name": name,
        "valid": loaded.pack is not None,
        "errors": errors,
        "warnings": warnings,
    }
    pack = loaded.pack
    if pack is not None:
        meta = pack.meta
        lg = lang or meta.language
        out.update(
            {
                "id": meta.id,
                "title": meta.title.get(lg),
                "language": meta.language,
                "pillars": [{"id": p.id, "name": p.name.get(lg)} for p in meta.pillars],
                "counts": {
                    "sources": len(pack.sources),
                    "entities": len(pack.entities),
                    "events": len(pack.events),
                    "metrics": len(pack.metrics),
                    "observations": len(pack.observations),
                    "claims": len(pack.claims),
                },
                "headline": pack.claims[meta.headline].text if meta.headline in pack.claims else None,
            }
        )
    return out


@router.get("/packs", summary="The packs served, with their validation status")
def list_packs(request: Request, user: UserDep) -> list[dict[str, Any]]:
    store = store_of(request)
    return [pack_overview(store, name) for name in store.names()]


@router.get("/packs/{name}", summary="One pack: title, pillars, counts, problems")
def get_pack(
    name: str, request: Request, user: UserDep, lang: Literal["ja", "en"] | None = None
) -> dict[str, Any]:
    return pack_overview(store_of(request), name, lang)


@router.get("/packs/{name}/evidence", summary="Events and observations, filtered as `shingi evidence`")
def evidence(
    name: str,
    request: Request,
    user: UserDep,
    kind: Literal["all", "events", "observations"] = "all",
    pillar: str | None = None,
    entity: str | None = None,
    metric: str | None = None,
    period: str | None = None,
    text: str | None = None,
    lang: Literal["ja", "en"] | None = None,
) -> list[dict[str, str]]:
    from shingi.pack.query import EvidenceQuery
    from shingi.pack.query import select as select_rows

    pack = store_of(request).load(name)
    query = EvidenceQuery(
        kind=kind,
        pillar=pillar or None,
        entity=entity or None,
        metric=metric or None,
        period=period or None,
        text=text or None,
    )
    with desk.ENGINE_LOCK:
        return select_rows(pack, query, lang or pack.meta.language)


def pack_eval(store: PackStore, name: str, lang: str | None = None) -> Any:
    """Every claim of the pack diagnosed and compared with its expected rating (``shingi eval``)."""
    from shingi.evaluation import evaluate_claims

    pack = store.load(name)
    with desk.ENGINE_LOCK:
        return evaluate_claims(pack, list(pack.claims.values()), lang=lang)


@router.get("/packs/{name}/eval", summary="The pack's claims against their expected ratings (`shingi eval`)")
def eval_pack(
    name: str, request: Request, user: UserDep, lang: Literal["ja", "en"] | None = None
) -> Response:
    return json_answer(pack_eval(store_of(request), name, lang).to_dict())


# --- diagnoses and reports -----------------------------------------------------------------


class DiagnoseRequest(BaseModel):
    claim: str = Field(min_length=1, max_length=desk.CLAIM_MAX, description="the claim text")
    pack: str = Field("japan-ai-2026", description="the pack's name in the packs folder")
    said_on: str | None = Field(
        None, max_length=40, description="when the claim was made (2023-11-02, 2024-Q1 ...): as --as-of"
    )
    speaker: str | None = Field(None, max_length=200, description="who made the claim")
    lang: Literal["ja", "en"] | None = Field(
        None, description="language of the output (default: the claim's)"
    )
    save: bool = Field(False, description="keep it under a permanent link (returned as `permalink`)")


def json_answer(data: Any) -> Response:
    """JSON as the CLI writes it (UTF-8, NaN refused), without FastAPI's generic re-encoding of
    an already JSON-ready dict (the hot path of the load benchmark)."""
    return Response(json.dumps(data, ensure_ascii=False, allow_nan=False), media_type="application/json")


DIAGNOSIS_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the diagnosis, as `shingi diagnose --format json` (contract 1.1), "
        "plus `permalink` when kept",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


@router.post(
    "/diagnose",
    summary="Diagnose a claim: the JSON of `shingi diagnose --format json`",
    response_class=Response,
    responses=DIAGNOSIS_RESPONSE,
)
async def diagnose(
    body: DiagnoseRequest, request: Request, user: Annotated[User, Depends(reader)]
) -> Response:
    """The hot path of the API. A diagnosis that is not kept is worked out on the event loop
    when the engine is free (a few milliseconds of CPU: a hop to a thread would cost more than
    it gives under the GIL), else in a thread that waits for the engine; keeping it writes, so
    the account is checked again in the database first."""
    from shingi.render.json_out import diagnosis_to_dict

    if body.save:
        return await run_in_threadpool(_diagnose_and_keep, body, request)
    d = await desk.diagnose_soon(
        store_of(request), body.pack, body.claim, body.said_on, body.speaker, body.lang
    )
    return json_answer(diagnosis_to_dict(d))


def _diagnose_and_keep(body: DiagnoseRequest, request: Request) -> Response:
    with request.app.state.factory() as session:
        user = api_user(request, session)
        stored = desk.diagnose_and_keep(
            session, store_of(request), user, body.pack, body.claim, body.said_on, body.speaker, body.lang
        )
        session.commit()
        return json_answer({**stored.result, "permalink": f"{base_url(request)}/d/{stored.id}"})


@router.get("/diagnoses/{diagnosis_id}", summary="A kept diagnosis, as it was given")
def get_diagnosis(diagnosis_id: str, request: Request, user: UserDep, session: SessionDep) -> dict[str, Any]:
    """The diagnosis as kept, with ``pack_version`` (the version of the pack it was given
    against) and ``pack_changed`` (whether the pack's files differ now; null when not known)."""
    stored = desk.get_diagnosis(session, diagnosis_id)
    state = desk.pack_state(store_of(request), stored)
    return {
        **stored.result,
        "permalink": f"{base_url(request)}/d/{stored.id}",
        "said_on": stored.said_on,
        "created_at": stored.created_at.isoformat(),
        "pack_version": stored.pack_version,
        "pack_changed": state.changed,
    }


@router.post(
    "/diagnoses/{diagnosis_id}/rerun",
    status_code=201,
    summary="Diagnose a kept diagnosis's claim again against the pack as it is now; kept under a new link",
)
def rerun_diagnosis(
    diagnosis_id: str, request: Request, user: UserDep, session: SessionDep
) -> dict[str, Any]:
    stored = desk.rerun_diagnosis(session, store_of(request), user, diagnosis_id)
    session.commit()
    return {
        **stored.result,
        "permalink": f"{base_url(request)}/d/{stored.id}",
        "pack_version": stored.pack_version,
    }


@router.get("/diagnoses/{diagnosis_id}/report", summary="The report of a kept diagnosis (`shingi report`)")
def diagnosis_report(
    diagnosis_id: str, request: Request, user: UserDep, session: SessionDep, format: ReportFormat = "html"
) -> Response:
    stored = desk.get_diagnosis(session, diagnosis_id)
    url = f"{base_url(request)}/d/{stored.id}"
    data, ext = desk.report(store_of(request), stored, format, url)
    return _file(data, format, f"shingi-{stored.id}.{ext}")


@router.get("/reports", summary="A report of a claim (default: the pack's headline), as `shingi report`")
def report(
    request: Request,
    user: UserDep,
    pack: str = "japan-ai-2026",
    claim: str | None = None,
    format: ReportFormat = "html",
    lang: Literal["ja", "en"] | None = None,
    said_on: str | None = None,
) -> Response:
    from shingi.render.registry import get_renderer, report_document

    store = store_of(request)
    loaded = store.load(pack)
    renderer = get_renderer(format)
    with desk.ENGINE_LOCK:
        doc = report_document(loaded, claim or None, lang, None, as_of=said_on or None)
        data = renderer.render(doc)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _file(raw, format, f"{pack}.{renderer.extension}")


def _file(data: bytes, fmt: str, filename: str) -> Response:
    disposition = "inline" if fmt in ("html", "json", "jsonld", "md") else "attachment"
    return Response(
        data,
        media_type=MEDIA[fmt],
        headers={
            "Content-Disposition": f'{disposition}; filename="{filename}"',
            # a report page is a document, never a script host
            "Content-Security-Policy": "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
            "X-Content-Type-Options": "nosniff",
        },
    )


# --- the claims queue --------------------------------------------------------------------


class ClaimIn(BaseModel):
    text: str = Field(min_length=1, max_length=desk.CLAIM_MAX)
    pack: str = "japan-ai-2026"
    said_on: str | None = Field(None, max_length=40)
    speaker: str | None = Field(None, max_length=200)


class ClaimPatch(BaseModel):
    status: Literal["new", "in_review", "checked"] | None = None
    assignee: str | None = Field(None, max_length=64, description="a user name; empty to unassign")
    notes: str | None = Field(None, max_length=20000)


def claim_dict(session: Session, claim: DeskClaim) -> dict[str, Any]:
    assignee = session.get(User, claim.assignee_id) if claim.assignee_id else None
    return {
        "id": claim.id,
        "pack": claim.pack,
        "text": claim.text,
        "said_on": claim.said_on,
        "speaker": claim.speaker,
        "status": claim.status,
        "assignee": assignee.name if assignee else None,
        "notes": claim.notes,
        "diagnosis": claim.diagnosis_id,
        "rating": (claim.claim_review or {}).get("reviewRating", {}).get("alternateName")
        if claim.claim_review
        else None,
        "published_at": claim.published_at.isoformat() if claim.published_at else None,
        "updated_at": claim.updated_at.isoformat(),
    }


@router.get("/claims", summary="The claims queue")
def list_claims(
    user: UserDep,
    session: SessionDep,
    status: Literal["new", "in_review", "checked", "published"] | None = None,
) -> list[dict[str, Any]]:
    query = select(DeskClaim).order_by(DeskClaim.id.desc())
    if status:
        query = query.where(DeskClaim.status == status)
    return [claim_dict(session, c) for c in session.scalars(query)]


@router.post("/claims", status_code=201, summary="Add a claim to the queue (reviewer)")
def create_claim(body: ClaimIn, request: Request, user: UserDep, session: SessionDep) -> dict[str, Any]:
    claim = desk.add_claim(session, user, body.pack, body.text, body.said_on, body.speaker, store_of(request))
    session.commit()
    return claim_dict(session, claim)


@router.get("/claims/{claim_id}", summary="One claim of the queue")
def get_claim(claim_id: RowId, user: UserDep, session: SessionDep) -> dict[str, Any]:
    return claim_dict(session, desk.get_claim(session, claim_id))


@router.patch("/claims/{claim_id}", summary="Change status, assignee or notes (reviewer)")
def patch_claim(claim_id: RowId, body: ClaimPatch, user: UserDep, session: SessionDep) -> dict[str, Any]:
    claim = desk.update_claim(session, user, claim_id, body.status, body.assignee, body.notes)
    session.commit()
    return claim_dict(session, claim)


@router.post("/claims/{claim_id}/diagnose", summary="Diagnose a queued claim and keep it (reviewer)")
def diagnose_claim(claim_id: RowId, request: Request, user: UserDep, session: SessionDep) -> dict[str, Any]:
    stored = desk.diagnose_claim(session, store_of(request), user, claim_id)
    session.commit()
    return {**stored.result, "permalink": f"{base_url(request)}/d/{stored.id}"}


@router.post("/claims/{claim_id}/publish", summary="Publish the verdict as ClaimReview JSON-LD (editor)")
def publish_claim(claim_id: RowId, request: Request, user: UserDep, session: SessionDep) -> dict[str, Any]:
    review = desk.publish_claim(
        session, store_of(request), user, claim_id, f"{base_url(request)}/published/{claim_id}"
    )
    session.commit()
    return review


@router.get("/claims/{claim_id}/claimreview", summary="The published ClaimReview JSON-LD")
def claim_review(claim_id: RowId, user: UserDep, session: SessionDep) -> Response:
    claim = desk.get_claim(session, claim_id)
    if claim.claim_review is None:
        raise desk.NotFound(f"claim {claim_id} is not published")
    return Response(
        json.dumps(claim.claim_review, ensure_ascii=False, indent=2), media_type="application/ld+json"
    )


# --- drafts ---------------------------------------------------------------------------------


def draft_dict(session: Session, draft: Draft, rows: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": draft.id,
        "pack": draft.pack,
        "title": draft.title,
        "state": draft.state,
        "merge_result": draft.merge_result,
        "created_at": draft.created_at.isoformat(),
    }
    all_rows = desk.draft_rows(session, draft.id)
    out["counts"] = {s: sum(r.status == s for r in all_rows) for s in ("draft", "accepted", "rejected")}
    if rows:
        out["rows"] = [
            {
                "kind": r.kind,
                "id": r.row_id,
                "status": r.status,
                "version": r.version,
                "data": r.data,
                "original": r.original,
            }
            for r in all_rows
        ]
    return out


@router.get("/drafts", summary="Drafts waiting for review or merged")
def list_drafts(user: UserDep, session: SessionDep) -> list[dict[str, Any]]:
    return [draft_dict(session, d) for d in session.scalars(select(Draft).order_by(Draft.id.desc()))]


@router.post(
    "/drafts",
    status_code=201,
    summary="Upload documents or tables (reviewer), or name a file or folder of the server's inbox "
    "(`path`, editor), and ingest them",
)
def upload_draft(
    request: Request,
    user: UserDep,
    session: SessionDep,
    pack: Annotated[str, Form()],
    files: Annotated[list[UploadFile] | None, File()] = None,
    path: Annotated[str | None, Form()] = None,
) -> dict[str, Any]:
    settings = request.app.state.settings
    if path is not None and files:
        raise InputError("give either files to upload or a path in the inbox, not both")
    if path is not None:
        store = store_of(request)
        draft = desk.ingest_path(session, store, settings.data_dir, settings.inbox, user, pack, path)
    else:
        contents = [(f.filename or "document", f.file.read(desk.UPLOAD_MAX_BYTES + 1)) for f in files or []]
        draft = desk.ingest_upload(session, store_of(request), settings.data_dir, user, pack, contents)
    session.commit()
    return draft_dict(session, draft, rows=True)


@router.get("/drafts/{draft_id}", summary="A draft with every row, its review status and version")
def get_draft(draft_id: RowId, user: UserDep, session: SessionDep) -> dict[str, Any]:
    return draft_dict(session, desk.get_draft(session, draft_id), rows=True)


class Decision(BaseModel):
    kind: Literal["event", "observation"]
    id: str = Field(max_length=200)
    status: Literal["accepted", "rejected", "draft"] | None = None
    edits: dict[str, str] | None = Field(None, description="columns to change (not the place columns)")
    version: int | None = Field(None, description="the version you reviewed; refused (409) if it changed")


class ReviewRequest(BaseModel):
    decisions: list[Decision] = Field(min_length=1, max_length=5000)


@router.post("/drafts/{draft_id}/review", summary="Accept, reject or edit rows, one or many (reviewer)")
def review(draft_id: RowId, body: ReviewRequest, user: UserDep, session: SessionDep) -> dict[str, Any]:
    desk.review_rows(
        session,
        user,
        draft_id,
        [desk.RowDecision(d.kind, d.id, d.status, d.edits, d.version) for d in body.decisions],
    )
    session.commit()
    return draft_dict(session, desk.get_draft(session, draft_id))


@router.post("/drafts/{draft_id}/merge", summary="Merge the accepted rows into the pack (editor)")
def merge(draft_id: RowId, request: Request, user: UserDep) -> dict[str, Any]:
    summary = desk.merge(
        request.app.state.factory, store_of(request), request.app.state.settings.data_dir, user, draft_id
    )
    return summary.to_dict()


# --- activity and users ----------------------------------------------------------------------


@router.get("/activity", summary="The activity log, newest first")
def activity(
    user: UserDep,
    session: SessionDep,
    pack: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[dict[str, Any]]:
    return [
        {
            "at": a.at.isoformat(),
            "user": a.user_name,
            "action": a.action,
            "pack": a.pack,
            "claim": a.claim_id,
            "draft": a.draft_id,
            "row": a.row_id,
            "detail": a.detail,
        }
        for a in desk.activity(session, limit, pack)
    ]


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    role: Literal["viewer", "reviewer", "editor", "admin"]
    password: str = Field(min_length=8, max_length=1000)


@router.get("/users", summary="Accounts (admin)")
def list_users(user: UserDep, session: SessionDep) -> list[dict[str, Any]]:
    desk.require(user, "admin")
    return [
        {"name": u.name, "role": u.role, "active": u.active}
        for u in session.scalars(select(User).order_by(User.name))
    ]


@router.post("/users", status_code=201, summary="Add an account (admin)")
def create_user(body: UserIn, user: UserDep, session: SessionDep) -> dict[str, Any]:
    desk.require(user, "admin")
    new = add_user(session, body.name, body.password, body.role)
    desk.record(session, user, "user_added", detail=f"{new.name} ({new.role})")
    session.commit()
    return {"name": new.name, "role": new.role, "active": new.active}


class UserPatch(BaseModel):
    role: Literal["viewer", "reviewer", "editor", "admin"] | None = None
    active: bool | None = Field(None, description="false switches the account off (its tokens too)")


@router.patch("/users/{name}", summary="Change an account's role or switch it off (admin)")
def patch_user(
    name: str, body: UserPatch, request: Request, user: UserDep, session: SessionDep
) -> dict[str, Any]:
    changed = desk.change_user(session, user, name, body.role, body.active)
    session.commit()
    request.app.state.tokens.accounts_changed()
    return {"name": changed.name, "role": changed.role, "active": changed.active}


@router.get("/me", summary="Who the token belongs to")
def me(user: UserDep) -> dict[str, Any]:
    return {"name": user.name, "role": user.role, "roles": list(ROLES[: ROLES.index(user.role) + 1])}
