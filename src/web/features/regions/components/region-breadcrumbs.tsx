// Trail from the user's scope root down to the region shown; nothing above the scope is linked.
import { Anchor, Breadcrumbs, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { RegionDetail } from "../../../lib/regions/types";
import { trimToScope } from "../../../lib/scope";

export function RegionBreadcrumbs({ region, scope }: { region: RegionDetail; scope: string }) {
  const { t } = useTranslation();
  const trail = trimToScope(region.ancestors, scope);
  return (
    <nav aria-label={t("regions.breadcrumbs")}>
      <Breadcrumbs separatorMargin={6} style={{ flexWrap: "wrap", rowGap: 4 }}>
        {trail.map((ancestor) => (
          <Anchor
            key={ancestor.code}
            size="sm"
            renderRoot={(props) => <Link to="/app/wilayah" search={{ kode: ancestor.code }} {...props} />}
          >
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" fw={600} aria-current="page">
          {region.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
