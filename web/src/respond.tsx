/**
 * The respondent's page (`/respond#secret`, served as respond.html): a bundle of its own, so a phone
 * on a slow connection loads one script and one stylesheet. The survey is asked for here, before
 * the first render, so the requests for it travel while the page draws its first frame.
 */
import { reloadOnNewLink, secretFromLocation } from './lib/api';
import { initialLanguage } from './lib/i18n';
import { showRespondPage } from './routes/respond/RespondPage';
import { openSurvey } from './routes/respond/useSession';
import './base.css';

reloadOnNewLink();
const secret = secretFromLocation();
showRespondPage(secret, openSurvey(secret, initialLanguage()));
