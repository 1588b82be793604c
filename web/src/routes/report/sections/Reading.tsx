/**
 * How to read the report: the rules in plain words, then (on demand) the same rules with their
 * technical names and thresholds as the model applies them (docs/alignment.md), and every question.
 */
import type { Localized } from '../../../lib/i18n';
import { text } from '../text';
import { Explain, type SectionProps } from './parts';

const points: readonly Localized[] = [
  {
    nl: 'Elk cijfer is een gemiddelde over de medewerkers van één partner die antwoordden. Een partner met minder dan {k} reacties wordt niet getoond, zodat niemand herkenbaar is.',
    en: 'Every figure is an average over the staff of one partner who answered. A partner with fewer than {k} responses is not shown, so that nobody can be recognised.',
  },
  {
    nl: 'Bij elk gemiddelde hoort een interval: daar ligt het echte gemiddelde vrijwel zeker. Kleine groepen geven lange intervallen; onder {min} reacties zijn de cijfers indicatief.',
    en: 'Every average comes with an interval: the true average almost certainly lies there. Small groups give long intervals; below {min} responses the figures are indicative.',
  },
  {
    nl: 'Een partner is verdeeld over een vraag als zijn medewerkers sterk verschillend antwoorden. Dan spreekt het gemiddelde niet voor de organisatie, en het rapport gebruikt het niet om partners te vergelijken. Waar een score het toch gebruikt, staat dat erbij.',
    en: 'A partner is divided on a question when its staff answer very differently. Then its average does not speak for the organisation, and the report does not use it to compare partners. Where a score still uses it, the report says so.',
  },
  {
    nl: 'Een breuklijn: twee partners die het elk intern eens zijn, liggen ver en zeker uit elkaar. Verschillen in werkwijze, waarden en spanningen zijn om te bespreken; verschillen in drijfveren en in wat partners brengen en zoeken kunnen elkaar aanvullen. Gedeelde basis: alle partners liggen zeker dicht bij elkaar, en niet samen op een zwak punt (dat is een gedeelde zorg). Op een schaal met twee kanten is geen kant beter.',
    en: 'A fault line: two partners that each agree internally are far and surely apart. Differences in ways of working, values and tensions are to discuss; differences in drives and in what partners bring and want can complement each other. Shared ground: all partners are surely close together, and not together on a weak point (that is a shared concern). On a scale with two sides, neither side is better.',
  },
  {
    nl: 'Een partner brengt of zoekt iets als minstens {vc} van zijn medewerkers dat zegt. Bereidheid: sterk vanaf 4,0, twijfelachtig van 3,0 tot 4,0, zorgpunt onder 3,0.',
    en: 'A partner brings or wants something when at least {vc} of its staff say so. Readiness: strength from 4.0, borderline from 3.0 to 4.0, concern below 3.0.',
  },
];

const technical: Localized = {
  nl: 'Voor wie het precies wil weten. Het interval is het 95%-betrouwbaarheidsinterval (Student-t); bij aandelen (brengen, zoeken, waarden, functie) het Wilson-interval. “Verdeeld” is een binnengroepsovereenstemming r_wg onder {rwg}; bij een factor met meer stellingen r_wg(J) onder {rwg} of een gemiddelde absolute afwijking AD_M boven {ad} punt, omdat r_wg(J) met meer stellingen mild oordeelt. De betrouwbaarheid van een factor is de Spearman–Brown-waarde van de gemiddelde samenhang tussen de stellingen, binnen de partners berekend; onder {reliability} leest het rapport de factor niet als één score. Een breuklijn vraagt een verschil van minstens {share}% van de schaal, een gestandaardiseerd verschil (Cohen’s d) van minstens {d} en een 95%-interval van het verschil dat nul uitsluit; “minstens … uit elkaar” is het nabije eind van dat interval. Gedeelde basis vraagt een verschil van hooguit {alignShare}% van de schaal, terwijl het verre eind van het 90%-interval onder {share}% blijft. Omdat het rapport heel veel paren vergelijkt, blijft een breuklijn alleen over als hij ook dan duidelijk is: van de breuklijnen is naar verwachting hooguit {fdr} toeval (Benjamini–Hochberg over alle vragen, Holm binnen een vraag). Lees een breuklijn toch als een vraag om te bespreken.',
  en: 'For those who want the details. The interval is the 95% confidence interval (Student’s t); for shares (bring, want, values, function) the Wilson interval. “Divided” is a within-group agreement r_wg below {rwg}; for a factor of several statements r_wg(J) below {rwg} or a mean absolute deviation AD_M above {ad} points, because r_wg(J) judges mildly with more statements. A factor’s reliability is the Spearman–Brown value of the mean correlation between its statements, computed within partners; below {reliability} the report does not read the factor as one score. A fault line needs a difference of at least {share}% of the scale, a standardised difference (Cohen’s d) of at least {d} and a 95% interval of the difference that excludes zero; “at least … apart” is the near end of that interval. Shared ground needs a difference of at most {alignShare}% of the scale, with the far end of the 90% interval below {share}%. Because the report compares very many pairs, a fault line stays only if it is clear even then: of the fault lines at most {fdr} are expected to be chance (Benjamini–Hochberg over all questions, Holm within a question). Still, read a fault line as a question to discuss.',
};

export function Reading({ view }: SectionProps) {
  const { report, t, fill } = view;
  const th = report.thresholds;
  const values = {
    k: report.minGroupSize,
    min: th.INDICATIVE_BELOW,
    rwg: view.number(th.DIVIDED_BELOW_RWG),
    share: Math.round(th.CONFLICT_MIN_DIFFERENCE_SHARE * 100),
    d: view.number(th.CONFLICT_MIN_EFFECT_SIZE, 1),
    alignShare: view.number(th.ALIGNMENT_MAX_DIFFERENCE_SHARE * 100, 1),
    vc: view.percent(th.VALUE_CASE_MIN_SHARE),
    fdr: view.percent(th.FALSE_DISCOVERY_RATE),
    ad: view.number(th.AD_MAX_SHARE * 5),
    reliability: view.number(th.RELIABILITY_MIN, 1),
  };
  return (
    <>
      <ul>
        {points.map((point, i) => (
          <li key={i}>{fill(t(point), values)}</li>
        ))}
      </ul>
      <Explain view={view}>
        <p>{fill(t(technical), values)}</p>
      </Explain>
      <p>
        <a href={`${location.origin}/instrument`}>{t(text.allQuestions)}</a>
      </p>
    </>
  );
}
