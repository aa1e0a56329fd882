"""The fake's HTTP routes, one module per resource, each listing its paths (`PATHS`) with a handler per method.
A handler reads the request (the rules module's parsers), calls the domain, and renders the answer to JSON.
`paths()` gathers every module's, in their order (a module lists a fixed path such as `find-by-name.json` before a
templated one that would match it)."""

import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal

from starlette.requests import Request
from starlette.responses import Response

from ..domain.account import Account
from ..domain.documents import UidReplay

# The reference page shows an empty 401; the current documentation shows a JSON body. The fake sends either.
UnauthorizedBody = Literal["empty", "json"]
# One series in a response: the sources disagree on the key (see the contract's SequenceEnvelope).
SingleRootKey = Literal["sequence", "sequences"]


@dataclass(frozen=True)
class Options:
    """How the fake answers where the sources disagree."""

    unauthorized_body: UnauthorizedBody = "empty"
    single_root_key: SingleRootKey = "sequence"
    # What a create does with a proprietary_uid already used (the choice document-uid-replay).
    uid_replay: UidReplay = "first"
    # How many requests for a PDF or a QR code are answered 202 before it is ready (the choice pdf-ready).
    pdf_polls: int = 0


Handler = Callable[[Account, Options, Request], Awaitable[Response]]


@dataclass(frozen=True)
class Path:
    """A path template and its handler for each method (a 405 names them all in its Allow header)."""

    template: str
    handlers: dict[str, Handler] = field(default_factory=dict)
    # Served without the key (the files an answer gives the address of, as a storage service serves them).
    keyless: bool = False


def paths() -> list[Path]:
    """Every route module's paths, the modules in name order, a path with a fixed segment before one with a
    parameter there (as OpenAPI matches them: `/taxes/{id}.json` before `/{document-type}/{id}.json`)."""
    found: list[Path] = []
    for name in sorted(info.name for info in pkgutil.iter_modules(__path__)):
        found += importlib.import_module(f"{__name__}.{name}").PATHS
    return sorted(found, key=lambda path: ["{" in segment for segment in path.template.split("/")])
