"""`client.clients` on InvoiceXpressClient and AsyncInvoiceXpressClient: clients of the account: whom documents are issued to."""

from ..._pagination import AsyncPage, Page
from ..._resource import AsyncResource, SyncResource, awhole, whole
from ...models.client import Client
from ...models.client_list_entry import ClientListEntry
from ...models.new_client_language import NewClientLanguage
from ...models.new_client_send_options import NewClientSendOptions
from ...models.preferred_contact import PreferredContact
from . import (
    create_client,
    find_client_by_code,
    find_client_by_name,
    get_client,
    list_clients,
    update_client,
)


class Clients(SyncResource):
    """Clients of the account: whom documents are issued to. A client's name, and its code, are unique in the
    account; find one by either.

    `.detailed` has the same methods, each returning the whole Response.
    """

    __slots__ = ()

    @property
    def detailed(self) -> "ClientsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return ClientsDetailed(self)

    def list(
        self, *, page: int | None = None, per_page: int | None = None, timeout: float | None = None
    ) -> Page[ClientListEntry]:
        """List all clients

        Returns one page of the account's clients, with where it stands among the pages (`pagination`).

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
            Page[ClientListEntry]: its entries, its `pagination`, the pages after it.
        """
        return self._call(list_clients.OPERATION, locals())

    def create(
        self,
        *,
        name: str,
        code: str | None = None,
        email: str | None = None,
        language: NewClientLanguage | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        fiscal_id: str | None = None,
        website: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        preferred_contact: PreferredContact | None = None,
        observations: str | None = None,
        send_options: NewClientSendOptions | None = None,
        timeout: float | None = None,
    ) -> Client:
        """Create a client

        Adds a client. Its name, and its code if it has one, must not be in use in the account. A client in
        Portugal with a `fiscal_id` must have a valid NIF.

        A refusal lists its messages (`{"errors": ["Name can't be blank"]}`).

        Never sent twice by the client: a client's name and code are unique, so a create sent again after its
        answer was lost is refused.

        Args:
            name (str): The client's name, unique in the account; a name in use is refused.
            code (str | None): The client's code, unique in the account; a code in use is refused.
            email (str | None): The client's e-mail address.
            language (NewClientLanguage | None): The language of the client's documents (the account's own unless
                given).
            address (str | None): The street address.
            city (str | None): The city.
            postal_code (str | None): The postal code, e.g. `1000-100`.
            country (str | None): The country, by the name the service lists it under (`Portugal`, `Spain`, `UK`
                ...), not an ISO code.
            fiscal_id (str | None): The tax number; for a client in Portugal a valid NIF (nine digits with their
                check digit), else refused.
            website (str | None): The client's website.
            phone (str | None): The phone number.
            fax (str | None): The fax number.
            preferred_contact (PreferredContact | None): The person to address at the client.
            observations (str | None): Text copied into the observations of the client's documents.
            send_options (NewClientSendOptions | None): How many copies its documents print: `"1"` the original,
                `"2"` with a duplicate, `"3"` with a triplicate.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.APIStatusError (413),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(create_client.OPERATION, locals())

    def find_by_name(self, *, name: str, timeout: float | None = None) -> Client:
        """Find a client by name

        Returns the client whose name is exactly the one given (no partial or case-blind search), or `404`.

        Args:
            name (str): The client's name, matched whole and exactly (no partial or case-blind search).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(find_client_by_name.OPERATION, locals())

    def find_by_code(self, *, code: str, timeout: float | None = None) -> Client:
        """Find a client by code

        Returns the client whose code is exactly the one given, or `404`.

        Args:
            code (str): The client's code, matched whole and exactly.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(find_client_by_code.OPERATION, locals())

    def get(self, id: int, *, timeout: float | None = None) -> Client:
        """Get a client

        Returns one client of the account.

        Args:
            id (int): The client's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(get_client.OPERATION, locals())

    def update(
        self,
        id: int,
        *,
        name: str,
        code: str | None = None,
        email: str | None = None,
        language: NewClientLanguage | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        fiscal_id: str | None = None,
        website: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        preferred_contact: PreferredContact | None = None,
        observations: str | None = None,
        send_options: NewClientSendOptions | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a client

        Changes a client: `name` is sent again (the service requires it), the other fields only to change them;
        those left out keep their values. Its new name and code must not be another client's.

        Args:
            id (int): The client's `id`.
            name (str): The client's name, unique in the account; a name in use is refused.
            code (str | None): The client's code, unique in the account; a code in use is refused.
            email (str | None): The client's e-mail address.
            language (NewClientLanguage | None): The language of the client's documents (the account's own unless
                given).
            address (str | None): The street address.
            city (str | None): The city.
            postal_code (str | None): The postal code, e.g. `1000-100`.
            country (str | None): The country, by the name the service lists it under (`Portugal`, `Spain`, `UK`
                ...), not an ISO code.
            fiscal_id (str | None): The tax number; for a client in Portugal a valid NIF (nine digits with their
                check digit), else refused.
            website (str | None): The client's website.
            phone (str | None): The phone number.
            fax (str | None): The fax number.
            preferred_contact (PreferredContact | None): The person to address at the client.
            observations (str | None): Text copied into the observations of the client's documents.
            send_options (NewClientSendOptions | None): How many copies its documents print: `"1"` the original,
                `"2"` with a duplicate, `"3"` with a triplicate.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return self._call(update_client.OPERATION, locals())


class ClientsDetailed:
    """Clients of the account: whom documents are issued to, each method returning the whole Response."""

    def __init__(self, resource: Clients) -> None:
        responses = resource._returning_responses()
        self.list = whole(responses.list)
        self.create = whole(responses.create)
        self.find_by_name = whole(responses.find_by_name)
        self.find_by_code = whole(responses.find_by_code)
        self.get = whole(responses.get)
        self.update = whole(responses.update)


class AsyncClients(AsyncResource):
    """Clients of the account: whom documents are issued to, each method a coroutine: the methods of `Clients`."""

    __slots__ = ()

    @property
    def detailed(self) -> "AsyncClientsDetailed":
        """The same methods, each returning the whole Response: status, headers, raw body, parsed, deviations."""
        return AsyncClientsDetailed(self)

    async def list(
        self, *, page: int | None = None, per_page: int | None = None, timeout: float | None = None
    ) -> AsyncPage[ClientListEntry]:
        """List all clients (described at the sync method)

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
            AsyncPage[ClientListEntry]: its entries, its `pagination`, the pages after it.
        """
        return await self._list(list_clients.OPERATION, locals())

    async def create(
        self,
        *,
        name: str,
        code: str | None = None,
        email: str | None = None,
        language: NewClientLanguage | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        fiscal_id: str | None = None,
        website: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        preferred_contact: PreferredContact | None = None,
        observations: str | None = None,
        send_options: NewClientSendOptions | None = None,
        timeout: float | None = None,
    ) -> Client:
        """Create a client (described at the sync method)

        Args:
            name (str): The client's name, unique in the account; a name in use is refused.
            code (str | None): The client's code, unique in the account; a code in use is refused.
            email (str | None): The client's e-mail address.
            language (NewClientLanguage | None): The language of the client's documents (the account's own unless
                given).
            address (str | None): The street address.
            city (str | None): The city.
            postal_code (str | None): The postal code, e.g. `1000-100`.
            country (str | None): The country, by the name the service lists it under (`Portugal`, `Spain`, `UK`
                ...), not an ISO code.
            fiscal_id (str | None): The tax number; for a client in Portugal a valid NIF (nine digits with their
                check digit), else refused.
            website (str | None): The client's website.
            phone (str | None): The phone number.
            fax (str | None): The fax number.
            preferred_contact (PreferredContact | None): The person to address at the client.
            observations (str | None): Text copied into the observations of the client's documents.
            send_options (NewClientSendOptions | None): How many copies its documents print: `"1"` the original,
                `"2"` with a duplicate, `"3"` with a triplicate.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.APIStatusError (413),
            errors.UnprocessableEntityError (422), errors.RateLimitError (429, not retried);
            errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(create_client.OPERATION, locals())

    async def find_by_name(self, *, name: str, timeout: float | None = None) -> Client:
        """Find a client by name (described at the sync method)

        Args:
            name (str): The client's name, matched whole and exactly (no partial or case-blind search).
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(find_client_by_name.OPERATION, locals())

    async def find_by_code(self, *, code: str, timeout: float | None = None) -> Client:
        """Find a client by code (described at the sync method)

        Args:
            code (str): The client's code, matched whole and exactly.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(find_client_by_code.OPERATION, locals())

    async def get(self, id: int, *, timeout: float | None = None) -> Client:
        """Get a client (described at the sync method)

        Args:
            id (int): The client's `id`.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.

        Raises:
            errors.AuthenticationError (401), errors.NotFoundError (404), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(get_client.OPERATION, locals())

    async def update(
        self,
        id: int,
        *,
        name: str,
        code: str | None = None,
        email: str | None = None,
        language: NewClientLanguage | None = None,
        address: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        fiscal_id: str | None = None,
        website: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        preferred_contact: PreferredContact | None = None,
        observations: str | None = None,
        send_options: NewClientSendOptions | None = None,
        timeout: float | None = None,
    ) -> None:
        """Update a client (described at the sync method)

        Args:
            id (int): The client's `id`.
            name (str): The client's name, unique in the account; a name in use is refused.
            code (str | None): The client's code, unique in the account; a code in use is refused.
            email (str | None): The client's e-mail address.
            language (NewClientLanguage | None): The language of the client's documents (the account's own unless
                given).
            address (str | None): The street address.
            city (str | None): The city.
            postal_code (str | None): The postal code, e.g. `1000-100`.
            country (str | None): The country, by the name the service lists it under (`Portugal`, `Spain`, `UK`
                ...), not an ISO code.
            fiscal_id (str | None): The tax number; for a client in Portugal a valid NIF (nine digits with their
                check digit), else refused.
            website (str | None): The client's website.
            phone (str | None): The phone number.
            fax (str | None): The fax number.
            preferred_contact (PreferredContact | None): The person to address at the client.
            observations (str | None): Text copied into the observations of the client's documents.
            send_options (NewClientSendOptions | None): How many copies its documents print: `"1"` the original,
                `"2"` with a duplicate, `"3"` with a triplicate.
            timeout (float | None): Seconds for this whole call, retries included; the client's `timeout` if None.
            An argument left at None is not sent.

        Raises:
            errors.BadRequestError (400), errors.AuthenticationError (401), errors.NotFoundError (404),
            errors.APIStatusError (413), errors.UnprocessableEntityError (422), errors.RateLimitError (429, after
            retries); errors.InvoiceXpressError for any other: ServerError, APIConnectionError, InvalidResponse,
            InvalidArgument.
        """
        return await self._call(update_client.OPERATION, locals())


class AsyncClientsDetailed:
    """Clients of the account: whom documents are issued to, each coroutine returning the whole Response."""

    def __init__(self, resource: AsyncClients) -> None:
        responses = resource._returning_responses()
        self.list = awhole(responses.list)
        self.create = awhole(responses.create)
        self.find_by_name = awhole(responses.find_by_name)
        self.find_by_code = awhole(responses.find_by_code)
        self.get = awhole(responses.get)
        self.update = awhole(responses.update)


__all__ = ["AsyncClients", "AsyncClientsDetailed", "Clients", "ClientsDetailed"]
