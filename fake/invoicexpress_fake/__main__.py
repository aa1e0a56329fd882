"""Serve the fake on loopback: `python -m invoicexpress_fake --port 4010 --api-key KEY` (scripts/mock)."""

import argparse
import errno
import secrets
from typing import get_args

from . import create_app, seeded_account
from .domain.account import PAGE_SIZES, TaxSituation
from .domain.documents import UidReplay
from .rules import common
from .serve import base_url, listening_socket, serve_forever

PROGRAM = "scripts/mock"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535; 0 picks a free one)")
    return port


def _parser() -> argparse.ArgumentParser:
    """The command's options, each help giving its default."""
    parser = argparse.ArgumentParser(prog=PROGRAM, description="Serve a fake InvoiceXpress account.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=_port, default=4010, help="port to listen on; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument("--api-key", metavar="KEY", help="the account's API key (default: a new random key, printed)")
    parser.add_argument(
        "--seed",
        type=int,
        default=2026,
        metavar="N",
        help="seed of the account's validation codes (default: %(default)s)",
    )
    parser.add_argument(
        "--tax-situation",
        choices=get_args(TaxSituation),
        default="ready",
        help="the account with the Tax Authority: ready (Portuguese, AT credentials set), no_credentials,"
        " no_open_activity, or not_portuguese (default: %(default)s)",
    )
    parser.add_argument(
        "--registration-in-progress",
        action="store_true",
        help="act as if an AT registration were under way: create and register answer 409 (default: off)",
    )
    parser.add_argument(
        "--unauthorized-body",
        choices=("empty", "json"),
        default="empty",
        help="the body of a 401: empty, as in the reference page, or the JSON of the current documentation"
        " (default: %(default)s)",
    )
    parser.add_argument(
        "--single-root-key",
        choices=("sequence", "sequences"),
        default="sequence",
        help="the key one series comes under in get and create answers, where the sources disagree"
        " (default: %(default)s)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=common.REQUESTS_PER_MINUTE,
        metavar="N",
        help="requests per minute before 429; 0 turns it off (default: %(default)s, the service's)",
    )
    parser.add_argument(
        "--page-size",
        type=int,
        choices=PAGE_SIZES,
        default=20,
        help="the account's page size, for lists asked without per_page (default: %(default)s)",
    )
    parser.add_argument(
        "--uid-replay",
        choices=get_args(UidReplay),
        default="first",
        help="what a document creation with a proprietary_uid already used answers, which the documentation"
        " leaves open: the first document again, a new document, or a 409 conflict (default: %(default)s)",
    )
    parser.add_argument(
        "--pdf-polls",
        type=int,
        default=1,
        metavar="N",
        help="how many requests for a document's PDF or QR code are answered 202 (not ready) before it is ready,"
        " counted per document and file, never by the clock (default: %(default)s)",
    )
    return parser


def main() -> None:
    parser = _parser()
    args = parser.parse_args()
    if args.rate_limit < 0:
        parser.error("--rate-limit must be 0 (no limit) or more")
    if args.pdf_polls < 0:
        parser.error("--pdf-polls must be 0 (ready at once) or more")
    api_key = args.api_key or secrets.token_hex(20)
    account = seeded_account(api_key, seed=args.seed, tax_situation=args.tax_situation, page_size=args.page_size)
    account.registration_in_progress = args.registration_in_progress
    app = create_app(
        account,
        unauthorized_body=args.unauthorized_body,
        single_root_key=args.single_root_key,
        requests_per_minute=args.rate_limit or None,
        uid_replay=args.uid_replay,
        pdf_polls=args.pdf_polls,
    )
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as exc:  # one line, not a traceback: the user picked the address, and can pick another
        if exc.errno == errno.EADDRINUSE:
            in_use = f"port {args.port} on {args.host} is in use; pick another with --port (0 picks a free one)"
            parser.exit(1, f"{PROGRAM}: {in_use}\n")
        parser.exit(1, f"{PROGRAM}: cannot listen on {args.host} port {args.port}: {exc.strerror or exc}\n")
    print(f"Fake InvoiceXpress account {account.name!r} at {base_url(sock)}", flush=True)
    print(f"API key: {api_key}", flush=True)
    print("Try: curl '" + base_url(sock) + "/sequences.json?api_key=" + api_key + "'", flush=True)
    serve_forever(app, sock)


if __name__ == "__main__":
    main()
