// Stand-in for a section whose feature is not built yet (see ../placeholders.tsx).
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/ui/page-header";
import type { NavLabelKey } from "../../lib/web-module";
import { StatusMessage } from "./status-message";

export function ComingSoonPage({ labelKey }: { labelKey: NavLabelKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${labelKey}`)} />
      <StatusMessage
        icon="clipboard"
        color="teal"
        title={t("app.comingSoon")}
        text={t("app.comingSoonText")}
      />
    </>
  );
}
