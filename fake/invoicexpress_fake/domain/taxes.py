"""The account's taxes (VAT rates), and what creating, changing and deleting one does."""

from dataclasses import dataclass
from decimal import Decimal

from ..rules import common
from ..rules import taxes as rules
from .account import Account


@dataclass
class Tax:
    id: int
    name: str
    value: Decimal
    region: str | None = None
    code: str | None = None
    default: bool = False


def add_tax(account: Account, name: str, value: Decimal, **fields: object) -> Tax:
    """A tax put in the account as it is (seeding)."""
    tax = Tax(account.new_id("tax"), name, value, **fields)  # type: ignore[arg-type]
    account.taxes[tax.id] = tax
    if tax.default:
        _make_default(account, tax)
    return tax


def find(account: Account, tax_id: int) -> Tax:
    if tax_id not in account.taxes:
        raise common.NOT_FOUND
    return account.taxes[tax_id]


def named(account: Account, name: str) -> Tax | None:
    return next((tax for tax in account.taxes.values() if tax.name == name), None)


def default_tax(account: Account) -> Tax | None:
    return next((tax for tax in account.taxes.values() if tax.default), None)


def _make_default(account: Account, chosen: Tax) -> None:
    for tax in account.taxes.values():
        tax.default = tax is chosen


def create(account: Account, new: rules.NewTax) -> Tax:
    """A new tax; its name must be free. Created as the default, it is the only one."""
    if named(account, new.name) is not None:
        raise rules.NAME_TAKEN
    return add_tax(account, new.name, new.value, region=new.region, code=new.code, default=bool(new.default))


def update(account: Account, tax_id: int, new: rules.NewTax) -> None:
    """Changes the tax: name and value, and the other fields that were given. A region cannot be emptied."""
    tax = find(account, tax_id)
    other = named(account, new.name)
    if other is not None and other is not tax:
        raise rules.NAME_TAKEN
    if new.region == "":
        raise rules.REGION_EMPTIED
    tax.name, tax.value = new.name, new.value
    if new.region is not None:
        tax.region = new.region
    if new.code is not None:
        tax.code = new.code
    if new.default is True:
        _make_default(account, tax)
    elif new.default is False:
        tax.default = False


def delete(account: Account, tax_id: int) -> None:
    """Deletes the tax; items that had it keep its name and rate (they hold their own copy)."""
    del account.taxes[find(account, tax_id).id]
