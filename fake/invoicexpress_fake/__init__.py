"""A fake InvoiceXpress: the documented behaviour of the API v2, for tests and for other teams' clients."""

from . import rules
from .account import Account, seeded_account
from .app import create_app

__all__ = ["Account", "create_app", "rules", "seeded_account"]
