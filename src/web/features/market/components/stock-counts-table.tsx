// A table of consignment stock counts, a row per producer or per product: the counts asked for in
// their order, then what is left on hand (in bold).
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";

export type StockCount = "intake" | "returned" | "damaged" | "sold";

type Row<C extends StockCount> = Record<C | "onHand", number>;

export function StockCountsTable<C extends StockCount, R extends Row<C>>(props: {
  /** The heading of the first column (the row's name). */
  label: string;
  counts: readonly C[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowName: (row: R) => string;
  minWidth: number;
  striped?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={props.minWidth}>
      <Table striped={props.striped} data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{props.label}</Table.Th>
            {[...props.counts, "onHand" as const].map((c) => (
              <Table.Th key={c} ta="right">
                {t(`market.stock.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={props.rowKey(row)}>
              <Table.Td>{props.rowName(row)}</Table.Td>
              {props.counts.map((c) => (
                <Table.Td key={c} ta="right">
                  {row[c]}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {row.onHand}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
