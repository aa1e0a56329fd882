"""Which series documents go to unless told otherwise, and the `sequence_id` to issue an invoice in it.

Read-only.
"""

import sys

from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.atcud import DocumentType, is_default, numbering


def main() -> int:
    with InvoiceXpressClient() as client:
        default = next((series for series in client.sequences.list().sequences if is_default(series)), None)
    if default is None:
        print("The account has no default series.", file=sys.stderr)
        return 1
    invoices = numbering(default, DocumentType.INVOICE)
    print(f"Default series: {default.serie} (id {default.id})")
    print(f"Issue invoices in it with sequence_id={invoices.sequence_id}; the next one is {invoices.next_atcud}")
    if not invoices.registered:
        print("Not registered with the Tax Authority for invoices yet.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
