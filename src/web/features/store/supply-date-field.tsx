// The pre-order's supply date: every date the store offers, open ones selectable; a date the PLUT
// closed before its cut-off says so, so nobody fills a form for a closed day.
import { Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CatalogueProduct } from "./api";
import { formatDay, formatInstant, zoneOf } from "./format";

export function SupplyDateField({
  product,
  value,
  onChange,
}: {
  product: CatalogueProduct;
  value: string;
  onChange: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const tz = zoneOf(product.regionCode);
  const chosen = product.supplyDates.find((d) => d.date === value);
  const closed = product.supplyDates.filter((d) => !d.open);
  return (
    <>
      <Select
        label={t("shop.supplyDate")}
        value={value}
        allowDeselect={false}
        onChange={(v) => v && onChange(v)}
        data={product.supplyDates.map((d) => ({
          value: d.date,
          disabled: !d.open,
          label: d.open
            ? t("shop.supplyDateOpen", { date: formatDay(d.date, i18n.language), count: d.preorderSupply })
            : t("shop.supplyDateClosed", { date: formatDay(d.date, i18n.language) }),
        }))}
      />
      <Text size="sm" c="dimmed">
        {t("shop.modePreorderHint", {
          date: formatDay(value, i18n.language),
          cutoff: formatInstant(chosen?.cutoffAt ?? product.cutoffAt, tz, i18n.language),
        })}
      </Text>
      {closed.map((d) => (
        <Text size="sm" c="orange" key={d.date} data-testid="closed-date">
          {t(d.closedEarly ? "shop.closedEarly" : "shop.closedAllocated", {
            date: formatDay(d.date, i18n.language),
          })}
        </Text>
      ))}
    </>
  );
}
