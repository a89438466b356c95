// The owner: identity (NIK masked, with the audited reveal for permitted roles), birth, contact
// and address.
import { useTranslation } from "react-i18next";
import type { Person } from "../../../../../server/modules/registry/contract-business-page";
import { RegionName } from "../../../../components/regions/region-name";
import { formatDay } from "../../lib/format";
import { NikReveal } from "../list/nik-reveal";
import { InfoCard } from "./info-card";

export function OwnerCard({ owner, canReveal, scope }: { owner: Person; canReveal: boolean; scope: string }) {
  const { t, i18n } = useTranslation();
  const birth = [
    owner.birthPlace,
    owner.birthDate ? formatDay(owner.birthDate, { scope, language: i18n.language }) : null,
  ]
    .filter(Boolean)
    .join(", ");
  const rtRw = owner.rt || owner.rw ? `RT ${owner.rt ?? "-"} / RW ${owner.rw ?? "-"}` : null;
  return (
    <InfoCard
      title={t("registry.business.owner")}
      rows={[
        { label: t("registry.form.name"), value: owner.name },
        {
          label: t("registry.form.nik"),
          value: (
            <NikReveal masked={owner.nik} personId={owner.id} canReveal={canReveal && !owner.nikRevealed} />
          ),
        },
        { label: t("registry.form.noKk"), value: owner.noKk },
        { label: t("registry.form.sex"), value: owner.sex ? t(`registry.sex.${owner.sex}`) : null },
        { label: t("registry.form.birthDate"), value: birth },
        { label: t("registry.form.phone"), value: owner.phone },
        { label: t("registry.business.address"), value: [owner.street, rtRw].filter(Boolean).join(", ") },
        {
          label: t("registry.form.village"),
          value: owner.villageCode ? (
            <>
              <RegionName code={owner.villageCode} /> ({owner.villageCode})
            </>
          ) : null,
        },
      ]}
    />
  );
}
