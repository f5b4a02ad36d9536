"""The services one process needs, built once from the settings: what the app, the CLI and the evaluation scripts
hold."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from indexing.stores import Stores
from service.answering import Answerer
from service.chat import ChatService
from service.reports import ReportService
from service.settings import Settings


@dataclass
class Services:
    settings: Settings
    reports: ReportService
    _answerer: Answerer | None = None

    @classmethod
    def build(cls, settings: Settings, *, stores: Stores | None = None, answerer: Answerer | None = None) -> Services:
        """Stores (or an Answerer over them) may be handed in, by tests that built them once; otherwise they are
        opened on first need."""
        stores = answerer.stores if answerer is not None else stores
        return cls(settings, ReportService(settings, stores), answerer)

    @cached_property
    def chat(self) -> ChatService:
        return ChatService(self.settings, self._answerer or Answerer(self.reports.stores))

    def close(self) -> None:
        self.reports.close()
