// A labelled group of toggle chips: large touch targets for multi-choice lists (sales channels,
// causes, needs) instead of tiny checkboxes.
import { Chip, Group, Input } from "@mantine/core";
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
    <Input.Wrapper label={label} size="md" labelElement="div" id={id}>
      <Chip.Group<true, V> multiple value={[...value]} onChange={onChange}>
        <Group gap="xs" mt={4} role="group" aria-labelledby={`${id}-label`}>
          {options.map((option) => (
            <Chip key={option.value} value={option.value} size="md" variant="outline">
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
