// A list of regions the user can open (children of the current region, or search hits).
import { Badge, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/ui/icons";
import type { RegionSearchHit } from "../../../lib/regions/types";
import classes from "./region-list.module.css";

export function RegionList({ regions, label }: { regions: readonly RegionSearchHit[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder component="section" aria-label={label}>
      <Stack gap={0} component="ul" className={classes.list}>
        {regions.map((region) => (
          <li key={region.code}>
            <UnstyledButton
              className={classes.row}
              renderRoot={(props) => <Link to="/app/wilayah" search={{ kode: region.code }} {...props} />}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Text fw={500} size="sm" truncate>
                    {region.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    <span style={{ fontFamily: "var(--mantine-font-family-monospace)" }}>{region.code}</span>
                    {region.parentName ? ` · ${region.parentName}` : ""}
                  </Text>
                </div>
                <Group gap="xs" wrap="nowrap">
                  <Badge size="sm" variant="light" color="gray" visibleFrom="xs">
                    {t(`regionLevels.${region.level}`)}
                  </Badge>
                  <Icon name="chevronRight" size={16} color="var(--mantine-color-gray-5)" />
                </Group>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
