// EMVCo Merchant-Presented Mode payloads are a flat list of TLV fields: a 2-digit id, a 2-digit
// length and the value; template fields (26–51, 62, 64) hold the same structure inside their value.

export type TlvField = { id: string; value: string };

export type TlvParseResult =
  | { ok: true; fields: TlvField[] }
  | { ok: false; error: { code: "MALFORMED_TLV" | "DUPLICATE_TAG"; position: number } };

/** Splits a TLV string into fields, in order; ids must be unique at this level. */
export function parseTlv(text: string): TlvParseResult {
  const fields: TlvField[] = [];
  const seen = new Set<string>();
  let pos = 0;
  while (pos < text.length) {
    const id = text.slice(pos, pos + 2);
    const lengthText = text.slice(pos + 2, pos + 4);
    if (!/^\d\d$/.test(id) || !/^\d\d$/.test(lengthText))
      return { ok: false, error: { code: "MALFORMED_TLV", position: pos } };
    const length = Number(lengthText);
    const value = text.slice(pos + 4, pos + 4 + length);
    if (value.length !== length) return { ok: false, error: { code: "MALFORMED_TLV", position: pos } };
    if (seen.has(id)) return { ok: false, error: { code: "DUPLICATE_TAG", position: pos } };
    seen.add(id);
    fields.push({ id, value });
    pos += 4 + length;
  }
  return { ok: true, fields };
}

/** One field as TLV text; a value longer than 99 characters cannot be encoded. */
export function encodeField(field: TlvField): string {
  if (field.value.length > 99) throw new RangeError(`TLV value of ${field.id} longer than 99`);
  return `${field.id}${String(field.value.length).padStart(2, "0")}${field.value}`;
}

export function encodeTlv(fields: readonly TlvField[]): string {
  return fields.map(encodeField).join("");
}

/** Fields sorted by numeric id, the order EMVCo payloads are written in. */
export function sortFields(fields: readonly TlvField[]): TlvField[] {
  return [...fields].sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) of the text's UTF-8
 * bytes, as 4 upper-case hex digits. QRIS computes it over the payload up to and including "6304".
 */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** Appends the CRC field ("6304" + CRC) to a payload written without it. */
export function withCrc(payloadWithoutCrc: string): string {
  const head = `${payloadWithoutCrc}6304`;
  return `${head}${crc16CcittFalse(head)}`;
}
