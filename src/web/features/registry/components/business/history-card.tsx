// The audit trail of the business, its owner and its kendala: who did what, when.
import { Paper, Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HistoryEvent } from "../../../../../server/modules/registry/contract";
import { formatMoment } from "../../lib/format";

/** The register's coded fields and the vocabulary their values are named in (per record kind). */
function vocabOf(entityType: string, field: string): string | null {
  if (field === "sector") return "sectors";
  if (field === "sizeClass") return "sizes";
  if (field === "salesChannels") return "channels";
  if (field === "status") return entityType === "constraint" ? "constraintStatuses" : "statuses";
  if (field === "type" && entityType === "constraint") return "constraintTypes";
  if (field === "sex") return "sex";
  return null;
}

/** "Nama: Penjahit Bu Siti → Konveksi Bu Siti", one line per changed field; codes by their names. */
function Changes({ changes, entityType }: { changes: HistoryEvent["changes"]; entityType: string }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return null;
  const field = (name: string) => {
    const key = `registry.edit.fields.${name}`;
    return i18n.exists(key) ? String(t(key as "registry.edit.fields.name")) : name;
  };
  const word = (vocab: string | null, v: unknown) => {
    const key = `registry.${vocab}.${String(v)}`;
    return vocab && i18n.exists(key) ? String(t(key as "registry.sectors.lainnya")) : String(v);
  };
  const value = (name: string, v: unknown) => {
    if (v === null || v === undefined || v === "") return t("registry.edit.empty");
    const vocab = vocabOf(entityType, name);
    return Array.isArray(v) ? v.map((x) => word(vocab, x)).join(", ") : word(vocab, v);
  };
  return (
    <Stack gap={0} mt={2}>
      {changes.slice(0, 12).map((c) => (
        <Text size="xs" key={c.field} data-testid="history-change">
          {t("registry.edit.changeTo", {
            field: field(c.field),
            from: value(c.field, c.from),
            to: value(c.field, c.to),
          })}
        </Text>
      ))}
    </Stack>
  );
}

export function HistoryCard({ history, scope }: { history: readonly HistoryEvent[]; scope: string }) {
  const { t, i18n } = useTranslation();
  // Audit actions are "registry.create-business"; unknown ones (other modules) show as they are.
  const label = (action: string) => {
    const key = `registry.actions.${action.replace(/^registry\./, "")}`;
    return i18n.exists(key) ? String(t(key as "registry.actions.create-business")) : action;
  };
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-label={t("registry.business.history")}
    >
      <Title order={2} fz="h5" mb="sm">
        {t("registry.business.history")}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("registry.business.noHistory")}
        </Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={-1}>
          {history.slice(0, 50).map((event) => (
            <Timeline.Item
              key={`${event.at}-${event.action}-${event.entityType}`}
              title={
                <Text size="sm" fw={500}>
                  {label(event.action)}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                {event.actorName} · {formatMoment(event.at, { scope, language: i18n.language })}
              </Text>
              <Changes changes={event.changes} entityType={event.entityType} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
