"""Numbers as the reports print them and as users read them: one place for every figure and size shown."""

from __future__ import annotations

from typing import overload


@overload
def clean_number(value: float | int) -> float | int: ...
@overload
def clean_number(value: None) -> None: ...
def clean_number(value: float | int | None) -> float | int | None:
    """A whole number as an int (SQL hands back 74.0 for 74), any other value as it is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def format_number(value: float | int) -> str:
    """A figure as printed: integers without a decimal point, decimals in full (24252.311082, not 24252.3)."""
    value = clean_number(value)
    return str(value) if isinstance(value, int) else repr(value)


def format_size(n: int) -> str:
    """Sizes for messages, in English and Chinese text alike: 900 B, 512 KB, 2 MB, 1.5 MB — never "0 MB"."""
    if n >= 1024 * 1024:
        value = n / (1024 * 1024)
        return f"{value:.0f} MB" if value >= 10 or value.is_integer() else f"{value:.1f} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} B"
