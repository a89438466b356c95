// From / to dates of a report (both optional: empty means all time), with a reset.
import { Button, Group, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Period } from "../api";

export function PeriodFilter({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" mb="sm" wrap="wrap">
      <TextInput
        type="date"
        label={t("reports.period.from")}
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
        max={value.to || undefined}
        w={{ base: "calc(50% - 6px)", sm: 170 }}
        data-testid="period-from"
      />
      <TextInput
        type="date"
        label={t("reports.period.to")}
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
        min={value.from || undefined}
        w={{ base: "calc(50% - 6px)", sm: 170 }}
        data-testid="period-to"
      />
      {value.from || value.to ? (
        <Button variant="subtle" size="sm" onClick={() => onChange({ from: "", to: "" })}>
          {t("reports.period.allTime")}
        </Button>
      ) : null}
    </Group>
  );
}
