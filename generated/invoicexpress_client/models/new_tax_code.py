from typing import Literal

NewTaxCode = Literal["INT", "ISE", "NOR", "OUT", "RED"]

NEW_TAX_CODE_VALUES: set[NewTaxCode] = {
    "INT",
    "ISE",
    "NOR",
    "OUT",
    "RED",
}


def check_new_tax_code(value: str) -> NewTaxCode:
    if value in NEW_TAX_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_TAX_CODE_VALUES!r}")
