"""Pages of a list, as the service cuts them."""

from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def page_of(entries: Sequence[T], page: int, per_page: int) -> tuple[list[T], dict[str, Any]]:
    """The entries of page `page` (counted from 1; past the last, none) and the `pagination` that says where it
    stands."""
    start = (page - 1) * per_page
    total_pages = -(-len(entries) // per_page)
    pagination = {
        "total_entries": len(entries),
        "current_page": page,
        "total_pages": total_pages,
        "per_page": per_page,
    }
    return list(entries[start : start + per_page]), pagination
