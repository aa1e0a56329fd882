"""A typed client for the InvoiceXpress API v2: the document series ("sequences") whose Tax Authority
validation codes make up each document's ATCUD.

>>> from invoicexpress_client import InvoiceXpressClient
>>> from invoicexpress_client.atcud import DocumentType, numbering
>>> with InvoiceXpressClient() as client:  # INVOICEXPRESS_API_KEY, INVOICEXPRESS_ACCOUNT_NAME
...     for series in client.sequences.list().sequences:
...         print(series.serie, numbering(series, DocumentType.INVOICE).next_atcud)
"""

from . import errors
from ._version import __version__
from .client import AsyncInvoiceXpressClient, BaseClient, InvoiceXpressClient
from .types import Deviation, Response

__all__ = (
    "AsyncInvoiceXpressClient",
    "BaseClient",
    "Deviation",
    "InvoiceXpressClient",
    "Response",
    "__version__",
    "errors",
)
