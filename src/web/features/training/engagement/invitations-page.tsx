// Invitations of one training as a WhatsApp send list (the market's send-list pattern): one row per
// participant with the filled message; one tap opens WhatsApp and marks it sent (who and when are
// kept). Printing gives a QR list for the venue.
import { Badge, Button, Group, Image, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { useEvent } from "../hooks/use-training";
import { type Invitation, publicPaths } from "./api";
import { useInvitations, useMarkSent } from "./hooks";

function sentLabel(item: Invitation, language: string): string {
  if (!item.sentAt) return "";
  const at = new Date(item.sentAt).toLocaleString(language === "en" ? "en-GB" : "id-ID", {
    dateStyle: "short",
    timeStyle: "short",
  });
  return `${item.sentBy} · ${at}`;
}

function Row({ eventId, item }: { eventId: string; item: Invitation }) {
  const { t, i18n } = useTranslation();
  const mark = useMarkSent(eventId);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="invitation-row" className="invitation-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>{item.ownerName}</Text>
          <Text size="sm" c="dimmed">
            {item.businessName} · {item.phone ?? "–"}
          </Text>
          <Text ff="monospace" size="sm" data-testid="invitation-code">
            {item.code}
          </Text>
        </Stack>
        <Image src={publicPaths.qr(item.code)} alt={item.code} w={88} h={88} />
      </Group>
      <Group gap={6} mt={4}>
        {item.sentAt ? (
          <Badge color="teal" variant="light" data-testid="sent-badge">
            {t("training.engagement.sendList.sent")}
          </Badge>
        ) : null}
        {item.checkedInAt ? (
          <Badge color="green" variant="light">
            {t("training.engagement.sendList.present")}
          </Badge>
        ) : null}
      </Group>
      <Text
        size="sm"
        mt={6}
        style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
        className="no-print"
      >
        {item.text}
      </Text>
      <Group mt="xs" gap="sm" className="no-print">
        {item.link ? (
          <Button
            component="a"
            href={item.link}
            target="_blank"
            rel="noopener"
            color="green"
            size="compact-md"
            onClick={() => mark.mutate(item.participantId)}
          >
            {item.sentAt
              ? t("training.engagement.sendList.openAgain")
              : t("training.engagement.sendList.open")}
          </Button>
        ) : (
          <Text size="sm" c="red">
            {t("training.engagement.sendList.noWhatsApp")}
          </Text>
        )}
        {item.sentAt ? (
          <Text size="xs" c="dimmed" data-testid="sent-by">
            {t("training.engagement.sendList.sentBy", { who: sentLabel(item, i18n.language) })}
          </Text>
        ) : null}
      </Group>
      <ErrorAlert error={mark.error} />
    </Paper>
  );
}

export function InvitationsPage() {
  const { t } = useTranslation();
  const { eventId = "" } = useParams({ strict: false }) as { eventId?: string };
  const event = useEvent(eventId);
  const list = useInvitations(eventId);
  const open = list.data?.filter((x) => !x.sentAt).length ?? 0;
  return (
    <>
      <style>
        {
          "@media print { .no-print, nav, header { display: none !important } .invitation-row { break-inside: avoid } }"
        }
      </style>
      <PageHeader
        title={t("training.engagement.sendList.title")}
        subtitle={event.data?.title ?? t("training.engagement.sendList.subtitle")}
      />
      <ErrorAlert error={list.error ?? event.error} />
      {list.isPending ? <Skeleton h={160} /> : null}
      {list.data ? (
        <Group justify="space-between" mb="sm" className="no-print">
          <Text data-testid="send-count">
            {t("training.engagement.sendList.count", { count: list.data.length, open })}
          </Text>
          <Button variant="default" size="sm" onClick={() => window.print()}>
            {t("training.engagement.sendList.print")}
          </Button>
        </Group>
      ) : null}
      <Stack gap="sm" maw={720}>
        {list.data?.map((item) => (
          <Row key={item.participantId} eventId={eventId} item={item} />
        ))}
      </Stack>
      {list.data?.length === 0 ? <Text c="dimmed">{t("training.noParticipants")}</Text> : null}
    </>
  );
}
