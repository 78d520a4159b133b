from typing import Literal

OrderItemCategory = Literal["DRUG", "EXAM", "FEE", "LAB"]

ORDER_ITEM_CATEGORY_VALUES: set[OrderItemCategory] = {
    "DRUG",
    "EXAM",
    "FEE",
    "LAB",
}


def check_order_item_category(value: str) -> OrderItemCategory:
    if value in ORDER_ITEM_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_ITEM_CATEGORY_VALUES!r}")
