// Shown after a save: sent to the server, or kept in the queue until there is signal.
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useOutboxRecords } from "../../hooks/use-outbox";
import type { SaveResult } from "../../hooks/use-save-record";
import { isFieldRecord } from "../../offline/kendala-outbox";
import { RegistryIcon } from "../registry-icons";
import { DuplicateQuestion } from "./duplicate-question";

export function SaveResultPanel({
  result,
  onAnother,
}: {
  result: Exclude<SaveResult, { kind: "refused" }>;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  // Follows the record in the queue: a "decision" answered here is sent again at once.
  const { records } = useOutboxRecords();
  const found = records.find((r) => r.clientId === result.record.clientId);
  const record = found && isFieldRecord(found) ? found : result.record;
  if (record.status === "decision") return <DuplicateQuestion record={record} />;
  const name = record.summary.businessName || record.summary.ownerName;
  const sent = record.status === "sent";
  return (
    <Paper
      withBorder
      p={{ base: "md", sm: "xl" }}
      data-testid="save-result"
      data-status={sent ? "sent" : "queued"}
    >
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color={sent ? "teal" : "orange"}>
          <RegistryIcon name={sent ? "check" : "clock"} size={30} />
        </ThemeIcon>
        <Title order={2} fz="h3">
          {t("registry.form.savedTitle")}
        </Title>
        <Text maw={460}>
          {sent ? t("registry.form.sentNow", { name }) : t("registry.form.queued", { name })}
        </Text>
        <Group justify="center" mt="sm" gap="sm">
          <Button size="lg" onClick={onAnother}>
            {t("registry.form.another")}
          </Button>
          {sent && record.serverId ? (
            <Button
              size="lg"
              variant="default"
              renderRoot={(props) => (
                <Link
                  to="/app/registri/$businessId"
                  params={{ businessId: record.serverId ?? "" }}
                  {...props}
                />
              )}
            >
              {t("registry.form.openBusiness")}
            </Button>
          ) : (
            <Button size="lg" variant="default" renderRoot={(props) => <Link to="/app/antrean" {...props} />}>
              {t("registry.form.openQueue")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
