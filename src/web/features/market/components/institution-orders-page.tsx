// Pesanan (pembeli instansi): an office or bank orders in bulk for a date and downloads its invoice.
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { plutDay } from "./plut-dates";
import { ProcurementForm } from "./procurement-form";
import { ProcurementsList } from "./procurements-list";

export function InstitutionOrdersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={t("market.procurement.institutionTitle")}
        subtitle={t("market.procurement.institutionSubtitle")}
      />
      <ProcurementForm institution={me.displayName} due={plutDay(me.scope, 7)} />
      <ProcurementsList canDeliver={false} />
    </>
  );
}

export default InstitutionOrdersPage;
