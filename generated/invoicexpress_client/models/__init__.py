"""The typed models of the contract's schemas, each imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .change_invoice_state_document_type import ChangeInvoiceStateDocumentType
    from .client import Client
    from .client_envelope import ClientEnvelope
    from .client_list import ClientList
    from .client_list_entry import ClientListEntry
    from .create_invoice_document_type import CreateInvoiceDocumentType
    from .creation_under_way import CreationUnderWay
    from .document import Document
    from .document_client import DocumentClient
    from .document_envelope import DocumentEnvelope
    from .document_item import DocumentItem
    from .document_item_tax import DocumentItemTax
    from .document_list import DocumentList
    from .document_status import DocumentStatus
    from .document_update_request import DocumentUpdateRequest
    from .email_message import EmailMessage
    from .email_message_logo_type_1 import EmailMessageLogoType1
    from .email_message_logo_type_2_type_1 import EmailMessageLogoType2Type1
    from .email_message_logo_type_3_type_1 import EmailMessageLogoType3Type1
    from .email_recipient import EmailRecipient
    from .email_recipient_save import EmailRecipientSave
    from .email_request import EmailRequest
    from .error_messages import ErrorMessages
    from .error_object import ErrorObject
    from .error_object_errors import ErrorObjectErrors
    from .error_objects import ErrorObjects
    from .error_objects_errors_item import ErrorObjectsErrorsItem
    from .error_text import ErrorText
    from .get_invoice_document_type import GetInvoiceDocumentType
    from .item import Item
    from .item_envelope import ItemEnvelope
    from .item_list import ItemList
    from .item_tax import ItemTax
    from .list_invoices_status_item import ListInvoicesStatusItem
    from .list_invoices_type_item import ListInvoicesTypeItem
    from .new_client import NewClient
    from .new_client_language import NewClientLanguage
    from .new_client_request import NewClientRequest
    from .new_client_send_options import NewClientSendOptions
    from .new_document import NewDocument
    from .new_document_client import NewDocumentClient
    from .new_document_item import NewDocumentItem
    from .new_document_item_tax import NewDocumentItemTax
    from .new_document_request import NewDocumentRequest
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
    from .payment import Payment
    from .payment_payment_mechanism import PaymentPaymentMechanism
    from .payment_request import PaymentRequest
    from .pdf_answer import PdfAnswer
    from .pdf_link import PdfLink
    from .preferred_contact import PreferredContact
    from .qr_code_answer import QrCodeAnswer
    from .qr_code_in_progress import QrCodeInProgress
    from .qr_code_in_progress_qr_code import QrCodeInProgressQrCode
    from .qr_code_link import QrCodeLink
    from .rails_errors import RailsErrors
    from .receipt_cancel import ReceiptCancel
    from .receipt_cancel_request import ReceiptCancelRequest
    from .receipt_envelope import ReceiptEnvelope
    from .related_documents import RelatedDocuments
    from .send_invoice_email_document_type import SendInvoiceEmailDocumentType
    from .sequence import Sequence
    from .sequence_list import SequenceList
    from .sequence_under_sequence import SequenceUnderSequence
    from .sequence_under_sequences import SequenceUnderSequences
    from .service_error import ServiceError
    from .service_error_errors import ServiceErrorErrors
    from .state_change import StateChange
    from .state_change_request import StateChangeRequest
    from .state_change_state import StateChangeState
    from .tax import Tax
    from .tax_envelope import TaxEnvelope
    from .tax_list import TaxList
    from .unparseable_body import UnparseableBody
    from .update_invoice_document_type import UpdateInvoiceDocumentType

# Each model's module.
_MODULES = {
    "ChangeInvoiceStateDocumentType": "change_invoice_state_document_type",
    "Client": "client",
    "ClientEnvelope": "client_envelope",
    "ClientList": "client_list",
    "ClientListEntry": "client_list_entry",
    "CreateInvoiceDocumentType": "create_invoice_document_type",
    "CreationUnderWay": "creation_under_way",
    "Document": "document",
    "DocumentClient": "document_client",
    "DocumentEnvelope": "document_envelope",
    "DocumentItem": "document_item",
    "DocumentItemTax": "document_item_tax",
    "DocumentList": "document_list",
    "DocumentStatus": "document_status",
    "DocumentUpdateRequest": "document_update_request",
    "EmailMessage": "email_message",
    "EmailMessageLogoType1": "email_message_logo_type_1",
    "EmailMessageLogoType2Type1": "email_message_logo_type_2_type_1",
    "EmailMessageLogoType3Type1": "email_message_logo_type_3_type_1",
    "EmailRecipient": "email_recipient",
    "EmailRecipientSave": "email_recipient_save",
    "EmailRequest": "email_request",
    "ErrorMessages": "error_messages",
    "ErrorObject": "error_object",
    "ErrorObjectErrors": "error_object_errors",
    "ErrorObjects": "error_objects",
    "ErrorObjectsErrorsItem": "error_objects_errors_item",
    "ErrorText": "error_text",
    "GetInvoiceDocumentType": "get_invoice_document_type",
    "Item": "item",
    "ItemEnvelope": "item_envelope",
    "ItemList": "item_list",
    "ItemTax": "item_tax",
    "ListInvoicesStatusItem": "list_invoices_status_item",
    "ListInvoicesTypeItem": "list_invoices_type_item",
    "NewClient": "new_client",
    "NewClientLanguage": "new_client_language",
    "NewClientRequest": "new_client_request",
    "NewClientSendOptions": "new_client_send_options",
    "NewDocument": "new_document",
    "NewDocumentClient": "new_document_client",
    "NewDocumentItem": "new_document_item",
    "NewDocumentItemTax": "new_document_item_tax",
    "NewDocumentRequest": "new_document_request",
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
    "Payment": "payment",
    "PaymentPaymentMechanism": "payment_payment_mechanism",
    "PaymentRequest": "payment_request",
    "PdfAnswer": "pdf_answer",
    "PdfLink": "pdf_link",
    "PreferredContact": "preferred_contact",
    "QrCodeAnswer": "qr_code_answer",
    "QrCodeInProgress": "qr_code_in_progress",
    "QrCodeInProgressQrCode": "qr_code_in_progress_qr_code",
    "QrCodeLink": "qr_code_link",
    "RailsErrors": "rails_errors",
    "ReceiptCancel": "receipt_cancel",
    "ReceiptCancelRequest": "receipt_cancel_request",
    "ReceiptEnvelope": "receipt_envelope",
    "RelatedDocuments": "related_documents",
    "SendInvoiceEmailDocumentType": "send_invoice_email_document_type",
    "Sequence": "sequence",
    "SequenceList": "sequence_list",
    "SequenceUnderSequence": "sequence_under_sequence",
    "SequenceUnderSequences": "sequence_under_sequences",
    "ServiceError": "service_error",
    "ServiceErrorErrors": "service_error_errors",
    "StateChange": "state_change",
    "StateChangeRequest": "state_change_request",
    "StateChangeState": "state_change_state",
    "Tax": "tax",
    "TaxEnvelope": "tax_envelope",
    "TaxList": "tax_list",
    "UnparseableBody": "unparseable_body",
    "UpdateInvoiceDocumentType": "update_invoice_document_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = (
    "ChangeInvoiceStateDocumentType",
    "Client",
    "ClientEnvelope",
    "ClientList",
    "ClientListEntry",
    "CreateInvoiceDocumentType",
    "CreationUnderWay",
    "Document",
    "DocumentClient",
    "DocumentEnvelope",
    "DocumentItem",
    "DocumentItemTax",
    "DocumentList",
    "DocumentStatus",
    "DocumentUpdateRequest",
    "EmailMessage",
    "EmailMessageLogoType1",
    "EmailMessageLogoType2Type1",
    "EmailMessageLogoType3Type1",
    "EmailRecipient",
    "EmailRecipientSave",
    "EmailRequest",
    "ErrorMessages",
    "ErrorObject",
    "ErrorObjectErrors",
    "ErrorObjects",
    "ErrorObjectsErrorsItem",
    "ErrorText",
    "GetInvoiceDocumentType",
    "Item",
    "ItemEnvelope",
    "ItemList",
    "ItemTax",
    "ListInvoicesStatusItem",
    "ListInvoicesTypeItem",
    "NewClient",
    "NewClientLanguage",
    "NewClientRequest",
    "NewClientSendOptions",
    "NewDocument",
    "NewDocumentClient",
    "NewDocumentItem",
    "NewDocumentItemTax",
    "NewDocumentRequest",
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
    "Payment",
    "PaymentPaymentMechanism",
    "PaymentRequest",
    "PdfAnswer",
    "PdfLink",
    "PreferredContact",
    "QrCodeAnswer",
    "QrCodeInProgress",
    "QrCodeInProgressQrCode",
    "QrCodeLink",
    "RailsErrors",
    "ReceiptCancel",
    "ReceiptCancelRequest",
    "ReceiptEnvelope",
    "RelatedDocuments",
    "SendInvoiceEmailDocumentType",
    "Sequence",
    "SequenceList",
    "SequenceUnderSequence",
    "SequenceUnderSequences",
    "ServiceError",
    "ServiceErrorErrors",
    "StateChange",
    "StateChangeRequest",
    "StateChangeState",
    "Tax",
    "TaxEnvelope",
    "TaxList",
    "UnparseableBody",
    "UpdateInvoiceDocumentType",
)
