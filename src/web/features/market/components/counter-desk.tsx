// The counter's desk above the day list: type, paste or scan an order code (a scanner types the QR's
// tracking link and Enter) to open that order with its actions, and today's cash in the PLUT's zone.
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { plutApi } from "../api-plut";
import { OrderActions } from "./order-actions";

function FoundOrder({ code }: { code: string }) {
  const { t } = useTranslation();
  const order = useQuery({
    queryKey: ["market", "orders", "by-code", code],
    queryFn: ({ signal }) => plutApi.byCode(code, signal),
    retry: false,
  });
  if (order.error) return <ErrorAlert error={order.error} />;
  const o = order.data;
  if (!o) return null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="found-order">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={700} ff="monospace">
          {o.code}
        </Text>
        <Group gap={4}>
          <Badge variant="light">
            {t(
              (o.fulfilment === "delivery" && ["reserved", "allocated", "fulfilled"].includes(o.status)
                ? `shop.statusDelivery.${o.status}`
                : `shop.status.${o.status}`) as "shop.status.queued",
            )}
          </Badge>
          <Badge variant="light" color={o.paymentStatus === "paid" ? "teal" : "gray"}>
            {t(`shop.payment.${o.paymentStatus}` as "shop.payment.paid")}
          </Badge>
        </Group>
      </Group>
      <Text size="sm">
        {o.institution ?? o.buyerName} · {o.buyerPhone}
      </Text>
      <Text size="sm">
        {o.items.map((i) => `${i.productName} × ${i.allocated ?? i.quantity}`).join(", ")} ·{" "}
        <b>{formatRupiah(o.total)}</b>
      </Text>
      <Group mt="xs">
        <OrderActions order={o} />
      </Group>
    </Paper>
  );
}

function CashBox() {
  const { t } = useTranslation();
  const cash = useQuery({
    queryKey: ["market", "orders", "cash"],
    queryFn: ({ signal }) => plutApi.cashToday(signal),
  });
  if (!cash.data) return <ErrorAlert error={cash.error} />;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="cash-today">
      <Text size="sm" c="dimmed">
        {t("market.counter.cashTitle")}
      </Text>
      <Text fw={700} fz="xl" data-testid="cash-total">
        {formatRupiah(cash.data.total)}
      </Text>
      <Text size="xs" c="dimmed">
        {t("market.counter.cashCount", { count: cash.data.count })}
      </Text>
      {cash.data.byStaff.map((s) => (
        <Text size="xs" key={s.staff}>
          {s.staff}: {formatRupiah(s.total)}
        </Text>
      ))}
    </Paper>
  );
}

export function CounterDesk() {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [code, setCode] = useState<string | null>(null);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" className="no-print">
      <Stack gap="xs">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) setCode(text.trim());
            setText("");
          }}
        >
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              label={t("market.counter.codeLabel")}
              placeholder={t("market.counter.codePlaceholder")}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="counter-code"
            />
            <Button type="submit" variant="light">
              {t("market.counter.open")}
            </Button>
          </Group>
        </form>
        {code ? <FoundOrder code={code} /> : null}
      </Stack>
      <CashBox />
    </SimpleGrid>
  );
}
