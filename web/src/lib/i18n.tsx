/**
 * Dutch (default) and English for every text a user sees. Texts live next to the component that
 * shows them as `{ nl, en }` pairs, so each route's chunk carries only its own words.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useLayoutEffect, useState } from 'preact/hooks';
import { fillPieces, type Insert } from '../../../core/fill';
import type { Language, Localized } from '../../../core/instrument/types';

export type { Language, Localized };

/** Where this device remembers the language chosen last. */
export const LANGUAGE_KEY = 'samenwaarde.language';

/** The language a page opens in: `?lang=`, else the one chosen last on this device, else Dutch. */
export function initialLanguage(): Language {
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (fromQuery === 'en' || fromQuery === 'nl') return fromQuery;
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
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
  const [language, setShown] = useState<Language>(initialLanguage);
  // A layout effect: the page's language attribute changes in the same frame as its texts, so a
  // screen reader never reads English words with Dutch pronunciation.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  /** Switches the page and remembers the choice on this device (only a choice someone made: never the default). */
  const setLanguage = useCallback((chosen: Language) => {
    setShown(chosen);
    try {
      localStorage.setItem(LANGUAGE_KEY, chosen);
    } catch {
      // Not remembering the choice is fine; the page still switches.
    }
  }, []);
  return <LanguageContext.Provider value={{ language, setLanguage }}>{children}</LanguageContext.Provider>;
}

/** The current language, a setter, and `t` to pick a text in it (the same function until the language changes). */
export function useLanguage() {
  const { language, setLanguage } = useContext(LanguageContext);
  const t = useCallback((text: Localized) => text[language], [language]);
  return { language, setLanguage, t };
}

export { fill } from '../../../core/fill';
export { inLanguage, type OrganiserText } from '../../../core/organiser-text';

/** A sentence with values filled in (see fill.ts); a value in another language keeps its own `lang` for screen readers. */
export function Filled({ template, values }: { template: string; values: Readonly<Record<string, Insert>> }) {
  return (
    <>{fillPieces(template, values).map((piece) => (typeof piece === 'string' ? piece : <span lang={piece.lang}>{piece.text}</span>))}</>
  );
}
