"""Property-based tests of the JSON API from its own OpenAPI schema (schemathesis): whatever a
client sends that the schema allows, or nearly allows, the server answers without a 5xx."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="needs the serve extra (pip install 'shingi[serve]')")
schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis (dev extra)")

from hypothesis import HealthCheck, given, settings  # noqa: E402

from serve_support import Desk, database, make_desk, make_packs  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Desk]]:
    from shingi.serve.app import create_app

    tmp = tmp_path_factory.mktemp("schemathesis")
    with database("sqlite", tmp) as url:
        desk = make_desk(url, make_packs(tmp, hostile=True))
        yield create_app(desk.settings()), desk


@pytest.fixture(scope="module")
def api_schema(served_desk: tuple[Any, Desk]) -> Any:
    app, _ = served_desk
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_api_never_answers_5xx(api_schema: Any, served_desk: tuple[Any, Desk]) -> None:
    _, desk = served_desk
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            response = case.call(headers=desk.headers("admin"))
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}"
                )

        run()
    assert failures == []
