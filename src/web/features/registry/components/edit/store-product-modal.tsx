// "Jadikan produk toko": one step from a production pivot to a product of the PLUT store. The
// store's API makes it and keeps the pivot's id; the business becomes the product's producer.
import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Pivot } from "../../../../../server/modules/registry/contract-business-page";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { fieldErrors } from "../../../../lib/api-error";
import { isProblem, readMoney } from "../../forms/check-business";
import { useCreateStoreProduct } from "../../hooks/use-corrections";

export function StoreProductModal({ pivot, onClose }: { pivot: Pivot | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useCreateStoreProduct();
  const [draft, setDraft] = useState({ name: "", unit: "", category: "", price: "" });
  const [tried, setTried] = useState(false);
  const server = fieldErrors(save.error);
  const name = draft.name || pivot?.after || "";
  const price = readMoney(draft.price);
  const required = t("registry.check.required");
  const local: Record<string, string> = {};
  if (name.trim().length < 2) local.name = required;
  if (draft.unit.trim() === "") local.unit = required;
  if (draft.category.trim().length < 2) local.category = required;
  if (price === null) local.price = required;
  else if (isProblem(price)) local.price = t("registry.check.moneyInvalid");
  const close = () => {
    save.reset();
    setDraft({ name: "", unit: "", category: "", price: "" });
    setTried(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!pivot || Object.keys(local).length > 0 || typeof price !== "number") return;
    const body = {
      pivotId: pivot.id,
      name: name.trim(),
      unit: draft.unit.trim(),
      category: draft.category.trim(),
      price,
    };
    save.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: t("registry.edit.storeDone") });
        close();
      },
    });
  };
  const field = (key: keyof typeof draft, value = draft[key]) => ({
    value,
    onChange: (e: { currentTarget: { value: string } }) => {
      const next = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: next }));
    },
    error: server[key] ?? (tried ? local[key] : undefined),
  });
  return (
    <Modal opened={pivot !== null} onClose={close} title={t("registry.edit.storeTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("registry.edit.storeIntro")}
          </Text>
          {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
          <TextInput label={t("registry.edit.productName")} required {...field("name", name)} />
          <Group grow align="flex-start">
            <TextInput
              label={t("registry.edit.productPrice")}
              inputMode="numeric"
              required
              {...field("price")}
            />
            <TextInput label={t("registry.edit.productUnit")} required {...field("unit")} />
          </Group>
          <TextInput label={t("registry.edit.storeCategory")} required {...field("category")} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("registry.edit.storeCreate")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
