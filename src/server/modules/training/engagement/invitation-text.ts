// The invitation a participant receives on WhatsApp: the event, its date, how it is held (venue or
// online link) and the participant's personal page (code, QR, check-in or join, evaluation later).
import type { EventMode } from "../domain/vocab";

const MODE_TEXT: Record<EventMode, string> = {
  in_person: "Tatap muka",
  online: "Daring",
  hybrid: "Hibrida (tatap muka dan daring)",
};

export type InvitationVars = {
  ownerName: string;
  businessName: string;
  title: string;
  topic: string;
  date: string;
  mode: EventMode;
  venue: string | null;
  onlineLink: string | null;
  code: string;
  seatUrl: string;
  organiser: string;
};

export function invitationText(v: InvitationVars): string {
  const lines = [
    `Yth. ${v.ownerName} (${v.businessName}),`,
    `Anda diundang mengikuti pelatihan "${v.title}" (${v.topic}).`,
    `Tanggal: ${v.date}`,
    `Cara: ${MODE_TEXT[v.mode]}`,
  ];
  if (v.mode !== "online" && v.venue) lines.push(`Tempat: ${v.venue}`);
  if (v.mode !== "in_person" && v.onlineLink) lines.push(`Tautan daring: ${v.onlineLink}`);
  lines.push(
    `Kode peserta: ${v.code}`,
    v.mode === "online"
      ? `Catat kehadiran dan gabung lewat: ${v.seatUrl}`
      : `Tunjukkan kode QR di tempat pelatihan: ${v.seatUrl}`,
    "",
    v.organiser,
  );
  return lines.join("\n");
}
