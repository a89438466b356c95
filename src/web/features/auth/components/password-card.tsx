// Password change: at least 12 characters, typed twice; the server checks the current password.
import { Button, Card, PasswordInput, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors, isApiError } from "../../../lib/api-error";
import { type NewPasswordError, passwordMinLength, validateNewPassword } from "../../../lib/password";
import { useChangePassword } from "../hooks/use-auth-mutations";

const empty = { currentPassword: "", newPassword: "", confirmation: "" };

export function PasswordCard() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<NewPasswordError | null>(null);
  const server = fieldErrors(change.error);
  const wrongCurrent = isApiError(change.error) && change.error.code === "INVALID_CREDENTIALS";

  const set = (key: keyof typeof empty) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: event.currentTarget.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewPassword(form.newPassword, form.confirmation);
    setError(found);
    if (found) return;
    change.mutate(
      { currentPassword: form.currentPassword, newPassword: form.newPassword },
      {
        onSuccess: () => {
          setForm(empty);
          notifications.show({ message: t("profile.passwordChanged"), color: "teal" });
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h4" mb="md">
        {t("profile.changePassword")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {change.error && !wrongCurrent && Object.keys(server).length === 0 ? (
            <ErrorAlert error={change.error} />
          ) : null}
          <PasswordInput
            label={t("profile.currentPassword")}
            autoComplete="current-password"
            value={form.currentPassword}
            onChange={set("currentPassword")}
            error={wrongCurrent ? change.error?.message : server.currentPassword}
          />
          <PasswordInput
            label={t("profile.newPassword")}
            autoComplete="new-password"
            value={form.newPassword}
            onChange={set("newPassword")}
            error={
              error === "profile.passwordTooShort" ? t(error, { min: passwordMinLength }) : server.newPassword
            }
          />
          <PasswordInput
            label={t("profile.confirmPassword")}
            autoComplete="new-password"
            value={form.confirmation}
            onChange={set("confirmation")}
            error={error === "profile.passwordMismatch" ? t(error) : undefined}
          />
          <Button type="submit" loading={change.isPending} w="fit-content" mt="xs">
            {t("profile.changePassword")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
