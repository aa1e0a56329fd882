"""`client.items` on InvoiceXpressClient and AsyncInvoiceXpressClient: items of the account's catalogue: the products and services document lines name."""

from decimal import Decimal

from ..._pagination import AsyncPage, Page
from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...models.item import Item
from ...models.new_item_tax import NewItemTax
from . import create_item, delete_item, get_item, list_items, update_item


class Items(SyncResource):
    """Items of the account's catalogue: the products and services document lines name. Item names are unique in the
    account.

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "ItemsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return ItemsDetailed(self)

    def list(self, *, page: int | None = None, per_page: int | None = None, timeout: float | None = None) -> Page[Item]:
        """List all items

        Returns one page of the account's catalogue. The answer has no `pagination`: a page shorter than the page
        size is the last.

        Args:
            page (int | None): The page to return, counted from 1 (the first unless given).
            per_page (int | None): How many entries a page holds; the account's own page size (10, 20 or 30) unless
                given.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        Returns:
            Page[Item]: its entries, its `pagination`, the pages after it.
        """
        return self._call(list_items.OPERATION, locals())

    def create(
        self,
        *,
        name: str,
        description: str,
        unit_price: Decimal | int | float | str,
        unit: str | None = None,
        tax: NewItemTax | None = None,
        timeout: float | None = None,
    ) -> Item:
        """Create an item

        Adds an item to the catalogue. Its name must not be in use. An item whose tax names none of the account's
        taxes gets the account's default tax.

        A refusal lists its messages as objects (`{"errors": [{"error": "Price is a required field"}]}`).

        Never sent twice by the client: an item's name is unique, so a create sent again after its answer was
        lost is refused as a name in use.

        Args:
            name (str): The item's name, unique in the catalogue; a name in use is refused.
            description (str): What the item is, as printed on document lines.
            unit_price (Decimal | int | float | str): The price of one unit, before taxes, e.g. `16.2602` (written
                with its digits, never through a float).
            unit (str | None): The unit it is sold by, e.g. `service`, `hour`, `unit`.
            tax (NewItemTax | None): The tax the item's lines are charged, by its name (the account's default tax
                unless given).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.APIStatusError (413),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(create_item.OPERATION, locals())

    def get(self, id: int, *, timeout: float | None = None) -> Item:
        """Get an item

        Returns one item of the catalogue.

        Args:
            id (int): The item's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(get_item.OPERATION, locals())

    def update(
        self,
        id: int,
        *,
        name: str,
        description: str,
        unit_price: Decimal | int | float | str,
        unit: str | None = None,
        tax: NewItemTax | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update an item

        Changes an item: `name`, `description` and `unit_price` are sent again, the other fields only to change
        them. Its new name must not be another item's.

        Args:
            id (int): The item's `id`.
            name (str): The item's name, unique in the catalogue; a name in use is refused.
            description (str): What the item is, as printed on document lines.
            unit_price (Decimal | int | float | str): The price of one unit, before taxes, e.g. `16.2602` (written
                with its digits, never through a float).
            unit (str | None): The unit it is sold by, e.g. `service`, `hour`, `unit`.
            tax (NewItemTax | None): The tax the item's lines are charged, by its name (the account's default tax
                unless given).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(update_item.OPERATION, locals())

    def delete(self, id: int, *, timeout: float | None = None) -> None:
        """Delete an item

        Removes an item from the catalogue.

        Args:
            id (int): The item's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(delete_item.OPERATION, locals())


class ItemsDetailed:
    """Items of the account's catalogue: the products and services document lines name, each method returning the whole Response."""

    def __init__(self, resource: Items) -> None:
        responses = resource._returning_responses()
        self.list = whole(responses.list)
        self.create = whole(responses.create)
        self.get = whole(responses.get)
        self.update = whole(responses.update)
        self.delete = whole(responses.delete)


class AsyncItems(AsyncResource):
    """Items of the account's catalogue: the products and services document lines name, each method a coroutine: the methods of `Items`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncItemsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncItemsDetailed(self)

    async def list(
        self, *, page: int | None = None, per_page: int | None = None, timeout: float | None = None
    ) -> AsyncPage[Item]:
        """List all items (described at the sync method)

        Args:
            page (int | None): The page to return, counted from 1 (the first unless given).
            per_page (int | None): How many entries a page holds; the account's own page size (10, 20 or 30) unless
                given.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        Returns:
            AsyncPage[Item]: its entries, its `pagination`, the pages after it.
        """
        return await self._list(list_items.OPERATION, locals())

    async def create(
        self,
        *,
        name: str,
        description: str,
        unit_price: Decimal | int | float | str,
        unit: str | None = None,
        tax: NewItemTax | None = None,
        timeout: float | None = None,
    ) -> Item:
        """Create an item (described at the sync method)

        Args:
            name (str): The item's name, unique in the catalogue; a name in use is refused.
            description (str): What the item is, as printed on document lines.
            unit_price (Decimal | int | float | str): The price of one unit, before taxes, e.g. `16.2602` (written
                with its digits, never through a float).
            unit (str | None): The unit it is sold by, e.g. `service`, `hour`, `unit`.
            tax (NewItemTax | None): The tax the item's lines are charged, by its name (the account's default tax
                unless given).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.APIStatusError (413),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(create_item.OPERATION, locals())

    async def get(self, id: int, *, timeout: float | None = None) -> Item:
        """Get an item (described at the sync method)

        Args:
            id (int): The item's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(get_item.OPERATION, locals())

    async def update(
        self,
        id: int,
        *,
        name: str,
        description: str,
        unit_price: Decimal | int | float | str,
        unit: str | None = None,
        tax: NewItemTax | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update an item (described at the sync method)

        Args:
            id (int): The item's `id`.
            name (str): The item's name, unique in the catalogue; a name in use is refused.
            description (str): What the item is, as printed on document lines.
            unit_price (Decimal | int | float | str): The price of one unit, before taxes, e.g. `16.2602` (written
                with its digits, never through a float).
            unit (str | None): The unit it is sold by, e.g. `service`, `hour`, `unit`.
            tax (NewItemTax | None): The tax the item's lines are charged, by its name (the account's default tax
                unless given).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(update_item.OPERATION, locals())

    async def delete(self, id: int, *, timeout: float | None = None) -> None:
        """Delete an item (described at the sync method)

        Args:
            id (int): The item's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(delete_item.OPERATION, locals())


class AsyncItemsDetailed:
    """Items of the account's catalogue: the products and services document lines name, each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncItems) -> None:
        responses = resource._returning_responses()
        self.list = awhole(responses.list)
        self.create = awhole(responses.create)
        self.get = awhole(responses.get)
        self.update = awhole(responses.update)
        self.delete = awhole(responses.delete)


__all__ = ["AsyncItems", "AsyncItemsDetailed", "Items", "ItemsDetailed"]
