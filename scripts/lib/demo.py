"""List the fake account's series with the generated client, with each document type's validation code and
the ATCUD its next document will carry (scripts/demo)."""

import secrets

import attrs
from invoicexpress_client import InvoiceXpressClient
from invoicexpress_client.api.sequences import list_sequences
from invoicexpress_client.models import Sequence
from invoicexpress_fake import create_app, seeded_account
from invoicexpress_fake.serve import serving

# The document types, in the contract's order, read off the generated model's fields.
DOCUMENT_TYPES = tuple(
    field.name.removeprefix("current_").removesuffix("_validation_code")
    for field in attrs.fields(Sequence)
    if field.name.endswith("_validation_code")
)
NOT_AN_AT_CODE = ("N/D", "N/A")


def next_atcud(code: str, last_number: int) -> str:
    """The ATCUD of the series' next document of a type: the AT code, '-', the number; else N/D or N/A."""
    return code if code in NOT_AN_AT_CODE else f"{code}-{last_number + 1}"


def describe(series: Sequence) -> list[str]:
    default = ", the default" if series.default_sequence == 1 else ""
    lines = [f"Series {series.serie} (id {series.id}{default})"]
    lines.append(f"  {'document type':<22}{'last no.':>9}  {'sequence_id':>11}  {'validation code':<17}next ATCUD")
    for doc_type in DOCUMENT_TYPES:
        number: int = getattr(series, f"current_{doc_type}_number")
        sequence_id: int = getattr(series, f"current_{doc_type}_sequence_id")
        code: str = getattr(series, f"current_{doc_type}_validation_code")
        atcud = next_atcud(code, number)
        lines.append(f"  {doc_type:<22}{number:>9}  {sequence_id:>11}  {code:<17}{atcud}")
    return lines


def main() -> None:
    api_key = secrets.token_hex(20)
    with serving(create_app(seeded_account(api_key))) as url:
        print(f"Fake InvoiceXpress on {url}; listing its series with the generated client.\n")
        with InvoiceXpressClient(account_name="acme", api_key=api_key, base_url=url) as client:
            listed = list_sequences.sync(client=client)
    for series in listed.sequences:
        print("\n".join(describe(series)), end="\n\n")
    print(f"{len(listed.sequences)} series.")


if __name__ == "__main__":
    main()
