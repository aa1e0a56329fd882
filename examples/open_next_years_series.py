"""Open next year's series: create it (registered with the Tax Authority at once) and make it the default.

    python examples/open_next_years_series.py 2027          # says what it would do
    python examples/open_next_years_series.py 2027 --yes    # does it: cannot be undone

A write: creating a series changes the account's Tax Authority records for good.
"""

import argparse

from invoicexpress_client import InvoiceXpressClient, errors
from invoicexpress_client.atcud import numberings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("serie", help="the new series' name, e.g. 2027")
    parser.add_argument("--yes", action="store_true", help="really create it")
    arguments = parser.parse_args()
    if not arguments.yes:
        print(f"Would create the series {arguments.serie!r} and make it the default; --yes to do it.")
        return 0
    with InvoiceXpressClient() as client:
        try:
            series = client.sequences.create(serie=arguments.serie, default=True)
        except errors.UnprocessableEntityError as refused:
            print(f"Refused: [{refused.code}] {refused.message}")  # e.g. 002, the name is taken
            return 1
    unregistered = [
        item.type.value for item in numberings(series) if item.type.relevant_for_atcud and not item.registered
    ]
    print(f"Created {series.serie} (id {series.id}), now the default.")
    if unregistered:  # an account outside Portugal, or the AT accepted some types only ("Partial": not retried)
        print(f"Not registered with the Tax Authority for: {', '.join(unregistered)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
