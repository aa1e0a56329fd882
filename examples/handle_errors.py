"""What can go wrong in a call, and how each failure is told apart.

    python examples/handle_errors.py 146090

Read-only.
"""

import sys

from invoicexpress_client import InvoiceXpressClient, errors


def main(series_id: int) -> int:
    try:
        with InvoiceXpressClient(max_retries=2, timeout=30) as client:
            series = client.sequences.get(series_id)
    except errors.ClientConfigurationError as wrong:  # no key, an unusable account name or address
        print(f"Settings: {wrong}", file=sys.stderr)
        return 2
    except errors.NotFoundError:
        print(f"No series with id {series_id} in this account.", file=sys.stderr)
        return 1
    except errors.AuthenticationError:
        print("The API key is not this account's (INVOICEXPRESS_API_KEY).", file=sys.stderr)
        return 1
    except errors.RateLimitError as limited:  # already retried by the client (reads only)
        print(f"Rate limited; try again in {limited.retry_after or 60:.0f} s.", file=sys.stderr)
        return 1
    except errors.APIStatusError as refused:  # any other 4xx or 5xx: the service's code and message
        print(f"Refused ({refused.status_code}, code {refused.code}): {refused.message}", file=sys.stderr)
        return 1
    except errors.APIConnectionError as unreachable:  # no connection, TLS, or the call's timeout (APITimeoutError)
        print(f"Could not reach InvoiceXpress: {unreachable}", file=sys.stderr)
        return 1
    except errors.InvalidResponse as unreadable:  # an answer that is not what the contract describes
        print(f"Unreadable answer: {unreadable}", file=sys.stderr)
        return 1
    print(f"{series.serie}: id {series.id}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: python examples/handle_errors.py SERIES_ID")
    sys.exit(main(int(sys.argv[1])))
