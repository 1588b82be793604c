/**
 * The organiser's preview (`/preview?survey=<survey>&partner=<partner>#<organiser secret>`, served
 * as preview.html): the respondent's own pages, opened the preview's way (routes/respond/preview.ts).
 * A build of its own, like the respondent's page, so that nothing only the organiser uses is in a
 * respondent's download.
 */
import { reloadOnNewLink, secretFromLocation } from './lib/api';
import { initialLanguage } from './lib/i18n';
import { openPreview, previewFromLocation } from './routes/respond/preview';
import { showRespondPage } from './routes/respond/RespondPage';
import './base.css';

reloadOnNewLink();
const secret = secretFromLocation();
showRespondPage(secret, openPreview(secret, initialLanguage(), previewFromLocation()));
