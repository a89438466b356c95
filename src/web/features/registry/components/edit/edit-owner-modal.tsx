// "Ubah pemilik": corrects the owner's name, birth, contact and address. The phone is checked
// with the shared rule before sending; the server checks again (its field messages show here).
import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Person, UpdatePersonBody } from "../../../../../server/modules/registry/contract";
import { toE164Mobile } from "../../../../../shared/phone";
import { ErrorAlert } from "../../../../components/ui/error-alert";
import { FormActions } from "../../../../components/ui/form-actions";
import { fieldErrors } from "../../../../lib/api-error";
import { useUpdatePerson } from "../../hooks/use-corrections";
import { changedOnly, type Draft, text } from "./edit-form";

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
  const [draft, setDraft] = useState<Draft>(() => fromPerson(owner));
  const server = fieldErrors(save.error);
  const local: Record<string, string> = {};
  if (draft.name?.trim() === "") local.name = t("registry.check.required");
  const phone = draft.phone?.trim() ?? "";
  if (phone !== "" && phone !== owner.phone && !toE164Mobile(phone))
    local.phone = t("registry.check.phoneInvalid");
  const close = () => {
    save.reset();
    setDraft(fromPerson(owner));
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(local).length > 0) return;
    const changed = changedOnly(draft, fromPerson(owner));
    if (Object.keys(changed).length === 0) return close();
    save.mutate(
      { id: owner.id, body: changed as UpdatePersonBody },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("registry.edit.saved") });
          onClose();
        },
      },
    );
  };
  const input = (key: string, label: string, type = "text") => (
    <TextInput
      label={label}
      type={type}
      value={draft[key] ?? ""}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      }}
      error={local[key] ?? server[key]}
    />
  );
  return (
    <Modal opened={opened} onClose={close} title={t("registry.edit.ownerTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.error && Object.keys(server).length === 0 ? <ErrorAlert error={save.error} /> : null}
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
