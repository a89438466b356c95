// The order form of a product page: ready stock or pre-order, name + WhatsApp number, quantity,
// pickup or delivery, and where the buyer comes from. After placing, it shows the order code.
import {
  Alert,
  Anchor,
  Button,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../../shared/money";
import { toE164Mobile } from "../../../shared/phone";
import { ErrorAlert } from "../../components/ui/error-alert";
import { fieldErrors } from "../../lib/api";
import { type CatalogueProduct, type PlaceOrderInput, placeOrder } from "./api";
import { campaignTag } from "./campaign";
import { RegionField } from "./region-field";
import { SupplyDateField } from "./supply-date-field";
import { unitName } from "./vocab";

type Form = {
  mode: "ready" | "preorder";
  supplyDate: string;
  quantity: string;
  name: string;
  phone: string;
  type: "individual" | "institution";
  institution: string;
  method: "pickup" | "delivery";
  address: string;
  regionCode: string;
};

function check(form: Form, product: CatalogueProduct): Partial<Record<keyof Form, string>> {
  const errors: Partial<Record<keyof Form, string>> = {};
  const qty = Number(form.quantity);
  if (!/^\d+$/.test(form.quantity.trim()) || qty < product.minOrder || qty > product.maxPerOrder)
    errors.quantity = "shop.invalidQuantity";
  if (form.name.trim().length < 2) errors.name = "shop.required";
  if (toE164Mobile(form.phone) === null) errors.phone = "shop.invalidPhone";
  if (form.type === "institution" && form.institution.trim().length < 2) errors.institution = "shop.required";
  if (form.method === "delivery" && form.address.trim().length < 5) errors.address = "shop.required";
  return errors;
}

function toInput(form: Form, product: CatalogueProduct): PlaceOrderInput {
  const channel = campaignTag();
  return {
    mode: form.mode,
    ...(form.mode === "preorder" ? { supplyDate: form.supplyDate } : {}),
    items: [{ productId: product.id, quantity: Number(form.quantity) }],
    buyer: {
      name: form.name.trim(),
      phone: form.phone.trim(),
      type: form.type,
      ...(form.type === "institution" ? { institution: form.institution.trim() } : {}),
    },
    fulfilment: {
      method: form.method,
      ...(form.method === "delivery" ? { address: form.address.trim() } : {}),
      ...(form.regionCode ? { regionCode: form.regionCode } : {}),
    },
    ...(channel ? { channel: channel.slice(0, 80) } : {}),
  };
}

export function OrderForm({ product }: { product: CatalogueProduct }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>({
    mode: product.stockAvailable > 0 ? "ready" : "preorder",
    supplyDate: product.nextSupplyDate,
    quantity: String(product.minOrder),
    name: "",
    phone: "",
    type: "individual",
    institution: "",
    method: "pickup",
    address: "",
    regionCode: "",
  });
  const [shown, setShown] = useState(false);
  const order = useMutation({ mutationFn: placeOrder });
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errors = shown ? check(form, product) : {};
  const server = fieldErrors(order.error);
  const err = (key: keyof Form, path: string) =>
    errors[key] ? t(errors[key] as "shop.required") : (server[path] ?? server[`body.${path}`]);

  if (order.data) {
    return (
      <Paper withBorder p="lg" radius="md" data-testid="order-placed">
        <Title order={2} fz="h3">
          {t("shop.placedTitle")}
        </Title>
        <Text mt="xs">{t("shop.placedText")}</Text>
        <Text fw={700} fz={28} ff="monospace" data-testid="order-code">
          {order.data.code}
        </Text>
        {order.data.status === "queued" ? (
          <Text mt="xs" data-testid="placed-pay-rule">
            {t("shop.placedPayRule", { count: product.plut?.paymentHours ?? 24 })}
          </Text>
        ) : null}
        <Anchor
          renderRoot={(props) => (
            <Link to="/toko/pesanan/$code" params={{ code: order.data.code }} {...props} />
          )}
        >
          {t("shop.placedTrack")}
        </Anchor>
      </Paper>
    );
  }
  const qty = Number(form.quantity) || 0;
  const dateClosed =
    form.mode === "preorder" && !product.supplyDates.some((d) => d.date === form.supplyDate && d.open);
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if (Object.keys(check(form, product)).length === 0) order.mutate(toInput(form, product));
      }}
    >
      <Title order={2} fz="h3" mb="sm">
        {t("shop.orderTitle")}
      </Title>
      <Stack gap="sm">
        <SegmentedControl
          value={form.mode}
          onChange={(v) => set("mode", v as Form["mode"])}
          data={[
            { value: "ready", label: t("shop.modeReady"), disabled: product.stockAvailable === 0 },
            { value: "preorder", label: t("shop.modePreorder") },
          ]}
        />
        {form.mode === "ready" ? (
          <Text size="sm" c="dimmed">
            {t("shop.modeReadyHint", { count: product.stockAvailable })}
          </Text>
        ) : (
          <SupplyDateField product={product} value={form.supplyDate} onChange={(d) => set("supplyDate", d)} />
        )}
        <TextInput
          label={t("shop.quantity", { unit: unitName(product.unit, t) })}
          inputMode="numeric"
          value={form.quantity}
          onChange={(e) => set("quantity", e.currentTarget.value)}
          description={t("shop.quantityHint", { max: product.maxPerOrder })}
          error={err("quantity", "items.0.quantity")}
        />
        <TextInput
          label={t("shop.name")}
          value={form.name}
          onChange={(e) => set("name", e.currentTarget.value)}
          error={err("name", "buyer.name")}
          autoComplete="name"
        />
        <TextInput
          label={t("shop.phone")}
          type="tel"
          inputMode="tel"
          value={form.phone}
          onChange={(e) => set("phone", e.currentTarget.value)}
          description={t("shop.phoneHint")}
          error={err("phone", "buyer.phone")}
          autoComplete="tel"
        />
        <SegmentedControl
          value={form.type}
          onChange={(v) => set("type", v as Form["type"])}
          data={[
            { value: "individual", label: t("shop.individual") },
            { value: "institution", label: t("shop.institution") },
          ]}
          aria-label={t("shop.buyerType")}
        />
        {form.type === "institution" ? (
          <TextInput
            label={t("shop.institutionName")}
            value={form.institution}
            onChange={(e) => set("institution", e.currentTarget.value)}
            error={err("institution", "buyer.institution")}
          />
        ) : null}
        <SegmentedControl
          value={form.method}
          onChange={(v) => set("method", v as Form["method"])}
          data={[
            { value: "pickup", label: t("shop.pickup") },
            { value: "delivery", label: t("shop.delivery") },
          ]}
          aria-label={t("shop.fulfilment")}
        />
        {form.method === "delivery" ? (
          <Textarea
            label={t("shop.address")}
            value={form.address}
            onChange={(e) => set("address", e.currentTarget.value)}
            error={err("address", "fulfilment.address")}
            autosize
            minRows={2}
          />
        ) : null}
        <RegionField value={form.regionCode} onChange={(code) => set("regionCode", code)} />
        <Text fw={600}>
          {t("shop.total")}: {formatRupiah(qty * product.price)}
        </Text>
        {order.error && Object.keys(server).length === 0 ? <ErrorAlert error={order.error} /> : null}
        {order.error && Object.keys(server).length > 0 ? (
          <Alert color="red" variant="light">
            {order.error.message}
          </Alert>
        ) : null}
        <Button type="submit" loading={order.isPending} disabled={dateClosed} size="md">
          {t("shop.submit")}
        </Button>
      </Stack>
    </Paper>
  );
}
