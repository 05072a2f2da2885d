"""The application factory: ``create_app(settings)`` or, for uvicorn workers,
``uvicorn --factory shingi.serve.app:create_app`` with the settings in the environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session

from shingi import __version__
from shingi.model import InputError, PackError, ShingiError
from shingi.serve import db
from shingi.serve.auth import TokenCache
from shingi.serve.desk import Conflict, Forbidden, LoginRequired, NotFound
from shingi.serve.packs import PackStore, UnknownPack
from shingi.serve.settings import Settings

STATIC = __import__("pathlib").Path(__file__).parent / "static"
#: IPAexGothic, the Japanese font of the reports, served to pages for machines with no Japanese
#: font of their own (static/style.css names it after the system fonts); the file never changes,
#: so browsers may keep it for a year.
FONT_URL = "/fonts/ipaexg.ttf"
FONT_CACHE = "public, max-age=31536000, immutable"
#: the file (in the shared data folder) replaced whenever an account changes: see TokenCache
ACCOUNTS_STAMP = "accounts-changed"


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for ``settings`` (default: from the environment). The database must be migrated
    already (``shingi serve`` does it before the workers start; :func:`shingi.serve.migrate.upgrade`)."""
    from shingi.serve import api, pages
    from shingi.serve.migrate import ensure_secret

    settings = settings or Settings.from_env()
    app = FastAPI(
        title="shingi",
        version=__version__,
        description="Evidence-grounded claim diagnosis for a fact-checking desk. "
        "Authenticate with `Authorization: Bearer TOKEN` (`shingi users token NAME`).",
        openapi_url="/openapi.json",
        docs_url=None,  # Swagger UI would load scripts from a CDN: nothing is fetched at run time
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = PackStore(settings.packs_dir)
    app.state.factory = db.session_factory(settings.db_url)
    app.state.secret = ensure_secret(settings.db_url)
    app.state.tokens = TokenCache(settings.data_dir / ACCOUNTS_STAMP)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_api_route(FONT_URL, _font, methods=["GET"], include_in_schema=False)
    _errors(app)
    app.add_middleware(WorkerHeader)
    return app


class WorkerHeader:
    """Adds ``X-Shingi-Worker: <process id>`` to every answer, so that an operator (and the tests)
    can see how ``shingi serve --workers N`` spreads requests over its worker processes."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.header = (b"x-shingi-worker", str(os.getpid()).encode())

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), self.header]
            await send(message)

        await self.app(scope, receive, send_with_header)


def _font() -> Response:
    """The IPAexGothic file of the installed japanize-matplotlib (the report extra), or 404."""
    from fastapi.responses import FileResponse

    from shingi.render.fonts import ipaex_path

    try:
        path = ipaex_path()
    except ShingiError as exc:
        return JSONResponse({"error": str(exc)}, status_code=404)
    return FileResponse(path, media_type="font/ttf", headers={"Cache-Control": FONT_CACHE})


def get_session(request: Request) -> Iterator[Session]:
    """One database session per request."""
    with request.app.state.factory() as session:
        yield session


def _errors(app: FastAPI) -> None:
    """Library and desk errors become clear answers: JSON under /api, a page elsewhere."""

    def answer(request: Request, status: int, message: str, extra: dict[str, Any] | None = None) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, **(extra or {})}, status_code=status)
        from shingi.serve.pages import error_page

        return error_page(request, status, message)

    @app.exception_handler(PackError)
    async def _pack_error(request: Request, exc: PackError) -> Response:
        problems = [str(p) for p in exc.problems]
        return answer(request, 422, "the pack does not validate", {"problems": problems})

    @app.exception_handler(ShingiError)
    async def _shingi_error(request: Request, exc: ShingiError) -> Response:
        status = 400
        if isinstance(exc, Forbidden):
            status = 401 if isinstance(exc, LoginRequired) else 403
        elif isinstance(exc, (NotFound, UnknownPack)):
            status = 404
        elif isinstance(exc, Conflict):
            status = 409
        elif isinstance(exc, InputError):
            status = 400
        return answer(request, status, str(exc))
