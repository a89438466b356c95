// The register as cards on phones: the business, its owner and the few badges that matter.
import { Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { BusinessRowsProps } from "./business-table";
import { AffectedBadge, ConstraintCountBadge, SizeBadge } from "./list-badges";
import { NikReveal } from "./nik-reveal";

export function BusinessCards({ items, canReveal }: BusinessRowsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {items.map((item) => (
        <Paper key={item.id} withBorder p="sm" data-business-id={item.id} className="hover-card">
          <UnstyledButton
            w="100%"
            renderRoot={(props) => (
              <Link to="/app/registri/$businessId" params={{ businessId: item.id }} {...props} />
            )}
          >
            <Text fw={600}>{item.name}</Text>
            <Text size="sm" c="dimmed">
              {t(`registry.sectors.${item.sector}`)} · {item.regionName ?? item.regionCode}
            </Text>
            <Text size="sm" mt={4}>
              {item.ownerName}
            </Text>
          </UnstyledButton>
          <NikReveal masked={item.nik} personId={item.ownerId} canReveal={canReveal} />
          <Group gap={4} mt={6}>
            <AffectedBadge affected={item.affected} />
            <SizeBadge size={item.sizeClass} />
            <ConstraintCountBadge count={item.openConstraints} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
