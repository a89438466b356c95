// The figures of a pre-order day: supply, demand, buyers, orders and the cut-off.
import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTimeId } from "../../../../shared/dates";
import type { DaySummary } from "../api-orders";
import { zoneOfScope } from "./plut-dates";

function Figure({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function DayFigures({ day, scope }: { day: DaySummary; scope: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md">
      <Figure label={t("market.preorders.supply")} value={day.supply} testId="day-supply" />
      <Figure label={t("market.preorders.demand")} value={day.demand} testId="day-demand" />
      <Figure label={t("market.preorders.buyers")} value={day.buyers} />
      <Figure label={t("market.preorders.orders")} value={day.orders} />
      <Figure
        label={t("market.preorders.cutoff")}
        value={formatDateTimeId(new Date(day.cutoffAt), zoneOfScope(scope))}
      />
    </SimpleGrid>
  );
}
