// Step 2: sheets to import (data sheets pre-selected) and each sheet's column → field mapping,
// with the earlier imports of the same file shown as a warning.
import { Alert, Button, Checkbox, NativeSelect, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { ImportUploaded, SheetMapping } from "../api/import-api";
import { useImportTexts } from "../texts";
import { formatMoment } from "./format";

type Props = {
  uploaded: ImportUploaded;
  busy: boolean;
  onRun: (sheets: string[], mapping: Record<string, SheetMapping>) => void;
};

function initialMapping(uploaded: ImportUploaded): Record<string, SheetMapping> {
  const out: Record<string, SheetMapping> = {};
  for (const sheet of uploaded.sheets) {
    if (!sheet.header) continue;
    out[sheet.name] = {
      headerRow: sheet.header.bottom,
      columns: Object.fromEntries(sheet.header.columns.map((c) => [String(c.index), c.role])),
    };
  }
  return out;
}

export function MappingStep({ uploaded, busy, onRun }: Props) {
  const tx = useImportTexts();
  const [chosen, setChosen] = useState(() =>
    uploaded.sheets.filter((s) => s.skipReason === null).map((s) => s.name),
  );
  const [mapping, setMapping] = useState(() => initialMapping(uploaded));
  const setRole = (sheet: string, index: number, role: string) =>
    setMapping((m) => {
      const current = m[sheet] ?? { columns: {} };
      return {
        ...m,
        [sheet]: { ...current, columns: { ...current.columns, [String(index)]: role === "" ? null : role } },
      };
    });
  const toggle = (name: string, on: boolean) =>
    setChosen((c) => (on ? [...c, name] : c.filter((n) => n !== name)));
  return (
    <Stack gap="md">
      {uploaded.previous.map((p) => (
        <Alert key={p.id} color="yellow" data-testid="duplicate-warning">
          {tx.duplicate} {formatMoment(p.createdAt)} {tx.by} {p.createdByName} ({tx[p.status]}).
        </Alert>
      ))}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {tx.sheets}
        </Title>
        <Stack gap={4}>
          {uploaded.sheets.map((s) => (
            <Checkbox
              key={s.name}
              label={
                s.skipReason ? `${s.name} (${tx.skipped}: ${tx.skip[s.skipReason] ?? s.skipReason})` : s.name
              }
              checked={chosen.includes(s.name)}
              onChange={(e) => toggle(s.name, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Paper>
      {uploaded.sheets
        .filter((s) => chosen.includes(s.name) && s.header)
        .map((s) => (
          <Paper withBorder p="md" key={s.name}>
            <Title order={4}>
              {tx.mapping}: {s.name}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {tx.mappingHelp}
            </Text>
            <Table striped withTableBorder>
              <Table.Tbody>
                {s.header?.columns.map((c) => (
                  <Table.Tr key={c.index}>
                    <Table.Td w={40}>{c.letter}</Table.Td>
                    <Table.Td>{c.label}</Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={`${s.name} ${c.letter} ${c.label}`}
                        value={mapping[s.name]?.columns[String(c.index)] ?? ""}
                        onChange={(e) => setRole(s.name, c.index, e.currentTarget.value)}
                        data={[
                          { value: "", label: tx.ignore },
                          ...uploaded.roles.map((r) => ({ value: r.role, label: r.label })),
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))}
      <Button
        onClick={() =>
          onRun(chosen, Object.fromEntries(Object.entries(mapping).filter(([k]) => chosen.includes(k))))
        }
        disabled={chosen.length === 0}
        loading={busy}
      >
        {tx.dryRun}
      </Button>
    </Stack>
  );
}
