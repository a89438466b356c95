// UI language setup: Bahasa Indonesia by default, English second. The choice of a signed-out visitor
// is remembered in localStorage; a signed-in user's own setting (Me.language) overrides it.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { id } from "./id";

export const languages = ["id", "en"] as const;
export type Language = (typeof languages)[number];
export type { Messages } from "./id";

/** A message key as `t()` takes it: plural forms (`rows_one`, `rows_other`) are asked for as `rows`. */
export type MessageKey<K> = K extends `${infer Base}_one` | `${infer Base}_other` ? Base : K;

const storageKey = "sinergi.language";

export function isLanguage(value: unknown): value is Language {
  return value === "id" || value === "en";
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : "id";
  } catch {
    return "id";
  }
}

function reflectOnDocument(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

/** Initialises i18next once; safe to call again. */
export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: "id",
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  reflectOnDocument(i18n.language);
  i18n.on("languageChanged", reflectOnDocument);
  return i18n;
}

/** Current UI language, as sent in Accept-Language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "id";
}

/** Switches the UI language and remembers it for the next visit. */
export async function applyLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode or disabled storage: the switch still applies to this tab.
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export { i18n };
