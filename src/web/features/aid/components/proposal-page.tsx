// One proposal: status, figures and the flow actions, then its recipients (with problems and
// evidence), adding recipients, history with frozen lists, and the exchange with ministry and bank.
import { Badge, Card, Group, SimpleGrid, Skeleton, Tabs, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useProposal } from "../hooks/use-aid";
import { canPropose, formatRupiah, isEditableStatus, STATUS_COLOR } from "../lib/format";
import { AddPanel } from "./add-panel";
import { ExchangePanel } from "./exchange-panel";
import { FlowActions } from "./flow-actions";
import { HistoryPanel } from "./history-panel";
import { ItemsPanel } from "./items-panel";
import classes from "./proposal-page.module.css";

function Figure({
  label,
  value,
  className,
  testId,
}: {
  label: string;
  value: string;
  className?: string;
  testId?: string;
}) {
  return (
    <Card withBorder radius="md" p="sm" className={className}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

export function ProposalPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { proposalId = "" } = useParams({ strict: false }) as { proposalId?: string };
  const proposal = useProposal(proposalId);
  const p = proposal.data;
  if (!p) return proposal.error ? <ErrorAlert error={proposal.error} /> : <Skeleton h={300} />;
  const editable = isEditableStatus(p.status) && canPropose(me.role);
  return (
    <>
      <PageHeader
        title={`${t("aid.proposals")} ${p.number}`}
        subtitle={`${p.programmeName} · ${p.proposerName} · ${p.regionName ?? ""} (${p.regionCode})`}
        actions={<FlowActions proposal={p} />}
      />
      <Group mb="md" gap="xs">
        <Badge color={STATUS_COLOR[p.status]} size="lg" variant="light" data-testid="proposal-status">
          {t(`aid.statuses.${p.status}`)}
        </Badge>
        {p.decreeNumber ? (
          <Badge variant="outline">{`${t("aid.flow.decreeNumber")}: ${p.decreeNumber}`}</Badge>
        ) : null}
        {p.lastReason ? (
          <Text size="sm" c="dimmed">
            {t("aid.flow.reason")}: {p.lastReason}
          </Text>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 3, sm: 4 }} mb="lg">
        <Figure label={t("aid.recipients")} value={p.counts.active.toLocaleString("id-ID")} />
        <Figure label={t("aid.withProblems")} value={p.counts.withProblems.toLocaleString("id-ID")} />
        <Figure label={t("aid.openProblems")} value={p.counts.openProblems.toLocaleString("id-ID")} />
        {p.programmeKind === "in_kind" ? null : (
          <Figure
            label={t("aid.amount")}
            value={formatRupiah(p.counts.amount)}
            className={classes.amount}
            testId="figure-amount"
          />
        )}
      </SimpleGrid>
      <Tabs defaultValue="items" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="items">{t("aid.tabs.items")}</Tabs.Tab>
          {editable ? <Tabs.Tab value="add">{t("aid.tabs.add")}</Tabs.Tab> : null}
          <Tabs.Tab value="history">{t("aid.tabs.history")}</Tabs.Tab>
          <Tabs.Tab value="exchange">{t("aid.tabs.exchange")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="items">
          <ItemsPanel proposal={p} editable={editable} />
        </Tabs.Panel>
        {editable ? (
          <Tabs.Panel value="add">
            <AddPanel proposalId={p.id} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="history">
          <HistoryPanel proposal={p} />
        </Tabs.Panel>
        <Tabs.Panel value="exchange">
          <ExchangePanel proposal={p} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
