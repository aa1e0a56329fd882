"""The ATCUD of a series' documents, typed: for each document type (`DocumentType`, the contract's table) of a
series its last number, the `sequence_id` to issue documents with, its Tax Authority (AT) validation code and
the next ATCUD.

>>> from invoicexpress_client.atcud import DocumentType, numbering
>>> series = client.sequences.get(146124)
>>> invoices = numbering(series, DocumentType.INVOICE)
>>> invoices.next_atcud  # 'ABCD1234-29' after invoice 28; 'N/D' while the series is not registered
"""

from attrs import frozen

from .document_types import DocumentType
from .models.sequence import Sequence

NOT_REGISTERED = "N/D"  # relevant for ATCUD, but the series is not registered with the AT for this type
NOT_APPLICABLE = "N/A"  # not relevant for ATCUD (fees notes, VAT MOSS), or an account outside Portugal


def atcud(validation_code: str, number: int) -> str:
    """The ATCUD of document `number` of a type whose validation code is `validation_code`: the code, `-`, the
    number (`ABCD1234-28`); where the code is `N/D` or `N/A`, the ATCUD is that value."""
    if validation_code in (NOT_REGISTERED, NOT_APPLICABLE):
        return validation_code
    return f"{validation_code}-{number}"


@frozen
class Numbering:
    """How one series numbers one document type.

    Attributes:
        type: The document type.
        last_number: The last number used; 0 before the first document.
        sequence_id: The id to pass as `sequence_id` when issuing a document of this type in this series
            (not the series' `id`).
        validation_code: The AT validation code: an AT code such as `ABCD1234`, `N/D` or `N/A`.
    """

    type: DocumentType
    last_number: int
    sequence_id: int
    validation_code: str

    @property
    def registered(self) -> bool:
        """Whether the series is registered with the AT for this type (its code is neither `N/D` nor `N/A`)."""
        return self.validation_code not in (NOT_REGISTERED, NOT_APPLICABLE)

    @property
    def next_number(self) -> int:
        return self.last_number + 1

    @property
    def next_atcud(self) -> str:
        """The ATCUD the next document of this type in this series will carry."""
        return atcud(self.validation_code, self.next_number)

    def atcud(self, number: int) -> str:
        """The ATCUD of document `number` of this type in this series."""
        return atcud(self.validation_code, number)


def numbering(series: Sequence, type: DocumentType) -> Numbering:
    """How `series` numbers documents of `type` (a DocumentType, or its value: `"invoice"`)."""
    type = DocumentType(type)  # a ValueError that names it, for a type that is not one
    # The series' fields of each type are named after it (the contract's table says so; a test holds the
    # Sequence schema to it): `current_<type>_number`, `_sequence_id`, `_validation_code`.
    last_number: int = getattr(series, f"current_{type}_number")
    sequence_id: int = getattr(series, f"current_{type}_sequence_id")
    validation_code: str = getattr(series, f"current_{type}_validation_code")
    return Numbering(type, last_number, sequence_id, validation_code)


def numberings(series: Sequence) -> list[Numbering]:
    """How `series` numbers each document type, in the order of `DocumentType`."""
    return [numbering(series, type) for type in DocumentType]


def is_default(series: Sequence) -> bool:
    """Whether `series` is the account's default (documents are issued in it unless told otherwise)."""
    return series.default_sequence == 1


__all__ = [
    "NOT_APPLICABLE",
    "NOT_REGISTERED",
    "DocumentType",
    "Numbering",
    "atcud",
    "is_default",
    "numbering",
    "numberings",
]
