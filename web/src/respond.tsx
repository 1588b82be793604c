/**
 * The respondent's page (`/respond#secret`, served as respond.html): a bundle of its own, so a phone
 * on a slow connection loads one script and one stylesheet. The survey is asked for here, before
 * the first render, so the requests for it travel while the page draws its first frame.
 */
import { render } from 'preact';
import { secretFromLocation } from './lib/api';
import { initialLanguage, LanguageProvider } from './lib/i18n';
import { previewFromLocation } from './routes/respond/preview';
import { RespondPage } from './routes/respond/RespondPage';
import { openSurvey } from './routes/respond/useSession';
import './base.css';

const secret = secretFromLocation();
const preview = previewFromLocation();
const opening = openSurvey(secret, initialLanguage(), preview);

render(
  <LanguageProvider>
    <RespondPage secret={secret} opening={opening} preview={preview} />
  </LanguageProvider>,
  document.getElementById('app')!,
);
