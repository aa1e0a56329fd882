"""`client.taxes` on InvoiceXpressClient and AsyncInvoiceXpressClient: taxes (VAT rates) of the account."""

from decimal import Decimal

from ..._pagination import AsyncPage, Page
from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...models.new_tax_code import NewTaxCode
from ...models.tax import Tax
from . import create_tax, delete_tax, get_tax, list_taxes, update_tax


class Taxes(SyncResource):
    """Taxes (VAT rates) of the account. Items and document lines refer to a tax by its name; one tax is the
    account's default.

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "TaxesDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return TaxesDetailed(self)

    def list(self, *, timeout: float | None = None) -> Page[Tax]:
        """List all taxes

        Returns every tax of the account, in one answer (the list has no pages).

        Args:
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.RateLimitError (429, after retries); errors.InvoiceXpressError
            for any other: ServerError, APIConnectionError, InvalidResponse, InvalidArgument.
        Returns:
            Page[Tax]: its entries, its `pagination`, the pages after it.
        """
        return self._call(list_taxes.OPERATION, locals())

    def create(
        self,
        *,
        name: str,
        value: Decimal | int | float | str,
        region: str | None = None,
        code: NewTaxCode | None = None,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> Tax:
        """Create a tax

        Creates a tax (a VAT rate). Its name must not be in use in the account. A tax created as the default
        (`default_tax`) takes that place from the previous default.

        A refusal is a Rails error hash: each refused field with its messages (`{"name": ["is not available."]}`).

        Never sent twice by the client: a tax's name is unique, so a create sent again after its answer was lost
        is refused as a name in use.

        Args:
            name (str): The tax's name, unique in the account, e.g. `IVA23`; a name in use is refused.
            value (Decimal | int | float | str): The rate in percent, from 0 to 100, as a numeric string (`"23.0"`);
                a rate above 100 is refused.
            region (str | None): Where the rate applies (`PT`, `PT-AC`, `PT-MA`, `Desconhecido`, or a country's
                code); SAF-T (PT) needs it.
            code (NewTaxCode | None): The kind of rate: `NOR` (normal), `INT` (intermediate), `RED` (reduced), `OUT`
                (other), `ISE` (exempt).
            default (bool | None): Whether the tax becomes the account's default (and the previous default no longer
                is).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.APIStatusError (413),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(create_tax.OPERATION, locals())

    def get(self, id: int, *, timeout: float | None = None) -> Tax:
        """Get a tax

        Returns one tax of the account.

        Args:
            id (int): The tax's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(get_tax.OPERATION, locals())

    def update(
        self,
        id: int,
        *,
        name: str,
        value: Decimal | int | float | str,
        region: str | None = None,
        code: NewTaxCode | None = None,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a tax

        Changes a tax: `name` and `value` are sent again, the other fields only to change them. Its new name must
        not be another tax's. A region cannot be emptied (`{"base": ["Tax region is empty"]}`).

        Args:
            id (int): The tax's `id`.
            name (str): The tax's name, unique in the account, e.g. `IVA23`; a name in use is refused.
            value (Decimal | int | float | str): The rate in percent, from 0 to 100, as a numeric string (`"23.0"`);
                a rate above 100 is refused.
            region (str | None): Where the rate applies (`PT`, `PT-AC`, `PT-MA`, `Desconhecido`, or a country's
                code); SAF-T (PT) needs it.
            code (NewTaxCode | None): The kind of rate: `NOR` (normal), `INT` (intermediate), `RED` (reduced), `OUT`
                (other), `ISE` (exempt).
            default (bool | None): Whether the tax becomes the account's default (and the previous default no longer
                is).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(update_tax.OPERATION, locals())

    def delete(self, id: int, *, timeout: float | None = None) -> None:
        """Delete a tax

        Deletes a tax. Items that had it keep its name and rate until they are changed.

        Args:
            id (int): The tax's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(delete_tax.OPERATION, locals())


class TaxesDetailed:
    """Taxes (VAT rates) of the account, each method returning the whole Response."""

    def __init__(self, resource: Taxes) -> None:
        responses = resource._returning_responses()
        self.list = whole(responses.list)
        self.create = whole(responses.create)
        self.get = whole(responses.get)
        self.update = whole(responses.update)
        self.delete = whole(responses.delete)


class AsyncTaxes(AsyncResource):
    """Taxes (VAT rates) of the account, each method a coroutine: the methods of `Taxes`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncTaxesDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncTaxesDetailed(self)

    async def list(self, *, timeout: float | None = None) -> AsyncPage[Tax]:
        """List all taxes (described at the sync method)

        Args:
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.RateLimitError (429, after retries); errors.InvoiceXpressError
            for any other: ServerError, APIConnectionError, InvalidResponse, InvalidArgument.
        Returns:
            AsyncPage[Tax]: its entries, its `pagination`, the pages after it.
        """
        return await self._list(list_taxes.OPERATION, locals())

    async def create(
        self,
        *,
        name: str,
        value: Decimal | int | float | str,
        region: str | None = None,
        code: NewTaxCode | None = None,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> Tax:
        """Create a tax (described at the sync method)

        Args:
            name (str): The tax's name, unique in the account, e.g. `IVA23`; a name in use is refused.
            value (Decimal | int | float | str): The rate in percent, from 0 to 100, as a numeric string (`"23.0"`);
                a rate above 100 is refused.
            region (str | None): Where the rate applies (`PT`, `PT-AC`, `PT-MA`, `Desconhecido`, or a country's
                code); SAF-T (PT) needs it.
            code (NewTaxCode | None): The kind of rate: `NOR` (normal), `INT` (intermediate), `RED` (reduced), `OUT`
                (other), `ISE` (exempt).
            default (bool | None): Whether the tax becomes the account's default (and the previous default no longer
                is).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.APIStatusError (413),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(create_tax.OPERATION, locals())

    async def get(self, id: int, *, timeout: float | None = None) -> Tax:
        """Get a tax (described at the sync method)

        Args:
            id (int): The tax's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(get_tax.OPERATION, locals())

    async def update(
        self,
        id: int,
        *,
        name: str,
        value: Decimal | int | float | str,
        region: str | None = None,
        code: NewTaxCode | None = None,
        default: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a tax (described at the sync method)

        Args:
            id (int): The tax's `id`.
            name (str): The tax's name, unique in the account, e.g. `IVA23`; a name in use is refused.
            value (Decimal | int | float | str): The rate in percent, from 0 to 100, as a numeric string (`"23.0"`);
                a rate above 100 is refused.
            region (str | None): Where the rate applies (`PT`, `PT-AC`, `PT-MA`, `Desconhecido`, or a country's
                code); SAF-T (PT) needs it.
            code (NewTaxCode | None): The kind of rate: `NOR` (normal), `INT` (intermediate), `RED` (reduced), `OUT`
                (other), `ISE` (exempt).
            default (bool | None): Whether the tax becomes the account's default (and the previous default no longer
                is).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(update_tax.OPERATION, locals())

    async def delete(self, id: int, *, timeout: float | None = None) -> None:
        """Delete a tax (described at the sync method)

        Args:
            id (int): The tax's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(delete_tax.OPERATION, locals())


class AsyncTaxesDetailed:
    """Taxes (VAT rates) of the account, each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncTaxes) -> None:
        responses = resource._returning_responses()
        self.list = awhole(responses.list)
        self.create = awhole(responses.create)
        self.get = awhole(responses.get)
        self.update = awhole(responses.update)
        self.delete = awhole(responses.delete)


__all__ = ["AsyncTaxes", "AsyncTaxesDetailed", "Taxes", "TaxesDetailed"]
