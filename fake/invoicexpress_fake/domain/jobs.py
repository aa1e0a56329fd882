"""What the service makes on request and answers `202` for until it is ready (a document's PDF, its QR code):
each is a job that becomes ready after a number of requests the fake is told (`--pdf-polls N`), counted per
document and file, never by the clock (the choices pdf-ready and qr-code-ready)."""

from typing import Literal

from .account import Account

# What a job makes: the PDF (its original or its second copy) or the QR code.
File = Literal["pdf", "pdf-second-copy", "qr-code"]


def ask(account: Account, file: File, document_id: int, polls: int) -> bool:
    """One request for `file` of the document, counted; whether it is ready: the first `polls` requests are
    answered "not yet", every one after them "ready"."""
    key = (file, document_id)
    account.jobs[key] = account.jobs.get(key, 0) + 1
    return account.jobs[key] > polls


def asked(account: Account, file: File, document_id: int) -> int:
    """How many times `file` of the document was asked for."""
    return account.jobs.get((file, document_id), 0)
