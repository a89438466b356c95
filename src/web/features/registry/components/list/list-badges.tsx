// Small labels shared by the table and the cards: affected, size, open kendala.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BusinessListItem } from "../../../../../server/modules/registry/contract-register";

export function AffectedBadge({ affected }: { affected: boolean | null }) {
  const { t } = useTranslation();
  if (affected === null) return null;
  return (
    <Badge size="sm" variant="light" color={affected ? "orange" : "gray"}>
      {affected ? t("registry.list.affected") : t("registry.list.notAffected")}
    </Badge>
  );
}

export function SizeBadge({ size }: { size: BusinessListItem["sizeClass"] }) {
  const { t } = useTranslation();
  if (!size) return null;
  return (
    <Badge size="sm" variant="outline" color="gray">
      {t(`registry.sizes.${size}`)}
    </Badge>
  );
}

export function ConstraintCountBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="light" color="red">
      {t("registry.list.constraintsCount", { count })}
    </Badge>
  );
}
