from typing import Literal

NewTaxDefaultTax = Literal[0, 1]

NEW_TAX_DEFAULT_TAX_VALUES: set[NewTaxDefaultTax] = {
    0,
    1,
}


def check_new_tax_default_tax(value: int) -> NewTaxDefaultTax:
    if value in NEW_TAX_DEFAULT_TAX_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_TAX_DEFAULT_TAX_VALUES!r}")
