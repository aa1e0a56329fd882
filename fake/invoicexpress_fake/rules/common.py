"""The rules every operation shares: the key, the rate limit, the size of a body, ids and pages."""

from typing import Any

from ..http.refusals import Refusal, empty

# How often an account may call, per minute (the documentation's current figure); None turns it off.
REQUESTS_PER_MINUTE = 780
# A write's body beyond this is refused unread (413); the service's own limit is undocumented.
MAX_BODY_BYTES = 64 * 1024
TOO_LARGE = empty(413)
# Ids are 64-bit integers at most: a longer run of digits names nothing.
MAX_ID_DIGITS = 19
# The largest page a list gives, whatever `per_page` asks for; the largest page number or size it reads.
MAX_PER_PAGE = 100
MAX_PAGE_PARAMETER = 2**31 - 1
# The body a Rails service renders for a request it cannot read: a body that is not JSON, a bad page.
RAILS_BAD_REQUEST: dict[str, Any] = {"status": 400, "error": "Bad Request"}
UNPARSEABLE_BODY = Refusal(400, RAILS_BAD_REQUEST)
BAD_REQUEST = Refusal(400, RAILS_BAD_REQUEST)
# The reference page shows an empty 401; the current documentation shows this body. The fake sends either.
UNAUTHORIZED_JSON: dict[str, Any] = {"errors": {"error": "Invalid API key"}}
# The 404 of a tax, an item or a client that is not there: an empty body.
NOT_FOUND = empty(404)

CHOICES: dict[str, tuple[str, ...]] = {
    "create-unparseable-body": (
        "rules.common:UNPARSEABLE_BODY",
        "rules.common:RAILS_BAD_REQUEST",
        "http.bodies:json_body",
    ),
    "create-body-limit": ("rules.common:MAX_BODY_BYTES", "rules.common:TOO_LARGE", "http.bodies:read_limited"),
    "catalogue-path-id": ("http.params:path_id", "rules.common:MAX_ID_DIGITS"),
    "catalogue-not-found-body": ("rules.common:NOT_FOUND",),
    "list-page-parameters": (
        "http.params:page_request",
        "rules.common:BAD_REQUEST",
        "rules.common:MAX_PER_PAGE",
        "rules.common:MAX_PAGE_PARAMETER",
    ),
}
DOCUMENTED: tuple[str, ...] = ("REQUESTS_PER_MINUTE", "UNAUTHORIZED_JSON")
