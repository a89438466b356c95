// The PLUT's own page: where it is and when it is open (shown to buyers on the store and tracking
// pages), the hours a buyer has to pay an allocation, and the texts of the buyer messages.
import { Button, Group, NumberInput, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ui/error-alert";
import { PageHeader } from "../../../components/ui/page-header";
import { type MessageEvent, type PlutSettings, type PlutSettingsInput, plutApi } from "../api-plut";
import { MarketTabs } from "./market-tabs";
import { OpeningDaysField } from "./opening-days-field";

function SettingsForm({ settings }: { settings: PlutSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState<PlutSettingsInput>(settings);
  const save = useMutation({
    mutationFn: plutApi.saveSettings,
    onSuccess: (data) => client.setQueryData(["market", "plut"], data),
  });
  const field = (key: "name" | "city" | "address" | "mapUrl" | "whatsapp") => ({
    label: t(`market.plut.${key}`),
    value: form[key] ?? "",
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.currentTarget.value }),
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          ...form,
          mapUrl: form.mapUrl?.trim() || null,
          whatsapp: form.whatsapp?.trim() || null,
        });
      }}
    >
      <Stack gap="sm">
        <TextInput required {...field("name")} />
        <TextInput {...field("address")} />
        <TextInput {...field("city")} />
        {settings.openingHoursText && form.openingDays.length === 0 ? (
          <Text size="sm" c="orange.8" data-testid="plut-hours-text">
            {t("market.plut.hoursText", { text: settings.openingHoursText })}
          </Text>
        ) : null}
        <OpeningDaysField
          value={form.openingDays}
          onChange={(openingDays) => setForm({ ...form, openingDays })}
        />
        <TextInput {...field("mapUrl")} placeholder="https://maps.app.goo.gl/…" />
        <TextInput {...field("whatsapp")} />
        <NumberInput
          label={t("market.plut.paymentHours")}
          description={t("market.plut.paymentHoursHint")}
          min={1}
          max={168}
          value={form.paymentHours}
          onChange={(v) => setForm({ ...form, paymentHours: Number(v) || 1 })}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("market.plut.save")}
          </Button>
          {save.isSuccess ? <Text c="teal">{t("market.plut.saved")}</Text> : null}
        </Group>
      </Stack>
    </Paper>
  );
}

function TemplatesForm({ settings }: { settings: PlutSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => setTexts(Object.fromEntries(settings.templates.map((x) => [x.event, x.text]))), [settings]);
  const save = useMutation({
    mutationFn: plutApi.saveTemplates,
    onSuccess: (data) => client.setQueryData(["market", "plut"], data),
  });
  const submit = (templates: Partial<Record<MessageEvent, string>>) => save.mutate(templates);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} fz="h4" mb={4}>
        {t("market.plut.messagesTitle")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("market.plut.placeholders", { list: settings.placeholders.map((p) => `{${p}}`).join(" ") })}
      </Text>
      <Stack gap="md">
        {settings.templates.map((tpl) => (
          <Stack key={tpl.event} gap={4}>
            <Textarea
              autosize
              minRows={2}
              label={t(`market.messages.event.${tpl.event}`)}
              value={texts[tpl.event] ?? ""}
              onChange={(e) => setTexts({ ...texts, [tpl.event]: e.currentTarget.value })}
            />
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="light"
                loading={save.isPending && save.variables?.[tpl.event] !== undefined}
                onClick={() => submit({ [tpl.event]: texts[tpl.event] ?? "" })}
              >
                {t("market.plut.saveText")}
              </Button>
              {tpl.custom ? (
                <Button size="compact-sm" variant="subtle" onClick={() => submit({ [tpl.event]: "" })}>
                  {t("market.plut.resetText")}
                </Button>
              ) : (
                <Text size="xs" c="dimmed">
                  {t("market.plut.defaultText")}
                </Text>
              )}
            </Group>
          </Stack>
        ))}
        <ErrorAlert error={save.error} />
      </Stack>
    </Paper>
  );
}

export function PlutPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: ["market", "plut"],
    queryFn: ({ signal }) => plutApi.settings(signal),
  });
  return (
    <>
      <PageHeader title={t("market.plut.title")} subtitle={t("market.plut.subtitle")} />
      <MarketTabs />
      <ErrorAlert error={settings.error} />
      {settings.data ? (
        <Stack gap="lg" maw={720}>
          <SettingsForm key={settings.data.regionCode} settings={settings.data} />
          <TemplatesForm settings={settings.data} />
        </Stack>
      ) : null}
    </>
  );
}

export default PlutPage;
