// A titled card with label/value rows; empty values are left out so cards stay short.
import { DataList, Paper, Title } from "@mantine/core";
import type { ReactNode } from "react";

export type InfoRow = { label: string; value: ReactNode };

export function InfoCard({
  title,
  rows,
  children,
}: {
  title: string;
  rows?: InfoRow[];
  children?: ReactNode;
}) {
  const visible = (rows ?? []).filter(
    (row) => row.value !== null && row.value !== undefined && row.value !== "",
  );
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-label={title}>
      <Title order={2} fz="h5" mb="sm">
        {title}
      </Title>
      {visible.length > 0 ? (
        <DataList size="sm" labelWidth={130} gap={6}>
          {visible.map((row) => (
            <DataList.Item key={row.label}>
              <DataList.ItemLabel c="dimmed">{row.label}</DataList.ItemLabel>
              <DataList.ItemValue>{row.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      ) : null}
      {children}
    </Paper>
  );
}
