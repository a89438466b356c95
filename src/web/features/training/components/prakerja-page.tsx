// Kartu Prakerja: the participant lists imported in the user's scope with how many registered,
// passed and received the incentive; a list opens to its rows (no NIK shown).
import { Badge, Button, Card, Group, ScrollArea, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RegionName } from "../../../components/regions/region-name";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { PrakerjaList } from "../api/prakerja-api";
import { usePrakerjaLists, usePrakerjaRows } from "../hooks/use-prakerja";
import { PrakerjaBadges } from "./prakerja-status-badges";
import { PrakerjaUploadModal } from "./prakerja-upload-modal";

function Rows({ id }: { id: string }) {
  const { t } = useTranslation();
  const rows = usePrakerjaRows(id);
  if (rows.isPending) return <Skeleton h={80} />;
  return (
    <ScrollArea type="auto">
      <ErrorAlert error={rows.error} />
      <Table striped fz="sm" miw={300} data-testid="prakerja-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("training.prakerja.row")}</Table.Th>
            <Table.Th>{t("training.owner")}</Table.Th>
            <Table.Th>{t("training.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows.data ?? []).map((r) => (
            <Table.Tr key={`${r.sheet}:${r.rowNumber}`}>
              <Table.Td>{r.rowNumber}</Table.Td>
              <Table.Td>
                {r.name ?? "–"}
                <Text size="xs" c="dimmed">
                  {t("training.prakerja.wave", { wave: r.wave ?? "–" })}
                </Text>
              </Table.Td>
              <Table.Td>
                <PrakerjaBadges s={r} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function ListCard({ list, open, onToggle }: { list: PrakerjaList; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const c = list.counts;
  return (
    <Card withBorder radius="md" data-testid="prakerja-list">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: "1 1 240px" }}>
          <Text fw={600}>{list.name}</Text>
          <Text size="sm" c="dimmed">
            <RegionName code={list.regionCode} />
            {list.asOf ? ` · ${t("training.prakerja.asOfShort", { date: list.asOf })}` : ""}
          </Text>
        </div>
        <Button variant="light" size="xs" onClick={onToggle} aria-expanded={open}>
          {open ? t("training.prakerja.hideRows") : t("training.prakerja.showRows", { count: c.rows })}
        </Button>
      </Group>
      <Group gap="xs" mt="xs">
        <Badge variant="light" color="blue">
          {t("training.prakerja.registeredCount", { count: c.registered })}
        </Badge>
        <Badge variant="light" color="green">
          {t("training.prakerja.passedCount", { count: c.passed })}
        </Badge>
        <Badge variant="light" color="teal">
          {t("training.prakerja.incentiveCount", { count: c.incentive })}
        </Badge>
        {list.linked !== null ? (
          <Badge variant="outline">{t("training.prakerja.linkedCount", { count: list.linked })}</Badge>
        ) : null}
      </Group>
      {open ? (
        <div style={{ marginTop: 12 }}>
          <Rows id={list.id} />
        </div>
      ) : null}
    </Card>
  );
}

export function PrakerjaPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const lists = usePrakerjaLists();
  const [uploading, setUploading] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const canImport = me.role === "admin_provinsi" || me.role === "operator_kabkota";
  return (
    <>
      <PageHeader
        title={t("training.prakerja.title")}
        subtitle={t("training.prakerja.subtitle")}
        actions={
          canImport ? (
            <Button leftSection={<Icon name="upload" size={18} />} onClick={() => setUploading(true)}>
              {t("training.prakerja.import")}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={lists.error} />
      {lists.isPending ? <Skeleton h={160} /> : null}
      {lists.data?.length === 0 ? <Text c="dimmed">{t("training.prakerja.none")}</Text> : null}
      <Stack gap="sm">
        {(lists.data ?? []).map((l) => (
          <ListCard
            key={l.id}
            list={l}
            open={open === l.id}
            onToggle={() => setOpen(open === l.id ? null : l.id)}
          />
        ))}
      </Stack>
      {uploading ? (
        <PrakerjaUploadModal
          opened
          scope={me.scope}
          onClose={() => setUploading(false)}
          onDone={(l) => {
            setUploading(false);
            setOpen(l.id);
          }}
        />
      ) : null}
    </>
  );
}
