"""A typed client for the InvoiceXpress API v2, generated from this project's OpenAPI description.

>>> from invoicexpress_client import InvoiceXpressClient
>>> from invoicexpress_client.api.sequences import list_sequences
>>> with InvoiceXpressClient(account_name="acme", api_key=KEY) as client:
...     series = list_sequences.sync(client=client)
"""

from . import errors
from .client import InvoiceXpressClient
from .types import Deviation, Response

__version__ = "0.2.0"

__all__ = ("Deviation", "InvoiceXpressClient", "Response", "__version__", "errors")
