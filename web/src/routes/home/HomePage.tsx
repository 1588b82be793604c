import { TopBar } from '../../components/TopBar';
import { useLanguage } from '../../lib/i18n';

const text = {
  title: { nl: 'Samenwaarde', en: 'Samenwaarde' },
  lead: {
    nl: 'Een gemeente, een zorgaanbieder, een school en een werkgever willen samen een maatschappelijke opgave aanpakken. Maar ze worden door verschillende dingen gedreven en werken op verschillende manieren. Samenwaarde maakt die verschillen zichtbaar.',
    en: 'A municipality, a care provider, a school and an employer want to tackle a societal challenge together. But different things drive them and they work in different ways. Samenwaarde makes those differences visible.',
  },
  how: {
    nl: 'Medewerkers van elke partner vullen een korte vragenlijst in over drijfveren, werkwijze, waarden en de bereidheid om samen te werken. Daarna ziet u per partner waar de partners elkaar vinden, waar ze botsen, en wat elke partner brengt en wil halen.',
    en: 'Staff of every partner answer a short survey on drives, ways of working, values and readiness to collaborate. You then see, partner by partner, where the partners meet, where they clash, and what each brings and hopes to get.',
  },
  start: { nl: 'Een samenwerking starten', en: 'Start a partnership' },
  questions: { nl: 'Bekijk alle vragen', en: 'See every question' },
  privacy: {
    nl: 'Geen accounts en geen wachtwoorden: iedereen werkt met een eigen link. Antwoorden zijn niet terug te voeren op personen en kleine groepen worden nooit getoond.',
    en: 'No accounts and no passwords: everyone works with a link of their own. Answers cannot be traced to a person and small groups are never shown.',
  },
};

export default function HomePage() {
  const { t } = useLanguage();
  return (
    <>
      <TopBar />
      <main class="page">
        <h1>{t(text.title)}</h1>
        <p>{t(text.lead)}</p>
        <p>{t(text.how)}</p>
        <p class="muted">{t(text.privacy)}</p>
        <div class="actions">
          <a class="button" href="/new">
            {t(text.start)}
          </a>
          <a class="button secondary" href="/instrument">
            {t(text.questions)}
          </a>
        </div>
      </main>
    </>
  );
}
