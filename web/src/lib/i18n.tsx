/**
 * Dutch (default) and English for every text a user sees. Texts live next to the component that
 * shows them as `{ nl, en }` pairs, so each route's chunk carries only its own words.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useLayoutEffect, useState } from 'preact/hooks';
import type { Language, Localized } from '../../../core/instrument/types';

export type { Language, Localized };

const STORAGE_KEY = 'samenwaarde.language';

function initialLanguage(): Language {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (fromQuery === 'en' || fromQuery === 'nl') return fromQuery;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nl') return stored;
  } catch {
    // Storage can be blocked (private mode); Dutch is the default then.
  }
  return 'nl';
}

interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: 'nl', setLanguage: () => {} });

export function LanguageProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  // A layout effect: the page's language attribute changes in the same frame as its texts, so a
  // screen reader never reads English words with Dutch pronunciation.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembering the choice is fine; the page still switches.
    }
  }, [language]);
  return <LanguageContext.Provider value={{ language, setLanguage }}>{children}</LanguageContext.Provider>;
}

/** The current language, a setter, and `t` to pick a text in it (the same function until the language changes). */
export function useLanguage() {
  const { language, setLanguage } = useContext(LanguageContext);
  const t = useCallback((text: Localized) => text[language], [language]);
  return { language, setLanguage, t };
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
