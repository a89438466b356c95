// Pembayaran: transfers waiting with their proof (accepted only after seeing the money in the PLUT's
// account), and a bank statement (CSV) matched against open orders; each match is confirmed by hand.
import { Anchor, Badge, Button, FileButton, Group, Paper, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { marketApi } from "../api";
import type { StatementProposal } from "../api-orders";
import { MarketTabs } from "./market-tabs";

function PendingTransfers() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const pending = useQuery({
    queryKey: ["market", "payments"],
    queryFn: ({ signal }) => marketApi.pendingPayments(signal),
  });
  const verify = useMutation({
    mutationFn: marketApi.verifyPayment,
    onSuccess: () => client.invalidateQueries({ queryKey: ["market"] }),
  });
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Title order={3} fz="h5" mb="xs">
        {t("market.payments.pending")}
      </Title>
      <ErrorAlert error={pending.error ?? verify.error} />
      {pending.data?.length === 0 ? <Text c="dimmed">{t("market.payments.none")}</Text> : null}
      <Table>
        <Table.Tbody>
          {(pending.data ?? []).map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td ff="monospace">{p.code}</Table.Td>
              <Table.Td>{p.buyerName}</Table.Td>
              <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
              <Table.Td>
                {p.hasProof ? (
                  <Anchor href={`/api/market/admin/payments/${p.id}/proof`} target="_blank">
                    {t("market.payments.proof")}
                  </Anchor>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Button
                    size="compact-xs"
                    color="teal"
                    onClick={() => verify.mutate({ id: p.id, accept: true })}
                  >
                    {t("market.payments.accept")}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => verify.mutate({ id: p.id, accept: false })}
                  >
                    {t("market.payments.reject")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ProposalRow({ p }: { p: StatementProposal }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const pay = useMutation({ mutationFn: marketApi.payByTransfer, onSuccess: () => setDone(true) });
  const order = p.orders[0];
  return (
    <Table.Tr>
      <Table.Td>{p.date}</Table.Td>
      <Table.Td>{p.description}</Table.Td>
      <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={p.kind === "match" ? "teal" : p.kind === "review" ? "orange" : "gray"}>
          {t(`market.payments.kind.${p.kind}`)}
        </Badge>{" "}
        {p.orders.map((o) => o.code).join(", ")}
      </Table.Td>
      <Table.Td>
        {p.kind === "match" && order && !done ? (
          <Button
            size="compact-xs"
            loading={pay.isPending}
            onClick={() =>
              pay.mutate({ id: order.id, reference: `${p.date} ${p.description}`.slice(0, 200) })
            }
          >
            {t("market.payments.markPaid")}
          </Button>
        ) : done ? (
          <Text size="xs" c="teal">
            ✓
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

function StatementMatcher() {
  const { t } = useTranslation();
  const [csv, setCsv] = useState("");
  const match = useMutation({ mutationFn: marketApi.matchStatement });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} fz="h5" mb="xs">
        {t("market.payments.statement")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("market.payments.statementHint")}
      </Text>
      <Group mb="xs">
        <FileButton onChange={(f) => void f?.text().then(setCsv)} accept=".csv,text/csv,text/plain">
          {(props) => (
            <Button {...props} variant="light" size="xs">
              {t("market.payments.chooseFile")}
            </Button>
          )}
        </FileButton>
      </Group>
      <Textarea
        value={csv}
        onChange={(e) => setCsv(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={10}
        ff="monospace"
      />
      <Button
        mt="xs"
        onClick={() => match.mutate(csv)}
        loading={match.isPending}
        disabled={csv.trim() === ""}
      >
        {t("market.payments.match")}
      </Button>
      <ErrorAlert error={match.error} />
      {match.data ? (
        <Table mt="sm">
          <Table.Tbody>
            {match.data.map((p) => (
              <ProposalRow key={p.line} p={p} />
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}

export function PaymentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("market.payments.title")} subtitle={t("market.payments.subtitle")} />
      <MarketTabs />
      <PendingTransfers />
      <StatementMatcher />
    </>
  );
}

export default PaymentsPage;
