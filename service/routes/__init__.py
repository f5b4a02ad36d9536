"""One APIRouter per feature. Routes only translate HTTP to the services: what a request needs comes from
service.deps, what a service refuses is answered by the app's ServiceError handler."""

from service.routes import ask, figures, health, pages, reports

ROUTERS = (health.router, ask.router, reports.router, figures.router, pages.router)
