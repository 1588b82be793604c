/**
 * The public questionnaire: anyone (respondents, works councils) can read every question asked.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Instrument, Item } from '../../../../core/instrument/types';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import { useLanguage } from '../../lib/i18n';
import { fetchCurrentInstrument } from '../../lib/instrument';

const text = {
  title: { nl: 'Alle vragen van Samenwaarde', en: 'Every question Samenwaarde asks' },
  lead: {
    nl: 'Dit zijn alle vragen die een vragenlijst kan stellen. De organisator kiest welke delen een vragenlijst gebruikt.',
    en: 'These are all the questions a survey can ask. The organiser chooses which parts a survey uses.',
  },
  version: { nl: 'Versie', en: 'Version' },
  failed: { nl: 'De vragen konden niet laden. Probeer het later opnieuw.', en: 'The questions could not load. Please try again later.' },
  minutes: { nl: 'minuten', en: 'minutes' },
  byContact: { nl: 'ingevuld door de contactpersoon van elke partner', en: 'answered by each partner’s contact person' },
};

export default function InstrumentPage() {
  const { language, t } = useLanguage();
  const [instrument, setInstrument] = useState<Instrument | null>(null);
  const [failed, setFailed] = useState(false);
  const languageRef = useLatest(language);
  useEffect(() => {
    // Loaded once: the instrument holds every language; the language only picks an error's.
    const api = apiClient(undefined, languageRef.current);
    void (async () => {
      try {
        setInstrument(await fetchCurrentInstrument(api));
      } catch (error) {
        console.error('loading the instrument failed', error);
        setFailed(true);
      }
    })();
  }, [languageRef]);
  return (
    <>
      <TopBar />
      <main class="page">
        <h1>{t(text.title)}</h1>
        <p>{t(text.lead)}</p>
        {failed ? <Message title={t(text.failed)} tone="error" /> : null}
        {instrument ? (
          <>
            <p class="muted">
              {t(text.version)} {instrument.version}
            </p>
            {instrument.sections.map((section) => (
              <section key={section.id} aria-labelledby={`s-${section.id}`}>
                <h2 id={`s-${section.id}`}>
                  {t(section.title)}{' '}
                  <span class="muted">
                    ({section.minutes.toLocaleString(language)} {t(text.minutes)})
                  </span>
                </h2>
                <p>{t(section.intro)}</p>
                <Questions items={section.items} />
              </section>
            ))}
            {instrument.facts ? (
              <section aria-labelledby="s-facts">
                <h2 id="s-facts">
                  {t(instrument.facts.title)} <span class="muted">({t(text.byContact)})</span>
                </h2>
                <p>{t(instrument.facts.intro)}</p>
                <Questions items={instrument.facts.items} />
              </section>
            ) : null}
          </>
        ) : null}
      </main>
    </>
  );
}

/** The questions of a section (or of the facts form), numbered, each with its answers. */
function Questions({ items }: { items: readonly Item[] }) {
  const { t } = useLanguage();
  return (
    <ol>
      {items.map((item) => (
        <li key={item.id}>
          {t(item.text)}
          <ItemDetail item={item} />
        </li>
      ))}
    </ol>
  );
}

function ItemDetail({ item }: { item: Item }) {
  const { t } = useLanguage();
  if (item.format === 'bipolar' || item.format === 'perception' || item.format === 'intensity') {
    return (
      <span class="muted">
        {' '}
        ({t(item.left)} ↔ {t(item.right)})
      </span>
    );
  }
  if (item.format === 'allocation' || item.format === 'multi_select' || item.format === 'single_choice') {
    return <span class="muted"> ({item.options.map((o) => t(o.label)).join(' · ')})</span>;
  }
  return null;
}
