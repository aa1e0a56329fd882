"""Serve the fake on loopback: `python -m invoicexpress_fake --port 4010 --api-key KEY` (scripts/mock)."""

import argparse
import secrets
from typing import get_args

from . import create_app, seeded_account
from .domain.account import PAGE_SIZES, TaxSituation
from .rules import common
from .serve import base_url, listening_socket, serve_forever


def main() -> None:
    parser = argparse.ArgumentParser(prog="scripts/mock", description="Serve a fake InvoiceXpress account.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on; 0 picks a free one")
    parser.add_argument("--api-key", help="the account's API key (default: a new random key, printed)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the account's validation codes")
    parser.add_argument(
        "--tax-situation",
        choices=get_args(TaxSituation),
        default="ready",
        help="the account with the Tax Authority: ready (Portuguese, AT credentials set; the default), "
        "no_credentials, no_open_activity, or not_portuguese",
    )
    parser.add_argument(
        "--registration-in-progress",
        action="store_true",
        help="act as if an AT registration were under way (create and register answer 409)",
    )
    parser.add_argument(
        "--unauthorized-body",
        choices=("empty", "json"),
        default="empty",
        help="the body of a 401: empty, as in the reference page, or the JSON of the current documentation",
    )
    parser.add_argument(
        "--single-root-key",
        choices=("sequence", "sequences"),
        default="sequence",
        help="the key one series comes under in get and create answers (the sources disagree)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=common.REQUESTS_PER_MINUTE,
        help="requests per minute before 429 (default: the service's %(default)s); 0 turns it off",
    )
    parser.add_argument(
        "--page-size",
        type=int,
        choices=PAGE_SIZES,
        default=20,
        help="the account's page size, for lists asked without per_page (default: %(default)s)",
    )
    args = parser.parse_args()
    if args.rate_limit < 0:
        parser.error("--rate-limit must be 0 (no limit) or more")
    api_key = args.api_key or secrets.token_hex(20)
    account = seeded_account(api_key, seed=args.seed, tax_situation=args.tax_situation, page_size=args.page_size)
    account.registration_in_progress = args.registration_in_progress
    app = create_app(
        account,
        unauthorized_body=args.unauthorized_body,
        single_root_key=args.single_root_key,
        requests_per_minute=args.rate_limit or None,
    )
    sock = listening_socket(args.host, args.port)
    print(f"Fake InvoiceXpress account {account.name!r} at {base_url(sock)}", flush=True)
    print(f"API key: {api_key}", flush=True)
    print("Try: curl '" + base_url(sock) + "/sequences.json?api_key=" + api_key + "'", flush=True)
    serve_forever(app, sock)


if __name__ == "__main__":
    main()
