// Shown while a lazy route chunk or the session check is loading.
import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="40vh" role="status" aria-label={t("app.loading")}>
      <Loader size="md" />
    </Center>
  );
}
