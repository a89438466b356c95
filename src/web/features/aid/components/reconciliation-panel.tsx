// Proposed vs approved vs paid, and the findings to act on with a written follow-up.
import { Badge, Button, Card, Group, SimpleGrid, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useCurrentUser } from "../../../lib/session/current-user";
import type { Finding } from "../api/types-exchange";
import { useReconciliation, useResolveFinding } from "../hooks/use-aid";
import { canVerify, formatRupiah } from "../lib/format";

function FollowUp({ proposalId, finding }: { proposalId: string; finding: Finding }) {
  const { t } = useTranslation();
  const resolve = useResolveFinding(proposalId);
  const [note, setNote] = useState("");
  if (finding.status === "resolved")
    return <Text size="sm">{`${t("aid.exchange.resolved")}: ${finding.note ?? ""}`}</Text>;
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        size="xs"
        aria-label={t("aid.exchange.note")}
        placeholder={t("aid.exchange.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="light"
        disabled={note.trim().length < 5}
        loading={resolve.isPending}
        onClick={() => resolve.mutate({ findingId: finding.id, note: note.trim() })}
      >
        {t("aid.exchange.resolve")}
      </Button>
    </Group>
  );
}

const MONEY = new Set(["amount", "expected", "paid", "total"]);

export function ReconciliationPanel({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  // Amounts as rupiah; why a paid recipient was excluded in words (its code, or "removed: <reason>").
  const detailValue = (key: string, v: string | number | null): string => {
    if (v === null) return "-";
    if (MONEY.has(key) && typeof v === "number") return formatRupiah(v);
    if (key !== "reason" || typeof v !== "string") return String(v);
    if (v.startsWith("removed: ")) return `${t("aid.excluded.removed")}: ${v.slice("removed: ".length)}`;
    return t(`aid.excluded.${v}`, { defaultValue: v });
  };
  const me = useCurrentUser();
  const rec = useReconciliation(proposalId);
  const r = rec.data;
  return (
    <Card withBorder radius="md" data-testid="reconciliation">
      <Title order={4} mb="sm">
        {t("aid.exchange.reconciliation")}
      </Title>
      <ErrorAlert error={rec.error} />
      {r ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mb="sm">
            <Text>{`${t("aid.exchange.proposed")}: ${r.proposed}`}</Text>
            <Text>{`${t("aid.exchange.approved")}: ${r.approved}`}</Text>
            <Text>{`${t("aid.exchange.paid")}: ${r.paid}`}</Text>
            <Text>{`${t("aid.exchange.paidAmount")}: ${formatRupiah(r.paidAmount)}`}</Text>
          </SimpleGrid>
          <Group gap="xs" mb="sm">
            {Object.entries(r.byKind).map(([k, n]) => (
              <Badge
                key={k}
                variant="light"
                color={k === "not_paid" ? "gray" : "red"}
              >{`${t(`aid.findings.${k}`, { defaultValue: k })}: ${n}`}</Badge>
            ))}
          </Group>
          {r.findings.length === 0 ? (
            <Text c="dimmed">{t("aid.exchange.noFindings")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("aid.exchange.finding")}</Table.Th>
                    <Table.Th>NIK</Table.Th>
                    <Table.Th>{t("aid.exchange.detail")}</Table.Th>
                    <Table.Th>{t("aid.exchange.followUp")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.findings.map((f) => (
                    <Table.Tr key={f.id} data-testid={`finding-${f.kind}`}>
                      <Table.Td>{t(`aid.findings.${f.kind}`)}</Table.Td>
                      <Table.Td>{f.nikMasked}</Table.Td>
                      <Table.Td>
                        <Text size="xs">
                          {Object.entries(f.detail)
                            .map(
                              ([k, v]) =>
                                `${t(`aid.findingDetail.${k}`, { defaultValue: k })}: ${detailValue(k, v)}`,
                            )
                            .join("; ")}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {canVerify(me.role) ? (
                          <FollowUp proposalId={proposalId} finding={f} />
                        ) : (
                          t(`aid.findingStatuses.${f.status}`)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      ) : null}
    </Card>
  );
}
