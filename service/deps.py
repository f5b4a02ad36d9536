"""Typed dependencies for the routes, in one place, so that a route's signature reads as what it needs."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request
from fastapi import Path as PathParam

from service.chat import ChatService
from service.guards import admin_refusal
from service.reports import ReportService
from service.schemas import SURROGATE
from service.services import Services
from service.settings import Settings


def services_of(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


# The dependencies are coroutines: FastAPI runs a plain-def dependency in its thread pool, a hop per request for what
# is an attribute read.
async def get_settings(request: Request) -> Settings:
    return services_of(request).settings


async def get_reports(request: Request) -> ReportService:
    return services_of(request).reports


async def get_chat(request: Request) -> ChatService:
    return services_of(request).chat


async def require_admin(
    settings: Annotated[Settings, Depends(get_settings)], authorization: Annotated[str | None, Header()] = None
) -> None:
    """Uploads and deletes need `Authorization: Bearer <REPORTQA_ADMIN_TOKEN>`; with no token set they are off.
    RequestGuard checks the same before the body is read; this keeps each route safe on its own."""
    refusal = admin_refusal(settings, authorization)
    if refusal:
        headers = {"WWW-Authenticate": "Bearer"} if refusal[0] == 401 else None
        raise HTTPException(refusal[0], refusal[1], headers=headers)


def no_surrogates(**values: str | None) -> None:
    """Query text with a lone surrogate cannot be looked up or echoed: a client error, named."""
    for name, value in values.items():
        if value and SURROGATE.search(value):
            raise HTTPException(422, f"参数 {name} 含有无效的 Unicode 字符（孤立的代理项）")


SettingsDep = Annotated[Settings, Depends(get_settings)]
ReportsDep = Annotated[ReportService, Depends(get_reports)]
ChatDep = Annotated[ChatService, Depends(get_chat)]
AdminDep = Annotated[None, Depends(require_admin)]
ReportId = Annotated[str, PathParam(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
SafeText = Annotated[str, Query(max_length=200)]
