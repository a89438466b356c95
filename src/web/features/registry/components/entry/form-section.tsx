// One numbered block of the entry form. On phones the blocks stack as plain cards so the whole
// record is one scroll, with no hidden steps to lose data in.
import { Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function FormSection({
  number,
  title,
  aside,
  children,
}: {
  number: number;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: "sm", sm: "lg" }} component="section" aria-label={title}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon radius="xl" size={30} variant="light">
            <Text fw={700} size="sm">
              {number}
            </Text>
          </ThemeIcon>
          <Title order={2} fz="h4">
            {title}
          </Title>
        </Group>
        {aside}
      </Group>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
