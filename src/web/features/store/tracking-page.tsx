// /toko/pesanan/<code>: an order's status for its buyer, and why each line received what it did
// ("Anda memesan 200; 2.000 masker untuk 57 pembeli; Anda menerima 35. …").
import { Alert, Anchor, Badge, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../shared/money";
import { PublicFrame } from "../../components/public-frame";
import { ErrorAlert } from "../../components/ui/error-alert";
import { fetchOrder, type OrderStatus, type TrackedOrder } from "./api";
import { BuyerDetails } from "./buyer-details";
import { formatDay, formatInstant, zoneOf } from "./format";
import { PaymentBox } from "./payment-box";
import { PlutCard } from "./plut-card";
import { orderStatusKey } from "./status-label";

const STATUS_COLOR: Record<OrderStatus, string> = {
  queued: "blue",
  reserved: "teal",
  allocated: "teal",
  waitlisted: "orange",
  cancelled: "red",
  fulfilled: "gray",
};

function StatusNote({ order }: { order: TrackedOrder }) {
  const { t, i18n } = useTranslation();
  if (order.status === "queued" && order.supplyDate) {
    return (
      <Alert variant="light">
        {t("shop.queuedText", { date: formatDay(order.supplyDate, i18n.language) })}
      </Alert>
    );
  }
  if (order.status === "waitlisted")
    return (
      <Alert variant="light" color="orange">
        {t("shop.waitlistedText")}
      </Alert>
    );
  if (order.status === "cancelled" && order.message === "expired")
    return (
      <Alert variant="light" color="red" data-testid="expired-note">
        {t("shop.expiredText")}
      </Alert>
    );
  if (order.status === "cancelled" && order.message === "cancelled_unmet")
    return (
      <Alert variant="light" color="red">
        {t("shop.cancelledText")}
      </Alert>
    );
  return null;
}

/** The payment deadline of an allocation or a wait-list offer, while it is unpaid. */
function DeadlineNote({ order }: { order: TrackedOrder }) {
  const { t, i18n } = useTranslation();
  if (!order.payBy || order.status !== "allocated" || order.paymentStatus !== "unpaid") return null;
  const deadline = formatInstant(order.payBy, zoneOf(order.regionCode), i18n.language);
  return (
    <Alert variant="light" color="yellow" data-testid="pay-by">
      {order.offer ? (
        <Text fw={600}>{t(order.offer === "topup" ? "shop.topUpTitle" : "shop.offerTitle")}</Text>
      ) : null}
      {t("shop.payBy", { deadline })}
    </Alert>
  );
}

function OrderView({ order }: { order: TrackedOrder }) {
  const { t, i18n } = useTranslation();
  const [digits, setDigits] = useState<string | null>(null);
  const details = useQuery({
    queryKey: ["shop", "order", order.code, "buyer", digits],
    queryFn: ({ signal }) => fetchOrder(order.code, signal, digits ?? undefined),
    enabled: digits !== null,
    retry: false,
  });
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge size="lg" color={STATUS_COLOR[order.status]} data-testid="order-status">
          {t(orderStatusKey(order.status, order.fulfilment.method))}
        </Badge>
        <Badge size="lg" variant="light" color={order.paymentStatus === "paid" ? "teal" : "gray"}>
          {t(`shop.payment.${order.paymentStatus}`)}
        </Badge>
      </Group>
      {order.supplyDate ? (
        <Text>
          {t("shop.supplyDate")}: <b>{formatDay(order.supplyDate, i18n.language)}</b>
        </Text>
      ) : null}
      <StatusNote order={order} />
      <DeadlineNote order={order} />
      {order.delivery ? (
        <Text data-testid="delivery">
          {t("shop.delivery")}: {t(`shop.carrier.${order.delivery.carrier}`)} ·{" "}
          {formatRupiah(order.delivery.fee)}
          {order.delivery.trackingNumber ? ` · ${order.delivery.trackingNumber}` : ""} ·{" "}
          {t(`shop.deliveryStatus.${order.delivery.status}`)}
        </Text>
      ) : null}
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t("shop.ordered")}</Table.Th>
            <Table.Th ta="right">{t("shop.received")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.items.map((item) => (
            <Table.Tr key={item.productId}>
              <Table.Td>{item.productName}</Table.Td>
              <Table.Td ta="right">{item.quantity}</Table.Td>
              <Table.Td ta="right" fw={700} data-testid="allocated">
                {order.mode === "preorder" && order.status === "queued" ? "—" : item.allocated}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {order.explanation ? (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Text fw={600} mb={4}>
            {t("shop.explanationTitle")}
          </Text>
          <Text data-testid="explanation">{order.explanation}</Text>
        </Paper>
      ) : null}
      <Text fw={600}>
        {t("shop.total")}: {formatRupiah(order.total)}
      </Text>
      <BuyerDetails
        revealed={details.data}
        error={details.error}
        pending={details.isFetching}
        onDigits={setDigits}
      />
      <PaymentBox order={order} phoneLast4={details.data?.buyer.revealed ? digits : null} />
      {order.plut ? <PlutCard plut={order.plut} code={order.code} /> : null}
    </Stack>
  );
}

export function TrackingPage() {
  const { t } = useTranslation();
  const { code } = useParams({ from: "/toko/pesanan/$code" });
  const order = useQuery({
    queryKey: ["shop", "order", code],
    queryFn: ({ signal }) => fetchOrder(code, signal),
    retry: false,
  });
  return (
    <PublicFrame>
      <Anchor size="sm" renderRoot={(props) => <Link to="/toko" {...props} />}>
        ← {t("store.backToStore")}
      </Anchor>
      <Title order={1} fz={{ base: "h2", sm: "h1" }} mt="sm" mb="md" ff="monospace">
        {t("shop.trackTitle", { code: order.data?.code ?? code })}
      </Title>
      <ErrorAlert error={order.error} title={t("shop.notFound")} />
      {order.data ? <OrderView order={order.data} /> : order.isPending ? <Skeleton h={200} /> : null}
    </PublicFrame>
  );
}

export default TrackingPage;
