/**
 * The web app's entry for every page but the respondent's (respond.html has an entry of its own,
 * web/src/respond.tsx): picks the page for the path and loads only that page's code.
 */
import { type FunctionComponent, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { reloadOnNewLink } from './lib/api';
import { LanguageProvider } from './lib/i18n';
import './base.css';
import './pages.css';

type PageModule = { default: FunctionComponent };

const pages: Record<string, () => Promise<PageModule>> = {
  '/': () => import('./routes/home/HomePage'),
  '/instrument': () => import('./routes/instrument/InstrumentPage'),
  '/new': () => import('./routes/new/NewPartnershipPage'),
  '/organise': () => import('./routes/organise/OrganisePage'),
  '/partner': () => import('./routes/partner/PartnerPage'),
  '/report': () => import('./routes/report/ReportPage'),
};

function pageFor(path: string) {
  const clean = path.replace(/\/+$/, '') || '/';
  return pages[clean] ?? pages['/']!;
}

function App() {
  const [Page, setPage] = useState<FunctionComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    pageFor(location.pathname)()
      .then((module) => setPage(() => module.default))
      .catch((error: unknown) => {
        console.error('loading the page failed', error);
        setFailed(true);
      });
  }, []);
  if (failed) {
    return (
      <main class="page" role="alert">
        <p lang="nl">De pagina kon niet laden. Controleer uw verbinding en laad de pagina opnieuw.</p>
        <p lang="en">The page could not load. Check your connection and reload the page.</p>
      </main>
    );
  }
  return Page ? <Page /> : <main class="page" aria-busy="true" />;
}

reloadOnNewLink();
render(
  <LanguageProvider>
    <App />
  </LanguageProvider>,
  document.getElementById('app')!,
);
