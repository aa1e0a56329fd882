"""The account's clients, and what creating, changing and finding one does."""

from dataclasses import dataclass, field
from typing import Any

from ..http.refusals import error_messages
from ..rules import clients as rules
from ..rules import common
from .account import Account


@dataclass
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None


@dataclass
class Client:
    id: int
    name: str
    code: str | None = None
    email: str | None = None
    language: str | None = None
    address: str | None = None
    city: str | None = None
    postal_code: str | None = None
    country: str | None = None
    fiscal_id: str | None = None
    website: str | None = None
    phone: str | None = None
    fax: str | None = None
    preferred_contact: Contact | None = None
    observations: str | None = None
    send_options: int = 1
    payment_days: int = 0
    tax_exemption_code: str | None = "M00"
    # The address of the client's statement of account (its hash drawn from the account's random source).
    open_account_link: str = field(default="", repr=False)


def add_client(account: Account, name: str, **fields: Any) -> Client:
    """A client put in the account as it is (seeding)."""
    link = f"https://www.app.invoicexpress.com/suppliers/{account.rng.getrandbits(32):08x}"
    client = Client(account.new_id("client"), name, open_account_link=link, **fields)
    account.clients[client.id] = client
    return client


def find(account: Account, client_id: int) -> Client:
    if client_id not in account.clients:
        raise common.NOT_FOUND
    return account.clients[client_id]


def by_name(account: Account, name: str) -> Client:
    """The client whose name is exactly `name` (no partial or case-blind match), or 404 (for no name too)."""
    found = next((client for client in account.clients.values() if name and client.name == name), None)
    if found is None:
        raise common.NOT_FOUND
    return found


def by_code(account: Account, code: str) -> Client:
    found = next((client for client in account.clients.values() if code and client.code == code), None)
    if found is None:
        raise common.NOT_FOUND
    return found


def check_fiscal_id(fiscal_id: str | None, country: str | None) -> None:
    """A client in Portugal (or of no country, an empty one included) with a tax number needs a valid NIF."""
    if fiscal_id and country in (None, "", "Portugal") and not rules.valid_nif(fiscal_id):
        raise error_messages(422, rules.FISCAL_ID_INVALID)


def _check_unique(account: Account, client: Client | None, name: str, code: str | None) -> None:
    for other in account.clients.values():
        if other is client:
            continue
        if other.name == name:
            raise rules.NAME_TAKEN
        if code and other.code == code:
            raise rules.CODE_TAKEN


def _values(fields: dict[str, Any]) -> dict[str, Any]:
    """The given fields as the client holds them."""
    values = dict(fields)
    if values.get("code") == "":  # an empty code is no code
        values["code"] = None
    if "preferred_contact" in values:
        contact = values["preferred_contact"]
        values["preferred_contact"] = Contact(**contact) if contact else None
    if values.get("send_options") is not None:
        values["send_options"] = int(values["send_options"])
    elif "send_options" in values:
        del values["send_options"]
    return values


def create(account: Account, new: rules.NewClient) -> Client:
    fields = _values(new.fields)
    _check_unique(account, None, new.name, fields.get("code"))
    check_fiscal_id(fields.get("fiscal_id"), fields.get("country"))
    return add_client(account, new.name, **fields)


def update(account: Account, client_id: int, new: rules.NewClient) -> None:
    """Changes the fields given (`name` always); those left out keep their values."""
    client = find(account, client_id)
    fields = _values(new.fields)
    code = fields.get("code", client.code)
    _check_unique(account, client, new.name, code)
    check_fiscal_id(fields.get("fiscal_id", client.fiscal_id), fields.get("country", client.country))
    client.name = new.name
    for name, value in fields.items():
        setattr(client, name, value)


def keep_email(account: Account, client_id: int, email: str) -> None:
    """The address a document was sent to, kept as the client's (an e-mail sent with `save` "1")."""
    find(account, client_id).email = email
