// Importing a Kartu Prakerja participant list (NIK or name + birth date; wave and status columns
// kept per row) through the shared list upload.
import { useTranslation } from "react-i18next";
import { ListUploadModal } from "../../../components/list-upload-modal";
import type { PrakerjaList } from "../api/prakerja-api";
import { useUploadPrakerja } from "../hooks/use-prakerja";

export function PrakerjaUploadModal(props: {
  opened: boolean;
  scope: string;
  onClose: () => void;
  onDone: (list: PrakerjaList) => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadPrakerja();
  return (
    <ListUploadModal
      opened={props.opened}
      scope={props.scope}
      onClose={props.onClose}
      upload={upload}
      onUploaded={(r) => props.onDone(r.list)}
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
