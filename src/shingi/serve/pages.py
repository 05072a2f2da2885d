"""The server-rendered pages (Jinja2 with autoescape on every template; Japanese and English).

Every page but the log-in form and published verdicts needs a logged-in user; every form
posts a CSRF token (:func:`form_of` checks it before anything else is read); every write goes
through :mod:`shingi.serve.desk`, which checks the role. All text from packs, claims and
documents reaches the HTML through Jinja's autoescape only.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile

from shingi.model import InputError, ShingiError
from shingi.serve import desk
from shingi.serve.api import MEDIA, RowId, base_url, claim_dict, draft_dict, pack_overview, store_of
from shingi.serve.app import get_session
from shingi.serve.auth import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_DAYS,
    add_user,
    authenticate,
    csrf_ok,
    csrf_token,
    end_session,
    new_api_token,
    session_user,
    start_session,
)
from shingi.serve.db import CLAIM_STATUSES, ROLES, DeskClaim, Draft, User
from shingi.serve.i18n import LANGS, translate

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "shingi_lang"
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)

router = APIRouter(include_in_schema=False)
env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
SessionDep = Annotated[Session, Depends(get_session)]


def page_lang(request: Request, user: User | None = None) -> str:
    lang = request.cookies.get(LANG_COOKIE) or (user.lang if user else None) or "ja"
    return lang if lang in LANGS else "ja"


def render(
    request: Request, template: str, user: User | None, http_status: int = 200, **context: Any
) -> HTMLResponse:
    """A page: the template with the user, the language, ``t`` and the CSRF token of this browser."""
    cookie = request.cookies.get(CSRF_COOKIE)
    fresh = cookie is None
    if cookie is None:
        cookie = secrets.token_urlsafe(24)
    lang = page_lang(request, user)
    html = env.get_template(template).render(
        request=request,
        user=user,
        lang=lang,
        t=lambda key: translate(lang, key),
        csrf=csrf_token(request.app.state.secret, cookie),
        roles=ROLES,
        can=lambda role: desk.has_role(user, role),
        path=request.url.path,
        **context,
    )
    response = HTMLResponse(html, status_code=http_status)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    if fresh:
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict")
    return response


def error_page(request: Request, status: int, message: str) -> Response:
    if status == 401:
        return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
    return render(request, "error.html", None, http_status=status, status_code=status, message=message)


def current_user(request: Request, session: SessionDep) -> User | None:
    return session_user(session, request.cookies.get(SESSION_COOKIE))


def need_user(request: Request, session: SessionDep) -> User:
    user = current_user(request, session)
    if user is None:
        raise desk.LoginRequired()
    return user


UserDep = Annotated[User, Depends(need_user)]


async def form_of(request: Request) -> FormData:
    """The posted form, after its CSRF token was checked."""
    form = await request.form()
    token = form.get("csrf_token")
    if not csrf_ok(
        request.app.state.secret, request.cookies.get(CSRF_COOKIE), token if isinstance(token, str) else None
    ):
        raise desk.Forbidden(
            "the form is out of date or came from another site: reload the page and try again"
        )
    return form


FormDep = Annotated[FormData, Depends(form_of)]


def field(form: FormData, name: str, default: str = "") -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else default


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def safe_next(target: str | None) -> str:
    """A redirect target inside this site only."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


# --- log-in, language ------------------------------------------------------------------------


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    return back("/packs" if current_user(request, session) else "/login")


@router.get("/login")
def login_form(request: Request, session: SessionDep, next: str = "/") -> Response:
    return render(request, "login.html", current_user(request, session), next=safe_next(next), failed=False)


@router.post("/login")
def login(request: Request, session: SessionDep, form: FormDep) -> Response:
    user = authenticate(session, field(form, "name"), str(form.get("password") or ""))
    if user is None:
        return render(
            request, "login.html", None, http_status=401, next=safe_next(field(form, "next")), failed=True
        )
    token = start_session(session, user)
    session.commit()
    response = back(safe_next(field(form, "next")))
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        max_age=SESSION_DAYS * 86400,
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, form: FormDep) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        end_session(session, token)
        session.commit()
    response = back("/login")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/lang/{code}")
def set_lang(code: str, next: str = "/") -> Response:
    response = back(safe_next(next))
    if code in LANGS:
        response.set_cookie(LANG_COOKIE, code, samesite="lax", max_age=365 * 86400)
    return response


# --- packs -----------------------------------------------------------------------------------


@router.get("/packs")
def packs(request: Request, user: UserDep) -> Response:
    store = store_of(request)
    lang = page_lang(request, user)
    return render(request, "packs.html", user, packs=[pack_overview(store, n, lang) for n in store.names()])


@router.get("/packs/{name}")
def pack_page(
    name: str,
    request: Request,
    user: UserDep,
    kind: str = "all",
    pillar: str = "",
    entity: str = "",
    metric: str = "",
    period: str = "",
    text: str = "",
) -> Response:
    from shingi.pack.query import EvidenceQuery
    from shingi.pack.query import select as select_rows

    store = store_of(request)
    lang = page_lang(request, user)
    overview = pack_overview(store, name, lang)
    rows: list[dict[str, str]] = []
    error = None
    if overview["valid"]:
        query = EvidenceQuery(
            kind=kind if kind in ("all", "events", "observations") else "all",
            pillar=pillar or None,
            entity=entity or None,
            metric=metric or None,
            period=period or None,
            text=text or None,
        )
        try:
            with desk.ENGINE_LOCK:
                rows = select_rows(store.load(name), query, lang)
        except InputError as exc:
            error = str(exc)
    filters = {
        "kind": kind,
        "pillar": pillar,
        "entity": entity,
        "metric": metric,
        "period": period,
        "text": text,
    }
    timeline = timeline_svg(request, name, lang) if overview["valid"] else None
    return render(
        request,
        "pack.html",
        user,
        timeline=timeline,
        pack=overview,
        rows=rows[:500],
        total=len(rows),
        filters=filters,
        error=error,
    )


_timelines: dict[tuple[str, object, str], Markup | None] = {}


def timeline_svg(request: Request, name: str, lang: str) -> Markup | None:
    """The pack's timeline chart as the HTML report draws it (inline SVG from the report's own
    renderer, every pack text escaped there), cached until a pack file changes."""
    from shingi.render.registry import report_document
    from shingi.render.svg_charts import render_svg

    store = store_of(request)
    key = (name, store.checked(name).signature, lang)
    if key in _timelines:
        return _timelines[key]
    svg = None
    pack = store.load(name)
    with desk.ENGINE_LOCK:
        try:
            doc = report_document(pack, None, lang)
        except ShingiError:  # a pack without claims has no report to take the chart from
            doc = None
    for section in doc.sections if doc else ():
        for chart in section.charts:
            if chart.id == "timeline" and svg is None:
                svg = Markup(
                    f'<figure class="timeline"><figcaption>{escape(chart.title)}</figcaption>'
                    f"{render_svg(chart)}</figure>"
                )
    _timelines[key] = svg
    return svg


@router.get("/packs/{name}/eval")
def eval_page(name: str, request: Request, user: UserDep) -> Response:
    from shingi.serve.api import pack_eval

    result = pack_eval(store_of(request), name, page_lang(request, user))
    return render(request, "eval.html", user, name=name, result=result)


# --- diagnose --------------------------------------------------------------------------------


@router.get("/diagnose")
def diagnose_form(request: Request, user: UserDep, pack: str = "japan-ai-2026") -> Response:
    store = store_of(request)
    names = store.names()
    headline = None
    if pack in names:
        from shingi.pipeline.diagnose import headline_claim

        try:
            headline = headline_claim(store.load(pack), page_lang(request, user))
        except InputError:
            headline = None
    return render(
        request, "diagnose.html", user, packs=names, pack=pack, headline=headline, form={}, error=None
    )


@router.post("/diagnose")
def diagnose(request: Request, user: UserDep, session: SessionDep, form: FormDep) -> Response:
    store = store_of(request)
    pack, claim = field(form, "pack"), field(form, "claim")
    said_on, speaker = field(form, "said_on") or None, field(form, "speaker") or None
    try:
        d, version = desk.diagnose_versioned(store, pack, claim, said_on, speaker, page_lang(request, user))
    except InputError as exc:
        return render(
            request,
            "diagnose.html",
            user,
            http_status=400,
            packs=store.names(),
            pack=pack,
            headline=None,
            form={"claim": claim, "said_on": said_on or "", "speaker": speaker or ""},
            error=str(exc),
        )
    stored = desk.save_diagnosis(session, user, pack, d, said_on, speaker, version, store)
    session.commit()
    return back(f"/d/{stored.id}")


@router.get("/diagnose/preview")
def diagnose_preview(
    request: Request,
    user: UserDep,
    pack: str = "japan-ai-2026",
    claim: str = "",
    said_on: str = "",
    speaker: str = "",
) -> Response:
    """The verdict as a page fragment, while the claim is typed; nothing is kept."""
    from shingi.render.json_out import diagnosis_to_dict

    lang = page_lang(request, user)
    try:
        d = desk.diagnose_text(store_of(request), pack, claim, said_on or None, speaker or None, lang)
    except InputError as exc:
        return HTMLResponse(f'<p class="error">{escape(str(exc))}</p>')
    result = diagnosis_to_dict(d)
    html = env.get_template("_preview.html").render(
        d=result, t=lambda key: translate(lang, key), **evidence_view(request, pack, result, lang)
    )
    response = HTMLResponse(html)
    response.headers["Content-Security-Policy"] = CSP
    return response


def evidence_view(request: Request, pack_name: str, result: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """Titles and sources of the evidence ids a diagnosis cites (from the pack as it is now)."""
    from shingi.render.safety import safe_url

    store = store_of(request)
    try:
        pack = store.load(pack_name)
    except ShingiError:  # the pack may be gone or broken since: the ids are still shown
        return {"evidence": {}, "sources": {}}
    evidence: dict[str, str] = {}
    ids = set(result.get("evidence") or [])
    for check in result.get("checks") or []:
        ids.update(check.get("evidence") or [])
    for i in ids:
        if i in pack.events:
            e = pack.events[i]
            evidence[i] = f"{e.date.text} {e.title(lang)}"
        elif i in pack.observations:
            o = pack.observations[i]
            who = pack.entities[o.entity].name(lang) if o.entity in pack.entities else o.entity
            what = pack.metrics[o.metric].name(lang) if o.metric in pack.metrics else o.metric
            value = o.value.text if o.value is not None and o.value.text else (o.category or "")
            evidence[i] = f"{who} {what} {o.period.text}: {value} {o.unit or ''}".strip()
    sources = {
        s.id: {"title": s.title, "publisher": s.publisher or "", "url": safe_url(s.url)}
        for s in pack.sources.values()
    }
    return {"evidence": evidence, "sources": sources}


@router.get("/d/{diagnosis_id}")
def diagnosis_page(diagnosis_id: str, request: Request, user: UserDep, session: SessionDep) -> Response:
    stored = desk.get_diagnosis(session, diagnosis_id)
    lang = page_lang(request, user)
    return render(
        request,
        "diagnosis.html",
        user,
        stored=stored,
        d=stored.result,
        formats=list(MEDIA),
        pack_state=desk.pack_state(store_of(request), stored),
        **evidence_view(request, stored.pack, stored.result, lang),
    )


@router.post("/d/{diagnosis_id}/rerun")
def rerun(diagnosis_id: str, request: Request, user: UserDep, session: SessionDep, form: FormDep) -> Response:
    stored = desk.rerun_diagnosis(session, store_of(request), user, diagnosis_id)
    session.commit()
    return back(f"/d/{stored.id}")


@router.get("/d/{diagnosis_id}/report.{fmt}")
def diagnosis_report(
    diagnosis_id: str, fmt: str, request: Request, user: UserDep, session: SessionDep
) -> Response:
    from shingi.serve.api import _file

    if fmt not in MEDIA:
        raise desk.NotFound(f"no report format {fmt}")
    stored = desk.get_diagnosis(session, diagnosis_id)
    data, ext = desk.report(store_of(request), stored, fmt, f"{base_url(request)}/d/{stored.id}")
    return _file(data, fmt, f"shingi-{stored.id}.{ext}")


# --- the claims desk ---------------------------------------------------------------------------


@router.get("/claims")
def claims(request: Request, user: UserDep, session: SessionDep, status: str = "") -> Response:
    query = select(DeskClaim).order_by(DeskClaim.id.desc())
    if status in CLAIM_STATUSES:
        query = query.where(DeskClaim.status == status)
    rows = [claim_dict(session, c) for c in session.scalars(query)]
    return render(
        request,
        "claims.html",
        user,
        claims=rows,
        status=status,
        statuses=CLAIM_STATUSES,
        packs=store_of(request).names(),
    )


@router.post("/claims")
def add_claim(request: Request, user: UserDep, session: SessionDep, form: FormDep) -> Response:
    claim = desk.add_claim(
        session,
        user,
        field(form, "pack"),
        field(form, "text"),
        field(form, "said_on") or None,
        field(form, "speaker") or None,
        store_of(request),
    )
    session.commit()
    return back(f"/claims/{claim.id}")


@router.get("/claims/{claim_id}")
def claim_page(claim_id: RowId, request: Request, user: UserDep, session: SessionDep) -> Response:
    claim = desk.get_claim(session, claim_id)
    stored = desk.get_diagnosis(session, claim.diagnosis_id) if claim.diagnosis_id else None
    users = [u.name for u in session.scalars(select(User).where(User.active).order_by(User.name))]
    extra = (
        evidence_view(request, claim.pack, stored.result, page_lang(request, user))
        if stored
        else {"evidence": {}, "sources": {}}
    )
    review = json.dumps(claim.claim_review, ensure_ascii=False, indent=2) if claim.claim_review else None
    return render(
        request,
        "claim.html",
        user,
        claim=claim_dict(session, claim),
        stored=stored,
        d=stored.result if stored else None,
        users=users,
        statuses=CLAIM_STATUSES[:3],
        claim_review=review,
        formats=list(MEDIA),
        **extra,
    )


@router.post("/claims/{claim_id}")
def update_claim(
    claim_id: RowId, request: Request, user: UserDep, session: SessionDep, form: FormDep
) -> Response:
    action = field(form, "action")
    if action == "diagnose":
        desk.diagnose_claim(session, store_of(request), user, claim_id)
    elif action == "publish":
        desk.publish_claim(
            session, store_of(request), user, claim_id, f"{base_url(request)}/published/{claim_id}"
        )
    else:
        desk.update_claim(
            session,
            user,
            claim_id,
            field(form, "status") or None,
            field(form, "assignee") if "assignee" in form else None,
            str(form.get("notes")) if "notes" in form else None,
        )
    session.commit()
    return back(f"/claims/{claim_id}")


def _script_json(data: Any) -> Markup:
    """JSON safe inside <script>: no '<', '>' or '&' can close the element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@router.get("/published/{claim_id}")
def published(claim_id: RowId, request: Request, session: SessionDep) -> Response:
    """A published verdict, public, with its ClaimReview JSON-LD for search engines."""
    claim = desk.get_claim(session, claim_id)
    if claim.claim_review is None or claim.status != "published":
        raise desk.NotFound(f"claim {claim_id} is not published")
    return render(
        request,
        "published.html",
        current_user(request, session),
        claim=claim_dict(session, claim),
        review=claim.claim_review,
        jsonld=_script_json(claim.claim_review),
    )


# --- ingest and review -------------------------------------------------------------------------


@router.get("/drafts")
def drafts(request: Request, user: UserDep, session: SessionDep) -> Response:
    rows = [draft_dict(session, d) for d in session.scalars(select(Draft).order_by(Draft.id.desc()))]
    return render(
        request,
        "drafts.html",
        user,
        drafts=rows,
        packs=store_of(request).names(),
        inbox=request.app.state.settings.inbox,
    )


@router.post("/drafts")
async def upload(request: Request, form: FormDep) -> Response:
    from starlette.concurrency import run_in_threadpool

    files = []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            files.append((item.filename, await item.read(desk.UPLOAD_MAX_BYTES + 1)))
    pack = field(form, "pack")
    path = field(form, "path")
    settings = request.app.state.settings

    def work() -> int:
        with request.app.state.factory() as session:
            user = need_user(request, session)
            if path:
                draft = desk.ingest_path(
                    session, store_of(request), settings.data_dir, settings.inbox, user, pack, path
                )
            else:
                draft = desk.ingest_upload(session, store_of(request), settings.data_dir, user, pack, files)
            session.commit()
            return draft.id

    draft_id = await run_in_threadpool(work)
    return back(f"/drafts/{draft_id}")


def highlight(row: Mapping[str, str]) -> tuple[str, str, str]:
    """The row's sentence split around the words the fact was read from, for the review page to
    mark: the span ingest recorded (``quote_span``, offsets into the quote: the figure, or an
    event's amount or date), else the row's title, amount or value where it occurs literally
    (rows of older drafts, and tables)."""
    quote_text = row.get("quote", "")
    span = re.fullmatch(r"(\d+)-(\d+)", (row.get("quote_span") or "").strip())
    if span:
        a, b = int(span.group(1)), int(span.group(2))
        if 0 <= a < b <= len(quote_text):
            return quote_text[:a], quote_text[a:b], quote_text[b:]
    for key in ("title_ja", "title_en", "amount", "value"):
        needle = (row.get(key) or "").lstrip("~≈約").strip()
        if needle and needle in quote_text:
            i = quote_text.index(needle)
            return quote_text[:i], needle, quote_text[i + len(needle) :]
    return quote_text, "", ""


EDITABLE = (
    "date",
    "period",
    "pillar",
    "actors",
    "kind",
    "title_ja",
    "title_en",
    "amount",
    "entity",
    "metric",
    "value",
    "unit",
    "note",
)


@router.get("/drafts/{draft_id}")
def draft_page(draft_id: RowId, request: Request, user: UserDep, session: SessionDep) -> Response:
    draft = draft_dict(session, desk.get_draft(session, draft_id), rows=True)
    for row in draft["rows"]:
        row["mark"] = highlight(row["data"])
        row["editable"] = [c for c in EDITABLE if c in row["data"]]
    return render(request, "draft.html", user, draft=draft)


@router.post("/drafts/{draft_id}/review")
def review(draft_id: RowId, request: Request, user: UserDep, session: SessionDep, form: FormDep) -> Response:
    status = field(form, "status") or None
    decisions = []
    if "row" in form:  # one row, maybe edited
        kind, _, row_id = field(form, "row").partition(":")
        edits = {c: field(form, f"edit_{c}") for c in EDITABLE if f"edit_{c}" in form}
        version = int(field(form, "version")) if field(form, "version").isdigit() else None
        decisions.append(desk.RowDecision(kind, row_id, status, edits or None, version))
    else:  # the rows ticked
        for item in form.getlist("rows"):
            kind, _, row_id = str(item).partition(":")
            decisions.append(desk.RowDecision(kind, row_id, status))
    if not decisions:
        raise InputError("tick the rows to review first")
    desk.review_rows(session, user, draft_id, decisions)
    session.commit()
    return back(f"/drafts/{draft_id}")


@router.post("/drafts/{draft_id}/merge")
def merge(draft_id: RowId, request: Request, user: UserDep, form: FormDep) -> Response:
    desk.merge(
        request.app.state.factory, store_of(request), request.app.state.settings.data_dir, user, draft_id
    )
    return back(f"/drafts/{draft_id}")


# --- activity, users, account ----------------------------------------------------------------


@router.get("/activity")
def activity(request: Request, user: UserDep, session: SessionDep, pack: str = "") -> Response:
    return render(
        request, "activity.html", user, entries=desk.activity(session, 500, pack or None), pack=pack
    )


@router.get("/users")
def users(request: Request, user: UserDep, session: SessionDep) -> Response:
    desk.require(user, "admin")
    return render(
        request, "users.html", user, users=list(session.scalars(select(User).order_by(User.name))), error=None
    )


@router.post("/users")
def add_user_page(request: Request, user: UserDep, session: SessionDep, form: FormDep) -> Response:
    desk.require(user, "admin")
    new = add_user(
        session,
        field(form, "name"),
        str(form.get("password") or ""),
        field(form, "role"),
        page_lang(request, user),
    )
    desk.record(session, user, "user_added", detail=f"{new.name} ({new.role})")
    session.commit()
    return back("/users")


@router.post("/users/{name}")
def change_user_page(
    name: str, request: Request, user: UserDep, session: SessionDep, form: FormDep
) -> Response:
    active = field(form, "active")
    desk.change_user(session, user, name, field(form, "role") or None, None if not active else active == "on")
    session.commit()
    request.app.state.tokens.accounts_changed()
    return back("/users")


@router.get("/account")
def account(request: Request, user: UserDep) -> Response:
    return render(request, "account.html", user, token=None)


@router.post("/account/token")
def account_token(request: Request, user: UserDep, session: SessionDep, form: FormDep) -> Response:
    token = new_api_token(session, user, field(form, "label"))
    desk.record(session, user, "token_created", detail=field(form, "label")[:100])
    session.commit()
    return render(request, "account.html", user, token=token)
