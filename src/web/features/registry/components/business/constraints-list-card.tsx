// The business's kendala with their status; one opens in the same drawer as on the board.
import { Badge, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConstraintItem } from "../../../../../server/modules/registry/contract-constraints";
import { formatDay } from "../../lib/format";
import { statusColors } from "../board/board-column";
import { typeColors } from "../board/constraint-card";

export function ConstraintsListCard({
  items,
  scope,
  canReport,
  onOpen,
  onReport,
}: {
  items: readonly ConstraintItem[];
  scope: string;
  canReport: boolean;
  onOpen: (id: string) => void;
  onReport: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("registry.business.constraints")}
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h5">
          {t("registry.business.constraints")}
        </Title>
        {canReport ? (
          <Button size="xs" variant="light" onClick={onReport}>
            {t("registry.business.reportConstraint")}
          </Button>
        ) : null}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("registry.business.noConstraints")}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <UnstyledButton key={item.id} onClick={() => onOpen(item.id)} data-testid="business-constraint">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="sm" color={typeColors[item.type]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`registry.constraintTypes.${item.type}`)}
                </Badge>
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" lineClamp={2}>
                    {item.description}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDay(item.reportedAt, { scope, language: i18n.language })} · {item.reportedBy}
                  </Text>
                </div>
                <Badge size="sm" color={statusColors[item.status]} style={{ flexShrink: 0 }}>
                  {t(`registry.constraintStatuses.${item.status}`)}
                </Badge>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
