// Shows a failed request: the server's message (already in the user's language) and its request id,
// which support staff can look up in the logs.
import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../lib/api-error";
import { Icon } from "./icons";

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t("app.errorTitle")}
      icon={<Icon name="alert" />}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {requestId ? (
        <Text size="xs" c="dimmed" mt={4}>
          ID: {requestId}
        </Text>
      ) : null}
    </Alert>
  );
}
