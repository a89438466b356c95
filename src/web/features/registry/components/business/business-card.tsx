// The business's own data: numbers, sector, products, capacity, channels, address and size class.
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Business } from "../../../../../server/modules/registry/contract-business-page";
import { SALES_CHANNELS } from "../../../../../shared/registry-vocab";
import { InfoCard } from "./info-card";

const ruleNames: Record<string, string> = { UU_20_2008: "UU 20/2008", PP_7_2021: "PP 7/2021" };

export function BusinessCard({ business }: { business: Business }) {
  const { t } = useTranslation();
  const channels = business.salesChannels.filter((c): c is (typeof SALES_CHANNELS)[number] =>
    SALES_CHANNELS.some((known) => known === c),
  );
  const rtRw = business.rt || business.rw ? `RT ${business.rt ?? "-"} / RW ${business.rw ?? "-"}` : null;
  const size = business.sizeClass
    ? `${t(`registry.sizes.${business.sizeClass}`)}${
        business.sizeRule
          ? ` (${t("registry.business.sizeRule", { rule: ruleNames[business.sizeRule] ?? business.sizeRule })})`
          : ""
      }`
    : null;
  return (
    <InfoCard
      title={t("registry.business.details")}
      rows={[
        { label: t("registry.form.sector"), value: t(`registry.sectors.${business.sector}`) },
        {
          label: "KBLI",
          value: business.kbliCode ? `${business.kbliCode} (${business.kbliVersion ?? "?"})` : null,
        },
        { label: "NIB", value: business.nib },
        { label: t("registry.form.products"), value: business.products },
        {
          label: t("registry.form.dailyCapacity"),
          value:
            business.dailyCapacity === null
              ? null
              : t("registry.business.capacity", { count: business.dailyCapacity }),
        },
        {
          label: t("registry.form.employees"),
          value:
            business.employees === null
              ? null
              : t("registry.business.employees", { count: business.employees }),
        },
        {
          label: t("registry.form.channels"),
          value:
            channels.length > 0 ? (
              <Group gap={4}>
                {channels.map((channel) => (
                  <Badge key={channel} size="sm" variant="light" color="gray">
                    {t(`registry.channels.${channel}`)}
                  </Badge>
                ))}
              </Group>
            ) : null,
        },
        { label: t("registry.business.address"), value: [business.street, rtRw].filter(Boolean).join(", ") },
        {
          label: t("registry.business.region"),
          value: `${business.regionName ?? ""} (${business.regionCode})`,
        },
        { label: t("registry.business.size"), value: size },
      ]}
    />
  );
}
