"""The README's settings table and route table say what the code does (datasette keeps its docs honest the same
way): a setting or a route added, renamed or removed fails here until the README says so."""

from __future__ import annotations

import re

from fastapi.routing import APIRoute

from service.routes import ROUTERS
from service.routes.pages import router as pages
from service.settings import Settings
from tests.conftest import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
FASTAPI_OWN = {("GET", "/openapi.json"), ("GET", "/docs")}  # served by FastAPI itself


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def first_cells(text: str) -> list[str]:
    return [line.split("|")[1] for line in text.splitlines() if line.startswith("|") and not line.startswith("|---")]


def served_routes() -> set[tuple[str, str]]:
    routes = set()
    for router in ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute) and route.include_in_schema:
                path = re.sub(r"\{report_id\}", "{id}", route.path)
                routes |= {(method, path) for method in route.methods}
    return routes


def test_settings_table_lists_every_setting():
    documented = {name for cell in first_cells(section("Settings")) for name in re.findall(r"`(REPORTQA_\w+)`", cell)}
    declared = {f"REPORTQA_{name.upper()}" for name in Settings.model_fields}
    assert documented == declared, (
        f"settings missing from the README: {sorted(declared - documented)}; "
        f"in the README but not in Settings: {sorted(documented - declared)}"
    )


def test_route_table_lists_every_route():
    documented = {
        (method, path)
        for cell in first_cells(section("API"))
        for method, path in re.findall(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`?\[\s]*)", cell)
    }
    served = served_routes() | FASTAPI_OWN
    assert documented == served, (
        f"routes missing from the README: {sorted(served - documented)}; "
        f"in the README but not served: {sorted(documented - served)}"
    )


def test_every_page_is_described():
    pages_text = section("Web pages")
    for route in pages.routes:
        assert isinstance(route, APIRoute)
        assert f"- `{route.path}` —" in pages_text, f"the page {route.path} is not described under Web pages"
