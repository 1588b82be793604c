/**
 * A value proposition per partner, on demand: one closed card per shown partner that fetches its
 * proposition when opened (GET /api/report/partner), so the overview stays small however many
 * partners there are. Every sentence is sentences/card.ts. Per pair, where their propositions fit
 * and rub is in "Every pair of partners".
 */
import { cardParts } from '../sentences/card';
import type { PartnerCard } from '../types';
import type { PartnerView, ReportView } from '../view';
import { factWords } from './Facts';
import { JumpLink, Note, OnDemand, type SectionProps } from './parts';

function Card({ view, card }: { view: ReportView; card: PartnerCard }) {
  const { t } = view;
  const form = view.factsForm;
  return (
    <div class="proposition">
      {cardParts(view, card).map((part) => (
        <div key={part.key}>
          <h4>{t(part.heading)}</h4>
          <ul>
            {part.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      ))}
      {form && card.facts ? (
        <div>
          <h4>{t({ nl: 'Zelf opgegeven door de organisatie (niet anoniem)', en: 'Stated by the organisation itself (not anonymous)' })}</h4>
          <ul>
            {form.items.map((item) => (
              <li key={item.id}>
                {t(item.text)} {factWords(view, item.id, card.facts!.answers)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function PartnerRow({ view, partner, loadCard }: { view: ReportView; partner: PartnerView; loadCard: SectionProps['loadCard'] }) {
  return (
    <li>
      <OnDemand
        what="a partner card"
        load={() => loadCard(partner.id)}
        loading={view.t({ nl: 'De waardepropositie wordt opgehaald…', en: 'Fetching the value proposition…' })}
        summary={<strong>{view.partnerName(partner.id)}</strong>}
      >
        {(card: PartnerCard) => <Card view={view} card={card} />}
      </OnDemand>
    </li>
  );
}

export function Propositions({ view, loadCard }: SectionProps) {
  const { t } = view;
  if (view.partners.length === 0)
    return <Note>{t({ nl: 'Nog geen partner met genoeg reacties.', en: 'No partner with enough responses yet.' })}</Note>;
  return (
    <>
      <p>
        {t({
          nl: 'Wat elke partner drijft, wat hij brengt en zoekt, wie zijn wensen kan vervullen, waar het schuurt, hoe klaar hij is en hoe anderen hem zien. Open een partner om het op te halen. Waar de proposities van twee partners passen en schuren, staat bij ',
          en: 'What drives each partner, what it brings and wants, who can meet its wants, where it rubs, how ready it is and how others see it. Open a partner to fetch it. Where two partners’ propositions fit and rub is under ',
        })}
        <JumpLink target="pairs">{t({ nl: 'Alle paren van partners', en: 'Every pair of partners' })}</JumpLink>.
      </p>
      <ul class="pair-list">
        {view.partners.map((partner) => (
          <PartnerRow key={partner.id} view={view} partner={partner} loadCard={loadCard} />
        ))}
      </ul>
    </>
  );
}
