from typing import Literal

PaymentPaymentMechanism = Literal["CC", "CD", "CH", "CO", "CS", "DE", "LC", "MB", "NU", "OU", "PR", "TB", "TR"]

PAYMENT_PAYMENT_MECHANISM_VALUES: set[PaymentPaymentMechanism] = {
    "CC",
    "CD",
    "CH",
    "CO",
    "CS",
    "DE",
    "LC",
    "MB",
    "NU",
    "OU",
    "PR",
    "TB",
    "TR",
}


def check_payment_payment_mechanism(value: str) -> PaymentPaymentMechanism:
    if value in PAYMENT_PAYMENT_MECHANISM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_PAYMENT_MECHANISM_VALUES!r}")
