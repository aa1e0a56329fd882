"""A typed client for the InvoiceXpress API v2: the account's document series and their Tax Authority codes,
its taxes, items and clients.

>>> from invoicexpress_client import InvoiceXpressClient
>>> from invoicexpress_client.atcud import DocumentType, numbering
>>> with InvoiceXpressClient() as client:  # INVOICEXPRESS_API_KEY, INVOICEXPRESS_ACCOUNT_NAME
...     for series in client.sequences.list():
...         print(series.serie, numbering(series, DocumentType.INVOICE).next_atcud)
...     for tax in client.taxes.list():
...         print(tax.name, tax.value)  # IVA23 23.0 (a Decimal)
"""

from . import errors
from ._pagination import AsyncPage, Page
from ._version import __version__
from .client import AsyncInvoiceXpressClient, BaseClient, InvoiceXpressClient
from .types import Deviation, Response

__all__ = (
    "AsyncInvoiceXpressClient",
    "AsyncPage",
    "BaseClient",
    "Deviation",
    "InvoiceXpressClient",
    "Page",
    "Response",
    "__version__",
    "errors",
)
