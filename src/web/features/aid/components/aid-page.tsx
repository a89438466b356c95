// Bantuan: programmes and the proposals in the user's scope, with filters and the create actions.
import { Badge, Button, Card, Group, Select, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { Icon } from "../../../components/ui/icons";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { ProposalStatus } from "../api/types";
import { usePrograms, useProposals } from "../hooks/use-aid";
import { canPropose, canVerify, formatRupiah, perRecipient, STATUS_COLOR } from "../lib/format";
import { AppLink } from "./app-link";
import { CreateProgrammeModal } from "./create-programme-modal";
import { CreateProposalModal } from "./create-proposal-modal";

const STATUSES: readonly ProposalStatus[] = [
  "draft",
  "submitted",
  "returned",
  "verified",
  "approved",
  "rejected",
  "disbursed",
  "failed",
];

function ProgrammeList() {
  const { t } = useTranslation();
  const programmes = usePrograms();
  return (
    <Card withBorder radius="md" mb="lg">
      <Title order={3} size="h4" mb="sm">
        {t("aid.programmes")}
      </Title>
      <ErrorAlert error={programmes.error} />
      <Stack gap="xs">
        {(programmes.data ?? []).map((p) => (
          <Group key={p.id} justify="space-between" wrap="wrap">
            <div>
              <AppLink fw={600} href={`/app/bantuan/program/${p.id}`}>
                {p.name}
              </AppLink>
              <Text size="sm" c="dimmed">
                {t(`aid.funds.${p.fundSource}`)} · {t(`aid.kinds.${p.kind}`)} · {p.periodStart}
                {p.periodEnd ? ` – ${p.periodEnd}` : ""}
              </Text>
            </div>
            <Badge variant="light" size="lg">
              {perRecipient(t, p)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

export function AidPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [status, setStatus] = useState<ProposalStatus | null>(null);
  const [dialog, setDialog] = useState<"proposal" | "programme" | null>(null);
  const programmes = usePrograms();
  const proposals = useProposals({ programmeId: programmeId ?? undefined, status: status ?? undefined });
  return (
    <>
      <PageHeader
        title={t("aid.title")}
        subtitle={t("aid.subtitle")}
        actions={
          <>
            {canVerify(me.role) ? (
              <Button variant="default" onClick={() => setDialog("programme")}>
                {t("aid.newProgramme")}
              </Button>
            ) : null}
            {canPropose(me.role) ? (
              <Button leftSection={<Icon name="plus" size={18} />} onClick={() => setDialog("proposal")}>
                {t("aid.newProposal")}
              </Button>
            ) : null}
          </>
        }
      />
      <ProgrammeList />
      <Group mb="sm" align="flex-end">
        <Title order={3} size="h4" mr="auto">
          {t("aid.proposals")}
        </Title>
        <Select
          aria-label={t("aid.programme")}
          placeholder={t("aid.allProgrammes")}
          data={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={programmeId}
          onChange={setProgrammeId}
          clearable
        />
        <Select
          aria-label={t("aid.status")}
          placeholder={t("aid.allStatuses")}
          data={STATUSES.map((s) => ({ value: s, label: t(`aid.statuses.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(STATUSES.find((s) => s === v) ?? null)}
          clearable
        />
      </Group>
      <ErrorAlert error={proposals.error} />
      {proposals.isPending ? <Skeleton h={200} /> : null}
      {proposals.data && proposals.data.length === 0 ? <Text c="dimmed">{t("aid.noProposals")}</Text> : null}
      {proposals.data && proposals.data.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("aid.number")}</Table.Th>
                <Table.Th>{t("aid.programme")}</Table.Th>
                <Table.Th>{t("aid.proposer")}</Table.Th>
                <Table.Th>{t("aid.status")}</Table.Th>
                <Table.Th ta="right">{t("aid.recipients")}</Table.Th>
                <Table.Th ta="right">{t("aid.openProblems")}</Table.Th>
                <Table.Th ta="right">{t("aid.amount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposals.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <AppLink href={`/app/bantuan/usulan/${p.id}`}>{p.number}</AppLink>
                  </Table.Td>
                  <Table.Td>{p.programmeName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.proposerName}</Text>
                    <Text size="xs" c="dimmed">
                      {p.regionName ?? ""} ({p.regionCode})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[p.status]} variant="light">
                      {t(`aid.statuses.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{p.counts.active.toLocaleString("id-ID")}</Table.Td>
                  <Table.Td ta="right">{p.counts.openProblems.toLocaleString("id-ID")}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.counts.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <CreateProposalModal opened={dialog === "proposal"} onClose={() => setDialog(null)} />
      <CreateProgrammeModal opened={dialog === "programme"} onClose={() => setDialog(null)} />
    </>
  );
}
