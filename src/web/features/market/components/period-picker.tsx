// From–to dates of a report or settlement period (defaults: the current month up to today).
import { Group, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

export type Period = { from: string; to: string };

export function monthToDate(today: string): Period {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <TextInput
        type="date"
        label={t("market.period.from")}
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t("market.period.to")}
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
      />
    </Group>
  );
}
