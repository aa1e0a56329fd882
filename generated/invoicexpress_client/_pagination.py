"""Lists as pages: what a list operation returns. A page holds its own entries (`len`, indexing, iteration), the
answer's model and its `pagination`, knows whether another page follows, and fetches it on demand; each
fetch is a call of its own, with its own deadline and retries. `auto_paging_iter()` walks every entry of every
page, fetching each next page only when the walk reaches it.

When a page is the last: its `pagination` says so (`current_page >= total_pages`); or it is empty; or, where the
service sends no `pagination` (the items list), it holds fewer entries than the first page (or than the
`per_page` asked for, where the first holds that many): the client knows neither the account's page size nor
the largest page the service gives, so a first page shorter than asked is followed by one more request. A
service whose pages do not advance (the same `current_page` again, or only entries already seen) is stopped
with `errors.PaginationError`, never walked in a circle.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, Self, TypeVar, overload

from . import errors

T = TypeVar("T")

_UNBUILT: Any = object()


class Listed(Generic[T]):
    """A list's answer whose entries are built as they are read: what the client reads when the body is proven
    to build (`_validation.Proof`), so that a page of a hundred documents costs its models only as far as they
    are read. `model` is the answer's model, every entry built; each entry is built once (`entries` and `model`
    hold the same objects)."""

    __slots__ = ("_build", "_built", "_exact", "_key", "_raw", "_shell", "_whole")

    def __init__(
        self,
        shell: Any,
        key: str,
        raw: list[Any],
        build: Callable[[Any], T],
        exact: Callable[[], list[Any]] | None = None,
    ) -> None:
        """`shell`: the answer's model but for its entries; `raw`: the entries decoded, built by `build` as they
        are read; `exact`: the entries decoded again, to be built from instead, when the first is read (the
        entries as checked had floats where the models want Decimals)."""
        self._shell, self._key, self._raw, self._build, self._exact = shell, key, raw, build, exact
        self._built: list[T] = [_UNBUILT] * len(raw)
        self._whole = False

    def entry(self, index: int) -> T:
        built = self._built[index]
        if built is _UNBUILT:
            if self._exact is not None:
                self._raw, self._exact = self._exact(), None
            built = self._built[index] = self._build(self._raw[index])
            self._raw[index] = None  # built: the decoded object is no longer held
        return built

    @property
    def entries(self) -> "Entries[T]":
        return Entries(self)

    @property
    def shell(self) -> Any:
        """The answer's model as far as it is built: its entries may not be there yet (use `model`)."""
        return self._shell

    @property
    def model(self) -> Any:
        """The answer's model, every entry built."""
        if not self._whole:
            if self._exact is not None:
                self._raw, self._exact = self._exact(), None
            build = self._build
            self._built = [
                build(raw) if built is _UNBUILT else built for raw, built in zip(self._raw, self._built, strict=True)
            ]
            self._raw = [None] * len(self._built)  # built: the decoded objects are no longer held
            setattr(self._shell, self._key, list(self._built))
            self._whole = True
        return self._shell

    def __len__(self) -> int:
        return len(self._raw)

    def __getattr__(self, name: str) -> Any:
        # The answer's own fields, as its model has them (`parsed.invoices`, `parsed.pagination`).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.model, name)

    def __repr__(self) -> str:
        return repr(self.model)


class Entries(Sequence[T]):
    """The entries of a `Listed` answer, each built when first read."""

    __slots__ = ("_listed",)

    def __init__(self, listed: Listed[T]) -> None:
        self._listed = listed

    def __len__(self) -> int:
        return len(self._listed)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._listed.entry(position) for position in range(*index.indices(len(self._listed)))]
        if index < 0:
            index += len(self._listed)
        if not 0 <= index < len(self._listed):
            raise IndexError("page index out of range")
        return self._listed.entry(index)

    def __iter__(self) -> Iterator[T]:
        return (self._listed.entry(index) for index in range(len(self._listed)))


class Pagination(Protocol):
    """What a list's `pagination` object says."""

    @property
    def current_page(self) -> int: ...
    @property
    def total_pages(self) -> int: ...
    @property
    def per_page(self) -> int: ...
    @property
    def total_entries(self) -> int: ...


class _Page(Generic[T]):
    __slots__ = ("_entries", "_fetch", "_model", "_number", "_page_size", "_pagination")

    def __init__(
        self,
        model: Any,
        entries: Sequence[T],
        *,
        pagination: Pagination | None = None,
        number: int = 1,
        page_size: int | None = None,
        fetch: Callable[[int], Any] | None = None,
    ) -> None:
        self._model = model
        self._entries = entries
        self._pagination = pagination
        self._number = pagination.current_page if pagination is not None else number
        # Where the service says nothing of pages, a page is full at the first page's size, or at the size asked for
        # where the first is as large: a service may give fewer than asked (its largest page is its own).
        self._page_size = min(page_size, len(entries)) if page_size is not None else len(entries)
        self._fetch = fetch

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(self._entries[index])
        return self._entries[index]

    def __iter__(self) -> Iterator[T]:
        """This page's entries (`auto_paging_iter()` walks every page)."""
        return iter(self._entries)

    def __getattr__(self, name: str) -> Any:
        # The answer's own fields, as its model has them (`page.sequences`, `page.clients`).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.model, name)

    def __repr__(self) -> str:
        where = f"page {self._number}" + (f" of {self._pagination.total_pages}" if self._pagination else "")
        return f"<{type(self).__name__} {where}: {len(self._entries)} entries>"

    @property
    def model(self) -> Any:
        """The answer as its typed model (the list and its `pagination`, with any field the contract adds)."""
        return self._model.model if isinstance(self._model, Listed) else self._model

    @property
    def pagination(self) -> Pagination | None:
        """Where this page stands among the pages, as the service says it; None where it says nothing."""
        return self._pagination

    @property
    def page_number(self) -> int:
        """The number of this page, counted from 1."""
        return self._number

    def has_next_page(self) -> bool:
        """Whether another page follows this one (see the module's docstring for how it is known)."""
        if self._fetch is None or not self._entries:
            return False
        if self._pagination is not None:
            return self._pagination.current_page < self._pagination.total_pages
        return len(self._entries) >= self._page_size

    def _next(self) -> tuple[Callable[[int], Any], int]:
        """How to fetch the next page, and its number; PaginationError if this page is the last."""
        if self._fetch is None or not self.has_next_page():
            raise errors.PaginationError(f"{self!r} is the last page: there is no next page to fetch")
        return self._fetch, self._number + 1

    def _follows(self, following: "_Page[T]") -> None:
        """`following`, fetched as the page after this one: refused if it is not, and sized as this one."""
        if following._pagination is not None and following._number <= self._number:
            raise errors.PaginationError(
                f"asked for page {self._number + 1}, the service answered page {following._number} again"
            )
        following._page_size = self._page_size  # a page without `pagination` is full at the first page's size

    def _unseen(self, seen: set[str]) -> Sequence[T]:
        """This page's entries, refusing a page whose entries were all met already (a service looping)."""
        keys = [repr(entry) for entry in self._entries]
        if keys and all(key in seen for key in keys):
            raise errors.PaginationError(
                f"page {self._number} holds only entries of pages already walked: the service's pages do not advance"
            )
        seen.update(keys)
        return self._entries


class Page(_Page[T]):
    """One page of a list; `next_page()` and `auto_paging_iter()` fetch the ones after it."""

    __slots__ = ()

    def next_page(self) -> Self:
        """The page after this one, fetched now (a call of its own); `errors.PaginationError` if this is the last."""
        fetch, number = self._next()
        following: Self = fetch(number)
        self._follows(following)
        return following

    def auto_paging_iter(self) -> Iterator[T]:
        """Every entry of this page and of each page after it, fetching each next page only when reached."""
        seen: set[str] = set()
        page = self
        yield from page._unseen(seen)
        while page.has_next_page():
            page = page.next_page()
            yield from page._unseen(seen)


class AsyncPage(_Page[T]):
    """One page of a list, for the async client: `await page.next_page()`, `async for x in page.auto_paging_iter()`
    (or `async for x in page`, the same walk)."""

    __slots__ = ()

    async def next_page(self) -> Self:
        """The page after this one, fetched now (a call of its own); `errors.PaginationError` if this is the last."""
        fetch, number = self._next()
        fetching: Awaitable[Self] = fetch(number)
        following = await fetching
        self._follows(following)
        return following

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every entry of this page and of each page after it, fetching each next page only when reached."""
        seen: set[str] = set()
        page = self
        for entry in page._unseen(seen):
            yield entry
        while page.has_next_page():
            page = await page.next_page()
            for entry in page._unseen(seen):
                yield entry

    def __aiter__(self) -> AsyncIterator[T]:
        return self.auto_paging_iter()


__all__ = ["AsyncPage", "Entries", "Listed", "Page", "Pagination"]
