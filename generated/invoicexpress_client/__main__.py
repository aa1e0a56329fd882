"""`python -m invoicexpress_client`: the `invoicexpress` command line."""

from .cli import run

run()
