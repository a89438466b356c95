// /app/impor: upload → mapping → dry run (live progress) → results → commit (live progress),
// with the office's import history below.
import { Button, Paper, Progress, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useJobProgress } from "../../../lib/use-job-progress";
import { type ImportUploaded, type SheetMapping, startDryRun } from "../api/import-api";
import { useImportTexts } from "../texts";
import { HistoryPanel } from "./history-panel";
import { MappingStep } from "./mapping-step";
import { ResultsStep } from "./results-step";
import { UploadStep } from "./upload-step";

type Stage =
  | { kind: "upload" }
  | { kind: "mapping"; uploaded: ImportUploaded }
  | { kind: "results"; batchId: string };

export function ImportPage() {
  const tx = useImportTexts();
  const client = useQueryClient();
  const [stage, setStage] = useState<Stage>({ kind: "upload" });
  const [job, setJob] = useState<{ id: string; kind: "check" | "save" } | null>(null);
  const progress = useJobProgress(job?.id ?? null, () => {
    void client.invalidateQueries({ queryKey: ["imports"] });
    setJob(null);
  });
  const dryRun = useMutation({
    mutationFn: (a: { id: string; sheets: string[]; mapping: Record<string, SheetMapping> }) =>
      startDryRun(a.id, { sheets: a.sheets, mapping: a.mapping }),
    onSuccess: (r) => {
      setJob({ id: r.jobId, kind: "check" });
      setStage({ kind: "results", batchId: r.batchId });
    },
  });
  const running = job !== null && progress.state === "running";
  return (
    <>
      <PageHeader
        title={tx.title}
        subtitle={tx.subtitle}
        actions={
          stage.kind === "upload" ? null : (
            <Button variant="light" onClick={() => setStage({ kind: "upload" })}>
              {tx.newImport}
            </Button>
          )
        }
      />
      {job ? (
        <Paper withBorder p="md" mb="md">
          <Text size="sm" mb={6} role="status">
            {job.kind === "check" ? tx.checking : tx.saving} {running ? progress.message : ""}
          </Text>
          <Progress value={running ? progress.percent : 0} animated data-testid="import-progress" />
        </Paper>
      ) : null}
      {progress.state === "failed" ? <ErrorAlert error={new Error(progress.message)} /> : null}
      <ErrorAlert error={dryRun.error} />
      {stage.kind === "upload" ? (
        <UploadStep
          onUploaded={(uploaded) => {
            void client.invalidateQueries({ queryKey: ["imports"] });
            setStage({ kind: "mapping", uploaded });
          }}
        />
      ) : null}
      {stage.kind === "mapping" ? (
        <MappingStep
          uploaded={stage.uploaded}
          busy={dryRun.isPending}
          onRun={(sheets, mapping) => dryRun.mutate({ id: stage.uploaded.batch.id, sheets, mapping })}
        />
      ) : null}
      {stage.kind === "results" && !job ? (
        <ResultsStep
          key={stage.batchId}
          batchId={stage.batchId}
          busy={job !== null}
          onCommitStarted={(id) => setJob({ id, kind: "save" })}
        />
      ) : null}
      <HistoryPanel onOpen={(batchId) => setStage({ kind: "results", batchId })} />
    </>
  );
}
