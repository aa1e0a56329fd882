"""The ATCUD the next document of each type will carry, in every series of the account.

    INVOICEXPRESS_ACCOUNT_NAME=acme INVOICEXPRESS_API_KEY=... python examples/next_atcud.py

Read-only.
"""

from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.atcud import is_default, numberings


def main() -> None:
    with InvoiceXpressClient() as client:  # the account and key from INVOICEXPRESS_* variables
        for series in client.sequences.list().sequences:
            print(f"{series.serie}{' (default)' if is_default(series) else ''}")
            for numbering in numberings(series):
                if numbering.type.relevant_for_atcud:
                    print(f"  {numbering.type:<20} next: {numbering.next_atcud}")


if __name__ == "__main__":
    main()
