// The register as a table on tablets and desktops; a row opens the business page.
import { Anchor, Group, Paper, Table, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { BusinessListItem } from "../../../../../server/modules/registry/contract-register";
import { formatDay } from "../../lib/format";
import { AffectedBadge, ConstraintCountBadge, SizeBadge } from "./list-badges";
import { NikReveal } from "./nik-reveal";

export type BusinessRowsProps = { items: readonly BusinessListItem[]; canReveal: boolean; scope: string };

export function BusinessTable({ items, canReveal, scope }: BusinessRowsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("registry.list.business")}</Table.Th>
              <Table.Th>{t("registry.list.owner")}</Table.Th>
              <Table.Th>{t("registry.list.region")}</Table.Th>
              <Table.Th>{t("registry.list.status")}</Table.Th>
              <Table.Th>{t("registry.list.source")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id} data-business-id={item.id}>
                <Table.Td>
                  <Anchor
                    fw={600}
                    size="sm"
                    renderRoot={(props) => (
                      <Link to="/app/registri/$businessId" params={{ businessId: item.id }} {...props} />
                    )}
                  >
                    {item.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`registry.sectors.${item.sector}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.ownerName}</Text>
                  <NikReveal masked={item.nik} personId={item.ownerId} canReveal={canReveal} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.regionName ?? item.regionCode}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {item.regionCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <AffectedBadge affected={item.affected} />
                    <SizeBadge size={item.sizeClass} />
                    <ConstraintCountBadge count={item.openConstraints} />
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm">{t(`registry.sources.${item.sourceKind}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDay(item.createdAt, { scope, language: i18n.language })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
