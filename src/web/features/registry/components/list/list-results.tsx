// The result count, the rows (table or cards) and the pages.
import { Group, Pagination, Paper, Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BusinessListResponse } from "../../../../../server/modules/registry/contract-register";
import { BusinessCards } from "./business-cards";
import { BusinessTable } from "./business-table";
import { type ListState, pageSizes } from "./list-search";

type Props = {
  data: BusinessListResponse;
  state: ListState;
  isWide: boolean;
  canReveal: boolean;
  scope: string;
  onPage: (page: number) => void;
  onPerPage: (perPage: ListState["perPage"]) => void;
};

// The server pages by offset up to 100,000 rows; beyond that narrowing the filters is the way.
const maxOffset = 100_000;

export function ListResults({ data, state, isWide, canReveal, scope, onPage, onPerPage }: Props) {
  const { t } = useTranslation();
  // A number, so i18next picks the plural form; {{count, number}} groups the digits per language.
  const count = data.total;
  const pages = Math.max(
    1,
    Math.min(Math.ceil(data.total / state.perPage), Math.floor(maxOffset / state.perPage)),
  );
  if (data.items.length === 0) {
    return (
      <Paper withBorder p="xl" ta="center">
        <Text c="dimmed">{t("registry.list.empty")}</Text>
      </Paper>
    );
  }
  const rows = { items: data.items, canReveal, scope };
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs" data-testid="list-total">
        {data.totalIsEstimate
          ? t("registry.list.totalEstimate", { count })
          : t("registry.list.total", { count })}
      </Text>
      {isWide ? <BusinessTable {...rows} /> : <BusinessCards {...rows} />}
      <Group justify="space-between" mt="md" gap="sm">
        <Pagination
          total={pages}
          value={Math.min(state.page, pages)}
          onChange={onPage}
          size={isWide ? "md" : "sm"}
          siblings={isWide ? 1 : 0}
          getControlProps={(control) => ({
            "aria-label": control === "previous" ? t("registry.list.prev") : t("registry.list.nextPage"),
          })}
        />
        <Group gap="xs">
          <Select
            aria-label={t("registry.list.perPage")}
            w={90}
            size="sm"
            data={pageSizes.map(String)}
            value={String(state.perPage)}
            allowDeselect={false}
            onChange={(value) =>
              onPerPage((pageSizes.find((size) => String(size) === value) ?? 20) as ListState["perPage"])
            }
            comboboxProps={{ withinPortal: true }}
          />
          <Text size="sm" c="dimmed">
            {t("registry.list.perPage")}
          </Text>
        </Group>
      </Group>
    </>
  );
}
