// "Tambah produk": a product the business makes (price per unit, capacity), marked when it came
// from a production pivot.
import { Checkbox, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { isProblem, readMoney } from "../../forms/check-business";
import { useAddProduct } from "../../hooks/use-corrections";
import { readWhole } from "./edit-form";
import { useDraftForm } from "./use-draft-form";

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
  const [isPivot, setIsPivot] = useState(false);
  const form = useDraftForm({
    kind: "add",
    initial: () => blank,
    save,
    onClose,
    onReset: () => setIsPivot(false),
    check: (draft) => {
      const local: Record<string, string> = {};
      if ((draft.name ?? "").trim() === "") local.name = t("registry.check.required");
      if (isProblem(readMoney(draft.price ?? ""))) local.price = t("registry.check.moneyInvalid");
      if (Number.isNaN(readWhole(draft.dailyCapacity ?? "")))
        local.dailyCapacity = t("registry.check.countInvalid");
      return local;
    },
  });
  const submit = form.submit((draft) => {
    const price = readMoney(draft.price ?? "");
    const capacity = readWhole(draft.dailyCapacity ?? "");
    const unit = (draft.unit ?? "").trim();
    return {
      businessId,
      body: {
        name: (draft.name ?? "").trim(),
        isPivot,
        ...(unit ? { unit } : {}),
        ...(price !== null && !isProblem(price) ? { price } : {}),
        ...(capacity !== undefined ? { dailyCapacity: capacity } : {}),
      },
    };
  });
  const { field, close } = form;
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.productTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={form.failure} />
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
