// Two business records side by side; rows whose values differ are highlighted (and say so to
// screen readers), so a reviewer sees at a glance what the clerks typed differently.
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RecordView } from "../api/types";
import type { linkageId } from "../i18n/id";
import { formatDay, formatMoment } from "../lib/format";
import { sectorKey, sexKey, sourceKey } from "../lib/labels";

type Row = { key: string; label: string; a: string; b: string };
type RecordKey = Exclude<keyof typeof linkageId.record, "status" | "differs">;

const norm = (v: string) =>
  v
    .toUpperCase()
    .replace(/[^\p{L}\p{N}*]+/gu, " ")
    .trim();

function useRows(a: RecordView, b: RecordView, scope: string): Row[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const birth = (r: RecordView) =>
    [r.birthPlace, r.birthDate ? formatDay(r.birthDate, lang) : null].filter(Boolean).join(", ") || "—";
  const address = (r: RecordView) =>
    [r.address, r.rt || r.rw ? `RT ${r.rt ?? "-"}/RW ${r.rw ?? "-"}` : null].filter(Boolean).join(", ") ||
    "—";
  const source = (r: RecordView) => {
    const who = r.sources.find((s) => s.userName)?.userName;
    return [t(sourceKey(r.sourceKind)), who].filter(Boolean).join(" · ");
  };
  const sex = (r: RecordView) => (r.sex ? t(sexKey(r.sex)) : "—");
  const rows: Array<[RecordKey, (r: RecordView) => string]> = [
    ["owner", (r) => r.ownerName],
    ["nik", (r) => r.nikMasked],
    ["noKk", (r) => r.noKkMasked ?? "—"],
    ["sex", sex],
    ["birth", birth],
    ["phone", (r) => r.phone ?? "—"],
    ["address", address],
    ["region", (r) => r.regionCode],
    ["business", (r) => r.businessName],
    ["sector", (r) => String(t(sectorKey(r.sector)))],
    ["source", source],
    ["createdAt", (r) => formatMoment(r.createdAt, { scope, language: lang })],
  ];
  return rows.map(([key, get]) => ({ key, label: t(`linkage.record.${key}`), a: get(a), b: get(b) }));
}

export function RecordCompare({ a, b, scope }: { a: RecordView; b: RecordView; scope: string }) {
  const { t } = useTranslation();
  const rows = useRows(a, b, scope);
  const alwaysDiffers = new Set(["source", "createdAt"]);
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%" />
            <Table.Th>{t("linkage.review.recordA")}</Table.Th>
            <Table.Th>{t("linkage.review.recordB")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const differs = !alwaysDiffers.has(row.key) && norm(row.a) !== norm(row.b);
            // Long values (masked NIKs, business names) wrap, so both records fit a phone's width.
            const style = {
              overflowWrap: "anywhere" as const,
              ...(differs ? { background: "var(--mantine-color-yellow-light)" } : {}),
            };
            return (
              <Table.Tr key={row.key} data-field={row.key} data-differs={differs ? "true" : "false"}>
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" fw={500} component="span">
                    {row.label}
                  </Text>
                  {differs ? (
                    <Badge ml={6} size="xs" color="yellow" variant="light">
                      {t("linkage.record.differs")}
                    </Badge>
                  ) : null}
                </Table.Th>
                <Table.Td style={style}>{row.a}</Table.Td>
                <Table.Td style={style}>{row.b}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
