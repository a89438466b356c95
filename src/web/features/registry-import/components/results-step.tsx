// Step 3: the dry run's counts, a filterable row table with the reasons, the error report, and
// commit / undo of the batch.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { ApiError } from "../../../lib/api-error";
import {
  type DuplicateChoice,
  errorReportUrl,
  fetchImport,
  fetchRows,
  HELD_CODE,
  IN_REGISTER_CODES,
  type RowStatus,
  startCommit,
  undoImport,
} from "../api/import-api";
import { useImportTexts } from "../texts";
import { HeldChoiceRow, RegisterChoiceAll, RegisterChoiceRow } from "./register-choice";

const COLOR = { valid: "teal", warning: "yellow", rejected: "red" } as const;
const PAGE = 100;

type Props = { batchId: string; busy: boolean; onCommitStarted: (jobId: string) => void };

export function ResultsStep({ batchId, busy, onCommitStarted }: Props) {
  const tx = useImportTexts();
  const client = useQueryClient();
  const [status, setStatus] = useState<RowStatus | "all">("all");
  const [limit, setLimit] = useState(PAGE);
  const [choiceAll, setChoiceAll] = useState<DuplicateChoice>("update");
  const [choiceRows, setChoiceRows] = useState<Record<string, DuplicateChoice>>({});
  const batch = useQuery({ queryKey: ["imports", batchId], queryFn: () => fetchImport(batchId) });
  const rows = useQuery({
    queryKey: ["imports", batchId, "rows", status, limit],
    queryFn: () =>
      fetchRows(batchId, { status: status === "all" ? undefined : status, limit: Math.min(limit, 500) }),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["imports"] });
  const commit = useMutation({
    mutationFn: (confirm: boolean) =>
      startCommit(batchId, confirm, {
        all: choiceAll,
        rows: Object.entries(choiceRows).map(([key, choice]) => {
          const at = key.lastIndexOf(":");
          return { sheet: key.slice(0, at), row: Number(key.slice(at + 1)), choice };
        }),
      }),
    onSuccess: (r) => onCommitStarted(r.jobId),
  });
  const undo = useMutation({ mutationFn: () => undoImport(batchId), onSuccess: refresh });
  const b = batch.data?.batch;
  if (!b) return <ErrorAlert error={batch.error} />;
  const register = (b.summary as { register?: { exists: number; likely: number } } | null)?.register;
  const inRegister = (register?.exists ?? 0) + (register?.likely ?? 0);
  const duplicate = commit.error instanceof ApiError && commit.error.code === "IMPORT_DUPLICATE_FILE";
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group gap="sm" data-testid="import-counts">
          <Text fw={600}>{b.fileName}</Text>
          <Badge variant="light">{tx[b.status]}</Badge>
          <Badge color="gray">
            {tx.total}: {b.rowsTotal}
          </Badge>
          <Badge color="teal" data-testid="count-valid">
            {tx.valid}: {b.rowsValid}
          </Badge>
          <Badge color="yellow" data-testid="count-warning">
            {tx.warning}: {b.rowsWarning}
          </Badge>
          <Badge color="red" data-testid="count-rejected">
            {tx.rejected}: {b.rowsRejected}
          </Badge>
          {b.status === "committed" ? (
            <Badge color="blue" data-testid="rows-imported">
              {b.rowsImported} {tx.imported}
            </Badge>
          ) : null}
        </Group>
        <Group mt="sm">
          <Anchor href={errorReportUrl(b.id)} download data-testid="error-report">
            {tx.report}
          </Anchor>
          {b.status === "dry_run" && b.analysed ? (
            <Button
              onClick={() => commit.mutate(false)}
              loading={commit.isPending || busy}
              disabled={b.rowsValid + b.rowsWarning === 0}
            >
              {tx.commit}
            </Button>
          ) : null}
          {duplicate ? (
            <Button color="orange" onClick={() => commit.mutate(true)}>
              {tx.commitAgain}
            </Button>
          ) : null}
          {b.status === "committed" ? (
            <Button
              color="red"
              variant="light"
              loading={undo.isPending}
              onClick={() => window.confirm(tx.undoConfirm) && undo.mutate()}
            >
              {tx.undo}
            </Button>
          ) : null}
        </Group>
        {b.status === "dry_run" ? (
          <RegisterChoiceAll count={inRegister} value={choiceAll} onChange={setChoiceAll} />
        ) : null}
        {b.jobError ? (
          <Alert color="red" mt="sm">
            {b.jobError}
          </Alert>
        ) : null}
        <ErrorAlert error={commit.error} />
        <ErrorAlert error={undo.error} />
      </Paper>
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v as RowStatus | "all")}
        data={[
          { value: "all", label: tx.all },
          { value: "valid", label: tx.valid },
          { value: "warning", label: tx.warning },
          { value: "rejected", label: tx.rejected },
        ]}
      />
      <ErrorAlert error={rows.error} />
      <Table.ScrollContainer minWidth={520}>
        <Table striped withTableBorder data-testid="import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tx.sheet}</Table.Th>
              <Table.Th>{tx.row}</Table.Th>
              <Table.Th>{tx.status}</Table.Th>
              <Table.Th>{tx.name}</Table.Th>
              <Table.Th>{tx.reasons}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data?.rows.map((r) => (
              <Table.Tr key={`${r.sheet}:${r.row}`} data-row={`${r.sheet}:${r.row}`} data-status={r.status}>
                <Table.Td>{r.sheet}</Table.Td>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td miw={120}>
                  <Badge color={COLOR[r.status]} variant="light">
                    {tx[r.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.values.nama ?? ""}</Table.Td>
                <Table.Td>
                  {r.errors.map((e) => (
                    <Text size="sm" key={e.code} data-code={e.code}>
                      {e.message}
                    </Text>
                  ))}
                  {b.status === "dry_run" && r.errors.some((e) => IN_REGISTER_CODES.includes(e.code)) ? (
                    <RegisterChoiceRow
                      value={choiceRows[`${r.sheet}:${r.row}`] ?? choiceAll}
                      onChange={(v) => setChoiceRows((m) => ({ ...m, [`${r.sheet}:${r.row}`]: v }))}
                    />
                  ) : null}
                  {b.status === "dry_run" && r.errors.some((e) => e.code === HELD_CODE) ? (
                    <HeldChoiceRow
                      value={choiceRows[`${r.sheet}:${r.row}`] ?? "skip"}
                      onChange={(v) => setChoiceRows((m) => ({ ...m, [`${r.sheet}:${r.row}`]: v }))}
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.data && rows.data.total > rows.data.rows.length && limit < 500 ? (
        <Button variant="subtle" onClick={() => setLimit((l) => l + PAGE)}>
          {tx.more}
        </Button>
      ) : null}
    </Stack>
  );
}
