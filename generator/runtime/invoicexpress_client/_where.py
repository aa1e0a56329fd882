"""How messages name a request: its method and its path as sent, percent-encoding kept (a `/` inside an id is
`%2F`, not a path of its own), the query left out (it carries the key)."""

import httpx


def request_line(request: httpx.Request) -> str:
    return f"{request.method} {request.url.raw_path.decode('ascii').partition('?')[0]}"
