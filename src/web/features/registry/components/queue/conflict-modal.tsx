// "Bentrok": the server already holds this record (same client id) with other content. Both
// versions side by side, differences highlighted; the person keeps one of them.
import { Button, Group, Modal, Stack, Table, Text, useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { BusinessPage } from "../../../../../server/modules/registry/contract-business-page";
import { resolveConflict } from "../../offline/outbox";
import { type FieldOutboxRecord, outboxStore } from "../../offline/outbox-db";
import { syncNow } from "../../offline/sync-runner";
import { conflictRows } from "./conflict-rows";

// Long values without spaces (masked NIKs, codes) break anywhere rather than widen the table.
const wrap = { overflowWrap: "anywhere" } as const;

const isPage = (value: unknown): value is BusinessPage =>
  typeof value === "object" && value !== null && "business" in value && "owner" in value;

export function ConflictModal({
  record,
  onClose,
}: {
  record: FieldOutboxRecord | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`);
  const server = record?.serverVersion;
  const sectorName = (code: string) =>
    i18n.exists(`registry.sectors.${code}`)
      ? t(`registry.sectors.${code}` as "registry.sectors.lainnya")
      : code;
  const rows = record && isPage(server) ? conflictRows(server, record.payload.body, sectorName) : [];
  const choose = async (choice: "keepServer" | "resendMine") => {
    if (!record) return;
    await resolveConflict(outboxStore, record.clientId, choice, Date.now());
    onClose();
    if (choice === "resendMine" && navigator.onLine) void syncNow(record.userId);
  };
  const name = record?.summary.businessName || record?.summary.ownerName || "";
  return (
    <Modal
      opened={record !== null}
      onClose={onClose}
      title={t("registry.queue.conflictTitle", { name })}
      size="xl"
      fullScreen={isPhone}
    >
      <Stack gap="md">
        <Text size="sm">{t("registry.queue.conflictText")}</Text>
        <Table.ScrollContainer minWidth={0}>
          <Table
            withTableBorder
            withColumnBorders
            verticalSpacing="xs"
            fz={isPhone ? "xs" : "sm"}
            layout="fixed"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t("registry.queue.serverVersion")}</Table.Th>
                <Table.Th>{t("registry.queue.myVersion")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key} bg={row.differs ? "yellow.0" : undefined} data-differs={row.differs}>
                  <Table.Th fw={500}>{t(`registry.conflict.${row.key}`)}</Table.Th>
                  <Table.Td style={wrap}>{row.server}</Table.Td>
                  <Table.Td style={wrap} fw={row.differs ? 600 : undefined}>
                    {row.mine}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={() => void choose("keepServer")}>
            {t("registry.queue.keepServer")}
          </Button>
          <Button size="md" onClick={() => void choose("resendMine")}>
            {t("registry.queue.resendMine")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
