/**
 * Version 2 of the Samenwaarde instrument: the questions read against the ideas they come from
 * (docs/instrument.md explains every change and why; `changes.ts` lists them item by item).
 *
 * Every text is our own, plain Dutch at about B1 and natural English, neutral between sectors. Each
 * section has one referent: the organisation sections ask about "uw organisatie" and speak as "onze
 * organisatie" (never "wij" or "ik"); the triangle is about the partnership, tensions about what
 * the respondent feels, perceptions about "deze partner".
 *
 * Never change a published version: v2.frozen.json holds version 2 as published and a test
 * compares the two; a changed question goes into a version 3 with a fixture of its own.
 */
import { sectionV2 } from '../sections';
import type { Instrument, SectionId } from '../types';
import { instrumentV1 } from '../v1';
import { t } from '../v1/text';
import { cultureItems, perceptionItems } from './culture';
import { factsForm } from './facts';
import { readinessItems } from './readiness';
import { tensionItems } from './tensions';
import { triangleItems } from './triangle';
import { valueCaseItems } from './value-case';
import { valueItems } from './values';

/** A version 1 section's introduction and questions, unchanged. */
const asInV1 = (id: SectionId) => {
  const { intro, items } = instrumentV1.sections.find((s) => s.id === id)!;
  return { ...sectionV2(id), intro, items };
};

export const instrumentV2: Instrument = {
  version: 2,
  sections: [
    asInV1('drives'),
    { ...asInV1('culture'), items: cultureItems },
    {
      ...sectionV2('values'),
      intro: t(
        'Alle waarden hieronder zijn goed. Toch kan in de praktijk niet alles tegelijk voorgaan. Kies de drie die voor uw organisatie het zwaarst wegen.',
        'All of the values below are good. Yet in practice not everything can come first. Choose the three that weigh most for your organisation.',
      ),
      items: valueItems,
    },
    { ...asInV1('readiness'), items: readinessItems },
    {
      ...sectionV2('value_case'),
      intro: t(
        'In een samenwerking brengt elke partner iets in. En elke partner hoopt er iets uit te halen. Wat de ene partner inzet, levert soms vooral iets op bij een andere. Kies bij de lijsten alles wat past.',
        'In a partnership every partner brings something. And every partner hopes to get something out of it. What one partner puts in sometimes pays off mainly for another. In the lists, choose everything that applies.',
      ),
      items: valueCaseItems,
    },
    {
      ...sectionV2('triangle'),
      intro: t(
        'Deze vragen gaan over de samenwerking als geheel, niet over uw eigen organisatie. Eerst: waar is de samenwerking voor? Geef daarna aan hoe eens of oneens u het bent.',
        'These questions are about the partnership as a whole, not about your own organisation. First: what is the partnership for? Then say how far you agree or disagree.',
      ),
      items: triangleItems,
    },
    {
      ...sectionV2('tensions'),
      intro: t(
        'In elke samenwerking zijn spanningen. Dat is normaal, en erover praten helpt. Hoe sterk voelt u elke spanning in deze samenwerking? Kunt u het niet beoordelen? Kies dan ‘Weet ik niet’.',
        'Every partnership has tensions. That is normal, and talking about them helps. How strongly do you feel each tension in this partnership? If you cannot judge, choose ‘Don’t know’.',
      ),
      items: tensionItems,
    },
    {
      ...sectionV2('perceptions'),
      intro: t(
        'Vier vragen uit ‘Werkwijze’ komen terug, nu over elke andere partner. Geef uw eigen indruk, ook als u een partner niet goed kent. Weet u het echt niet? Sla de vraag dan over.',
        'Four questions from ‘Ways of working’ come back, now about each other partner. Give your own impression, even if you do not know a partner well. If you really cannot say, skip the question.',
      ),
      items: perceptionItems,
    },
    asInV1('open'),
    asInV1('about'),
  ],
  facts: factsForm,
};
