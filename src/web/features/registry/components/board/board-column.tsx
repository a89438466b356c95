// One status column (Terbuka / Ditangani / Selesai) with its count and cards.
import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ConstraintStatus } from "../../../../../shared/registry-vocab";
import { useConstraints } from "../../hooks/use-registry";
import type { BoardFilters } from "./board-search";
import { ConstraintCard } from "./constraint-card";

export const statusColors: Record<ConstraintStatus, string> = {
  open: "red",
  in_progress: "yellow",
  resolved: "teal",
};
const pageSize = 30;

export function BoardColumn({
  status,
  filters,
  scope,
  onOpen,
  withTitle = true,
}: {
  status: ConstraintStatus;
  filters: BoardFilters;
  scope: string;
  onOpen: (id: string) => void;
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  const query = useConstraints({ ...filters, status, limit: pageSize });
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  return (
    <Paper
      bg="gray.1"
      p="sm"
      component="section"
      aria-label={t(`registry.constraintStatuses.${status}`)}
      data-testid={`board-column-${status}`}
    >
      {withTitle ? (
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="h5">
            {t(`registry.constraintStatuses.${status}`)}
          </Title>
          <Badge color={statusColors[status]} variant="filled" data-testid={`board-count-${status}`}>
            {total}
          </Badge>
        </Group>
      ) : null}
      {query.isPending ? (
        <Skeleton h={120} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="lg">
          {t("registry.board.empty")}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <ConstraintCard key={item.id} item={item} scope={scope} onOpen={onOpen} />
          ))}
          {total > items.length ? (
            <Text size="xs" c="dimmed" ta="center">
              {t("registry.board.more", { count: total - items.length })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
