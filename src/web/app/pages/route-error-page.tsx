// What a route shows when loading it failed: "access denied" for role guards, otherwise the error
// message (from the server envelope when there is one) and a retry.
import { Button, Stack } from "@mantine/core";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert";
import { ForbiddenRouteError } from "../routes/forbidden";
import { StatusMessage } from "./status-message";

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  if (error instanceof ForbiddenRouteError) {
    return (
      <StatusMessage icon="key" color="orange" title={t("app.forbidden")} text={t("app.forbiddenText")} />
    );
  }
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Stack maw={560} mx="auto" my="xl" px="md">
      <ErrorAlert error={error} />
      <Button variant="light" onClick={retry} leftSection={null} w="fit-content">
        {t("app.retry")}
      </Button>
    </Stack>
  );
}
