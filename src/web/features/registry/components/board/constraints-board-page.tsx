// Kendala usaha (S3): problems reported from the field, by kind and region, in three columns
// (open / in progress / resolved; one at a time on phones), each opened in a drawer to assign,
// follow up and resolve. Pimpinan reads only.
import { Button, Chip, Group, Paper, SegmentedControl, SimpleGrid, useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSTRAINT_STATUSES, CONSTRAINT_TYPES } from "../../../../../shared/registry-vocab";
import { Icon } from "../../../../components/ui/icons";
import { PageHeader } from "../../../../components/ui/page-header";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { useConstraints } from "../../hooks/use-registry";
import { canManageConstraints } from "../../lib/roles";
import { RegionDrill } from "../region-drill";
import { BoardColumn } from "./board-column";
import { type BoardState, readBoardState, writeBoardState } from "./board-search";
import { ConstraintDrawer } from "./constraint-drawer";
import { ReportConstraintModal } from "./report-constraint-modal";

export function ConstraintsBoardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.md})`, undefined, {
    getInitialValueInEffect: false,
  });
  const navigate = useNavigate();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const state = readBoardState(search);
  const [reporting, setReporting] = useState(false);
  const canManage = canManageConstraints(me.role);
  const filters = { type: state.type, region: state.region };
  // Counts per kind under the region filter, for the kind chips.
  const overview = useConstraints({ region: state.region, limit: 1 });
  const countOf = (type: string) =>
    (overview.data?.counts ?? [])
      .filter((c) => c.type === type && c.status !== "resolved")
      .reduce((n, c) => n + c.count, 0);
  const change = (patch: Partial<BoardState>) =>
    void navigate({ to: ".", search: () => writeBoardState({ ...state, ...patch }), replace: true });

  return (
    <>
      <PageHeader
        title={t("registry.board.title")}
        subtitle={t("registry.board.subtitle")}
        actions={
          canManage ? (
            <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setReporting(true)}>
              {t("registry.board.report")}
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="md" mb="md">
        <Chip.Group
          value={state.type ?? "all"}
          onChange={(value) => change({ type: CONSTRAINT_TYPES.find((v) => v === value) })}
        >
          <Group gap="xs" mb="sm" aria-label={t("registry.board.type")} role="group">
            <Chip value="all" size="sm">
              {t("registry.board.allTypes")}
            </Chip>
            {CONSTRAINT_TYPES.map((type) => (
              <Chip key={type} value={type} size="sm">
                {t(`registry.constraintTypes.${type}`)}
                {countOf(type) > 0 ? ` (${countOf(type)})` : ""}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <RegionDrill
          scope={me.scope}
          depth="any"
          size="sm"
          value={state.region ?? null}
          onChange={(region) => change({ region: region ?? undefined })}
        />
      </Paper>
      {isWide ? (
        <SimpleGrid cols={3} spacing="md">
          {CONSTRAINT_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              filters={filters}
              scope={me.scope}
              onOpen={(open) => change({ open })}
            />
          ))}
        </SimpleGrid>
      ) : (
        <>
          <SegmentedControl
            fullWidth
            mb="sm"
            value={state.column}
            onChange={(value) => change({ column: CONSTRAINT_STATUSES.find((s) => s === value) ?? "open" })}
            data={CONSTRAINT_STATUSES.map((status) => ({
              value: status,
              label: t(`registry.constraintStatuses.${status}`),
            }))}
          />
          <BoardColumn
            status={state.column}
            filters={filters}
            scope={me.scope}
            onOpen={(open) => change({ open })}
          />
        </>
      )}
      <ConstraintDrawer
        id={state.open}
        scope={me.scope}
        canManage={canManage}
        onClose={() => change({ open: null })}
      />
      <ReportConstraintModal
        opened={reporting}
        onClose={() => setReporting(false)}
        onReported={(open) => change({ open })}
      />
    </>
  );
}
