// The audit trail of the business, its owner and its kendala: who did what, when.
import { Paper, Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HistoryEvent } from "../../../../../server/modules/registry/contract";
import { formatMoment } from "../../lib/format";

/** "Nama: Penjahit Bu Siti → Konveksi Bu Siti", one line per changed field. */
function Changes({ changes }: { changes: HistoryEvent["changes"] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return null;
  const field = (name: string) => {
    const key = `registry.edit.fields.${name}`;
    return i18n.exists(key) ? String(t(key as "registry.edit.fields.name")) : name;
  };
  const value = (v: unknown) =>
    v === null || v === undefined || v === ""
      ? t("registry.edit.empty")
      : Array.isArray(v)
        ? v.join(", ")
        : String(v);
  return (
    <Stack gap={0} mt={2}>
      {changes.slice(0, 12).map((c) => (
        <Text size="xs" key={c.field} data-testid="history-change">
          {t("registry.edit.changeTo", { field: field(c.field), from: value(c.from), to: value(c.to) })}
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
              <Changes changes={event.changes} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
