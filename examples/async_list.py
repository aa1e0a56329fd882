"""The same list with the async client: several series read at once.

Read-only.
"""

import asyncio

from invoicexpress_client import AsyncInvoiceXpressClient
from invoicexpress_client.atcud import DocumentType, numbering


async def main() -> None:
    async with AsyncInvoiceXpressClient() as client:
        listed = await client.sequences.list()
        # Each series read again on its own, concurrently (the client shares one connection pool).
        fresh = await asyncio.gather(*(client.sequences.get(series.id) for series in listed.sequences))
    for series in fresh:
        print(f"{series.serie}: next invoice {numbering(series, DocumentType.INVOICE).next_atcud}")


if __name__ == "__main__":
    asyncio.run(main())
