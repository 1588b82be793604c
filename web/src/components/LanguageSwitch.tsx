import { useLanguage } from '../lib/i18n';

/** Switches between Dutch and English at any point; nothing typed or chosen is lost. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const other = language === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" class="language-switch" lang={other} onClick={() => setLanguage(other)}>
      {other === 'en' ? 'English' : 'Nederlands'}
    </button>
  );
}
