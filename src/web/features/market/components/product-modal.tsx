// "Tambah produk": name, unit, category, price (typed the Indonesian way), limits, description.
import { Button, Group, Modal, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseRupiah } from "../../../../shared/money-parse";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { marketApi } from "../api";

type Draft = {
  name: string;
  unit: string;
  unitLabel: string;
  category: string;
  price: string;
  maxPerOrder: number | string;
  perBuyerCap: number | string;
  description: string;
  codePrefix: string;
};
const blank: Draft = {
  name: "",
  unit: "lembar",
  unitLabel: "",
  category: "",
  price: "",
  maxPerOrder: "",
  perBuyerCap: "",
  description: "",
  codePrefix: "",
};

const optionalInt = (v: number | string) => (typeof v === "number" && v > 0 ? v : null);

export function ProductModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(blank);
  const [priceError, setPriceError] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: marketApi.createProduct,
    onSuccess: () => {
      notifications.show({ message: t("market.products.created"), color: "teal" });
      void client.invalidateQueries({ queryKey: ["market", "products"] });
      setDraft(blank);
      onClose();
    },
  });
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const price = parseRupiah(draft.price);
    if (!price.ok) return setPriceError(t("market.products.priceInvalid"));
    setPriceError(undefined);
    create.mutate({
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      category: draft.category.trim(),
      price: price.value,
      ...(draft.unitLabel.trim() ? { unitLabel: draft.unitLabel.trim() } : {}),
      maxPerOrder: optionalInt(draft.maxPerOrder),
      perBuyerCap: optionalInt(draft.perBuyerCap),
      description: draft.description.trim(),
      ...(draft.codePrefix.trim() ? { codePrefix: draft.codePrefix.trim().toUpperCase() } : {}),
    });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t("market.products.add")} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label={t("market.products.name")}
            required
            value={draft.name}
            onChange={(e) => set("name", e.currentTarget.value)}
          />
          <Group grow>
            <TextInput
              label={t("market.products.price")}
              required
              inputMode="decimal"
              placeholder="Rp5.000"
              value={draft.price}
              onChange={(e) => set("price", e.currentTarget.value)}
              error={priceError}
            />
            <TextInput
              label={t("market.products.unit")}
              required
              value={draft.unit}
              onChange={(e) => set("unit", e.currentTarget.value)}
            />
          </Group>
          <Group grow>
            <TextInput
              label={t("market.products.category")}
              required
              value={draft.category}
              onChange={(e) => set("category", e.currentTarget.value)}
            />
            <TextInput
              label={t("market.products.unitLabel")}
              value={draft.unitLabel}
              onChange={(e) => set("unitLabel", e.currentTarget.value)}
            />
          </Group>
          <Group grow>
            <NumberInput
              label={t("market.products.maxPerOrder")}
              min={1}
              value={draft.maxPerOrder}
              onChange={(v) => set("maxPerOrder", v)}
            />
            <NumberInput
              label={t("market.products.perBuyerCap")}
              min={1}
              value={draft.perBuyerCap}
              onChange={(v) => set("perBuyerCap", v)}
            />
            <TextInput
              label={t("market.products.codePrefix")}
              maxLength={4}
              value={draft.codePrefix}
              onChange={(e) => set("codePrefix", e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label={t("market.products.description")}
            autosize
            minRows={2}
            value={draft.description}
            onChange={(e) => set("description", e.currentTarget.value)}
          />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
