/**
 * Every word of the report page, in Dutch and English. Sentences with figures use `{name}`
 * placeholders (filled by `fill`), so word order can differ per language.
 */
import type { Localized } from '../../lib/i18n';
import type { Band, ReadinessFactor, TriangleSide } from './types';

export const text = {
  loading: { nl: 'Het rapport wordt geladen…', en: 'Loading the report…' },
  failed: { nl: 'Het rapport kon niet laden', en: 'The report could not load' },
  kicker: { nl: 'Rapport over de samenwerking', en: 'Partnership alignment report' },
  surveyLine: { nl: 'Vragenlijst: {title}', en: 'Survey: {title}' },
  challengeLabel: { nl: 'Opgave', en: 'Challenge' },
  contents: { nl: 'Inhoud', en: 'Contents' },
  showData: { nl: 'Data als tabel', en: 'Data as a table' },
  notInSurvey: { nl: 'Dit onderdeel zat niet in deze vragenlijst.', en: 'This part was not in this survey.' },
  nothingShown: {
    nl: 'Hier is (nog) niets te tonen: te weinig partners met genoeg reacties.',
    en: 'Nothing to show here (yet): too few partners with enough responses.',
  },
  partner: { nl: 'Partner', en: 'Partner' },
  partners: { nl: 'Partners', en: 'Partners' },
  legend: { nl: 'Letters in de grafieken', en: 'Letters in the charts' },
  mean: { nl: 'gemiddelde', en: 'mean' },
  interval: { nl: '95%-interval', en: '95% interval' },
  n: { nl: 'n', en: 'n' },
  noFigure: { nl: 'geen cijfer', en: 'no figure' },
  divided: { nl: 'verdeeld', en: 'divided' },
  indicative: { nl: 'indicatief', en: 'indicative' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },

  // Summary
  summary: { nl: 'Samenvatting', en: 'Summary' },
  sumPartners: {
    nl: 'Van de {total} partners hebben er {shown} genoeg reacties om te tonen (de drempel is {k}).',
    en: '{shown} of the {total} partners have enough responses to be shown (the threshold is {k}).',
  },
  sumWithheld: {
    nl: 'Nog niet genoeg reacties: {names}. Over deze partner(s) toont dit rapport niets.',
    en: 'Not enough responses yet: {names}. This report shows nothing about them.',
  },
  sumIndicative: {
    nl: 'Minder dan {min} reacties, dus cijfers zijn indicatief: {names}.',
    en: 'Fewer than {min} responses, so their figures are indicative: {names}.',
  },
  sumTooFew: {
    nl: 'Er zijn minder dan twee partners met genoeg reacties, dus partners zijn nog niet te vergelijken.',
    en: 'Fewer than two partners have enough responses, so partners cannot be compared yet.',
  },
  sumShared: {
    nl: 'De sterkste gedeelde basis: {items}. Daarover denken alle partners ongeveer hetzelfde.',
    en: 'The strongest shared ground: {items}. All partners think much alike about this.',
  },
  sumNoShared: {
    nl: 'Er is geen onderwerp waarop alle partners aantoonbaar dicht bij elkaar staan.',
    en: 'There is no topic on which all partners are shown to be close together.',
  },
  sumFault: { nl: 'De scherpste breuklijnen: {items}.', en: 'The sharpest fault lines: {items}.' },
  sumFaultItem: { nl: '{item} ({a} tegenover {b}, {points} punt verschil)', en: '{item} ({a} versus {b}, {points} points apart)' },
  sumNoFault: {
    nl: 'Er is geen onderwerp waarop partners duidelijk tegenover elkaar staan.',
    en: 'There is no topic on which partners clearly stand apart.',
  },
  sumMatch: {
    nl: 'Beste match bij halen en brengen: {wanter} zoekt {resources}, en {bringer} brengt dat.',
    en: 'Best get-and-bring match: {wanter} wants {resources}, and {bringer} brings it.',
  },
  sumNoMatch: { nl: 'Geen partner zoekt iets wat een andere partner brengt.', en: 'No partner wants anything another partner brings.' },
  sumGaps: { nl: 'Gezocht maar door niemand gebracht: {resources}.', en: 'Wanted but brought by no one: {resources}.' },
  sumNoGaps: {
    nl: 'Voor alles wat een partner zoekt, is er een andere partner die het brengt.',
    en: 'For everything a partner wants, another partner brings it.',
  },
  sumReadiness: {
    nl: 'Het zwakste punt in de samenwerkingsbereidheid is {factor}: {partners} scoort {score} ({band}).',
    en: 'The weakest readiness factor is {factor}: {partners} scores {score} ({band}).',
  },
  and: { nl: 'en', en: 'and' },

  // Responses
  responses: { nl: 'Reacties per partner', en: 'Responses per partner' },
  respondents: { nl: 'Reacties', en: 'Responses' },
  status: { nl: 'Hoe getoond', en: 'How shown' },
  shownAnonymous: { nl: 'Getoond als groep (anoniem)', en: 'Shown as a group (anonymous)' },
  shownPosition: { nl: 'Getoond als standpunt van de organisatie (afgesproken)', en: 'Shown as the organisation’s position (agreed)' },
  indicativeNote: { nl: 'indicatief: minder dan {min} reacties', en: 'indicative: fewer than {min} responses' },
  notEnough: { nl: 'Nog niet genoeg reacties (minder dan {k})', en: 'Not enough responses yet (fewer than {k})' },
  notEnoughCount: { nl: 'niet getoond', en: 'not shown' },

  // Reading guide
  reading: { nl: 'Zo leest u dit rapport', en: 'How to read this report' },
  readingPoints: [
    {
      nl: 'Elk cijfer is een gemiddelde van de medewerkers van één partner. Een partner met minder dan {k} reacties wordt niet getoond, zodat niemand herkenbaar is.',
      en: 'Every figure is an average over one partner’s staff. A partner with fewer than {k} responses is not shown, so that nobody can be recognised.',
    },
    {
      nl: 'Bij elk gemiddelde staat hoeveel mensen antwoordden (n) en een 95%-interval: waar het echte gemiddelde met grote kans ligt. Kleine groepen geven brede intervallen.',
      en: 'Every average comes with how many people answered (n) and a 95% interval: where the true average very probably lies. Small groups give wide intervals.',
    },
    {
      nl: 'Een partner is verdeeld over een vraag als zijn medewerkers sterk verschillend antwoorden (overeenstemming r_wg onder {rwg}). Dan spreekt het gemiddelde niet voor de organisatie en gebruikt het rapport het niet voor een oordeel.',
      en: 'A partner is divided on a question when its staff answer very differently (agreement r_wg below {rwg}). Then the average does not speak for the organisation and the report does not use it for a verdict.',
    },
    {
      nl: 'Een breuklijn: twee partners die elk intern eensgezind zijn, verschillen minstens {share}% van de schaal, het verschil is groot (effectgrootte minstens {d}) en het interval sluit nul uit.',
      en: 'A fault line: two partners that each agree internally differ by at least {share}% of the scale, the difference is large (effect size at least {d}) and its interval excludes zero.',
    },
    {
      nl: 'Gedeelde basis: alle partners liggen dicht bij elkaar (hooguit {alignShare}% van de schaal) en de gegevens sluiten een groot verschil uit.',
      en: 'Shared ground: all partners lie close together (at most {alignShare}% of the scale) and the data rule out a large difference.',
    },
    {
      nl: 'Een partner brengt of zoekt iets als minstens {vc}% van zijn medewerkers dat zegt. Scores voor samenwerkingsbereidheid: sterk vanaf 4,0; twijfelachtig van 3,0 tot 3,99; zorgpunt onder 3,0.',
      en: 'A partner brings or wants something when at least {vc}% of its staff say so. Readiness scores: strength from 4.0; borderline from 3.0 to 3.99; concern below 3.0.',
    },
  ] satisfies Localized[],
  allQuestions: { nl: 'Alle vragen van de vragenlijst', en: 'Every question in the survey' },

  // Heat maps
  heatmaps: { nl: 'Overeenstemming tussen partners per onderdeel', en: 'Alignment between partners per section' },
  heatmapsLead: {
    nl: 'Per paar partners een score van 0 tot 1: 1 betekent dat ze gemiddeld precies hetzelfde antwoorden. Donkerder is meer overeenstemming; het getal staat in elk vak.',
    en: 'A score from 0 to 1 for every pair of partners: 1 means they answer exactly alike on average. Darker means more alignment; the number is in every cell.',
  },
  heatTitle: { nl: 'Overeenstemming per paar: {section}', en: 'Alignment per pair: {section}' },
  heatDesc: {
    nl: 'Matrix van {count} partners; hoogste score {best} ({pairBest}), laagste {worst} ({pairWorst}).',
    en: 'Matrix of {count} partners; highest score {best} ({pairBest}), lowest {worst} ({pairWorst}).',
  },

  // Drives
  drives: { nl: 'Drijfveren per partner', en: 'Drive profiles per partner' },
  drivesLead: {
    nl: 'Elke medewerker verdeelde 100 punten over wat de organisatie echt drijft. De balken tonen het gemiddelde per drijfveer, met het 95%-interval als streep.',
    en: 'Each staff member spread 100 points over what really drives the organisation. The bars show the average per drive, with the 95% interval as a line.',
  },
  driveTitle: { nl: 'Drijfveren van {partner}', en: 'Drives of {partner}' },
  driveDesc: { nl: 'Gemiddelde punten van 100 (n = {n}). Hoogst: {top}.', en: 'Average points out of 100 (n = {n}). Highest: {top}.' },
  drive: { nl: 'Drijfveer', en: 'Drive' },
  points: { nl: 'punten', en: 'points' },

  // Culture
  culture: { nl: 'Werkwijze: posities per schaal', en: 'Ways of working: positions per scale' },
  cultureLead: {
    nl: 'Elke schaal loopt van 1 (links) tot 7 (rechts). Elke partner staat als letter op de lijn, met zijn 95%-interval. Een stippellijn en het woord “verdeeld” betekenen dat de medewerkers het onderling oneens zijn.',
    en: 'Each scale runs from 1 (left) to 7 (right). Every partner is a letter on the line, with its 95% interval. A dotted line and the word “divided” mean its staff disagree among themselves.',
  },
  positionDesc: { nl: 'Van {left} tot {right}. {positions}', en: 'From {left} to {right}. {positions}' },
  positionOf: { nl: '{partner}: {mean}{divided}', en: '{partner}: {mean}{divided}' },
  agreement: { nl: 'Overeenstemming (r_wg)', en: 'Agreement (r_wg)' },
  scale: { nl: 'Schaal', en: 'Scale' },

  // Values
  values: { nl: 'Waarden: belang naast elkaar', en: 'Values: importance side by side' },
  valuesLead: {
    nl: 'Hoe belangrijk elke waarde is voor de organisatie, van 1 (niet belangrijk) tot 5 (heel belangrijk).',
    en: 'How important each value is to the organisation, from 1 (not important) to 5 (very important).',
  },
  valueScaleLow: { nl: 'niet belangrijk', en: 'not important' },
  valueScaleHigh: { nl: 'heel belangrijk', en: 'very important' },
  value: { nl: 'Waarde', en: 'Value' },

  // Shared ground and fault lines
  shared: { nl: 'Gedeelde basis', en: 'Shared ground' },
  sharedLead: {
    nl: 'Onderwerpen waarop alle partners het met elkaar eens zijn, de zekerste eerst.',
    en: 'Topics on which all partners agree with each other, the surest first.',
  },
  sharedNone: { nl: 'Geen onderwerp voldoet aan de regel voor gedeelde basis.', en: 'No topic meets the rule for shared ground.' },
  sharedSentence: {
    nl: 'Alle partners liggen dicht bij elkaar: gemiddeld {mean}; zelfs het grootste verschil dat nog mogelijk is, is {largest}% van de schaal.',
    en: 'All partners lie close together: {mean} on average; even the largest difference still plausible is {largest}% of the scale.',
  },
  faults: { nl: 'Breuklijnen', en: 'Fault lines' },
  faultsLead: {
    nl: 'Onderwerpen waarop partners duidelijk tegenover elkaar staan, het scherpste eerst.',
    en: 'Topics on which partners clearly stand apart, the sharpest first.',
  },
  faultsNone: { nl: 'Geen onderwerp voldoet aan de regel voor een breuklijn.', en: 'No topic meets the rule for a fault line.' },
  faultSentence: {
    nl: '{pairs} paar/paren partners verschillen hier duidelijk; het grootste zekere verschil is {gap}% van de schaal.',
    en: '{pairs} pair(s) of partners clearly differ here; the largest certain gap is {gap}% of the scale.',
  },
  faultPair: {
    nl: '{higher} scoort {difference} hoger dan {lower} (95%-interval {low} tot {high}){opposite}.',
    en: '{higher} scores {difference} higher than {lower} (95% interval {low} to {high}){opposite}.',
  },
  oppositeSides: { nl: ', aan weerszijden van het midden', en: ', on opposite sides of the midpoint' },
  figuresOf: {
    nl: '{partner}: n = {n}, gemiddelde {mean} (95%-interval {low} tot {high})',
    en: '{partner}: n = {n}, mean {mean} (95% interval {low} to {high})',
  },
  figuresShort: { nl: '{partner}: n = {n}, gemiddelde {mean}', en: '{partner}: n = {n}, mean {mean}' },

  // Value case
  valueCase: { nl: 'Halen en brengen', en: 'Get and bring' },
  valueCaseLead: {
    nl: 'Per middel: welke partner het brengt en welke het zoekt (het percentage van de medewerkers dat dit zei). “Match”: een andere partner brengt wat deze partner zoekt. “Gat”: niemand anders brengt het.',
    en: 'Per resource: which partner brings it and which wants it (the share of staff who said so). “Match”: another partner brings what this partner wants. “Gap”: no other partner brings it.',
  },
  resource: { nl: 'Middel', en: 'Resource' },
  brings: { nl: 'brengt', en: 'brings' },
  wants: { nl: 'zoekt', en: 'wants' },
  match: { nl: 'match', en: 'match' },
  gap: { nl: 'gat', en: 'gap' },
  matchesHeading: { nl: 'Matches', en: 'Matches' },
  matchLine: { nl: '{wanter} zoekt {resource}; {bringers} brengt het.', en: '{wanter} wants {resource}; {bringers} brings it.' },
  gapsHeading: { nl: 'Gaten en onbenut aanbod', en: 'Gaps and unused offers' },
  gapLine: {
    nl: '{resource}: gezocht door {wanters}, door niemand anders gebracht{all}.',
    en: '{resource}: wanted by {wanters}, brought by no one else{all}.',
  },
  gapAll: { nl: ' (alle partners zoeken het)', en: ' (every partner wants it)' },
  unusedLine: {
    nl: '{resource}: gebracht door {bringers}, door niemand anders gezocht.',
    en: '{resource}: brought by {bringers}, wanted by no one else.',
  },
  oneSidedWants: {
    nl: '{partner} zoekt veel meer dan het brengt ({wants} tegenover {brings}).',
    en: '{partner} wants much more than it brings ({wants} versus {brings}).',
  },
  oneSidedBrings: {
    nl: '{partner} brengt veel meer dan het zoekt ({brings} tegenover {wants}).',
    en: '{partner} brings much more than it wants ({brings} versus {wants}).',
  },
  noGaps: { nl: 'Geen gaten en geen onbenut aanbod.', en: 'No gaps and no unused offers.' },

  // Readiness
  readiness: { nl: 'Samenwerkingsbereidheid: scorekaart', en: 'Readiness scorecard' },
  readinessLead: {
    nl: 'Gemiddelde instemming per factor, van 1 tot 5. De samenwerking is zo klaar als haar zwakste partner: die staat in de laatste kolom.',
    en: 'Average agreement per factor, from 1 to 5. The partnership is as ready as its weakest partner: that partner is in the last column.',
  },
  factor: { nl: 'Factor', en: 'Factor' },
  weakest: { nl: 'Zwakste partner', en: 'Weakest partner' },

  // Triangle
  triangle: { nl: 'Driehoek van Moore: waarde, kunnen en draagvlak', en: 'Moore’s triangle: value, capacity and support' },
  triangleLead: {
    nl: 'Per partner: hoe waardevol de samenwerking is (goede dingen doen), of er genoeg vermogen is om het te doen, en of er draagvlak is (het goed doen). Schaal 1 tot 5; de stippellijnen markeren 3,0 en 4,0.',
    en: 'Per partner: how valuable the partnership is (doing the right thing), whether there is capacity to do it, and whether there is support (doing it the right way). Scale 1 to 5; the dotted lines mark 3.0 and 4.0.',
  },
  triangleTitle: { nl: 'Driehoek van {partner}', en: 'Triangle of {partner}' },
  triangleDesc: { nl: '{sides}. Zwakste kant: {weakest}.', en: '{sides}. Weakest side: {weakest}.' },
  side: { nl: 'Kant', en: 'Side' },

  // Tensions
  tensions: { nl: 'Spanningen', en: 'Tensions' },
  tensionsLead: {
    nl: 'Hoe sterk elke spanning gevoeld wordt, van 1 (helemaal niet) tot 5 (heel sterk), de sterkste eerst.',
    en: 'How strongly each tension is felt, from 1 (not at all) to 5 (very strongly), strongest first.',
  },
  tension: { nl: 'Spanning', en: 'Tension' },
  allPartnersMean: { nl: 'Gemiddeld over partners', en: 'Average over partners' },
  tensionLow: { nl: 'helemaal niet', en: 'not at all' },
  tensionHigh: { nl: 'heel sterk', en: 'very strongly' },

  // Perceptions
  perceptions: { nl: 'Beeld van elkaar', en: 'Perception gaps' },
  perceptionsLead: {
    nl: 'Hoe de andere partners een partner zien, naast hoe die partner zichzelf ziet (schaal 1 tot 7). Het verschil is “opvallend” als het even duidelijk is als een breuklijn.',
    en: 'How the other partners see a partner, next to how that partner sees itself (scale 1 to 7). The gap is “notable” when it is as clear as a fault line.',
  },
  selfView: { nl: 'Eigen beeld', en: 'Self-view' },
  othersView: { nl: 'Beeld van anderen', en: 'Others’ view' },
  perceptionGap: { nl: 'Verschil', en: 'Gap' },
  notable: { nl: 'Opvallend', en: 'Notable' },
  raters: { nl: 'beoordelende partners', en: 'rating partners' },

  // Comments
  comments: { nl: 'In hun eigen woorden', en: 'In their own words' },
  commentsLead: {
    nl: 'Antwoorden op de open vragen, alleen van partners met minstens {min} reacties en in willekeurige volgorde, zodat niemand herkenbaar is.',
    en: 'Answers to the open questions, only from partners with at least {min} responses and in random order, so that nobody can be recognised.',
  },
  commentsNone: {
    nl: 'Geen partner heeft genoeg reacties om open antwoorden te tonen.',
    en: 'No partner has enough responses to show open answers.',
  },
  commentsSkipped: {
    nl: 'Geen open antwoorden getoond voor: {names} (minder dan {min} reacties).',
    en: 'No open answers shown for: {names} (fewer than {min} responses).',
  },
  noComments: { nl: 'Geen antwoorden.', en: 'No answers.' },

  // Breakdowns
  breakdowns: { nl: 'Uitsplitsing naar functie en betrokkenheid', en: 'Breakdowns by role and involvement' },
  breakdownsLead: {
    nl: 'Alleen getoond als elke groep (ook wie de vraag oversloeg) minstens {k} mensen heeft, zodat geen kleine groep uit te rekenen is.',
    en: 'Shown only when every group (including those who skipped the question) has at least {k} people, so that no small group can be worked out.',
  },
  breakdownWithheld: {
    nl: '{dimension}: niet getoond, want een groep is kleiner dan {k}.',
    en: '{dimension}: not shown, because a group is smaller than {k}.',
  },
  dimensionRole: { nl: 'Functie', en: 'Role' },
  dimensionInvolvement: { nl: 'Betrokkenheid', en: 'Involvement' },
  notAnswered: { nl: 'Niet ingevuld', en: 'Did not answer' },
  question: { nl: 'Vraag', en: 'Question' },

  // Downloads
  downloads: { nl: 'Downloaden', en: 'Downloads' },
  downloadJson: { nl: 'Rapport downloaden (JSON)', en: 'Download the report (JSON)' },
  downloadJsonHelp: {
    nl: 'Alle cijfers van dit rapport als één bestand, om zelf verder te analyseren.',
    en: 'Every figure of this report as one file, for your own analysis.',
  },
  print: { nl: 'Afdrukken of als PDF bewaren', en: 'Print or save as PDF' },
} as const satisfies Record<string, Localized | readonly Localized[]>;

export const bandText: Record<Band, Localized> = {
  strength: { nl: 'sterk', en: 'strength' },
  borderline: { nl: 'twijfelachtig', en: 'borderline' },
  concern: { nl: 'zorgpunt', en: 'concern' },
};

export const factorText: Record<ReadinessFactor, Localized> = {
  function_clarity: { nl: 'helder doel van de samenwerking', en: 'clear function of the partnership' },
  resource_commitment: { nl: 'middelen inzetten', en: 'committing resources' },
  organisational_learning: { nl: 'lerende organisatie', en: 'organisational learning' },
  collaborating_professionals: { nl: 'samenwerkende professionals', en: 'collaborating professionals' },
  accountability: { nl: 'verantwoording', en: 'accountability' },
  urgency: { nl: 'gevoelde urgentie', en: 'felt urgency' },
  shared_horizon: { nl: 'gedeeld perspectief', en: 'shared horizon' },
  energy_community: { nl: 'energie en beweging', en: 'energy and community' },
  trust_in_partners: { nl: 'vertrouwen in de partners', en: 'trust in the partners' },
  shared_ownership: { nl: 'gedeeld eigenaarschap', en: 'shared ownership' },
};

export const sideText: Record<TriangleSide, Localized> = {
  value: { nl: 'waarde', en: 'value' },
  capacity: { nl: 'kunnen', en: 'capacity' },
  legitimacy: { nl: 'draagvlak', en: 'support' },
};
