// Public page (no login) that checks a training certificate by its code: /sertifikat/<code>.
import { Alert, Card, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../../components/public-frame";
import { Icon } from "../../../components/ui/icons";
import { useCertificateCheck } from "../hooks/use-training";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </div>
  );
}

/** A date in the reader's language: "11 Agustus 2020" / "11 August 2020". */
function longDate(iso: string, language: string): string {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toLocaleDateString(
    language === "en" ? "en-GB" : "id-ID",
    { timeZone: iso.length === 10 ? "UTC" : "Asia/Jakarta", day: "numeric", month: "long", year: "numeric" },
  );
}

export function CertificateCheckPage() {
  const { t, i18n } = useTranslation();
  const { code = "" } = useParams({ strict: false }) as { code?: string };
  const check = useCertificateCheck(code);
  const c = check.data;
  return (
    <PublicFrame title={t("training.publicTitle")}>
      <Stack maw={560} mx="auto" gap="md">
        <Title order={1} size="h2">
          {t("training.check.title")}
        </Title>
        {check.isPending ? <Text c="dimmed">{t("app.loading")}</Text> : null}
        {check.error ? (
          <Alert
            color="red"
            variant="light"
            icon={<Icon name="alert" />}
            title={t("training.check.invalid")}
            role="alert"
          >
            {check.error instanceof Error ? check.error.message : ""}
            <Text size="sm" mt={4}>
              {t("training.check.code")}: {code}
            </Text>
          </Alert>
        ) : null}
        {c ? (
          <Card withBorder radius="md" data-testid="certificate-valid">
            <Alert color="green" variant="light" title={t("training.check.valid")} mb="md">
              {t("training.check.validText")}
            </Alert>
            <Stack gap="sm">
              <Row label={t("training.check.code")} value={c.code} />
              <Row label={t("training.check.holder")} value={`${c.ownerName} (${c.businessName})`} />
              <Row label={t("training.event")} value={c.eventTitle} />
              <Row label={t("training.topic")} value={c.topic} />
              <Row label={t("training.check.heldOn")} value={longDate(c.heldOn, i18n.language)} />
              {c.organiser ? <Row label={t("training.check.organiser")} value={c.organiser} /> : null}
              <Row label={t("training.check.issuedAt")} value={longDate(c.issuedAt, i18n.language)} />
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </PublicFrame>
  );
}
