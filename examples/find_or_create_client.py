"""Find a client by its code, or create it: what an integration does before issuing a document to someone.

    python find_or_create_client.py CODE NAME [FISCAL_ID]

Creates the client only when no client has that code (a client's code and name are unique in the account).
"""

import sys

from invoicexpress_client import InvoiceXpressClient, errors


def main(code: str, name: str, fiscal_id: str | None) -> int:
    with InvoiceXpressClient() as client:
        try:
            found = client.clients.find_by_code(code=code)
            print(f"Found {found.name} (id {found.id}).")
            return 0
        except errors.NotFoundError:
            pass
        try:
            created = client.clients.create(name=name, code=code, fiscal_id=fiscal_id, country="Portugal")
        except errors.UnprocessableEntityError as refused:
            print(f"Refused: {refused.message}", file=sys.stderr)  # e.g. Fiscal is invalid
            return 1
        print(f"Created {created.name} (id {created.id}).")
        return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: find_or_create_client.py CODE NAME [FISCAL_ID]")
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None))
