/**
 * How the mail merge goes in Word and Outlook, step by step, and the letters as plain text for
 * whoever prefers to paste them (each «Column» there is where Word's "Insert Merge Field" goes).
 */

import type { Letter } from '../../../../../core/invitation';
import { fill, useLanguage } from '../../../lib/i18n';
import { languageLabels } from '../../../lib/labels';
import { CopyField } from '../CopyField';
import type { mergeColumns } from './files';

const text = {
  how: { nl: 'Zo werkt de mail merge in Word en Outlook', en: 'How the mail merge works in Word and Outlook' },
  steps: {
    nl: [
      'Download het bestand met links (Excel) en een brief (Word).',
      'Open de brief in Word. Kies Verzendlijsten › Adressen selecteren › Een bestaande lijst gebruiken, en kies het Excel-bestand.',
      'De velden {name} en {link} in de brief zijn al samenvoegvelden: ze lezen de kolommen {name} en {link}. (Plakt u de tekst zelf, zet dan op die plekken via Samenvoegveld invoegen de kolom met dezelfde naam.)',
      'Kies Voltooien en samenvoegen › E-mailberichten verzenden, zet Aan op de kolom {email} en vul een onderwerp in. Outlook verstuurt één bericht per regel.',
      'Later een herinnering? Download de herinneringslijst en doe hetzelfde met de herinneringsbrief: alleen wie nog niet antwoordde krijgt hem.',
    ],
    en: [
      'Download the file with links (Excel) and a letter (Word).',
      'Open the letter in Word. Choose Mailings › Select Recipients › Use an Existing List, and pick the Excel file.',
      'The fields {name} and {link} in the letter are merge fields already: they read the columns {name} and {link}. (If you paste the text yourself, put the column of the same name at those places with Insert Merge Field.)',
      'Choose Finish & Merge › Send Email Messages, set To to the column {email} and fill in a subject. Outlook sends one message per row.',
      'A reminder later? Download the reminder list and do the same with the reminder letter: only those who have not answered get it.',
    ],
  },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  reminder: { nl: 'Herinnering', en: 'Reminder' },
  letterText: { nl: '{letter} ({language}) als tekst voor {partner}', en: '{letter} ({language}) as text for {partner}' },
};

export function MailMergeHelp(props: {
  columns: ReturnType<typeof mergeColumns>;
  letterText: (letter: Letter, language: 'nl' | 'en') => string;
  partner: string;
}) {
  const { language, t } = useLanguage();
  const fields = { name: `«${props.columns.name}»`, link: `«${props.columns.link}»`, email: `«${props.columns.email}»` };
  return (
    <details>
      <summary>{t(text.how)}</summary>
      <ol>
        {text.steps[language].map((step) => (
          <li key={step}>{fill(step, fields)}</li>
        ))}
      </ol>
      {(['invitation', 'reminder'] as const).flatMap((letter) =>
        (['nl', 'en'] as const).map((lang) => (
          <CopyField
            key={`${letter}-${lang}`}
            label={fill(t(text.letterText), {
              letter: t(text[letter]),
              language: t(languageLabels[lang]),
              partner: props.partner,
            })}
            value={props.letterText(letter, lang)}
            multiline
          />
        )),
      )}
    </details>
  );
}
