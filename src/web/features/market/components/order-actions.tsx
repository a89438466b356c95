// Counter actions on one order, as the order's life-cycle allows them: record the payment, hand over
// (an unpaid order only with its cash recorded in the same step), refund with a reason, cancel.
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../../shared/money";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { useSubmitOnce } from "../../../lib/submit-once";
import { marketApi } from "../api";
import type { StaffOrder } from "../api-orders";
import { DeliveryButton } from "./delivery-button";

type Dialog = "handover" | "refund" | "cancel" | null;

export function OrderActions({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState("");
  const done = () => {
    setDialog(null);
    return client.invalidateQueries({ queryKey: ["market", "orders"] });
  };
  const once = useSubmitOnce();
  const pay = useMutation({ mutationFn: marketApi.pay, onSuccess: done });
  const fulfil = useMutation({ mutationFn: marketApi.fulfil, onSuccess: done });
  const cancel = useMutation({ mutationFn: marketApi.cancel, onSuccess: done });
  const refund = useMutation({ mutationFn: marketApi.refund, onSuccess: done });
  const holding = order.status === "reserved" || order.status === "allocated";
  const paid = order.paymentStatus === "paid";
  // A hand-over recorded unpaid before the life-cycle rules may still get its cash recorded.
  const owes = !paid && order.paymentStatus !== "refunded" && order.total > 0;
  const canPay = owes && (holding || order.status === "fulfilled");
  const canRefund = paid && (holding || order.status === "fulfilled");
  if (!holding && !canPay && !canRefund) return null;
  const handOver = () =>
    owes ? setDialog("handover") : once((settled) => fulfil.mutate({ id: order.id }, { onSettled: settled }));
  return (
    <Group gap={4} wrap="nowrap" className="no-print">
      {canPay ? (
        <Button
          size="compact-xs"
          variant="light"
          color="teal"
          loading={pay.isPending}
          onClick={() => once((settled) => pay.mutate(order.id, { onSettled: settled }))}
        >
          {t("market.orders.pay")}
        </Button>
      ) : null}
      {holding && order.fulfilment === "delivery" ? <DeliveryButton order={order} /> : null}
      {holding ? (
        <Button size="compact-xs" variant="light" loading={fulfil.isPending} onClick={handOver}>
          {t(order.fulfilment === "delivery" ? "market.orders.fulfilDelivery" : "market.orders.fulfil")}
        </Button>
      ) : null}
      {holding && !paid ? (
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDialog("cancel")}>
          {t("market.orders.cancel")}
        </Button>
      ) : null}
      {canRefund ? (
        <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setDialog("refund")}>
          {t("market.orders.refund")}
        </Button>
      ) : null}
      <ErrorAlert error={dialog ? null : (pay.error ?? fulfil.error)} />
      <Modal
        opened={dialog === "handover"}
        onClose={() => setDialog(null)}
        title={t("market.orders.handoverTitle")}
      >
        <Stack>
          <Text>
            {t("market.orders.handoverCash", { code: order.code, amount: formatRupiah(order.total) })}
          </Text>
          <ErrorAlert error={fulfil.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t("market.orders.back")}
            </Button>
            <Button
              loading={fulfil.isPending}
              onClick={() => fulfil.mutate({ id: order.id, cashReceived: order.total })}
            >
              {t("market.orders.handoverConfirm", { amount: formatRupiah(order.total) })}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={dialog === "cancel"}
        onClose={() => setDialog(null)}
        title={t("market.orders.cancelTitle")}
      >
        <Stack>
          <Text size="sm">
            {t(order.mode === "preorder" ? "market.orders.cancelPreorder" : "market.orders.cancelReady", {
              code: order.code,
            })}
          </Text>
          <ErrorAlert error={cancel.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t("market.orders.back")}
            </Button>
            <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate(order.id)}>
              {t("market.orders.cancelConfirm", { code: order.code })}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={dialog === "refund"}
        onClose={() => setDialog(null)}
        title={t("market.orders.refundTitle")}
      >
        <Stack>
          <Text size="sm">
            {t(order.status === "fulfilled" ? "market.orders.refundAfter" : "market.orders.refundBefore", {
              code: order.code,
              amount: formatRupiah(order.total),
            })}
          </Text>
          <Textarea
            label={t("market.orders.refundReason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <ErrorAlert error={refund.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t("market.orders.back")}
            </Button>
            <Button
              color="orange"
              disabled={!reason.trim()}
              loading={refund.isPending}
              onClick={() => refund.mutate({ id: order.id, reason })}
            >
              {t("market.orders.refundConfirm", { amount: formatRupiah(order.total) })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
