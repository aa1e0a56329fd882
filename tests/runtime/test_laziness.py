"""What importing the package costs: nothing of the resources or models until they are used, and nothing of
the libraries only a call needs (attrs for the models, orjson and jsonschema-rs for reading answers). Each
check runs in a fresh interpreter, where `sys.modules` says what was loaded."""

import json
import subprocess
import sys

PROBE = """
import json, sys
before = set(sys.modules)
import invoicexpress_client
from invoicexpress_client import AsyncInvoiceXpressClient, InvoiceXpressClient
client = InvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9")
asynchronous = AsyncInvoiceXpressClient(api_key="k", base_url="http://127.0.0.1:9")
made = sorted(set(sys.modules) - before)
client.taxes  # one resource, first used
asynchronous.taxes.detailed
used = sorted(set(sys.modules) - before - set(made))
print(json.dumps({"made": made, "used": used}))
"""


def loaded() -> dict[str, list[str]]:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


def test_importing_the_package_and_making_a_client_loads_no_resource_or_model() -> None:
    made = loaded()["made"]
    assert "invoicexpress_client.client" in made  # the probe did import it
    resources = [name for name in made if name.startswith("invoicexpress_client.api.")]
    models = [name for name in made if name.startswith("invoicexpress_client.models")]
    assert resources == []
    assert models == []


def test_importing_the_package_loads_none_of_what_only_a_call_needs() -> None:
    made = set(loaded()["made"])
    assert not made & {"attrs", "attr", "orjson", "jsonschema_rs", "invoicexpress_client._answer"}


def test_a_resource_loads_its_own_modules_and_models_and_no_others() -> None:
    used = loaded()["used"]
    assert "invoicexpress_client.api.taxes" in used
    assert "invoicexpress_client.models.tax" in used
    others = [name for name in used if name.startswith(("invoicexpress_client.api.", "invoicexpress_client.models."))]
    assert all("tax" in name.rsplit(".", 1)[1] for name in others), others
    assert not [name for name in used if ".clients" in name or ".items" in name or "sequence" in name]
