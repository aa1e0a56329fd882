"""Keeps the API key out of what the client hands out, whatever put it there: a server (or a proxy) may quote
the request's URL, key included, in an error page or message, in any of the encodings a URL gives it."""

import json
import re
from urllib.parse import quote, quote_plus

import httpx

HIDDEN = "[api_key hidden]"


class Scrubber:
    """Replaces each form of one key (as sent, percent-encoded, `+` for spaces, JSON-escaped; hex digits of
    either case) in texts and bytes."""

    def __init__(self, key: str) -> None:
        forms = {key, quote(key, safe=""), quote(key), quote_plus(key), json.dumps(key)[1:-1]}
        # Longest first, so that a form is replaced whole rather than a shorter form inside it.
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True) if form)
        self._text = re.compile(alternatives, re.IGNORECASE)
        self._bytes = re.compile(alternatives.encode("utf-8", "surrogatepass"), re.IGNORECASE)

    def __repr__(self) -> str:
        return "<Scrubber>"

    def text(self, text: str) -> str:
        return self._text.sub(HIDDEN, text)

    def bytes(self, content: bytes) -> bytes:
        return self._bytes.sub(HIDDEN.encode(), content)

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        """A copy of `headers` whose values are scrubbed (a `Location` may hold the request's URL)."""
        return httpx.Headers([(name, self.text(value)) for name, value in headers.multi_items()])
