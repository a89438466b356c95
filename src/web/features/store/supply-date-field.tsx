// The pre-order's supply date: every date the store offers, open ones selectable; a closed date (its
// allocation confirmed, or no supply to share) says why, so nobody fills a form for a closed day.
import { Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CatalogueProduct } from "./api";
import { formatDay, formatInstant, zoneOf } from "./format";

type SupplyDate = CatalogueProduct["supplyDates"][number];

const CLOSED_NOTE = {
  allocated: "shop.closedAllocated",
  closed_early: "shop.closedEarly",
  no_supply: "shop.closedNoSupply",
} as const;

const closedLabel = (d: SupplyDate) =>
  d.closedReason === "no_supply" ? "shop.supplyDateNoSupply" : "shop.supplyDateClosed";

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
  const anyOpen = product.supplyDates.some((d) => d.open);
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
            : t(closedLabel(d), { date: formatDay(d.date, i18n.language) }),
        }))}
      />
      <Text size="sm" c="dimmed">
        {t("shop.modePreorderHint", {
          date: formatDay(value, i18n.language),
          cutoff: formatInstant(chosen?.cutoffAt ?? product.cutoffAt, tz, i18n.language),
        })}
      </Text>
      {anyOpen ? null : (
        <Text size="sm" c="orange" data-testid="no-preorder-date">
          {t("shop.noPreorderDate")}
        </Text>
      )}
      {closed.map((d) => (
        <Text size="sm" c="orange" key={d.date} data-testid="closed-date">
          {t(CLOSED_NOTE[d.closedReason ?? "allocated"], {
            date: formatDay(d.date, i18n.language),
          })}
        </Text>
      ))}
    </>
  );
}
