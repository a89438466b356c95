// Block 1: the owner as on the KTP. A valid NIK fills birth date and sex when they are still empty.
import { Group, Input, SegmentedControl, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatCalendarDate, readBirthDate } from "../../forms/check-owner";
import type { OwnerDraft } from "../../forms/field-draft";
import { RegionDrill } from "../region-drill";
import type { FieldMessage } from "./field-messages";
import { FormSection } from "./form-section";
import { belowInput, NikInput } from "./nik-input";

type Props = {
  owner: OwnerDraft;
  scope: string;
  today: string;
  set: <K extends keyof OwnerDraft>(key: K, value: OwnerDraft[K]) => void;
  setOwner: (owner: OwnerDraft) => void;
  message: (path: string) => FieldMessage;
};

function BirthDateEcho({ value, today }: { value: string; today: string }) {
  const { t } = useTranslation();
  const read = readBirthDate(value, today);
  if (read === null || "key" in read) return <>{t("registry.form.birthDateHint")}</>;
  return <>{t("registry.form.birthDateRead", { date: formatCalendarDate(read) })}</>;
}

export function OwnerSection({ owner, scope, today, set, setOwner, message }: Props) {
  const { t } = useTranslation();
  const field = (key: keyof OwnerDraft) => ({
    value: String(owner[key] ?? ""),
    onChange: (event: { currentTarget: { value: string } }) =>
      set(key, event.currentTarget.value as OwnerDraft[typeof key]),
    ...message(`owner.${key}`),
    size: "md" as const,
  });
  const sexMessage = message("owner.sex");
  const birth = message("owner.birthDate");
  return (
    <FormSection number={1} title={t("registry.form.stepOwner")}>
      <NikInput
        label={t("registry.form.nik")}
        value={owner.nik}
        message={message("owner.nik")}
        onChange={(nik, reading) => {
          const next: OwnerDraft = { ...owner, nik };
          if (reading.kind === "valid") {
            if (owner.birthDate.trim() === "") next.birthDate = formatCalendarDate(reading.info.birthDate);
            if (owner.sex === "") next.sex = reading.info.sex;
          }
          setOwner(next);
        }}
      />
      <TextInput label={t("registry.form.name")} required autoComplete="off" {...field("name")} />
      <Input.Wrapper
        label={t("registry.form.sex")}
        required
        size="md"
        id="owner-sex"
        labelElement="div"
        error={sexMessage.error}
        description={sexMessage.error ? undefined : sexMessage.description}
        inputWrapperOrder={belowInput}
      >
        <SegmentedControl
          aria-labelledby="owner-sex-label"
          fullWidth
          size="md"
          value={owner.sex}
          onChange={(value) => set("sex", value === "L" || value === "P" ? value : "")}
          data={[
            { value: "L", label: t("registry.sex.L") },
            { value: "P", label: t("registry.sex.P") },
          ]}
        />
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t("registry.form.birthPlace")} autoComplete="off" {...field("birthPlace")} />
        <TextInput
          label={t("registry.form.birthDate")}
          autoComplete="off"
          {...field("birthDate")}
          description={birth.description ?? <BirthDateEcho value={owner.birthDate} today={today} />}
          inputWrapperOrder={belowInput}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t("registry.form.noKk")}
          inputMode="numeric"
          autoComplete="off"
          {...field("noKk")}
        />
        <TextInput
          label={t("registry.form.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          {...field("phone")}
        />
      </SimpleGrid>
      <TextInput label={t("registry.form.street")} autoComplete="off" {...field("street")} />
      <Group grow gap="md" align="flex-start">
        <TextInput label={t("registry.form.rt")} inputMode="numeric" maxLength={5} {...field("rt")} />
        <TextInput label={t("registry.form.rw")} inputMode="numeric" maxLength={5} {...field("rw")} />
      </Group>
      <RegionDrill
        scope={scope}
        depth="village"
        value={owner.villageCode}
        onChange={(code) => set("villageCode", code)}
        error={message("owner.villageCode").error}
        testIdPrefix="owner"
      />
    </FormSection>
  );
}
