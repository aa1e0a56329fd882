"""The catalogue as a price list: every item, on every page, with its price before and after its tax, computed
with Decimal (money never goes through a float).

Read-only.
"""

from decimal import Decimal

from invoicexpress_client import InvoiceXpressClient

CENT = Decimal("0.01")


def main() -> None:
    with InvoiceXpressClient() as client:
        items = client.items.list(per_page=50)
        for item in items.auto_paging_iter():  # each next page fetched when the walk reaches it
            rate = item.tax.value if item.tax and item.tax.value else Decimal(0)  # none, or not sent: no tax
            with_tax = (item.unit_price * (1 + rate / 100)).quantize(CENT)
            print(f"{item.name:<30} {item.unit_price.quantize(CENT):>10} {with_tax:>10}  ({rate}% VAT)")


if __name__ == "__main__":
    main()
