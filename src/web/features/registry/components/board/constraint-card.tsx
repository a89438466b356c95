// One kendala on the board: kind, business, what is wrong, who reported it, who handles it.
import { Badge, Group, Paper, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConstraintItem } from "../../../../../server/modules/registry/contract-constraints";
import { formatDay } from "../../lib/format";

export const typeColors = {
  raw_material: "orange",
  capital: "green",
  marketing: "blue",
  distribution: "violet",
  permits: "cyan",
  other: "gray",
} as const;

export function ConstraintCard({
  item,
  scope,
  onOpen,
}: {
  item: ConstraintItem;
  scope: string;
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <UnstyledButton
      onClick={() => onOpen(item.id)}
      w="100%"
      aria-label={`${t(`registry.constraintTypes.${item.type}`)}: ${item.businessName}`}
      data-testid="constraint-card"
      data-constraint-id={item.id}
    >
      <Paper withBorder p="sm" className="hover-card">
        <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
          <Badge size="sm" variant="light" color={typeColors[item.type]}>
            {t(`registry.constraintTypes.${item.type}`)}
          </Badge>
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            {formatDay(item.reportedAt, { scope, language: i18n.language })}
          </Text>
        </Group>
        <Text fw={600} size="sm" lineClamp={1}>
          {item.businessName}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {item.ownerName} · {item.regionName ?? item.regionCode}
        </Text>
        <Text size="sm" mt={6} lineClamp={3}>
          {item.description}
        </Text>
        <Group justify="space-between" mt={6} gap="xs">
          <Text size="xs" c={item.assigneeName ? undefined : "dimmed"} lineClamp={1}>
            {item.assigneeName
              ? t("registry.board.assignee", { name: item.assigneeName })
              : t("registry.board.unassigned")}
          </Text>
          {item.followUpCount > 0 ? (
            <Text size="xs" c="dimmed">
              {t("registry.board.followUps", { count: item.followUpCount })}
            </Text>
          ) : null}
        </Group>
      </Paper>
    </UnstyledButton>
  );
}
