// What each field contributed to the pair's total weight (log2 of how much likelier the agreement
// is among true duplicates than among different people).
import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Contribution } from "../api/types";
import { signed } from "../lib/format";

export function WeightsList({
  contributions,
  total,
}: {
  contributions: readonly Contribution[];
  total: number;
}) {
  const { t, i18n } = useTranslation();
  const shown = contributions
    .filter((c) => c.level !== null)
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return (
    <Stack gap={4} aria-label={t("linkage.review.weights")} role="list">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {t("linkage.review.weights")}
      </Text>
      {shown.map((c) => (
        <Group key={c.field} gap={6} wrap="nowrap" role="listitem" data-field={c.field}>
          <Badge
            size="sm"
            variant="light"
            color={c.weight > 0.5 ? "teal" : c.weight < -0.5 ? "red" : "gray"}
            miw={52}
            style={{ fontVariantNumeric: "tabular-nums" }}
          >
            {signed(c.weight, i18n.language)}
          </Badge>
          <Text size="sm">
            {t(`linkage.fields.${c.field}`, { defaultValue: c.field })}:{" "}
            <Text span c="dimmed" size="sm">
              {c.level ? t(`linkage.levels.${c.level}`, { defaultValue: c.level }) : "—"}
            </Text>
          </Text>
        </Group>
      ))}
      <Text size="sm" fw={600}>
        {t("linkage.review.total")}: {signed(total, i18n.language)}
      </Text>
    </Stack>
  );
}
