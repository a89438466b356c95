// Counter actions on one order: paid in cash, handed over, cancelled.
import { Button, Group } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { marketApi, type StaffOrder } from "../api";
import { DeliveryButton } from "./delivery-button";

export function OrderActions({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: ["market", "orders"] });
  const pay = useMutation({ mutationFn: marketApi.pay, onSuccess: done });
  const fulfil = useMutation({ mutationFn: marketApi.fulfil, onSuccess: done });
  const cancel = useMutation({ mutationFn: marketApi.cancel, onSuccess: done });
  const open = order.status === "reserved" || order.status === "allocated";
  if (!open) return null;
  return (
    <Group gap={4} wrap="nowrap" className="no-print">
      {order.paymentStatus !== "paid" ? (
        <Button
          size="compact-xs"
          variant="light"
          color="teal"
          loading={pay.isPending}
          onClick={() => pay.mutate(order.id)}
        >
          {t("market.orders.pay")}
        </Button>
      ) : null}
      {order.fulfilment === "delivery" ? <DeliveryButton order={order} /> : null}
      <Button
        size="compact-xs"
        variant="light"
        loading={fulfil.isPending}
        onClick={() => fulfil.mutate(order.id)}
      >
        {t("market.orders.fulfil")}
      </Button>
      {order.paymentStatus !== "paid" ? (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          loading={cancel.isPending}
          onClick={() => cancel.mutate(order.id)}
        >
          {t("market.orders.cancel")}
        </Button>
      ) : null}
    </Group>
  );
}
