// Sending a delivery order: ojek online in the city or a courier elsewhere, fee and tracking number.
import { Button, Popover, SegmentedControl, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { parseRupiah } from "../../../../shared/money-parse";
import { marketApi } from "../api";
import type { StaffOrder } from "../api-orders";

export function DeliveryButton({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [carrier, setCarrier] = useState<"ojek" | "courier">(
    order.originRegionCode?.startsWith("62.71") ? "ojek" : "courier",
  );
  const [fee, setFee] = useState("");
  const [tracking, setTracking] = useState("");
  const save = useMutation({
    mutationFn: marketApi.setDelivery,
    onSuccess: () => client.invalidateQueries({ queryKey: ["market", "orders"] }),
  });
  const send = (status: "sent" | "delivered") => {
    const parsed = parseRupiah(fee || "0");
    save.mutate({
      id: order.id,
      carrier,
      fee: parsed.ok ? parsed.value : 0,
      status,
      ...(tracking ? { trackingNumber: tracking } : {}),
    });
  };
  return (
    <Popover width={260} position="bottom-end" withArrow>
      <Popover.Target>
        <Button size="compact-xs" variant="light" color="grape">
          {t("market.orders.deliver")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <SegmentedControl
            size="xs"
            value={carrier}
            onChange={(v) => setCarrier(v as "ojek" | "courier")}
            data={[
              { value: "ojek", label: t("shop.carrier.ojek") },
              { value: "courier", label: t("shop.carrier.courier") },
            ]}
          />
          <TextInput
            size="xs"
            label={t("market.orders.fee")}
            placeholder="Rp10.000"
            value={fee}
            onChange={(e) => setFee(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            label={t("market.orders.tracking")}
            value={tracking}
            onChange={(e) => setTracking(e.currentTarget.value)}
          />
          <Button size="xs" loading={save.isPending} onClick={() => send("sent")}>
            {t("market.orders.sent")}
          </Button>
          <Button size="xs" variant="light" loading={save.isPending} onClick={() => send("delivered")}>
            {t("market.orders.delivered")}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
