// UI language setup: Bahasa Indonesia by default, English second. The choice of a signed-out visitor
// is remembered in localStorage; a signed-in user's own setting (Me.language) overrides it, except
// that a choice made on a signed-out page just before signing in is saved on the account.
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
// Per tab (survives a reload of the sign-in page, not the next visit): only a choice made now counts.
const chosenKey = "sinergi.language.chosen";

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

/** A language picked on a signed-out page: applied now and kept for the sign-in that follows. */
export async function chooseLanguageSignedOut(language: Language): Promise<void> {
  try {
    globalThis.sessionStorage?.setItem(chosenKey, language);
  } catch {
    // Without storage the choice still applies until the account's setting replaces it.
  }
  await applyLanguage(language);
}

/** The language picked before signing in, once (read and forgotten), or null when none was. */
export function takeLanguageChosenSignedOut(): Language | null {
  try {
    const value = globalThis.sessionStorage?.getItem(chosenKey);
    globalThis.sessionStorage?.removeItem(chosenKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export { i18n };
