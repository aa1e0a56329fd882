"""A fake InvoiceXpress: the documented behaviour of the API v2, for tests and for other teams' clients."""

from .app import create_app
from .domain.account import Account
from .seed import seeded_account

__all__ = ["Account", "create_app", "seeded_account"]
