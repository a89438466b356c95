// Sets a new password for another user (PATCH /api/users/:id {password}).
import { Button, Group, Modal, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fieldErrors } from "../../../lib/api-error";
import { passwordMinLength, validateNewPassword } from "../../../lib/password";
import type { User } from "../api/types";
import { useUpdateUser } from "../hooks/use-users";
import { PasswordField } from "./password-field";

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [password, setPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const { reset } = update;

  useEffect(() => {
    if (user) {
      setPassword("");
      setTooShort(false);
      reset();
    }
  }, [user, reset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    const invalid = validateNewPassword(password) !== null;
    setTooShort(invalid);
    if (invalid) return;
    update.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notifications.show({
            message: t("users.passwordReset", { username: user.username }),
            color: "teal",
          });
          onClose();
        },
      },
    );
  };

  const serverError = fieldErrors(update.error).password;
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t("users.resetPasswordTitle", { username: user.username }) : ""}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {update.error && !serverError ? <ErrorAlert error={update.error} /> : null}
          <PasswordField
            label={t("profile.newPassword")}
            value={password}
            onChange={setPassword}
            error={tooShort ? t("profile.passwordTooShort", { min: passwordMinLength }) : serverError}
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
