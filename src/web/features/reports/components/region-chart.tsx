// The child regions side by side: businesses registered and affected per region, one horizontal bar
// pair each (longest first), so the office head sees where the impact sits before reading the table.
// A bar opens its region, like the table's row.
import { BarChart } from "@mantine/charts";
import { Card, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Summary } from "../api";

const fmt = (n: number) => n.toLocaleString("id-ID");

export function RegionChart({ regions, onOpen }: { regions: Summary[]; onOpen: (region: Summary) => void }) {
  const { t } = useTranslation();
  const rows = [...regions]
    .sort((a, b) => b.businesses - a.businesses)
    .map((r) => ({ name: r.regionName ?? r.region, businesses: r.businesses, affected: r.affected, r }));
  if (rows.every((r) => r.businesses === 0)) return null;
  const open = (entry: unknown) => {
    const row = (entry as { payload?: { r?: Summary } }).payload?.r;
    if (row) onOpen(row);
  };
  return (
    <Card withBorder radius="md" mt="md" data-testid="region-chart">
      <Title order={3} size="h5" mb="sm">
        {t("reports.chartTitle")}
      </Title>
      <BarChart
        h={Math.max(160, rows.length * 34 + 60)}
        data={rows}
        dataKey="name"
        orientation="vertical"
        withLegend
        valueFormatter={fmt}
        yAxisProps={{ width: 120 }}
        gridAxis="x"
        series={[
          { name: "businesses", label: t("reports.businesses"), color: "teal.6" },
          { name: "affected", label: t("reports.affected"), color: "orange.6" },
        ]}
        barProps={{ cursor: "pointer", onClick: open }}
      />
    </Card>
  );
}
