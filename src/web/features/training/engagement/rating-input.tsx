// A 1–5 rating as five large buttons (easy to tap on a phone, readable by a screen reader).
import { Button, Group, Text } from "@mantine/core";

export function RatingInput(props: { label: string; value: number | null; onChange: (v: number) => void }) {
  return (
    <div role="radiogroup" aria-label={props.label}>
      <Text size="sm" fw={500} mb={4}>
        {props.label}
      </Text>
      <Group gap={6} wrap="nowrap">
        {[1, 2, 3, 4, 5].map((n) => (
          <Button
            key={n}
            role="radio"
            aria-checked={props.value === n}
            aria-label={`${props.label} ${n}`}
            variant={props.value === n ? "filled" : "default"}
            onClick={() => props.onChange(n)}
            style={{ flex: 1 }}
            px={0}
          >
            {n}
          </Button>
        ))}
      </Group>
    </div>
  );
}
