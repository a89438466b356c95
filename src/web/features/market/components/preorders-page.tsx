// Pra-pesan: one supply day of a product — its pre-orders, the allocation run (draft, re-runnable)
// and its confirmation at the cut-off.
import { Alert, Badge, Button, Group, Modal, Skeleton, Stack, Table, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTimeId, formatTimeId } from "../../../../shared/dates";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useSubmitOnce } from "../../../lib/submit-once";
import { marketApi } from "../api";
import type { AllocationOut } from "../api-orders";
import { DayFigures } from "./day-figures";
import { MarketTabs } from "./market-tabs";
import { plutDay, zoneOfScope } from "./plut-dates";
import { ProductSelect } from "./product-select";

function RunSummary({ run }: { run: AllocationOut }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={run.confirmed ? "teal" : "blue"}
      variant="light"
      mb="md"
      title={run.confirmed ? t("market.preorders.confirmed") : t("market.preorders.draft")}
      data-testid="run-summary"
    >
      <Text size="sm">{t("market.preorders.policy")}</Text>
      <Text size="sm">
        {t("market.preorders.supply")} {run.supply} · {t("market.preorders.demand")} {run.demand} ·{" "}
        {t("market.preorders.unmet")} {run.unmet} · {t("market.preorders.nothing")} {run.buyersWithNothing} ·{" "}
        {t("market.preorders.seed")} <code>{run.seed}</code>
      </Text>
    </Alert>
  );
}

export function PreordersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const [productId, setProductId] = useState<string | null>(null);
  const [date, setDate] = useState(plutDay(me.scope, 1));
  const [run, setRun] = useState<AllocationOut | null>(null);
  const enabled = Boolean(productId);
  const day = useQuery({
    queryKey: ["market", "day", productId, date],
    queryFn: ({ signal }) => marketApi.day(productId ?? "", date, signal),
    enabled,
  });
  const orders = useQuery({
    queryKey: ["market", "orders", date, "preorder", productId],
    queryFn: ({ signal }) =>
      marketApi.orders({ date, mode: "preorder", productId: productId ?? undefined }, signal),
    enabled,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["market"] });
  const runIt = useMutation({ mutationFn: marketApi.runAllocation, onSuccess: (out) => setRun(out) });
  const [closing, setClosing] = useState(false);
  const once = useSubmitOnce();
  const confirm = useMutation({
    mutationFn: marketApi.confirmAllocation,
    onSuccess: (out) => {
      setClosing(false);
      setRun(out);
      notifications.show({ color: "teal", message: t("market.preorders.confirmed") });
      void refresh();
    },
  });
  const draft = new Map(run?.allocated.map((a) => [a.orderCode, a.quantity]));
  const confirmed = day.data?.run?.confirmed ?? false;
  const tz = zoneOfScope(me.scope);
  // Before the cut-off, confirming closes the date's pre-orders early: the konsultan says so first.
  const early = day.data ? Date.parse(day.data.cutoffAt) > Date.now() : false;
  const confirmRun = () => {
    if (!run) return;
    if (early) setClosing(true);
    else once((settled) => confirm.mutate({ runId: run.runId }, { onSettled: settled }));
  };
  return (
    <>
      <PageHeader title={t("market.preorders.title")} subtitle={t("market.preorders.subtitle")} />
      <MarketTabs />
      <Group align="flex-end" mb="md">
        <ProductSelect
          value={productId}
          onChange={(id) => {
            setProductId(id);
            setRun(null);
          }}
        />
        <TextInput
          type="date"
          label={t("market.supplyDate")}
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
            setRun(null);
          }}
        />
        <Button
          onClick={() => productId && runIt.mutate({ productId, supplyDate: date })}
          loading={runIt.isPending}
          disabled={!productId || confirmed}
        >
          {run ? t("market.preorders.rerun") : t("market.preorders.run")}
        </Button>
        <Button
          color="teal"
          onClick={confirmRun}
          loading={confirm.isPending}
          disabled={!run || run.confirmed || confirmed}
        >
          {t("market.preorders.confirm")}
        </Button>
      </Group>
      <ErrorAlert error={day.error ?? runIt.error ?? (closing ? null : confirm.error)} />
      <Modal opened={closing} onClose={() => setClosing(false)} title={t("market.preorders.closeNowTitle")}>
        <Stack>
          <Text>
            {t("market.preorders.closeNowBody", {
              cutoff: day.data ? formatDateTimeId(new Date(day.data.cutoffAt), tz) : "",
            })}
          </Text>
          <ErrorAlert error={confirm.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClosing(false)}>
              {t("market.orders.back")}
            </Button>
            <Button
              color="orange"
              loading={confirm.isPending}
              onClick={() =>
                run &&
                once((settled) =>
                  confirm.mutate({ runId: run.runId, closeNow: true }, { onSettled: settled }),
                )
              }
            >
              {t("market.preorders.closeNow")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {day.data ? <DayFigures day={day.data} scope={me.scope} /> : null}
      {run ? (
        <RunSummary run={run} />
      ) : confirmed ? (
        <Alert color="teal" variant="light" mb="md">
          {t("market.preorders.confirmed")}
        </Alert>
      ) : null}
      {orders.isLoading ? <Skeleton h={200} /> : null}
      {orders.data ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="preorders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.orders.code")}</Table.Th>
                <Table.Th>{t("market.preorders.buyer")}</Table.Th>
                <Table.Th>{t("market.preorders.origin")}</Table.Th>
                <Table.Th>{t("market.preorders.at")}</Table.Th>
                <Table.Th ta="right">{t("market.preorders.ordered")}</Table.Th>
                <Table.Th ta="right">{t("market.preorders.allocated")}</Table.Th>
                <Table.Th>{t("market.orders.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.data.map((o) => {
                const item = o.items[0];
                const share = draft.get(o.code) ?? item?.allocated;
                return (
                  <Table.Tr key={o.id}>
                    <Table.Td ff="monospace">{o.code}</Table.Td>
                    <Table.Td>
                      {o.buyerName}
                      {o.institution ? (
                        <Badge ml={6} size="xs" variant="light">
                          {o.institution}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{o.originRegionCode ?? "—"}</Table.Td>
                    <Table.Td>{formatTimeId(new Date(o.createdAt), tz)}</Table.Td>
                    <Table.Td ta="right">{item?.quantity ?? 0}</Table.Td>
                    <Table.Td ta="right" fw={700}>
                      {share ?? "—"}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`shop.status.${o.status}` as "shop.status.queued")}</Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </>
  );
}

export default PreordersPage;
