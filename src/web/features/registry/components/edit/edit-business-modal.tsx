// "Ubah usaha": corrects the business's own data. The NIB is checked with the shared rule before
// sending; the server checks everything again and its field messages show under the fields.
import { Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Business } from "../../../../../server/modules/registry/contract-business-page";
import type { UpdateBusinessBody } from "../../../../../server/modules/registry/contract-register";
import { parseNib } from "../../../../../shared/nib";
import { BUSINESS_STATUSES, SECTORS } from "../../../../../shared/registry-vocab";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { useUpdateBusiness } from "../../hooks/use-corrections";
import { changedOnly, type Draft, readWhole, text } from "./edit-form";
import { useDraftForm } from "./use-draft-form";

const fromBusiness = (b: Business): Draft => ({
  name: b.name,
  nib: text(b.nib),
  sector: b.sector,
  products: text(b.products),
  dailyCapacity: text(b.dailyCapacity),
  employees: text(b.employees),
  street: text(b.street),
  status: b.status,
});

function toBody(changed: Record<string, string>): UpdateBusinessBody {
  const body: Record<string, unknown> = { ...changed };
  for (const key of ["dailyCapacity", "employees"] as const)
    if (key in changed) body[key] = readWhole(changed[key] ?? "");
  return body as UpdateBusinessBody;
}

export function EditBusinessModal({
  business,
  opened,
  onClose,
}: {
  business: Business;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useUpdateBusiness();
  const form = useDraftForm({
    kind: "correct",
    initial: () => fromBusiness(business),
    save,
    onClose,
    check: (draft) => {
      const local: Record<string, string> = {};
      if (draft.name?.trim() === "") local.name = t("registry.check.required");
      if (draft.nib?.trim() && parseNib(draft.nib) === null) local.nib = t("registry.check.nibInvalid");
      for (const key of ["dailyCapacity", "employees"])
        if (Number.isNaN(readWhole(draft[key] ?? ""))) local[key] = t("registry.check.countInvalid");
      return local;
    },
  });
  const submit = form.submit((draft) => {
    const changed = changedOnly(draft, fromBusiness(business));
    if (Object.keys(changed).length === 0) return undefined;
    return { id: business.id, body: toBody(changed) };
  });
  const { draft, set, close } = form;
  const input = (key: string, label: string) => <TextInput label={label} {...form.field(key)} />;
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.businessTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={form.failure} />
          {input("name", t("registry.form.businessName"))}
          {input("nib", t("registry.edit.nib"))}
          <Select
            label={t("registry.list.sector")}
            data={SECTORS.map((value) => ({ value, label: t(`registry.sectors.${value}`) }))}
            value={draft.sector ?? null}
            onChange={set("sector")}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {input("products", t("registry.edit.products"))}
          <Group grow>
            {input("dailyCapacity", t("registry.edit.capacity"))}
            {input("employees", t("registry.edit.employees"))}
          </Group>
          {input("street", t("registry.edit.street"))}
          <Select
            label={t("registry.edit.status")}
            data={BUSINESS_STATUSES.filter((s) => s !== "merged").map((value) => ({
              value,
              label: t(`registry.statuses.${value}`),
            }))}
            value={draft.status ?? null}
            onChange={set("status")}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
