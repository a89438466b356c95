// How the buyer pays an order: a QRIS code with the exact amount, or a bank transfer of the amount
// with its unique code and an upload of the transfer proof; the PDF receipt once paid.
import { Alert, Anchor, Button, FileButton, Group, Image, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../shared/money";
import { api, isApiError } from "../../lib/api";
import { fetchPaymentOptions, type TrackedOrder } from "./api";

function QrisCode({ payload, label }: { payload: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import("qrcode").then((qr) =>
      qr.toDataURL(payload, { margin: 1, width: 260 }).then((d) => live && setSrc(d)),
    );
    return () => {
      live = false;
    };
  }, [payload]);
  return src ? (
    <Image src={src} alt={label} w={200} h={200} data-testid="qris" />
  ) : (
    <div style={{ width: 200, height: 200 }} />
  );
}

/** `phoneLast4`: given once the buyer proved the order is theirs; the receipt then carries their name. */
export function PaymentBox({ order, phoneLast4 }: { order: TrackedOrder; phoneLast4?: string | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [sent, setSent] = useState<string | null>(null);
  const options = useQuery({
    queryKey: ["shop", "payment", order.code, order.paymentStatus],
    queryFn: ({ signal }) => fetchPaymentOptions(order.code, signal),
  });
  if (order.paymentStatus === "paid") {
    return (
      <Anchor
        href={`/api/market/orders/${encodeURIComponent(order.code)}/receipt.pdf${phoneLast4 ? `?phone=${phoneLast4}` : ""}`}
        target="_blank"
      >
        {t("shop.pay.receipt")}
      </Anchor>
    );
  }
  const o = options.data;
  if (!o?.payable) return null;
  const upload = async (file: File | null) => {
    if (!file) return;
    const body = new FormData();
    body.append("file", file, file.name);
    try {
      await api.upload<unknown>(`/api/market/orders/${encodeURIComponent(order.code)}/proof`, body);
    } catch (error) {
      // The server says why (too large, not an image, already paid) in the error envelope.
      setSent(isApiError(error) ? error.message : t("shop.pay.proofFailed"));
      return;
    }
    setSent(t("shop.pay.proofSent"));
    await client.invalidateQueries({ queryKey: ["shop", "order"] });
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} fz="h4" mb="xs">
        {t("shop.pay.title", { amount: formatRupiah(o.amount) })}
      </Title>
      {order.paymentStatus === "pending" ? (
        <Alert variant="light" mb="sm">
          {t("shop.pay.pending")}
        </Alert>
      ) : null}
      <Group align="flex-start" gap="xl">
        {o.qris ? (
          <Stack gap={4} align="center">
            <Text fw={600}>QRIS</Text>
            <QrisCode payload={o.qris} label="QRIS" />
            <Text size="xs" c="dimmed" maw={220} ta="center">
              {t("shop.pay.qrisHint")}
            </Text>
          </Stack>
        ) : null}
        {o.transfer ? (
          <Stack gap={4} maw={320}>
            <Text fw={600}>{t("shop.pay.transfer")}</Text>
            <Text size="sm">{o.transfer.account}</Text>
            <Text fz="xl" fw={700} data-testid="transfer-amount">
              {formatRupiah(o.transfer.amount)}
            </Text>
            <Text size="xs" c="dimmed">
              {t("shop.pay.uniqueHint", { code: o.transfer.uniqueCode })}
            </Text>
            <FileButton
              onChange={(f) => void upload(f)}
              accept="image/png,image/jpeg,image/webp,application/pdf"
            >
              {(props) => (
                <Button {...props} variant="light" size="sm" mt="xs">
                  {t("shop.pay.uploadProof")}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t("shop.pay.proofHint")}
            </Text>
            {sent ? <Text size="sm">{sent}</Text> : null}
          </Stack>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed" mt="sm">
        {t(order.fulfilment.method === "delivery" ? "shop.pay.cashDelivery" : "shop.pay.cash")}
      </Text>
    </Paper>
  );
}
