// Pesanan harian: the day's pickup list — pre-orders for this supply date and ready-stock purchases
// made on this day — with cash payment and hand-over at the counter.
import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Skeleton,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { marketApi } from "../api";
import type { StaffOrder } from "../api-orders";
import { CounterDesk } from "./counter-desk";
import { MarketTabs } from "./market-tabs";
import { OrderActions } from "./order-actions";
import { plutDay } from "./plut-dates";

function units(order: StaffOrder): string {
  return order.items.map((i) => `${i.productName} × ${i.allocated ?? i.quantity}`).join(", ");
}

export function OrdersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [date, setDate] = useState(plutDay(me.scope));
  const [mode, setMode] = useState<"all" | "ready" | "preorder">("all");
  const orders = useQuery({
    queryKey: ["market", "orders", date, mode],
    queryFn: ({ signal }) => marketApi.orders({ date, ...(mode === "all" ? {} : { mode }) }, signal),
  });
  return (
    <>
      <PageHeader
        title={t("market.orders.title")}
        subtitle={t("market.orders.subtitle")}
        actions={
          <Button variant="default" className="no-print" onClick={() => window.print()}>
            {t("market.orders.print")}
          </Button>
        }
      />
      <MarketTabs />
      <CounterDesk />
      <Group align="flex-end" mb="md">
        <TextInput
          type="date"
          label={t("market.date")}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <SegmentedControl
          className="no-print"
          value={mode}
          onChange={(v) => setMode(v as typeof mode)}
          data={[
            { value: "all", label: t("market.orders.all") },
            { value: "preorder", label: t("market.orders.preorder") },
            { value: "ready", label: t("market.orders.ready") },
          ]}
        />
      </Group>
      <ErrorAlert error={orders.error} />
      {orders.isPending ? <Skeleton h={200} /> : null}
      {orders.data?.length === 0 ? <Text c="dimmed">{t("market.orders.empty")}</Text> : null}
      {orders.data?.length ? (
        <Table.ScrollContainer minWidth={820} className="print-list">
          <Table striped data-testid="day-orders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("market.orders.code")}</Table.Th>
                <Table.Th>{t("market.orders.buyer")}</Table.Th>
                <Table.Th>{t("market.orders.items")}</Table.Th>
                <Table.Th ta="right">{t("market.orders.total")}</Table.Th>
                <Table.Th>{t("market.orders.status")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.data.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td ff="monospace">{o.code}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{o.institution ?? o.buyerName}</Text>
                    <Anchor
                      size="xs"
                      href={`https://wa.me/${o.buyerPhone.replace(/\D/g, "")}?text=${encodeURIComponent(o.code)}`}
                      target="_blank"
                    >
                      {o.buyerPhone}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{units(o)}</Text>
                    <Text size="xs" c="dimmed">
                      {o.fulfilment === "delivery" ? o.deliveryAddress : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatRupiah(o.total)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light">
                        {t(
                          (o.fulfilment === "delivery" &&
                          ["reserved", "allocated", "fulfilled"].includes(o.status)
                            ? `shop.statusDelivery.${o.status}`
                            : `shop.status.${o.status}`) as "shop.status.queued",
                        )}
                      </Badge>
                      <Badge variant="light" color={o.paymentStatus === "paid" ? "teal" : "gray"}>
                        {t(`shop.payment.${o.paymentStatus}` as "shop.payment.paid")}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <OrderActions order={o} />
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

export default OrdersPage;
