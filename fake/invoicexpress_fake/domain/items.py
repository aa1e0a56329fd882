"""The account's catalogue of items, and what creating, changing and deleting one does."""

from dataclasses import dataclass
from decimal import Decimal

from ..rules import common
from ..rules import items as rules
from . import taxes
from .account import Account


@dataclass
class ItemTax:
    """The tax an item's lines are charged: the item keeps its own copy of the tax's name and rate."""

    name: str
    value: Decimal


@dataclass
class Item:
    id: int
    name: str
    description: str
    unit_price: Decimal
    unit: str | None = None
    tax: ItemTax | None = None


def add_item(account: Account, name: str, description: str, unit_price: Decimal, **fields: object) -> Item:
    """An item put in the account as it is (seeding)."""
    item = Item(account.new_id("item"), name, description, unit_price, **fields)  # type: ignore[arg-type]
    account.items[item.id] = item
    return item


def find(account: Account, item_id: int) -> Item:
    if item_id not in account.items:
        raise common.NOT_FOUND
    return account.items[item_id]


def named(account: Account, name: str) -> Item | None:
    return next((item for item in account.items.values() if item.name == name), None)


def tax_of(account: Account, tax_name: str | None) -> ItemTax | None:
    """The tax an item asked for by name: that tax, or (a name that is none of them) the account's default."""
    tax = (taxes.named(account, tax_name) if tax_name else None) or taxes.default_tax(account)
    return ItemTax(tax.name, tax.value) if tax is not None else None


def create(account: Account, new: rules.NewItem) -> Item:
    if named(account, new.name) is not None:
        raise rules.NAME_TAKEN
    return add_item(
        account, new.name, new.description, new.unit_price, unit=new.unit, tax=tax_of(account, new.tax_name)
    )


def update(account: Account, item_id: int, new: rules.NewItem) -> None:
    """Changes the item: name, description and price, and the other fields that were given."""
    item = find(account, item_id)
    other = named(account, new.name)
    if other is not None and other is not item:
        raise rules.NAME_TAKEN
    item.name, item.description, item.unit_price = new.name, new.description, new.unit_price
    if new.unit is not None:
        item.unit = new.unit
    if new.tax_name is not None:
        item.tax = tax_of(account, new.tax_name)


def delete(account: Account, item_id: int) -> None:
    del account.items[find(account, item_id).id]
