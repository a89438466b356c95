// Public page (no login) that checks a training certificate by its code: /sertifikat/<code>.
import { Alert, Card, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PublicFrame } from "../../../app/pages/public-frame";
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

export function CertificateCheckPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams({ strict: false }) as { code?: string };
  const check = useCertificateCheck(code);
  const c = check.data;
  return (
    <PublicFrame>
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
              <Row label={t("training.check.heldOn")} value={c.heldOn} />
              {c.organiser ? <Row label={t("training.check.organiser")} value={c.organiser} /> : null}
              <Row
                label={t("training.check.issuedAt")}
                value={new Date(c.issuedAt).toLocaleDateString("id-ID")}
              />
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </PublicFrame>
  );
}
