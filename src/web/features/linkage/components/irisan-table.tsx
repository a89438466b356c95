// Rows of one part of the irisan report: the list's row and the register record side by side.
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IrisanRow } from "../api/types";
import { formatDay, percent } from "../lib/format";
import { statusKey } from "../lib/labels";

export function IrisanTable({ rows }: { rows: readonly IrisanRow[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t("linkage.irisan.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder verticalSpacing="xs" fz="sm" data-testid="irisan-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("linkage.irisan.listSide")}</Table.Th>
            <Table.Th>{t("linkage.irisan.registerSide")}</Table.Th>
            <Table.Th>{t("linkage.irisan.probability")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.list?.rowId ?? r.register?.businessId} data-category={r.category}>
              <Table.Td>
                {r.list ? (
                  <>
                    <Text size="sm" fw={500}>
                      {r.list.name ?? "—"}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[
                        t("linkage.irisan.row", { row: r.list.rowNumber }),
                        r.list.nikMasked,
                        r.list.birthDate ? formatDay(r.list.birthDate, i18n.language) : null,
                        r.list.villageCode,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Text>
                  </>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>
                {r.register ? (
                  <>
                    <Text size="sm" fw={500}>
                      {r.register.ownerName} — {r.register.businessName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[r.register.nikMasked, r.register.regionCode].join(" · ")}
                      {r.register.status !== "active" ? (
                        <Badge ml={6} size="xs" color="gray">
                          {t(statusKey(r.register.status))}
                        </Badge>
                      ) : null}
                    </Text>
                  </>
                ) : (
                  "—"
                )}
              </Table.Td>
              <Table.Td>{r.probability === null ? "—" : percent(r.probability, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
