// A business of the register: owner, business data, impact assessments, production pivots and
// products (S2), kendala with follow-ups (S3), where the data came from, and its history.
import { Badge, Group, SimpleGrid, Stack } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  BusinessPage as BusinessPageData,
  Pivot,
} from "../../../../../server/modules/registry/contract-business-page";
import { PageHeader } from "../../../../components/ui/page-header";
import { useCurrentUser } from "../../../../lib/session/current-user";
import { Slot } from "../../../../lib/slots";
import { useStoreProductsByPivot } from "../../hooks/use-corrections";
import { useBusinessPage } from "../../hooks/use-registry";
import { canManageConstraints, canManageStore, canRevealNik, canWriteRegistry } from "../../lib/roles";
import { ConstraintDrawer } from "../board/constraint-drawer";
import { ReportConstraintModal } from "../board/report-constraint-modal";
import { BusinessActions } from "../edit/business-actions";
import { StoreProductModal } from "../edit/store-product-modal";
import { AffectedBadge, SizeBadge } from "../list/list-badges";
import { RecordFrame } from "../record-frame";
import { BusinessCard } from "./business-card";
import { ConstraintsListCard } from "./constraints-list-card";
import { HistoryCard } from "./history-card";
import { ImpactCard } from "./impact-card";
import { OwnerCard } from "./owner-card";
import { PersonDataButton } from "./person-data-button";
import { ProductionCard } from "./production-card";
import { SourcesCard } from "./sources-card";

export function BusinessPage() {
  const { t } = useTranslation();
  const { businessId }: { businessId?: string } = useParams({ strict: false });
  const page = useBusinessPage(businessId ?? "");
  return (
    <RecordFrame
      query={page}
      backTo="/app/registri"
      backLabel={t("registry.business.back")}
      notFound={t("registry.business.notFound")}
      loadingHeight={400}
    >
      {(data) => <BusinessView page={data} />}
    </RecordFrame>
  );
}

function BusinessView({ page }: { page: BusinessPageData }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const [storePivot, setStorePivot] = useState<Pivot | null>(null);
  const store = canManageStore(me.role);
  const inStore = useStoreProductsByPivot(store);
  const { business, owner } = page;
  const scope = me.scope;
  return (
    <>
      <PageHeader
        title={business.name}
        subtitle={
          <Group gap={6} component="span">
            <Badge variant="light">{t(`registry.sectors.${business.sector}`)}</Badge>
            <SizeBadge size={business.sizeClass} />
            <AffectedBadge affected={business.affected} />
            {business.status !== "active" ? (
              <Badge color="gray">{t(`registry.statuses.${business.status}`)}</Badge>
            ) : null}
          </Group>
        }
      />
      {canWriteRegistry(me.role) ? <BusinessActions page={page} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <OwnerCard owner={owner} canReveal={canRevealNik(me.role)} scope={scope} />
          {canRevealNik(me.role) ? <PersonDataButton personId={owner.id} name={owner.name} /> : null}
          <BusinessCard business={business} />
          <ProductionCard
            pivots={page.pivots}
            products={page.products}
            scope={scope}
            inStore={inStore.data ? new Set(inStore.data.keys()) : undefined}
            onMakeStoreProduct={store ? setStorePivot : undefined}
          />
        </Stack>
        <Stack gap="md">
          <ImpactCard impacts={page.impacts} scope={scope} />
          <ConstraintsListCard
            items={page.constraints}
            scope={scope}
            canReport={canManageConstraints(me.role)}
            onOpen={setOpen}
            onReport={() => setReporting(true)}
          />
          <SourcesCard sources={page.sources} scope={scope} />
          <Slot name="entitySources" businessId={business.id} scope={scope} />
          <Slot name="prakerjaStatus" businessId={business.id} />
          <HistoryCard history={page.history} scope={scope} />
        </Stack>
      </SimpleGrid>
      <ConstraintDrawer
        id={open}
        scope={scope}
        canManage={canManageConstraints(me.role)}
        onClose={() => setOpen(null)}
      />
      <StoreProductModal pivot={storePivot} onClose={() => setStorePivot(null)} />
      <ReportConstraintModal
        opened={reporting}
        onClose={() => setReporting(false)}
        businessId={business.id}
      />
    </>
  );
}
