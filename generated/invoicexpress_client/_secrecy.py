"""Keeps the API key out of what the client hands out, whatever put it there: a server (or a proxy) may quote
the request's URL, key included, in an error page or message, in any of the encodings a URL gives it.

The key is hidden as the token it is, never inside another word, so that a short key (`x`, `9`, `demo-key`)
leaves every message around it as it was (`INVOICEXPRESS_ACCOUNT_NAME`, `doesn't exist`, `/sequences/999.json`).
The boundary rule:

- A key's alphabet is ASCII letters, digits, `-` and `_`: what real keys (hex), base64url, UUIDs and prefixed
  tokens (`ixk-...`) are made of. Every other character delimits a key: spaces, quotes, `=`, `&`, `?`, `/`,
  `.`, `,`, `:`, `<`, `+` (a space in a query), `%`, `\\`, any non-ASCII character. A form of the key is
  replaced only where neither the character before it nor the one after it is of the alphabet, so that `x` in
  `exist` and `9` in `999` are left alone, while `?api_key=x&`, `"api_key": "x"`, `your key x is invalid` and
  a header whose value is the key are hidden. (A side of the key that is itself a delimiter, as in a key
  ending in `/`, needs no boundary there.)
- An escape ends in a letter or a digit yet stands for one character, which delimits the key: a key right
  after `%3D` (`=` percent-encoded, as in a URL quoted inside another URL), `%253D` (encoded twice), `\\u003e`
  or `\\n` (in JSON), or `\\x3d` (in a Python repr) is hidden. Conversely a `%` right before the key makes its
  first characters an escape's (`2F` in `%2F`), and that is left alone.
- The key is a value, never a name: a token right after which comes `=` (or `%3D`) is a parameter's name, as
  `x` in `?api_key=x&x=1`, and is left alone.
- Matching ignores case, as the key's hex digits (and an escape's) may be written in either case.

A key that is a common word is hidden where that word stands alone (`the`): secrecy comes first.
"""

import json
import re
from urllib.parse import quote, quote_plus

import httpx

HIDDEN = "[api_key hidden]"

_ALPHABET = r"A-Za-z0-9_\-"  # a class's contents: `-` escaped
# What may stand right before the key, besides a character outside the alphabet (and `%`): an escape ending in
# a letter or a digit.
_ESCAPES_BEFORE = (
    r"%[0-9A-F]{2}",  # percent-encoded once
    r"%25[0-9A-F]{2}",  # ... or twice (a URL quoted in a URL's parameter)
    r"\\u[0-9A-F]{4}",  # JSON's \u003e
    r"\\[nrtbf]",  # JSON's (or a repr's) \n
    r"\\x[0-9A-F]{2}",  # a repr's \x3d
)
# After the key: no character of the alphabet, and no `=` (encoded or not) that would make it a name.
_AFTER = f"(?![{_ALPHABET}=]|%(?:25)*3D)"
_IN_ALPHABET = re.compile(f"[{_ALPHABET}]")


class Scrubber:
    """Replaces each form of one key (as sent, percent-encoded, `+` for spaces, JSON-escaped; hex digits of
    either case) in texts and bytes, where it stands as a token (the module's docstring gives the rule)."""

    __slots__ = ("_bytes", "_key", "_text")

    def __init__(self, key: str) -> None:
        # Compiled when first needed, on the first error or log line to scrub: a client that meets none
        # (most) never pays for it.
        self._key = key
        self._text: re.Pattern[str] | None = None
        self._bytes: re.Pattern[bytes] | None = None

    def __repr__(self) -> str:
        return "<Scrubber>"

    def text(self, text: str) -> str:
        if self._text is None:
            self._text = re.compile(_pattern(self._key), re.IGNORECASE)
        return self._text.sub(HIDDEN, text)

    def bytes(self, content: bytes) -> bytes:
        if self._bytes is None:
            self._bytes = re.compile(_pattern(self._key).encode("utf-8", "surrogatepass"), re.IGNORECASE)
        return self._bytes.sub(HIDDEN.encode(), content)

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        """A copy of `headers` whose values are scrubbed (a `Location` may hold the request's URL)."""
        return httpx.Headers([(name, self.text(value)) for name, value in headers.multi_items()])


def _forms(key: str) -> set[str]:
    """The key as a URL, a query string and JSON write it, and as they write it nested. A key of letters,
    digits, `-` and `_` (any real key) is one form for all of them; only a key with other characters has more."""
    forms = {key, quote(key), quote_plus(key)}  # as it is, as in a path, as sent (a query string: `+` for space)
    # Percent-encoded whole, once or twice over: a URL quoted in another's parameter (a login page's
    # `return_to=` in a Location header), itself quoted in a third's.
    for _ in range(2):
        forms |= {quote(form, safe="") for form in forms}
    # Any of those in a JSON string, or in JSON quoted in a JSON string.
    for _ in range(2):
        forms |= {escaped for form in forms for escaped in _json_escapes(form)}
    return forms


def _json_escapes(text: str) -> tuple[str, ...]:
    escaped = json.dumps(text)[1:-1]
    # Non-ASCII as it is, or `\u00e9`; a slash as it is, or `\/` (as PHP and some Ruby encoders write it).
    return escaped, json.dumps(text, ensure_ascii=False)[1:-1], escaped.replace("/", "\\/")


def _pattern(key: str) -> str:
    # Longest first, so that a form is replaced whole rather than a shorter form inside it.
    return "|".join(_bounded(form) for form in sorted(_forms(key), key=len, reverse=True) if form)


def _bounded(form: str) -> str:
    """The pattern of one form of the key, with a boundary on each side where its edge is of the alphabet.

    The pattern begins with the form itself, so that `re` finds candidates by its fast search for a literal;
    what stands before the form is then looked at from behind its end (a lookbehind first would have `re` try
    every position of the text, some twenty times slower on a large body)."""
    pattern = re.escape(form)
    if _IN_ALPHABET.match(form[-1]):
        pattern += _AFTER  # first: the cheaper test, and the one that rules out most of a word's insides
    if _IN_ALPHABET.match(form[0]):
        # Each lookbehind holds the form again, to reach back past it (the same width in text and in bytes).
        literal = re.escape(form)
        before = [f"(?<![{_ALPHABET}%]{literal})", *(f"(?<={escape}{literal})" for escape in _ESCAPES_BEFORE)]
        pattern += f"(?:{'|'.join(before)})"
    return pattern
