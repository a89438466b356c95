// Import history: every batch of the office with its counts, who and when, and its status.
import { Badge, Button, Paper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { fetchImports } from "../api/import-api";
import { useImportTexts } from "../texts";
import { formatMoment } from "./format";

const COLOR = { dry_run: "gray", committed: "teal", undone: "red" } as const;

export function HistoryPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const tx = useImportTexts();
  const history = useQuery({ queryKey: ["imports", "history"], queryFn: fetchImports });
  return (
    <Paper withBorder p="md" mt="lg">
      <Title order={4} mb="xs">
        {tx.history}
      </Title>
      <ErrorAlert error={history.error} />
      {history.data?.length === 0 ? <Text c="dimmed">{tx.noHistory}</Text> : null}
      <Table.ScrollContainer minWidth={520}>
        <Table striped data-testid="import-history">
          <Table.Tbody>
            {history.data?.map((b) => (
              <Table.Tr key={b.id} data-batch-id={b.id}>
                <Table.Td>{b.fileName}</Table.Td>
                <Table.Td>{b.regionCode}</Table.Td>
                <Table.Td miw={120}>
                  <Badge color={COLOR[b.status]} variant="light">
                    {tx[b.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {b.rowsValid}/{b.rowsWarning}/{b.rowsRejected} · {b.rowsImported} {tx.imported}
                </Table.Td>
                <Table.Td>
                  {b.createdByName} · {formatMoment(b.createdAt)}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => onOpen(b.id)}>
                    {tx.open}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
