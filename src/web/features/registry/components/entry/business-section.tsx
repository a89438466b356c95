// Block 2: the business. Its address defaults to the owner's (home industries); unticking the box
// asks for its own street, RT/RW and village.
import { Checkbox, Group, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SALES_CHANNELS, SECTORS, type Sector } from "../../../../../shared/registry-vocab";
import type { BusinessDraft } from "../../forms/field-draft";
import { RegionDrill } from "../region-drill";
import { ChipChoice } from "./chip-choice";
import type { FieldMessage } from "./field-messages";
import { FormSection } from "./form-section";

type Props = {
  business: BusinessDraft;
  scope: string;
  set: <K extends keyof BusinessDraft>(key: K, value: BusinessDraft[K]) => void;
  message: (path: string) => FieldMessage;
};

const isSector = (value: string | null): value is Sector => SECTORS.some((sector) => sector === value);

export function BusinessSection({ business, scope, set, message }: Props) {
  const { t } = useTranslation();
  const text = (key: "name" | "nib" | "dailyCapacity" | "employees" | "street" | "rt" | "rw") => ({
    value: business[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    ...message(`business.${key}`),
    size: "md" as const,
    autoComplete: "off",
  });
  return (
    <FormSection number={2} title={t("registry.form.stepBusiness")}>
      <TextInput label={t("registry.form.businessName")} required {...text("name")} />
      <Select
        label={t("registry.form.sector")}
        placeholder={t("registry.form.sectorPlaceholder")}
        required
        size="md"
        data={SECTORS.map((sector) => ({ value: sector, label: t(`registry.sectors.${sector}`) }))}
        value={business.sector === "" ? null : business.sector}
        onChange={(value) => set("sector", isSector(value) ? value : "")}
        error={message("business.sector").error}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label={t("registry.form.products")}
        placeholder={t("registry.form.productsHint")}
        autosize
        minRows={2}
        size="md"
        value={business.products}
        onChange={(event) => set("products", event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput label={t("registry.form.dailyCapacity")} inputMode="numeric" {...text("dailyCapacity")} />
        <TextInput label={t("registry.form.employees")} inputMode="numeric" {...text("employees")} />
      </SimpleGrid>
      <TextInput label={t("registry.form.nib")} inputMode="numeric" {...text("nib")} />
      <ChipChoice
        label={t("registry.form.channels")}
        options={SALES_CHANNELS.map((channel) => ({
          value: channel,
          label: t(`registry.channels.${channel}`),
        }))}
        value={business.salesChannels}
        onChange={(value) => set("salesChannels", value)}
      />
      <Checkbox
        size="md"
        label={t("registry.form.atOwnerAddress")}
        checked={business.atOwnerAddress}
        onChange={(event) => set("atOwnerAddress", event.currentTarget.checked)}
      />
      {business.atOwnerAddress ? null : (
        <>
          <TextInput label={t("registry.form.street")} {...text("street")} />
          <Group grow gap="md" align="flex-start">
            <TextInput label={t("registry.form.rt")} inputMode="numeric" maxLength={5} {...text("rt")} />
            <TextInput label={t("registry.form.rw")} inputMode="numeric" maxLength={5} {...text("rw")} />
          </Group>
          <RegionDrill
            scope={scope}
            depth="village"
            value={business.regionCode}
            onChange={(code) => set("regionCode", code)}
            error={message("business.regionCode").error}
            testIdPrefix="business"
          />
        </>
      )}
    </FormSection>
  );
}
