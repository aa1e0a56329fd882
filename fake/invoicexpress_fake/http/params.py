"""Path and query parameters, read as the service reads them."""

from starlette.requests import Request

from ..rules import common
from .refusals import Refusal


def path_id(request: Request, name: str, not_found: Refusal) -> int:
    """The id in a path, or `not_found` for anything that is not one (`abc`, `-1`, `1.5`, 5,000 digits)."""
    raw = request.path_params[name]
    if not (raw.isascii() and raw.isdigit() and len(raw) <= common.MAX_ID_DIGITS) or int(raw) < 1:
        raise not_found
    return int(raw)


def page_request(request: Request, default_size: int) -> tuple[int, int]:
    """(page, per_page) of a list, or 400 for one that is not a whole number from 1; per_page at most 100."""
    page = _whole_number(request.query_params.get("page"), 1)
    per_page = _whole_number(request.query_params.get("per_page"), default_size)
    return page, min(per_page, common.MAX_PER_PAGE)


def _whole_number(raw: str | None, default: int) -> int:
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 10) or not 1 <= int(raw) <= common.MAX_PAGE_PARAMETER:
        raise common.BAD_REQUEST
    return int(raw)
