// A labelled group of toggle chips: large touch targets for multi-choice lists (sales channels,
// causes, needs) instead of tiny checkboxes.
import { Chip, Group, Stack, Text } from "@mantine/core";
import { useId } from "react";

export function ChipChoice<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: readonly V[];
  onChange: (value: V[]) => void;
}) {
  const id = useId();
  return (
    <Stack gap={6} role="group" aria-labelledby={id}>
      <Text size="md" fw={500} id={id}>
        {label}
      </Text>
      <Chip.Group<true, V> multiple value={[...value]} onChange={onChange}>
        <Group gap="xs">
          {options.map((option) => (
            <Chip key={option.value} value={option.value} size="md" variant="outline">
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
