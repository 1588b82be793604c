/** The words of the change view and the agreements, in Dutch and English. */
import type { Localized } from '../../../lib/i18n';

export const changeText = {
  heading: { nl: 'Wat veranderde sinds de vorige meting', en: 'What changed since the last wave' },
  firstWave: {
    nl: 'Dit is de eerste meting die u met deze link kunt lezen: er is nog niets om mee te vergelijken. Na een volgende meting staat hier wat er veranderde.',
    en: 'This is the first wave this link can read: there is nothing to compare with yet. After a next wave, this part shows what changed.',
  },
  loading: { nl: 'De vergelijking wordt geladen…', en: 'Loading the comparison…' },
  failed: { nl: 'De vergelijking kon niet laden: {message}', en: 'The comparison could not load: {message}' },
  lead: {
    nl: 'Vergeleken met {title} ({period}). Elke meting heeft haar eigen cijfers, met dezelfde regels voor wat getoond mag worden. {compared}',
    en: 'Compared with {title} ({period}). Each wave has its own figures, under the same rules for what may be shown. {compared}',
  },
  compared: {
    nl: 'Vergeleken: de partners die in beide metingen genoeg reacties hadden ({names}).',
    en: 'Compared: the partners with enough responses in both waves ({names}).',
  },
  notCompared: {
    nl: 'Niet vergeleken, omdat ze in een van de metingen niet genoeg reacties hadden: {names}.',
    en: 'Not compared, because they did not have enough responses in one of the waves: {names}.',
  },
  noneCompared: {
    nl: 'Geen enkele partner had in beide metingen genoeg reacties: er valt (nog) niets te vergelijken.',
    en: 'No partner had enough responses in both waves: there is nothing to compare (yet).',
  },
  compareWith: { nl: 'Vergelijk met', en: 'Compare with' },
  compare: { nl: 'Vergelijken', en: 'Compare' },
  seeChange: { nl: 'Wat veranderde', en: 'What changed' },
  explain: {
    nl: 'Een verandering heet duidelijk als ze groot genoeg is (minstens een achtste van de schaal: 0,5 punt op een schaal van 1 tot 5, 0,75 op 1 tot 7, 12,5 procentpunt bij een aandeel), als het 95%-interval van de verandering geen 0 bevat, en als ze overeind blijft nu het rapport {comparisons} tegelijk maakt: van zoveel vergelijkingen is naar verwachting hooguit {rate} toeval. De twee metingen zijn aparte steekproeven: ook als dezelfde mensen twee keer antwoordden, kunnen we hun antwoorden niet koppelen, en dan is de werkelijke onzekerheid eerder kleiner dan hier getoond. “Geen duidelijke verandering” betekent: de antwoorden laten geen verandering van betekenis zien, niet dat er zeker niets veranderde.',
    en: 'A change is called clear when it is large enough (at least an eighth of the scale: 0.5 points on a scale from 1 to 5, 0.75 on 1 to 7, 12.5 percentage points for a share), when the 95% interval of the change does not contain 0, and when it holds up now that the report makes {comparisons} at once: of so many comparisons at most {rate} are expected to be chance. The two waves are separate samples: even if the same people answered twice, their answers cannot be linked, and the true uncertainty is then smaller rather than larger than shown here. “No clear change” means: the answers show no change of any size, not that nothing changed for certain.',
  },
  comparisonsNoun: {
    nl: { one: 'vergelijking', other: 'vergelijkingen' },
    en: { one: 'comparison', other: 'comparisons' },
  },
  previousAgreements: { nl: 'Afspraken na {title}', en: 'Agreements after {title}' },
  agreedThen: { nl: 'Afgesproken na de vorige meting', en: 'Agreed after the previous wave' },
  whatChanged: { nl: 'Wat veranderde', en: 'What changed' },
  noAgreementsBefore: {
    nl: 'Na {title} zijn (met deze link zichtbaar) geen afspraken vastgelegd.',
    en: 'No agreements were recorded after {title} (visible with this link).',
  },
  findings: { nl: 'Breuklijnen, gedeelde basis en gedeelde zorgen', en: 'Fault lines, shared ground and shared concerns' },
  findingsLead: {
    nl: 'Elk onderwerp dat in een van beide metingen een breuklijn, gedeelde basis, gedeelde twijfel of een gedeelde zorg was. Per paar partners: hoe ver ze toen en nu uit elkaar lagen.',
    en: 'Every topic that was a fault line, shared ground, a shared doubt or a shared concern in either wave. Per pair of partners: how far apart they were then and now.',
  },
  unchanged: { nl: 'Zonder duidelijke verandering ({count})', en: 'Without a clear change ({count})' },
  before: { nl: 'Toen', en: 'Then' },
  after: { nl: 'Nu', en: 'Now' },
  readiness: { nl: 'Samenwerkingsbereidheid', en: 'Readiness' },
  shares: { nl: 'Wie het brengt en zoekt, toen en nu', en: 'Who brings and wants it, then and now' },
  valueCase: { nl: 'Halen en brengen', en: 'Get and bring' },
  values: { nl: 'Belangrijkste waarden', en: 'Most important values' },
  pairs: { nl: 'Overeenstemming per paar en onderdeel', en: 'Alignment per pair and section' },
  pairsLead: {
    nl: 'Per onderdeel: hoeveel paren van partners in beide metingen een score hebben (0 tot 1; 1 is gelijk), en welke duidelijk dichter bij elkaar of verder uit elkaar kwamen.',
    en: 'Per section: how many pairs of partners have a score in both waves (0 to 1; 1 is alike), and which came clearly closer or further apart.',
  },
  section: { nl: 'Onderdeel', en: 'Section' },
  pairsCompared: { nl: 'Paren vergeleken', en: 'Pairs compared' },
  closer: { nl: 'Duidelijk dichter bij elkaar', en: 'Clearly closer' },
  further: { nl: 'Duidelijk verder uit elkaar', en: 'Clearly further apart' },
  pairScore: {
    nl: '{pair}, {section}: van {before} naar {after} {verdict}.',
    en: '{pair}, {section}: from {before} to {after} {verdict}.',
  },
  partners: { nl: 'Per partner en onderdeel', en: 'Per partner and section' },
  partnersLead: {
    nl: 'Per partner en onderdeel: op hoeveel vragen het gemiddelde duidelijk hoger of lager werd. Alle cijfers van een partner op verzoek.',
    en: 'Per partner and section: on how many questions the mean became clearly higher or lower. Every figure of a partner on request.',
  },
  cell: { nl: '{up} hoger, {down} lager, van {count}', en: '{up} higher, {down} lower, of {count}' },
  details: { nl: 'Alle cijfers van {name}', en: 'Every figure of {name}' },
  question: { nl: 'Vraag', en: 'Question' },
  change: { nl: 'Verandering (95%-interval)', en: 'Change (95% interval)' },
  verdict: { nl: 'Oordeel', en: 'Verdict' },
  leftOut: { nl: 'Niet vergeleken', en: 'Not compared' },
  leftOutLead: {
    nl: 'Deze vragen zijn niet in beide metingen op dezelfde manier gesteld, dus zonder vergelijking:',
    en: 'These questions were not asked the same way in both waves, so they have no comparison:',
  },
  onlyBefore: { nl: 'alleen in de eerdere meting', en: 'only in the earlier wave' },
  onlyAfter: { nl: 'alleen in deze meting', en: 'only in this wave' },
  changed: { nl: 'anders gevraagd', en: 'asked differently' },
  notInBoth: {
    nl: 'Deze bevinding is in deze meting niet te vergelijken (de vraag werd niet in beide metingen gesteld).',
    en: 'This finding has no comparison in this wave (the question was not asked in both waves).',
  },
} as const satisfies Record<string, Localized | { nl: { one: string; other: string }; en: { one: string; other: string } }>;

export const agreementText = {
  agreed: { nl: 'Afgesproken', en: 'Agreed' },
  record: { nl: 'Afspraak vastleggen', en: 'Record an agreement' },
  save: { nl: 'Afspraak opslaan', en: 'Save the agreement' },
  change: { nl: 'Wijzigen', en: 'Change' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  saved: { nl: 'De afspraak is opgeslagen.', en: 'The agreement has been saved.' },
  removed: { nl: 'De afspraak is verwijderd.', en: 'The agreement has been removed.' },
  confirmRemove: { nl: 'Deze afspraak verwijderen?', en: 'Remove this agreement?' },
  changeName: { nl: 'Wijzigen: {what}', en: 'Change: {what}' },
  removeName: { nl: 'Verwijderen: {what}', en: 'Remove: {what}' },
} as const satisfies Record<string, Localized>;
