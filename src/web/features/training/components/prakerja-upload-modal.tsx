// Importing a Kartu Prakerja participant list (NIK or name + birth date; wave and status columns
// kept per row) through the shared list upload.
import { useTranslation } from "react-i18next";
import { ListUploadModal, type ListUploadPlace } from "../../../components/list-upload-modal";
import type { PrakerjaList } from "../api/prakerja-api";
import { useUploadPrakerja } from "../hooks/use-prakerja";

export function PrakerjaUploadModal({
  onDone,
  ...place
}: ListUploadPlace & { onDone: (list: PrakerjaList) => void }) {
  const { t } = useTranslation();
  const upload = useUploadPrakerja();
  return (
    <ListUploadModal
      {...place}
      upload={upload}
      onUploaded={(r) => onDone(r.list)}
      hint={t("training.prakerja.importHint")}
      labels={{
        title: t("training.prakerja.import"),
        file: t("training.prakerja.file"),
        name: t("training.prakerja.name"),
        namePlaceholder: t("training.prakerja.namePlaceholder"),
        asOf: t("training.prakerja.asOf"),
        asOfPlaceholder: "2020-09-15",
        region: t("training.region"),
        submit: t("training.prakerja.submit"),
      }}
    />
  );
}
