// Who the user is (read-only role and scope), their display name and UI language.
import { Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RegionName } from "../../../components/regions/region-name";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { LanguageSwitch } from "../../../components/ui/language-switch";
import { fieldErrors } from "../../../lib/api-error";
import { useCurrentUser } from "../../../lib/session/current-user";
import { useUpdateMe } from "../hooks/use-auth-mutations";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function AccountCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [nameError, setNameError] = useState<string | null>(null);

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    if (displayName.trim() === "") return setNameError(t("profile.displayNameRequired"));
    setNameError(null);
    update.mutate(
      { displayName: displayName.trim() },
      { onSuccess: () => notifications.show({ message: t("common.saved"), color: "teal" }) },
    );
  };

  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h4" mb="md">
        {t("profile.account")}
      </Title>
      <Stack gap="md">
        <Group gap="xl">
          <Field label={t("auth.username")}>{me.username}</Field>
          <Field label={t("home.yourRole")}>{t(`roles.${me.role}`)}</Field>
          <Field label={t("home.yourScope")}>
            <RegionName code={me.scope} /> ({me.scope})
          </Field>
        </Group>
        <ErrorAlert error={update.error} />
        <form onSubmit={saveName} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              label={t("profile.displayName")}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
              error={nameError ?? fieldErrors(update.error).displayName}
            />
            <Button
              type="submit"
              variant="light"
              loading={update.isPending && update.variables?.displayName !== undefined}
            >
              {t("common.save")}
            </Button>
          </Group>
        </form>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t("language.label")}
          </Text>
          <LanguageSwitch
            size="sm"
            disabled={update.isPending}
            onChange={(language) => update.mutate({ language })}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t("profile.languageHint")}
          </Text>
        </div>
      </Stack>
    </Card>
  );
}
