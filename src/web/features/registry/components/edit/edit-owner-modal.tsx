// "Ubah pemilik": corrects the owner's name, birth, contact and address. The phone is checked
// with the shared rule before sending; the server checks again (its field messages show here).
import { Group, Modal, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../../../server/modules/registry/contract-business-page";
import type { UpdatePersonBody } from "../../../../../server/modules/registry/contract-register";
import { toE164Mobile } from "../../../../../shared/phone";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { useUpdatePerson } from "../../hooks/use-corrections";
import { changedOnly, type Draft, text } from "./edit-form";
import { useDraftForm } from "./use-draft-form";

const fromPerson = (p: Person): Draft => ({
  name: p.name,
  birthPlace: text(p.birthPlace),
  birthDate: text(p.birthDate),
  phone: text(p.phone),
  street: text(p.street),
  rt: text(p.rt),
  rw: text(p.rw),
});

export function EditOwnerModal({
  owner,
  opened,
  onClose,
}: {
  owner: Person;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useUpdatePerson();
  const form = useDraftForm({
    kind: "correct",
    initial: () => fromPerson(owner),
    save,
    onClose,
    check: (draft) => {
      const local: Record<string, string> = {};
      if (draft.name?.trim() === "") local.name = t("registry.check.required");
      const phone = draft.phone?.trim() ?? "";
      if (phone !== "" && phone !== owner.phone && !toE164Mobile(phone))
        local.phone = t("registry.check.phoneInvalid");
      return local;
    },
  });
  const submit = form.submit((draft) => {
    const changed = changedOnly(draft, fromPerson(owner));
    if (Object.keys(changed).length === 0) return undefined;
    return { id: owner.id, body: changed as UpdatePersonBody };
  });
  const close = form.close;
  const input = (key: string, label: string, type = "text") => (
    <TextInput label={label} type={type} {...form.field(key)} />
  );
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.ownerTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={form.failure} />
          {input("name", t("registry.form.name"))}
          <Group grow>
            {input("birthPlace", t("registry.form.birthPlace"))}
            {input("birthDate", t("registry.form.birthDate"), "date")}
          </Group>
          {input("phone", t("registry.form.phone"), "tel")}
          {input("street", t("registry.form.street"))}
          <Group grow>
            {input("rt", "RT")}
            {input("rw", "RW")}
          </Group>
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
