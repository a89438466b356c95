// Bagi hasil: each producer's share of the period's paid sales; close the period, pay, print.
import { Anchor, Badge, Button, Group, Modal, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { marketApi } from "../api";
import { MarketTabs } from "./market-tabs";
import { monthToDate, PeriodPicker } from "./period-picker";
import { plutDay } from "./plut-dates";

export function SettlementsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const [period, setPeriod] = useState(monthToDate(plutDay(me.scope)));
  const rows = useQuery({
    queryKey: ["market", "settlements", period],
    queryFn: ({ signal }) => marketApi.settlements(period.from, period.to, signal),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["market", "settlements"] });
  const [confirming, setConfirming] = useState(false);
  const close = useMutation({
    mutationFn: marketApi.closeSettlements,
    onSuccess: () => {
      setConfirming(false);
      return refresh();
    },
  });
  const pay = useMutation({ mutationFn: marketApi.paySettlement, onSuccess: refresh });
  const preview = rows.data?.some((r) => r.status === "preview") ?? false;
  const totals = (rows.data ?? []).reduce(
    (a, r) => ({ net: a.net + r.netSales, payable: a.payable + r.payable }),
    { net: 0, payable: 0 },
  );
  return (
    <>
      <PageHeader title={t("market.settlement.title")} subtitle={t("market.settlement.subtitle")} />
      <MarketTabs />
      <Group align="flex-end" mb="md">
        <PeriodPicker value={period} onChange={setPeriod} />
        <Button disabled={!preview} onClick={() => setConfirming(true)}>
          {t("market.settlement.close")}
        </Button>
        <Anchor href={`/api/market/admin/settlements.xlsx?from=${period.from}&to=${period.to}`}>
          {t("market.settlement.xlsx")}
        </Anchor>
      </Group>
      <ErrorAlert error={rows.error ?? pay.error} />
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("market.settlement.confirmTitle", period)}
      >
        <Stack>
          <Text>
            {t("market.settlement.confirmBody", {
              producers: rows.data?.length ?? 0,
              net: formatRupiah(totals.net),
              payable: formatRupiah(totals.payable),
            })}
          </Text>
          <ErrorAlert error={close.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("market.settlement.cancel")}
            </Button>
            <Button loading={close.isPending} onClick={() => close.mutate(period)}>
              {t("market.settlement.confirmClose")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {rows.isPending ? <Skeleton h={200} /> : null}
      {rows.data ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.tabs.producers")}</Table.Th>
                <Table.Th ta="right">{t("market.stock.sold")}</Table.Th>
                <Table.Th ta="right">{t("market.settlement.net")}</Table.Th>
                <Table.Th ta="right">{t("market.settlement.share")}</Table.Th>
                <Table.Th ta="right">{t("market.settlement.payable")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.data.map((r) => (
                <Table.Tr key={r.producerId}>
                  <Table.Td>{r.producerName}</Table.Td>
                  <Table.Td ta="right">{r.unitsSold}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(r.netSales)}</Table.Td>
                  <Table.Td ta="right">{r.producerShareBps / 100} %</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {formatRupiah(r.payable)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Badge variant="light" color={r.status === "paid" ? "teal" : "gray"}>
                        {t(`market.settlement.status.${r.status}`)}
                      </Badge>
                      {r.id ? (
                        <Anchor
                          size="sm"
                          href={`/api/market/settlements/${r.id}/statement.pdf`}
                          target="_blank"
                        >
                          PDF
                        </Anchor>
                      ) : null}
                      {r.id && r.status === "open" ? (
                        <Button size="compact-xs" variant="light" onClick={() => r.id && pay.mutate(r.id)}>
                          {t("market.settlement.markPaid")}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </>
  );
}

export default SettlementsPage;
