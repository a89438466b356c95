import { extractText, getDocumentProxy } from "unpdf";

/** The text a PDF reader extracts from a document, pages joined. */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text;
}
