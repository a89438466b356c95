// The Sinergi word mark: a two-leaf mark (two parties working together) and the product name.
import { Group, Text } from "@mantine/core";

export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--mantine-primary-color-filled)" />
      <path d="M9 20c0-6 4-10 10-10-1 6-4 10-10 10z" fill="#fff" opacity="0.95" />
      <path d="M23 12c0 6-4 10-10 10 1-6 4-10 10-10z" fill="#fff" opacity="0.6" />
    </svg>
  );
}

export function Brand({ tagline }: { tagline?: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <BrandMark />
      <div>
        <Text fw={700} size="lg" lh={1.1}>
          Sinergi
        </Text>
        {tagline ? (
          <Text size="xs" c="dimmed" lh={1.2}>
            {tagline}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}
