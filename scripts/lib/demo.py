"""List the fake account's series with the generated client, with each document type's validation code and
the ATCUD its next document will carry (scripts/demo)."""

import secrets

from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.atcud import is_default, numberings
from invoicexpress_client.models import Sequence
from invoicexpress_fake import create_app, seeded_account
from invoicexpress_fake.serve import serving


def describe(series: Sequence) -> list[str]:
    default = ", the default" if is_default(series) else ""
    lines = [f"Series {series.serie} (id {series.id}{default})"]
    lines.append(f"  {'document type':<22}{'last no.':>9}  {'sequence_id':>11}  {'validation code':<17}next ATCUD")
    for item in numberings(series):
        lines.append(
            f"  {item.type:<22}{item.last_number:>9}  {item.sequence_id:>11}  {item.validation_code:<17}"
            f"{item.next_atcud}"
        )
    return lines


def main() -> None:
    api_key = secrets.token_hex(20)
    with serving(create_app(seeded_account(api_key))) as url:
        print(f"Fake InvoiceXpress on {url}; listing its series with the generated client.\n")
        with InvoiceXpressClient(api_key=api_key, base_url=url) as client:
            listed = client.sequences.list()
    for series in listed.sequences:
        print("\n".join(describe(series)), end="\n\n")
    print(f"{len(listed.sequences)} series.")


if __name__ == "__main__":
    main()
