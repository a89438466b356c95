// Username + password form; client checks first, then the server's message (e.g. wrong password).
import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { type LoginErrors, validateLogin } from "../../../lib/password";
import { useLogin } from "../hooks/use-auth-mutations";

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<LoginErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateLogin({ username, password });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    login.mutate({ username: username.trim(), password }, { onSuccess });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {login.error ? <ErrorAlert error={login.error} title={t("auth.signInTitle")} /> : null}
        <TextInput
          label={t("auth.username")}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={errors.username ? t(errors.username) : undefined}
          data-autofocus
        />
        <PasswordInput
          label={t("auth.password")}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password ? t(errors.password) : undefined}
        />
        <Button type="submit" fullWidth size="md" loading={login.isPending} mt="xs">
          {t("auth.signIn")}
        </Button>
      </Stack>
    </form>
  );
}
