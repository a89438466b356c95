// "Tambah produk": a product the business makes (price per unit, capacity), marked when it came
// from a production pivot.
import { Button, Checkbox, Group, Modal, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { fieldErrors } from "../../../../lib/api-error";
import { isProblem, readMoney } from "../../forms/check-business";
import { useAddProduct } from "../../hooks/use-corrections";
import { readWhole } from "./edit-form";

const blank = { name: "", unit: "", price: "", dailyCapacity: "" };

export function ProductModal({
  businessId,
  opened,
  onClose,
}: {
  businessId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useAddProduct();
  const [draft, setDraft] = useState(blank);
  const [isPivot, setIsPivot] = useState(false);
  const [tried, setTried] = useState(false);
  const server = fieldErrors(save.error);
  const price = readMoney(draft.price);
  const capacity = readWhole(draft.dailyCapacity);
  const local: Record<string, string> = {};
  if (draft.name.trim() === "") local.name = t("registry.check.required");
  if (isProblem(price)) local.price = t("registry.check.moneyInvalid");
  if (Number.isNaN(capacity)) local.dailyCapacity = t("registry.check.countInvalid");
  const close = () => {
    save.reset();
    setDraft(blank);
    setIsPivot(false);
    setTried(false);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(local).length > 0 || isProblem(price)) return;
    const body = {
      name: draft.name.trim(),
      isPivot,
      ...(draft.unit.trim() ? { unit: draft.unit.trim() } : {}),
      ...(price !== null ? { price } : {}),
      ...(capacity !== undefined ? { dailyCapacity: capacity } : {}),
    };
    save.mutate(
      { businessId, body },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("registry.edit.saved") });
          close();
        },
      },
    );
  };
  const field = (key: keyof typeof blank) => ({
    value: draft[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    },
    error: server[key] ?? (tried ? local[key] : undefined),
  });
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.productTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
          <TextInput label={t("registry.edit.productName")} required {...field("name")} />
          <Group grow align="flex-start">
            <TextInput label={t("registry.edit.productPrice")} inputMode="numeric" {...field("price")} />
            <TextInput label={t("registry.edit.productUnit")} {...field("unit")} />
          </Group>
          <TextInput
            label={t("registry.edit.productCapacity")}
            inputMode="numeric"
            {...field("dailyCapacity")}
          />
          <Checkbox
            label={t("registry.edit.productIsPivot")}
            checked={isPivot}
            onChange={(e) => setIsPivot(e.currentTarget.checked)}
          />
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
