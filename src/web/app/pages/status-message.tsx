// A centred message with an optional action: shared by not-found, forbidden, error, coming-soon.
import { Center, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Icon, type IconName } from "../../components/ui/icons";

export function StatusMessage({
  icon,
  title,
  text,
  action,
  color = "gray",
}: {
  icon: IconName;
  title: string;
  text: ReactNode;
  action?: ReactNode;
  color?: string;
}) {
  return (
    <Center mih="50vh" px="md">
      <Stack align="center" gap="sm" maw={460} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color={color}>
          <Icon name={icon} size={28} />
        </ThemeIcon>
        <Title order={2} fz="h3">
          {title}
        </Title>
        <Text c="dimmed">{text}</Text>
        {action}
      </Stack>
    </Center>
  );
}
