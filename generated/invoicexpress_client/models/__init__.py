"""The typed models of the contract's schemas, each imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import Client
    from .client_envelope import ClientEnvelope
    from .client_list import ClientList
    from .client_list_entry import ClientListEntry
    from .error_messages import ErrorMessages
    from .error_objects import ErrorObjects
    from .error_objects_errors_item import ErrorObjectsErrorsItem
    from .item import Item
    from .item_envelope import ItemEnvelope
    from .item_list import ItemList
    from .item_tax import ItemTax
    from .new_client import NewClient
    from .new_client_language import NewClientLanguage
    from .new_client_request import NewClientRequest
    from .new_client_send_options import NewClientSendOptions
    from .new_item import NewItem
    from .new_item_request import NewItemRequest
    from .new_item_tax import NewItemTax
    from .new_sequence import NewSequence
    from .new_sequence_default_sequence import NewSequenceDefaultSequence
    from .new_sequence_request import NewSequenceRequest
    from .new_tax import NewTax
    from .new_tax_code import NewTaxCode
    from .new_tax_default_tax import NewTaxDefaultTax
    from .new_tax_request import NewTaxRequest
    from .pagination import Pagination
    from .preferred_contact import PreferredContact
    from .rails_errors import RailsErrors
    from .sequence import Sequence
    from .sequence_list import SequenceList
    from .sequence_under_sequence import SequenceUnderSequence
    from .sequence_under_sequences import SequenceUnderSequences
    from .service_error import ServiceError
    from .service_error_errors import ServiceErrorErrors
    from .tax import Tax
    from .tax_envelope import TaxEnvelope
    from .tax_list import TaxList
    from .unparseable_body import UnparseableBody

# Each model's module.
_MODULES = {
    "Client": "client",
    "ClientEnvelope": "client_envelope",
    "ClientList": "client_list",
    "ClientListEntry": "client_list_entry",
    "ErrorMessages": "error_messages",
    "ErrorObjects": "error_objects",
    "ErrorObjectsErrorsItem": "error_objects_errors_item",
    "Item": "item",
    "ItemEnvelope": "item_envelope",
    "ItemList": "item_list",
    "ItemTax": "item_tax",
    "NewClient": "new_client",
    "NewClientLanguage": "new_client_language",
    "NewClientRequest": "new_client_request",
    "NewClientSendOptions": "new_client_send_options",
    "NewItem": "new_item",
    "NewItemRequest": "new_item_request",
    "NewItemTax": "new_item_tax",
    "NewSequence": "new_sequence",
    "NewSequenceDefaultSequence": "new_sequence_default_sequence",
    "NewSequenceRequest": "new_sequence_request",
    "NewTax": "new_tax",
    "NewTaxCode": "new_tax_code",
    "NewTaxDefaultTax": "new_tax_default_tax",
    "NewTaxRequest": "new_tax_request",
    "Pagination": "pagination",
    "PreferredContact": "preferred_contact",
    "RailsErrors": "rails_errors",
    "Sequence": "sequence",
    "SequenceList": "sequence_list",
    "SequenceUnderSequence": "sequence_under_sequence",
    "SequenceUnderSequences": "sequence_under_sequences",
    "ServiceError": "service_error",
    "ServiceErrorErrors": "service_error_errors",
    "Tax": "tax",
    "TaxEnvelope": "tax_envelope",
    "TaxList": "tax_list",
    "UnparseableBody": "unparseable_body",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = (
    "Client",
    "ClientEnvelope",
    "ClientList",
    "ClientListEntry",
    "ErrorMessages",
    "ErrorObjects",
    "ErrorObjectsErrorsItem",
    "Item",
    "ItemEnvelope",
    "ItemList",
    "ItemTax",
    "NewClient",
    "NewClientLanguage",
    "NewClientRequest",
    "NewClientSendOptions",
    "NewItem",
    "NewItemRequest",
    "NewItemTax",
    "NewSequence",
    "NewSequenceDefaultSequence",
    "NewSequenceRequest",
    "NewTax",
    "NewTaxCode",
    "NewTaxDefaultTax",
    "NewTaxRequest",
    "Pagination",
    "PreferredContact",
    "RailsErrors",
    "Sequence",
    "SequenceList",
    "SequenceUnderSequence",
    "SequenceUnderSequences",
    "ServiceError",
    "ServiceErrorErrors",
    "Tax",
    "TaxEnvelope",
    "TaxList",
    "UnparseableBody",
)
