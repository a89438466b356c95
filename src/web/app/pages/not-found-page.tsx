import { Button } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "./status-message";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusMessage
      icon="search"
      title={t("app.notFound")}
      text={t("app.notFoundText")}
      action={
        <Button variant="light" renderRoot={(props) => <Link to="/app" {...props} />}>
          {t("app.backHome")}
        </Button>
      }
    />
  );
}
