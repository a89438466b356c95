// "Tambah pengguna": username, name, role, a region inside the admin's own scope, initial password.
import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RegionPicker } from "../../../components/regions/region-picker";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors, isApiError } from "../../../lib/api-error";
import { isRole, roles, typicalScopeLevel } from "../../../lib/roles";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useCreateUser } from "../hooks/use-users";
import { type NewUserDraft, type NewUserErrors, validateNewUser } from "../validation";
import { BusinessField } from "./business-field";
import { PasswordField } from "./password-field";

const blank: NewUserDraft = { username: "", displayName: "", role: null, scope: null, password: "" };

const scopeHints = {
  province: "users.scopeHintProvince",
  regency: "users.scopeHintRegency",
  district: "users.scopeHintDistrict",
} as const;

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreateUser();
  const [draft, setDraft] = useState<NewUserDraft>(blank);
  const [errors, setErrors] = useState<NewUserErrors>({});
  const server = fieldErrors(create.error);
  const taken =
    isApiError(create.error) && create.error.code === "USERNAME_TAKEN" ? create.error.message : undefined;
  const showAlert = create.error && !taken && Object.keys(server).length === 0;

  // Editing a field clears its client-side error; the next submit checks again.
  const update = <K extends keyof NewUserDraft>(key: K, value: NewUserDraft[K]) => {
    setDraft({ ...draft, [key]: value });
    setErrors((previous) => ({ ...previous, [key]: undefined }));
  };
  const message = (key: keyof NewUserErrors) => {
    const error = errors[key];
    if (error === "profile.passwordTooShort") return t(error, { min: 12 });
    return error ? t(error) : server[key];
  };

  const dismiss = () => {
    setDraft(blank);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewUser(draft);
    setErrors(found);
    if (Object.keys(found).length > 0 || !draft.role || !draft.scope) return;
    const input = {
      ...draft,
      username: draft.username.trim(),
      displayName: draft.displayName.trim(),
      role: draft.role,
      scope: draft.scope,
      businessId: draft.role === "pelaku_usaha" ? (draft.businessId ?? undefined) : undefined,
    };
    create.mutate(input, {
      onSuccess: (user) => {
        notifications.show({ message: t("users.created", { username: user.username }), color: "teal" });
        dismiss();
      },
    });
  };

  return (
    <Modal opened={opened} onClose={dismiss} title={t("users.createTitle")} size="lg" fullScreen={false}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {showAlert ? <ErrorAlert error={create.error} /> : null}
          <TextInput
            label={t("users.username")}
            description={t("users.usernameHint")}
            autoCapitalize="none"
            spellCheck={false}
            required
            value={draft.username}
            onChange={(e) => update("username", e.currentTarget.value)}
            error={message("username") ?? taken}
          />
          <TextInput
            label={t("users.displayName")}
            required
            value={draft.displayName}
            onChange={(e) => update("displayName", e.currentTarget.value)}
            error={message("displayName")}
          />
          <Select
            label={t("users.role")}
            placeholder={t("users.rolePlaceholder")}
            required
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={draft.role}
            onChange={(value) => update("role", isRole(value) ? value : null)}
            error={message("role")}
            comboboxProps={{ withinPortal: true }}
          />
          <RegionPicker
            scope={me.scope}
            required
            value={draft.scope}
            onChange={(code) => update("scope", code)}
            description={draft.role ? t(scopeHints[typicalScopeLevel(draft.role)]) : undefined}
            error={message("scope")}
          />
          {draft.role === "pelaku_usaha" ? (
            <BusinessField
              value={draft.businessId ?? null}
              onChange={(id) => update("businessId", id)}
              error={message("businessId")}
            />
          ) : null}
          <PasswordField
            label={t("users.initialPassword")}
            value={draft.password}
            onChange={(value) => update("password", value)}
            error={message("password")}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={dismiss}>
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
