// Stands in for a product without a photo: a tinted block with the category name.
import { Center, Text } from "@mantine/core";

export function PhotoPlaceholder({ h, label }: { h: number; label: string }) {
  return (
    <Center h={h} bg="teal.0" c="teal.8">
      <Text fw={600} size="sm" ta="center" px="xs">
        {label}
      </Text>
    </Center>
  );
}
