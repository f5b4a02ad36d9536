from fastapi import APIRouter

from service.deps import ReportsDep
from service.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(reports: ReportsDep) -> Health:
    return reports.health()
