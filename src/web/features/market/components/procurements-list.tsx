// Procurements with their split across producers: purchase orders (PDF each), why each producer got
// its share, deliveries with their hand-over records (BAST), and the invoice.
import { Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { marketApi } from "../api";
import type { Procurement } from "../api-orders";

type Po = Procurement["purchaseOrders"][number];

/** The contract sends a purchase order's status as a plain string; these are the ones it writes. */
const PO_STATUSES = ["issued", "partly_delivered", "delivered"] as const;
const isPoStatus = (status: string): status is (typeof PO_STATUSES)[number] =>
  (PO_STATUSES as readonly string[]).includes(status);

function ReceiveForm({ po }: { po: Po }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const left = po.quantity - po.delivered;
  const [qty, setQty] = useState<number | string>(left);
  const [by, setBy] = useState("");
  const deliver = useMutation({
    mutationFn: marketApi.delivered,
    onSuccess: () => client.invalidateQueries({ queryKey: ["market", "procurements"] }),
  });
  const n = typeof qty === "number" ? qty : Number(qty);
  return (
    <Stack gap={4} mt={4}>
      <Group gap="xs" align="end" wrap="wrap">
        <NumberInput
          size="xs"
          w={120}
          label={t("market.procurement.receiveQty")}
          min={1}
          max={left}
          value={qty}
          onChange={setQty}
        />
        <TextInput
          size="xs"
          w={160}
          label={t("market.procurement.receivedBy")}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value)}
        />
        <Button
          size="xs"
          variant="light"
          disabled={!(n >= 1 && n <= left)}
          loading={deliver.isPending}
          onClick={() =>
            deliver.mutate({
              id: po.id,
              quantity: po.delivered + n,
              ...(by.trim().length >= 3 ? { receivedBy: by } : {}),
            })
          }
        >
          {t("market.procurement.receive")}
        </Button>
      </Group>
      <ErrorAlert error={deliver.error} />
    </Stack>
  );
}

function PoRow({ po, canDeliver }: { po: Po; canDeliver: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="purchase-order">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" ff="monospace">
          {po.number}
        </Text>
        <Group gap="xs">
          <Text size="sm" fw={700}>
            {po.delivered}/{po.quantity}
          </Text>
          <Badge variant="light" color={po.status === "delivered" ? "teal" : "gray"}>
            {isPoStatus(po.status) ? t(`market.procurement.poStatus.${po.status}`) : po.status}
          </Badge>
        </Group>
      </Group>
      <Text size="sm">{po.producerName}</Text>
      <Text size="xs" c="dimmed">
        {po.explanation}
      </Text>
      <Group gap="md" mt={4} wrap="wrap">
        {canDeliver ? (
          <Anchor size="sm" href={`/api/market/purchase-orders/${po.id}/po.pdf`} target="_blank">
            {t("market.procurement.poPdf")}
          </Anchor>
        ) : null}
        {canDeliver
          ? po.deliveries.map((d) => (
              <Anchor
                key={d.id}
                size="sm"
                href={`/api/market/procurement-deliveries/${d.id}/bast.pdf`}
                target="_blank"
                data-testid="bast"
              >
                {t("market.procurement.bast", { number: d.number, count: d.quantity })}
              </Anchor>
            ))
          : null}
      </Group>
      {canDeliver && po.delivered < po.quantity ? <ReceiveForm po={po} /> : null}
    </Paper>
  );
}

function Card({ p, canDeliver }: { p: Procurement; canDeliver: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" mb="md" data-testid="procurement">
      <Group justify="space-between">
        <Text fw={700}>
          {p.institution} · {p.productName} × {p.assigned}
          {p.unfilled > 0 ? (
            <Badge ml="xs" color="orange" variant="light">
              {t("market.procurement.unfilled", { count: p.unfilled })}
            </Badge>
          ) : null}
        </Text>
        <Group gap="xs">
          <Text size="sm">
            {p.dueDate} · {formatRupiah(p.total)}
          </Text>
          <Anchor href={`/api/market/procurements/${p.id}/invoice.pdf`} target="_blank">
            {t("market.procurement.invoice")}
          </Anchor>
        </Group>
      </Group>
      <Stack gap="xs" mt="xs">
        {p.purchaseOrders.map((po) => (
          <PoRow key={po.id} po={po} canDeliver={canDeliver} />
        ))}
      </Stack>
    </Paper>
  );
}

export function ProcurementsList({ canDeliver }: { canDeliver: boolean }) {
  const list = useQuery({
    queryKey: ["market", "procurements"],
    queryFn: ({ signal }) => marketApi.procurements(signal),
  });
  return (
    <>
      <ErrorAlert error={list.error} />
      {(list.data ?? []).map((p) => (
        <Card key={p.id} p={p} canDeliver={canDeliver} />
      ))}
    </>
  );
}
