"""The FastAPI app: the services, the request guard, one router per feature, and the errors answered in one place."""

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from indexing.stores import Stores
from service.answering import Answerer
from service.errors import ServiceError, storage_failure
from service.guards import RequestGuard
from service.routes import ROUTERS
from service.routes.pages import WEB_DIR
from service.services import Services
from service.settings import Settings

log = logging.getLogger("reportqa")


def create_app(settings: Settings, *, stores: Stores | None = None, answerer: Answerer | None = None) -> FastAPI:
    """Build the app; tests may hand in the stores, or an Answerer over them, that they built once."""
    services = Services.build(settings, stores=stores, answerer=answerer)
    services.chat  # noqa: B018 - open the stores and the embedder now, not on the first question

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        services.reports.start_up()
        try:
            services.chat.warm_up()
        except (SQLAlchemyError, OSError) as exc:  # answered per question, as before, once the store is back
            log.warning("warm-up skipped: %s", exc)
        yield
        services.close()

    app = FastAPI(
        title="reportqa",
        description="Questions over 政府信息公开工作年度报告: exact figures from the table store, cited passages.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url="/docs" if settings.api_docs else None,  # Swagger UI comes from a CDN: off unless asked for
        redoc_url=None,
    )
    app.state.services = services
    app.add_middleware(RequestGuard, settings=settings)
    app.add_exception_handler(ServiceError, service_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(SQLAlchemyError, store_unavailable)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


async def service_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    return JSONResponse(status_code=exc.status, content={"detail": exc.message})


async def invalid_request(_request: Request, exc: Exception) -> Response:
    # Never echo the input: it may be huge or hold characters (lone surrogates) that cannot be encoded.
    assert isinstance(exc, RequestValidationError)
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]
    body = json.dumps({"detail": errors}, ensure_ascii=True, default=str)
    return Response(body, status_code=422, media_type="application/json")


async def store_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    log.warning("table store error: %s", exc)
    failure = storage_failure(exc)
    return JSONResponse(status_code=failure.status, content={"detail": failure.message})
