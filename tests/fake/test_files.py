"""The fake's PDFs and QR codes: each a job that is ready after exactly the number of requests the fake is told
(`pdf_polls`, `--pdf-polls N`), counted per document and file, never by the clock; the addresses its answers
give serve the files without the key; a draft's QR code is the documented 422, an unknown document the
documented 404s."""

import httpx
import pytest
from invoicexpress_fake import Account, create_app, seeded_account
from invoicexpress_fake.domain import jobs

FIRST_INVOICE, DRAFT = 9601, 9604


@pytest.mark.parametrize("polls", [0, 1, 3])
def test_a_pdf_is_ready_after_exactly_the_polls_the_fake_is_told(serve, api_key: str, polls: int) -> None:  # type: ignore[no-untyped-def]
    account = seeded_account(api_key)
    url = serve(create_app(account, pdf_polls=polls))
    with httpx.Client(base_url=url, params={"api_key": api_key}) as api:
        answers = [api.get(f"/api/pdf/{FIRST_INVOICE}.json") for _ in range(polls + 1)]
        assert [answer.status_code for answer in answers] == [202] * polls + [200]
        assert all(answer.content == b"" for answer in answers[:-1])  # no body documented for the 202
        assert jobs.asked(account, "pdf", FIRST_INVOICE) == polls + 1
        # The second copy is a file of its own, counted apart; the original stays ready.
        assert api.get(f"/api/pdf/{FIRST_INVOICE}.json", params={"second_copy": "true"}).status_code == (
            202 if polls else 200
        )
        assert api.get(f"/api/pdf/{FIRST_INVOICE}.json").status_code == 200
        address = answers[-1].json()["output"]["pdfUrl"]
    with httpx.Client() as elsewhere:  # no key: the file's host needs none
        file = elsewhere.get(address)
    assert (file.status_code, file.headers["content-type"]) == (200, "application/pdf")
    assert file.content.startswith(b"%PDF-")


def test_a_qr_code_is_in_progress_until_ready_and_a_drafts_is_refused(serve, api_key: str) -> None:  # type: ignore[no-untyped-def]
    account = seeded_account(api_key)
    url = serve(create_app(account, pdf_polls=2))
    with httpx.Client(base_url=url, params={"api_key": api_key}) as api:
        answers = [api.get(f"/api/qr_codes/{FIRST_INVOICE}.json") for _ in range(3)]
        assert [answer.status_code for answer in answers] == [202, 202, 200]
        assert answers[0].json() == {"qr_code": {"status": "In progress"}}
        assert answers[2].json()["qr_code"]["url"].endswith(f"/files/{FIRST_INVOICE}-qr.png")
        draft = api.get(f"/api/qr_codes/{DRAFT}.json")
        assert (draft.status_code, draft.json()) == (422, {"error": f"Document with ID {DRAFT} is still in draft. QR"
                                                            " Codes are only available for final, canceled or settled"
                                                            " documents."})  # fmt: skip
        assert jobs.asked(account, "qr-code", DRAFT) == 0  # refused at once: no job
        missing = api.get("/api/qr_codes/24563387.json")
        assert missing.json() == {"error": "No document with ID 24563387 was found in this account"}
        assert missing.status_code == 404
        assert api.get("/api/pdf/24563387.json").status_code == 404
        assert api.get("/api/pdf/24563387.json").content == b""
        assert api.get(f"/api/pdf/{FIRST_INVOICE}.json", params={"second_copy": "maybe"}).status_code == 400


def test_the_files_need_no_key_but_the_operations_do(http: httpx.Client, account: Account) -> None:
    assert http.get(f"/api/pdf/{FIRST_INVOICE}.json").status_code == 401
    assert http.get(f"/files/{FIRST_INVOICE}.pdf").status_code == 200
    assert http.get("/files/999999.pdf").status_code == 404
    assert http.get(f"/files/{FIRST_INVOICE}-qr.png").content.startswith(b"\x89PNG")
