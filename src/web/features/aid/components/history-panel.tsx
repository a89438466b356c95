// Every step of the proposal with its reason, and the frozen lists with their SHA-256.
import { Card, Code, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProposalDetail } from "../api/types";
import { eventTitle, formatRupiah } from "../lib/format";

export function HistoryPanel({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Card withBorder radius="md">
        <Title order={4} mb="sm">
          {t("aid.history.snapshots")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("aid.history.reviseHint")}
        </Text>
        {proposal.snapshots.length === 0 ? (
          <Text c="dimmed">{t("aid.history.noSnapshots")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("aid.history.version")}</Table.Th>
                  <Table.Th>{t("aid.flow.reason")}</Table.Th>
                  <Table.Th ta="right">{t("aid.recipients")}</Table.Th>
                  <Table.Th ta="right">{t("aid.amount")}</Table.Th>
                  <Table.Th>{t("aid.history.sha")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposal.snapshots.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>v{s.version}</Table.Td>
                    <Table.Td>{s.reason}</Table.Td>
                    <Table.Td ta="right">{s.itemCount.toLocaleString("id-ID")}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(s.totalAmount)}</Table.Td>
                    <Table.Td>
                      <Code data-testid="snapshot-sha">{s.sha256}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder radius="md">
        <Title order={4} mb="sm">
          {t("aid.history.events")}
        </Title>
        {/* each step in words; its action's code stays for support, as the title's tooltip */}
        <Timeline bulletSize={14} lineWidth={2}>
          {proposal.events.map((e) => (
            <Timeline.Item
              key={`${e.at}-${e.action}`}
              title={<span title={e.action}>{eventTitle(t, e.action)}</span>}
              data-testid="history-step"
            >
              <Text size="xs" c="dimmed">
                {new Date(e.at).toLocaleString("id-ID")} · {t("aid.history.by", { name: e.actorName })}
              </Text>
              {e.reason ? <Text size="sm">{e.reason}</Text> : null}
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>
    </Stack>
  );
}
