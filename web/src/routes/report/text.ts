/**
 * The report page's own words (headings, leads, labels, explanations), in Dutch and English.
 * Sentences about findings are built in `sentences/` from the model; texts with figures use
 * `{name}` placeholders (filled by `fill`), so word order can differ per language.
 */
import type { Localized } from '../../lib/i18n';
import type { Band, ReadinessFactor, TriangleSide } from './types';

export const text = {
  loading: { nl: 'Het rapport wordt geladen…', en: 'Loading the report…' },
  failed: { nl: 'Het rapport kon niet laden', en: 'The report could not load' },
  kicker: { nl: 'Rapport over de samenwerking', en: 'Partnership alignment report' },
  surveyLine: { nl: 'Vragenlijst: {title}', en: 'Survey: {title}' },
  surveyOpen: { nl: 'open sinds {opens}', en: 'open since {opens}' },
  surveyOpenUntil: { nl: 'open van {opens} tot en met {closes}', en: 'open from {opens} to {closes}' },
  surveyClosed: { nl: 'gesloten; opende op {opens}', en: 'closed; opened on {opens}' },
  surveyClosedOn: { nl: 'open geweest van {opens} tot en met {closes}', en: 'was open from {opens} to {closes}' },
  challengeLabel: { nl: 'Opgave', en: 'Challenge' },
  contents: { nl: 'Inhoud', en: 'Contents' },
  aboutReport: { nl: 'Opgave, context en afdrukken', en: 'Challenge, context and printing' },
  appendix: { nl: 'Bijlage', en: 'Appendix' },
  showData: { nl: 'Data als tabel', en: 'Data as a table' },
  showFigures: { nl: 'Toon alle cijfers', en: 'Show all figures' },
  whatDoesThisMean: { nl: 'Wat betekent dit?', en: 'What does this mean?' },
  notInSurvey: { nl: 'Dit onderdeel zat niet in deze vragenlijst.', en: 'This part was not in this survey.' },
  nothingShown: {
    nl: 'Hier is (nog) niets te tonen: te weinig partners met genoeg reacties.',
    en: 'Nothing to show here (yet): too few partners with enough responses.',
  },
  partner: { nl: 'Partner', en: 'Partner' },
  legend: { nl: 'Letters en tekens in de grafieken', en: 'Letters and markers in the charts' },
  mean: { nl: 'gemiddelde', en: 'mean' },
  interval: { nl: '95%-interval', en: '95% interval' },
  n: { nl: 'n', en: 'n' },
  noFigure: { nl: 'geen cijfer', en: 'no figure' },
  divided: { nl: 'verdeeld', en: 'divided' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },

  // Print and downloads
  printChoice: { nl: 'Afdrukken:', en: 'Print:' },
  printExecutive: { nl: 'de samenvatting', en: 'the summary' },
  printAgenda: { nl: 'alleen de agenda', en: 'only the agenda' },
  printFull: { nl: 'het volledige rapport', en: 'the full report' },
  print: { nl: 'Afdrukken / PDF', en: 'Print / PDF' },
  downloads: { nl: 'Downloaden', en: 'Downloads' },
  downloadJson: { nl: 'Rapport downloaden (JSON)', en: 'Download the report (JSON)' },
  downloadJsonHelp: {
    nl: 'Alle cijfers van dit rapport als één bestand, om zelf verder te analyseren.',
    en: 'Every figure of this report as one file, for your own analysis.',
  },

  // Sections
  summary: { nl: 'Samenvatting', en: 'Summary' },
  agenda: { nl: 'Agenda voor het gesprek', en: 'Agenda for the discussion' },
  faults: { nl: 'Verschillen om te bespreken', en: 'Differences to discuss' },
  complements: { nl: 'Verschillen die elkaar aanvullen', en: 'Differences that complement' },
  propositions: { nl: 'Waardepropositie per partner', en: 'Value proposition per partner' },
  shared: { nl: 'Gedeelde basis en gedeelde zorgen', en: 'Shared ground and shared concerns' },
  valueCase: { nl: 'Halen en brengen', en: 'Get and bring' },
  readiness: { nl: 'Samenwerkingsbereidheid: scorekaart', en: 'Readiness scorecard' },
  triangle: { nl: 'Driehoek van Moore: waarde, kunnen en draagvlak', en: 'Moore’s triangle: value, capacity and support' },
  tensions: { nl: 'Spanningen', en: 'Tensions' },
  perceptions: { nl: 'Beeld van elkaar', en: 'Perception gaps' },
  responses: { nl: 'Reacties per partner', en: 'Responses per partner' },
  reading: { nl: 'Zo leest u dit rapport', en: 'How to read this report' },
  heatmaps: { nl: 'Nabijheid van antwoorden per onderdeel', en: 'Closeness of answers per section' },
  drives: { nl: 'Drijfveren per partner', en: 'Drive profiles per partner' },
  culture: { nl: 'Werkwijze: posities per schaal', en: 'Ways of working: positions per scale' },
  values: { nl: 'Waarden: wat voor elke partner voorgaat', en: 'Values: what comes first for each partner' },
  pairs: { nl: 'Alle paren van partners', en: 'Every pair of partners' },
  comments: { nl: 'In hun eigen woorden', en: 'In their own words' },
  breakdowns: { nl: 'Uitsplitsing naar functie en betrokkenheid', en: 'Breakdowns by role and involvement' },

  // Explanations beside each kind of figure
  explainDotPlot: {
    nl: 'Elke rij is een partner. De stip is het gemiddelde antwoord van de medewerkers; de lijn eromheen is het 95%-interval: daar ligt het echte gemiddelde vrijwel zeker. Hoe minder reacties, hoe langer de lijn. Een lijn stopt aan het eind van de schaal, omdat een gemiddelde daar niet voorbij kan. Een open stip, een stippellijn en “verdeeld” betekenen dat de medewerkers van die partner het onderling sterk oneens zijn: hun gemiddelde spreekt dan niet voor de organisatie.',
    en: 'Each row is a partner. The dot is its staff’s average answer; the line around it is the 95% interval: the true average almost certainly lies there. The fewer responses, the longer the line. A line stops at the end of the scale, because an average cannot lie beyond it. An open dot, a dotted line and “divided” mean that the partner’s staff disagree strongly among themselves: their average then does not speak for the organisation.',
  },
  explainFaultLines: {
    nl: 'Niet elk verschil is een probleem. Verschillen in werkwijze, waarden en spanningen geven wrijving: die staan hier eerst. Verschillen in bereidheid heten ongelijke bereidheid. Verschillen in drijfveren en in wat partners brengen en zoeken kunnen elkaar juist aanvullen: die staan bij Verschillen die elkaar aanvullen. Een breuklijn is een onderwerp waarop minstens twee partners ver uit elkaar liggen, terwijl elk van hen het intern eens is. Het verschil is minstens een kwart van de schaal (1,5 punt op een schaal van 1 tot 7, 1 punt op een schaal van 1 tot 5), groot vergeleken met de verschillen binnen elke partner, en de antwoorden laten geen twijfel dat er een verschil is, ook als je meetelt hoeveel vergelijkingen het rapport maakt. “Minstens … uit elkaar” is het kleinste verschil dat bij de antwoorden past. Op een schaal met twee kanten is geen kant beter: het gaat om waar partners staan. De scherpste breuklijn staat bovenaan: het grootste verschil waar de antwoorden het zekerst van zijn.',
    en: 'Not every difference is a problem. Differences in ways of working, values and tensions cause friction: they come first here. Differences in readiness are called uneven readiness. Differences in drives and in what partners bring and want can complement each other: they are under Differences that complement. A fault line is a topic on which at least two partners are far apart while each of them agrees internally. The difference is at least a quarter of the scale (1.5 points on a scale from 1 to 7, 1 point on a scale from 1 to 5), large compared with the differences within each partner, and the answers leave no doubt that there is a difference, even counting how many comparisons the report makes. “At least … apart” is the smallest difference that fits the answers. On a scale with two sides, neither side is better: it is about where partners stand. The sharpest fault line comes first: the largest difference the answers are surest of.',
  },
  explainShared: {
    nl: 'Hier staan onderwerpen waarop elk paar partners dicht bij elkaar ligt (hooguit een achtste van de schaal) en waarop de antwoorden een groot verschil uitsluiten. Kleine groepen kunnen dat alleen als ze bijna gelijk antwoorden. Dicht bij elkaar is niet altijd goed: liggen alle partners samen onder 3 op een stelling, dan is het een gedeelde zorg, geen gedeelde basis. Tussen 3 en 4 is het gedeelde twijfel. Spanningen tellen hier niet mee: dat alle partners een spanning even sterk voelen, is geen gedeelde positie.',
    en: 'These are topics on which every pair of partners is close (at most an eighth of the scale) and on which the answers rule out a large difference. Small groups can only show that when they answer nearly alike. Close is not always good: when all partners are together below 3 on a statement, it is a shared concern, not shared ground. Between 3 and 4 it is shared doubt. Tensions do not count here: that all partners feel a tension equally strongly is not a position they share.',
  },
  explainHeat: {
    nl: 'Per paar partners een score van 0 tot 1: hoe dicht hun gemiddelde antwoorden bij elkaar liggen over alle vragen van het onderdeel (bij drijfveren: hoeveel van de 100 punten ze hetzelfde verdelen). Dat is nabijheid van antwoorden, geen overeenstemming: twee partners die allebei laag scoren, liggen ook dicht bij elkaar, en verschillende drijfveren kunnen elkaar juist aanvullen. 1 betekent gemiddeld precies gelijk; donkerder is dichter bij elkaar. Een * betekent dat de score bij minstens één vraag het gemiddelde gebruikt van een partner die daarover verdeeld is: zo’n score kan dichterbij lijken dan de partners zijn. De score beschrijft, hij oordeelt niet.',
    en: 'For every pair of partners a score from 0 to 1: how close their average answers are over all questions of the section (for drives: how much of the 100 points they spread alike). That is closeness of answers, not agreement: two partners that both score low are close too, and different drives can complement each other. 1 means exactly alike on average; darker is closer. An * means the score uses, on at least one question, the average of a partner that is divided on it: such a score can look closer than the partners are. The score describes; it does not judge.',
  },
  explainValueCase: {
    nl: '▲ brengt: minstens {share} van de medewerkers zegt dat hun organisatie dit in de samenwerking brengt. ▼ zoekt: minstens {share} zegt dat ze dit uit de samenwerking hoopt te halen. “match”: een andere partner brengt wat deze partner zoekt. “gat”: geen andere partner brengt het. Het percentage is het aandeel van de medewerkers dat het zei.',
    en: '▲ brings: at least {share} of the staff say their organisation brings this to the partnership. ▼ wants: at least {share} say it hopes to get this from the partnership. “match”: another partner brings what this partner wants. “gap”: no other partner brings it. The percentage is the share of staff who said so.',
  },
  explainReadiness: {
    nl: 'Per factor de gemiddelde instemming met de stellingen (twee in versie 1, drie in versie 2), van 1 (helemaal oneens) tot 5 (helemaal eens). Sterk vanaf 4,0; twijfelachtig van 3,0 tot 4,0; zorgpunt onder 3,0. Waar elke partner moet leveren (middelen inzetten, afspraken mogen maken, verantwoording) is de samenwerking zo klaar als haar zwakste partner; bij de andere factoren telt het gemiddelde van de partners. “verdeeld”: de medewerkers van die partner zijn het onderling oneens over de factor. “weet het niet”: het deel van de antwoorden dat ‘weet ik niet’ was. Betrouwbaarheid: hoe goed de stellingen samen één factor meten (vanaf {reliability} goed genoeg om als één score te lezen).',
    en: 'For each factor the average agreement with its statements (two in version 1, three in version 2), from 1 (strongly disagree) to 5 (strongly agree). Strength from 4.0; borderline from 3.0 to 4.0; concern below 3.0. Where every partner must deliver (committing resources, being allowed to commit, accountability) the partnership is as ready as its weakest partner; for the other factors the mean of the partners counts. “divided”: that partner’s staff disagree among themselves on the factor. “don’t know”: the share of answers that were ‘don’t know’. Reliability: how well the statements measure one factor together (from {reliability} good enough to read as one score).',
  },
  explainTriangle: {
    nl: 'Elke lijn is een partner. Hoe verder een hoek naar buiten, hoe hoger de score op die kant: 1 in het midden, 5 op de buitenste lijn. Waarde: doet de samenwerking het goede? Kunnen: is er genoeg vermogen om het te doen? Draagvlak: steunen besturen en de mensen voor wie het is de aanpak? Onder de driehoek staan dezelfde scores per kant op één as, zodat verschillen tussen partners goed te zien zijn. Een open teken: de partner is verdeeld over die kant.',
    en: 'Each outline is a partner. The further out a corner, the higher the score on that side: 1 in the centre, 5 on the outer line. Value: is the partnership doing the right thing? Capacity: is there enough to do it? Support: do boards and the people it is for back the approach? Below the triangle the same scores stand per side on one axis, so differences between partners are easy to see. An open marker: the partner is divided on that side.',
  },
  explainDrives: {
    nl: 'Elke medewerker verdeelde 100 punten over wat de organisatie echt drijft. Per drijfveer staan alle partners op dezelfde as: de stip is het gemiddelde aantal punten, de lijn het 95%-interval.',
    en: 'Each staff member spread 100 points over what really drives the organisation. For each drive all partners stand on the same axis: the dot is the average number of points, the line the 95% interval.',
  },
  explainTensions: {
    nl: 'Hoe sterk een spanning gevoeld wordt, van 1 (helemaal niet) tot 5 (heel sterk). Dit zegt niet waar een partner staat, alleen hoe sterk de spanning gevoeld wordt. “verdeeld”: de medewerkers van die partner voelen de spanning heel verschillend.',
    en: 'How strongly a tension is felt, from 1 (not at all) to 5 (very strongly). This does not say where a partner stands, only how strongly the tension is felt. “divided”: that partner’s staff feel the tension very differently.',
  },
  explainPerceptions: {
    nl: 'Eigen beeld: hoe de medewerkers van een partner hun eigen organisatie zien. Beeld van anderen: hoe medewerkers van de andere partners haar zien (alleen van partners met genoeg beoordelingen). Een verschil is “opvallend” als het even duidelijk is als een breuklijn.',
    en: 'Self-view: how a partner’s staff see their own organisation. Others’ view: how staff of the other partners see it (only from partners with enough ratings). A gap is “notable” when it is as clear as a fault line.',
  },

  // Leads and labels
  faultsLead: {
    nl: 'Onderwerpen waarop partners duidelijk ver uit elkaar liggen, de scherpste eerst. De eerste {open} staan open; open de andere voor hun cijfers.',
    en: 'Topics on which partners are clearly far apart, the sharpest first. The first {open} are open; open the others for their figures.',
  },
  sharedLead: {
    nl: 'Onderwerpen waarop alle partners dicht bij elkaar liggen, de zekerste eerst.',
    en: 'Topics on which all partners are close together, the surest first.',
  },
  agendaLead: {
    nl: 'Vragen voor het gesprek tussen de partners, bij de scherpste verschillen om te bespreken, de drijfveren die het meest verschillen, de gaten bij halen en brengen en de zwakste punten in de bereidheid.',
    en: 'Questions for the partners’ discussion, on the sharpest differences to discuss, the drives that differ most, the gaps in get and bring and the weakest readiness factors.',
  },
  agendaNone: {
    nl: 'Het rapport vindt nog geen verschil, gat of zwak punt om te bespreken.',
    en: 'The report finds no difference, gap or weak point to discuss yet.',
  },
  agendaQuestion: { nl: 'Vraag', en: 'Question' },
  otherPairs: { nl: 'Ook duidelijk verschillend: {pairs}.', en: 'Also clearly different: {pairs}.' },
  whichPairs: { nl: 'Welke paren?', en: 'Which pairs?' },
  resource: { nl: 'Middel', en: 'Resource' },
  valueCaseTable: { nl: 'Per middel en partner: wie brengt en wie zoekt', en: 'Per resource and partner: who brings and who wants' },
  brings: { nl: 'brengt', en: 'brings' },
  wants: { nl: 'zoekt', en: 'wants' },
  match: { nl: 'match', en: 'match' },
  gap: { nl: 'gat', en: 'gap' },
  matchesHeading: { nl: 'Wat past', en: 'What fits' },
  gapsHeading: { nl: 'Wat ontbreekt', en: 'What is missing' },
  unusedHeading: { nl: 'Aanbod dat niemand anders zoekt', en: 'Offers no one else wants' },
  noMatches: { nl: 'Geen partner zoekt iets wat een andere partner brengt.', en: 'No partner wants anything another partner brings.' },
  noGaps: {
    nl: 'Voor alles wat een partner zoekt, is er een andere partner die het brengt.',
    en: 'For everything a partner wants, another partner brings it.',
  },
  noUnused: {
    nl: 'Alles wat een partner brengt, zoekt ook een andere partner.',
    en: 'Everything a partner brings, another partner wants.',
  },
  moreListed: {
    nl: 'Nog {count} met dezelfde plaats in de rangorde: zie {section}.',
    en: '{count} more {verb} the same place in the ranking: see {section}.',
  },
  factor: { nl: 'Factor', en: 'Factor' },
  weakest: { nl: 'Zwakste partner', en: 'Weakest partner' },
  side: { nl: 'Kant', en: 'Side' },
  tension: { nl: 'Spanning', en: 'Tension' },
  allPartnersMean: { nl: 'Gemiddeld over partners', en: 'Average over partners' },
  selfView: { nl: 'Eigen beeld', en: 'Self-view' },
  othersView: { nl: 'Beeld van anderen', en: 'Others’ view' },
  perceptionGap: { nl: 'Verschil', en: 'Gap' },
  notable: { nl: 'Opvallend', en: 'Notable' },
  raters: { nl: 'beoordelende partners', en: 'rating partners' },
  respondents: { nl: 'Reacties', en: 'Responses' },
  status: { nl: 'Hoe getoond', en: 'How shown' },
  shownAnonymous: { nl: 'Getoond als groep (anoniem)', en: 'Shown as a group (anonymous)' },
  shownPosition: { nl: 'Getoond als standpunt van de organisatie (afgesproken)', en: 'Shown as the organisation’s position (agreed)' },
  indicativeNote: { nl: 'indicatief: minder dan {min} reacties', en: 'indicative: fewer than {min} responses' },
  notEnough: { nl: 'Nog niet genoeg reacties (minder dan {k})', en: 'Not enough responses yet (fewer than {k})' },
  notEnoughShort: { nl: 'niet genoeg reacties', en: 'not enough responses' },
  indicativeShort: { nl: 'indicatief', en: 'indicative' },
  notEnoughCount: { nl: 'niet getoond', en: 'not shown' },
  scale: { nl: 'Schaal', en: 'Scale' },
  agreement: { nl: 'Eensgezindheid (r_wg)', en: 'Agreement within the partner (r_wg)' },
  drive: { nl: 'Drijfveer', en: 'Drive' },
  question: { nl: 'Vraag', en: 'Question' },
  dimensionRole: { nl: 'Functie', en: 'Role' },
  dimensionInvolvement: { nl: 'Betrokkenheid', en: 'Involvement' },
  notAnswered: { nl: 'Niet ingevuld', en: 'Did not answer' },
  allQuestions: { nl: 'Alle vragen van de vragenlijst', en: 'Every question in the survey' },

  // Comments and breakdowns
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
  breakdownsLead: {
    nl: 'Alleen getoond als elke groep (ook wie de vraag oversloeg) minstens {k} mensen heeft, zodat geen kleine groep uit te rekenen is.',
    en: 'Shown only when every group (including those who skipped the question) has at least {k} people, so that no small group can be worked out.',
  },
  breakdownWithheld: {
    nl: '{dimension}: niet getoond, want een groep is kleiner dan {k}.',
    en: '{dimension}: not shown, because a group is smaller than {k}.',
  },
} as const satisfies Record<string, Localized>;

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
