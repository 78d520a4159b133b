from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_category import OrderItemCategory, check_order_item_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemMapping")


@_attrs_define
class OrderItemMapping:
    item_code: str
    category: OrderItemCategory
    """ 药品, 检查, 检验, 费用 (费用 added in newer docs) """
    item_name: str | Unset = UNSET
    insurance_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        category: str = self.category

        item_name = self.item_name

        insurance_code = self.insurance_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemCode": item_code,
                "category": category,
            }
        )
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if insurance_code is not UNSET:
            field_dict["insuranceCode"] = insurance_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("itemCode")

        category = check_order_item_category(d.pop("category"))

        item_name = d.pop("itemName", UNSET)

        insurance_code = d.pop("insuranceCode", UNSET)

        order_item_mapping = cls(
            item_code=item_code,
            category=category,
            item_name=item_name,
            insurance_code=insurance_code,
        )

        order_item_mapping.additional_properties = d
        return order_item_mapping

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
