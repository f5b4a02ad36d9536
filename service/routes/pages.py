"""The web pages: plain HTML, scripts and styles from /static, no network needed."""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
router = APIRouter(include_in_schema=False)


@router.get("/")
def chat_page() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html")


@router.get("/admin")
def admin_page() -> FileResponse:
    return FileResponse(WEB_DIR / "admin.html")


@router.get("/figures")
def figures_page() -> FileResponse:
    return FileResponse(WEB_DIR / "figures.html")
