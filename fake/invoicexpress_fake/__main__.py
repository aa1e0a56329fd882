"""Serve the fake on loopback: `python -m invoicexpress_fake --port 4010 --api-key KEY` (scripts/mock)."""

import argparse
import secrets

from . import create_app, seeded_account
from .serve import base_url, listening_socket, serve_forever


def main() -> None:
    parser = argparse.ArgumentParser(prog="scripts/mock", description="Serve a fake InvoiceXpress account.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=4010, help="port to listen on; 0 picks a free one")
    parser.add_argument("--api-key", help="the account's API key (default: a new random key, printed)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the account's validation codes")
    parser.add_argument(
        "--unauthorized-body",
        choices=("empty", "json"),
        default="empty",
        help="the body of a 401: empty, as in the reference page, or the JSON of the current documentation",
    )
    args = parser.parse_args()
    api_key = args.api_key or secrets.token_hex(20)
    app = create_app(seeded_account(api_key, seed=args.seed), unauthorized_body=args.unauthorized_body)
    sock = listening_socket(args.host, args.port)
    print(f"Fake InvoiceXpress account {app.state.account.name!r} at {base_url(sock)}", flush=True)
    print(f"API key: {api_key}", flush=True)
    print("Try: curl '" + base_url(sock) + "/sequences.json?api_key=" + api_key + "'", flush=True)
    serve_forever(app, sock)


if __name__ == "__main__":
    main()
