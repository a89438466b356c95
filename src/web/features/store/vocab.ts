// A product's unit and category in the store's language: the words PLUTs use are translated, any
// other word is shown as the konsultan wrote it.
import type { TFunction } from "i18next";
import { shopId } from "./i18n/id";

type UnitKey = keyof typeof shopId.units;
type CategoryKey = keyof typeof shopId.categories;

const isUnit = (key: string): key is UnitKey => Object.hasOwn(shopId.units, key);
const isCategory = (key: string): key is CategoryKey => Object.hasOwn(shopId.categories, key);

export function unitName(unit: string, t: TFunction): string {
  const key = unit.trim().toLowerCase();
  return isUnit(key) ? t(`shop.units.${key}`) : unit;
}

export function categoryName(category: string, t: TFunction): string {
  const key = category.trim().toLowerCase();
  return isCategory(key) ? t(`shop.categories.${key}`) : category;
}
