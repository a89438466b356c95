// Adding recipients: filter-and-select from the register, upload a list, or type one by hand.
// Every new recipient is checked at once; problems show up in the recipients tab.
import { Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SECTORS, SIZE_CLASSES } from "../../../../shared/registry-vocab";
import { ErrorAlert } from "../../../components/ui/error-alert";
import type { Candidate, CandidateFilters } from "../api/types";
import { useAddMany, useCandidates } from "../hooks/use-aid";
import { sectorName, sizeName } from "../lib/format";
import { ManualItemForm, UploadItemsForm } from "./add-forms";

function CandidateTable({
  rows,
  selected,
  toggle,
}: {
  rows: Candidate[];
  selected: Set<string>;
  toggle: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t("aid.add.businessName")}</Table.Th>
            <Table.Th>{t("aid.add.name")}</Table.Th>
            <Table.Th>{t("aid.add.sector")}</Table.Th>
            <Table.Th>{t("aid.add.size")}</Table.Th>
            <Table.Th>{t("aid.region")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.businessId}>
              <Table.Td>
                {c.inProgramme ? (
                  <Badge size="xs" variant="light">
                    {t("aid.add.inProgramme")}
                  </Badge>
                ) : (
                  <Checkbox
                    aria-label={c.businessName}
                    checked={selected.has(c.businessId)}
                    onChange={() => toggle(c.businessId)}
                  />
                )}
              </Table.Td>
              <Table.Td>{c.businessName}</Table.Td>
              <Table.Td>
                {c.name}
                <Text size="xs" c="dimmed">
                  {c.nikMasked}
                </Text>
              </Table.Td>
              <Table.Td>{sectorName(i18n, c.sector)}</Table.Td>
              <Table.Td>{sizeName(i18n, c.sizeClass)}</Table.Td>
              <Table.Td>{c.regionCode}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RegisterPicker({ proposalId }: { proposalId: string }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<CandidateFilters>({ sizeClass: "mikro", affected: "true", limit: 100 });
  const [filters, setFilters] = useState<CandidateFilters | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const candidates = useCandidates(proposalId, filters ?? {}, filters !== null);
  const addMany = useAddMany(proposalId);
  const rows = candidates.data?.candidates ?? [];
  const toggle = (id: string) =>
    setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const add = () =>
    addMany.mutate([...selected], {
      onSuccess: (r) => {
        notifications.show({ message: t("aid.add.added", r) });
        setSelected(new Set());
      },
    });
  const sectors = SECTORS.map((x) => ({ value: x, label: sectorName(i18n, x) }));
  const sizes = SIZE_CLASSES.map((x) => ({ value: x, label: sizeName(i18n, x) }));
  return (
    <Card withBorder radius="md">
      <Title order={4} mb="sm">
        {t("aid.add.fromRegister")}
      </Title>
      <Group align="flex-end" mb="sm">
        <Select
          label={t("aid.add.sector")}
          placeholder={t("aid.add.any")}
          data={sectors}
          value={draft.sector ?? null}
          onChange={(v) => setDraft((d) => ({ ...d, sector: v ?? undefined }))}
          clearable
        />
        <Select
          label={t("aid.add.size")}
          placeholder={t("aid.add.any")}
          data={sizes}
          value={draft.sizeClass ?? null}
          onChange={(v) => setDraft((d) => ({ ...d, sizeClass: v ?? undefined }))}
          clearable
        />
        <Select
          label={t("aid.add.affected")}
          placeholder={t("aid.add.any")}
          data={[
            { value: "true", label: t("aid.add.yes") },
            { value: "false", label: t("aid.add.no") },
          ]}
          value={draft.affected ?? null}
          onChange={(v) =>
            setDraft((d) => ({ ...d, affected: v === "true" || v === "false" ? v : undefined }))
          }
          clearable
        />
        <Button variant="light" onClick={() => setFilters({ ...draft, afterId: undefined })}>
          {t("aid.add.load")}
        </Button>
      </Group>
      <ErrorAlert error={candidates.error ?? addMany.error} />
      {rows.length > 0 ? <CandidateTable rows={rows} selected={selected} toggle={toggle} /> : null}
      <Group mt="sm">
        {rows.length > 0 ? (
          <Button
            variant="default"
            onClick={() =>
              setSelected(
                new Set([...selected, ...rows.filter((r) => !r.inProgramme).map((r) => r.businessId)]),
              )
            }
          >
            {t("aid.add.selectPage")}
          </Button>
        ) : null}
        {candidates.data?.nextAfterId ? (
          <Button
            variant="default"
            onClick={() =>
              setFilters((f) => ({ ...(f ?? {}), afterId: candidates.data?.nextAfterId ?? undefined }))
            }
          >
            {t("aid.add.more")}
          </Button>
        ) : null}
        <Button disabled={selected.size === 0} loading={addMany.isPending} onClick={add}>
          {t("aid.add.addSelected", { count: selected.size })}
        </Button>
      </Group>
    </Card>
  );
}

export function AddPanel({ proposalId }: { proposalId: string }) {
  return (
    <Stack gap="md">
      <RegisterPicker proposalId={proposalId} />
      <UploadItemsForm proposalId={proposalId} />
      <ManualItemForm proposalId={proposalId} />
    </Stack>
  );
}
