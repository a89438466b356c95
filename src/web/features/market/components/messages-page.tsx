// Buyer messages per event (allocation result, wait-list offer, payment received, ready for pickup,
// dispatched): one row per buyer; one tap opens WhatsApp with the PLUT's text filled in and marks
// the message sent (who and when are kept).
import { Anchor, Badge, Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useCurrentUser } from "../../../lib/session/current-user";
import { MESSAGE_EVENTS, type MessageEvent, plutApi, type SendListItem } from "../api-plut";
import { MarketTabs } from "./market-tabs";
import { plutDay, zoneOfScope } from "./plut-dates";

function sentLabel(item: SendListItem, tz: string, language: string): string {
  if (!item.sentAt) return "";
  const at = new Date(item.sentAt).toLocaleString(language === "id" ? "id-ID" : "en-GB", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: tz,
  });
  return `${item.sentBy} · ${at}`;
}

function Row({ item, event }: { item: SendListItem; event: MessageEvent }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const mark = useMutation({
    mutationFn: plutApi.markSent,
    onSuccess: () => client.invalidateQueries({ queryKey: ["market", "messages"] }),
  });
  return (
    <Paper withBorder p="sm" radius="md" data-testid="send-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>
            {item.buyerName}{" "}
            <Text span ff="monospace" size="sm">
              {item.code}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {item.phone}
          </Text>
        </Stack>
        {item.sentAt ? (
          <Badge color="teal" variant="light" data-testid="sent-badge">
            {t("market.messages.sent")}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" mt={6} style={{ whiteSpace: "pre-wrap" }} data-testid="send-text">
        {item.text}
      </Text>
      <Group mt="xs" gap="sm">
        {item.link ? (
          <Button
            component="a"
            href={item.link}
            target="_blank"
            rel="noopener"
            color="green"
            size="compact-md"
            onClick={() => mark.mutate({ orderId: item.orderId, event })}
          >
            {item.sentAt ? t("market.messages.openAgain") : t("market.messages.open")}
          </Button>
        ) : (
          <Text size="sm" c="red">
            {t("market.messages.noWhatsApp")}
          </Text>
        )}
        {item.sentAt ? (
          <Text size="xs" c="dimmed" data-testid="sent-by">
            {t("market.messages.sentBy", { who: sentLabel(item, zoneOfScope(me.scope), i18n.language) })}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={mark.error} />
    </Paper>
  );
}

export function MessagesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [event, setEvent] = useState<MessageEvent>("allocation");
  const [date, setDate] = useState(plutDay(me.scope, 1));
  const list = useQuery({
    queryKey: ["market", "messages", event, date],
    queryFn: ({ signal }) => plutApi.sendList({ event, date }, signal),
  });
  const open = list.data?.filter((x) => !x.sentAt).length ?? 0;
  return (
    <>
      <PageHeader title={t("market.messages.title")} subtitle={t("market.messages.subtitle")} />
      <MarketTabs />
      <Group align="flex-end" mb="md">
        <Select
          label={t("market.messages.eventLabel")}
          value={event}
          allowDeselect={false}
          onChange={(v) => v && setEvent(v as MessageEvent)}
          data={MESSAGE_EVENTS.map((e) => ({ value: e, label: t(`market.messages.event.${e}`) }))}
        />
        <TextInput
          type="date"
          label={t("market.date")}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? <Skeleton h={160} /> : null}
      {list.data ? (
        <Text mb="sm" data-testid="send-count">
          {t("market.messages.count", { count: list.data.length, open })}
        </Text>
      ) : null}
      <Stack gap="sm" maw={720}>
        {list.data?.map((item) => (
          <Row key={item.orderId} item={item} event={event} />
        ))}
      </Stack>
      {list.data && list.data.length === 0 ? <Text c="dimmed">{t("market.messages.empty")}</Text> : null}
      <Anchor href="/app/toko/plut" size="sm" mt="md" display="block">
        {t("market.messages.editTexts")}
      </Anchor>
    </>
  );
}

export default MessagesPage;
