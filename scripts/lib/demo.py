"""Read the fake account with the freshly generated client (scripts/demo): its series, with each document
type's validation code and the ATCUD its next document will carry; its taxes; and its items and clients, page
by page."""

import secrets

from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.atcud import is_default, numberings
from invoicexpress_client.models import Sequence, Tax
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


def describe_tax(tax: Tax) -> str:
    default = "  (the default)" if tax.default_tax is True else ""
    return f"  {tax.name:<10}{tax.value:>6}%  {tax.region or '':<8}{tax.code or ''}{default}"


def main() -> None:
    api_key = secrets.token_hex(20)
    with serving(create_app(seeded_account(api_key))) as url:
        print(f"Fake InvoiceXpress on {url}; reading it with the generated client.\n")
        with InvoiceXpressClient(api_key=api_key, base_url=url) as client:
            listed = client.sequences.list()
            taxes = list(client.taxes.list())
            first_items = client.items.list()
            items = list(first_items.auto_paging_iter())
            clients = list(client.clients.list().auto_paging_iter())
    for series in listed:
        print("\n".join(describe(series)), end="\n\n")
    print(f"{len(listed)} series.\n\nTaxes")
    print("\n".join(describe_tax(tax) for tax in taxes), end="\n\n")
    print(f"{len(items)} items, read page by page ({len(first_items)} on the first), e.g.:")
    for item in items[:3]:
        print(f"  {item.name:<18}{item.unit_price:>8} EUR")
    print(f"\n{len(clients)} clients, e.g.:")
    for entry in clients[:3]:
        print(f"  {entry.code or '':<10}{entry.name}")


if __name__ == "__main__":
    main()
