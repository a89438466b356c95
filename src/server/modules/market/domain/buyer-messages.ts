// The WhatsApp messages a PLUT sends its buyers, one text per event, in one place: the defaults
// (Bahasa Indonesia) live here, a PLUT may reword any of them (stored with its settings), and
// {placeholders} are filled per order. The link opens WhatsApp with the text ready (wa.me).

export const BUYER_MESSAGE_EVENTS = [
  "allocation",
  "payment_received",
  "ready_for_pickup",
  "dispatched",
  "waitlist_offer",
] as const;
export type BuyerMessageEvent = (typeof BUYER_MESSAGE_EVENTS)[number];

/** Placeholders a template may use; unknown ones stay as written. */
export const MESSAGE_PLACEHOLDERS = [
  "nama",
  "kode",
  "produk",
  "jumlah",
  "total",
  "batas",
  "bayar",
  "hasil",
  "plut",
  "alamat",
  "jam",
  "peta",
  "lacak",
] as const;
export type MessageVars = Partial<Record<(typeof MESSAGE_PLACEHOLDERS)[number], string>>;

export const DEFAULT_MESSAGE_TEMPLATES: Record<BuyerMessageEvent, string> = {
  allocation:
    "Halo {nama}, hasil pembagian pra-pesan {kode} ({produk}): {hasil} {bayar} Lacak pesanan: {lacak}",
  payment_received:
    "Halo {nama}, pembayaran pesanan {kode} sebesar {total} sudah kami terima. Terima kasih! Lacak pesanan: {lacak}",
  ready_for_pickup:
    "Halo {nama}, pesanan {kode} ({jumlah} {produk}) siap diambil di {plut}, {alamat} (jam buka: {jam}). Peta: {peta}. Tunjukkan kode pesanan di loket.",
  dispatched: "Halo {nama}, pesanan {kode} ({jumlah} {produk}) sudah dikirim. Lacak pesanan: {lacak}",
  waitlist_offer:
    "Halo {nama}, kabar baik untuk pesanan {kode}: {hasil} {bayar} Bila tidak dibayar sampai batas itu, jatahnya dialihkan ke pembeli berikutnya. Lacak pesanan: {lacak}",
};

/** The PLUT's text of an event, or the default when it has none (or an empty one). */
export function messageTemplate(
  event: BuyerMessageEvent,
  custom: Readonly<Record<string, string>> | null | undefined,
): string {
  const own = custom?.[event]?.trim();
  return own ? own : DEFAULT_MESSAGE_TEMPLATES[event];
}

/** What the buyer has to do now, for {bayar}: pay by the deadline, wait, or nothing (cancelled). */
export function paymentLine(o: {
  status: string;
  total: string;
  deadline: string | null;
  paid: boolean;
}): string {
  if (o.paid) return `Total ${o.total} sudah lunas.`;
  if (o.status === "waitlisted")
    return "Anda masuk daftar tunggu; kami kabari lewat WhatsApp bila ada jatah.";
  if (o.status === "cancelled") return "Pesanan ini dibatalkan.";
  return o.deadline ? `Total ${o.total}, bayar paling lambat ${o.deadline}.` : `Total ${o.total}.`;
}

/** Fills {placeholders}; a missing value becomes "-" so no braces reach the buyer. */
export function renderMessage(template: string, vars: MessageVars): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, key: string) =>
    (MESSAGE_PLACEHOLDERS as readonly string[]).includes(key)
      ? (vars[key as keyof MessageVars] ?? "-")
      : whole,
  );
}

/** wa.me link with the text filled in (one rule for every send list: shared/phone). */
export { whatsappLink } from "../../../../shared/phone";
