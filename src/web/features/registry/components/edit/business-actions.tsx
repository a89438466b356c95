// The corrections a business page offers to roles that may write the register: edit the business
// or its owner, record a production pivot or a product. Each opens its own form.
import { Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessPage } from "../../../../../server/modules/registry/contract-business-page";
import { RegistryIcon } from "../registry-icons";
import { EditBusinessModal } from "./edit-business-modal";
import { EditOwnerModal } from "./edit-owner-modal";
import { PivotModal } from "./pivot-modal";
import { ProductModal } from "./product-modal";

type Open = "business" | "owner" | "pivot" | "product" | null;

export function BusinessActions({ page }: { page: BusinessPage }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const button = (key: Exclude<Open, null>, label: string) => (
    <Button
      size="xs"
      variant="light"
      leftSection={<RegistryIcon name="edit" size={14} />}
      onClick={() => setOpen(key)}
    >
      {label}
    </Button>
  );
  return (
    <>
      <Group gap="xs" mb="md" wrap="wrap">
        {button("business", t("registry.edit.editBusiness"))}
        {button("owner", t("registry.edit.editOwner"))}
        {button("pivot", t("registry.edit.addPivot"))}
        {button("product", t("registry.edit.addProduct"))}
      </Group>
      {open === "business" ? <EditBusinessModal business={page.business} opened onClose={close} /> : null}
      {open === "owner" ? <EditOwnerModal owner={page.owner} opened onClose={close} /> : null}
      <PivotModal businessId={page.business.id} opened={open === "pivot"} onClose={close} />
      <ProductModal businessId={page.business.id} opened={open === "product"} onClose={close} />
    </>
  );
}
