// Pengadaan (S5): an office's bulk order split across producers — the konsultan's view.
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { MarketTabs } from "./market-tabs";
import { plutDay } from "./plut-dates";
import { ProcurementForm } from "./procurement-form";
import { ProcurementsList } from "./procurements-list";

export function ProcurementPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t("market.procurement.title")} subtitle={t("market.procurement.subtitle")} />
      <MarketTabs />
      <ProcurementForm due={plutDay(me.scope, 7)} />
      <ProcurementsList canDeliver />
    </>
  );
}

export default ProcurementPage;
