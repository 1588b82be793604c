/**
 * The context the report is read against, in one line under its title: what the partnership is
 * for, the point on its horizon, and each partner's sector.
 */
import { localeOf } from '../../lib/format';
import { fill, useLanguage } from '../../lib/i18n';
import { functionLabels, sectorLabels } from '../../lib/labels';
import type { ReportResponse } from './types';

const text = {
  line: { nl: '{fn} · stip op de horizon: {horizon} · {partners}', en: '{fn} · point on the horizon: {horizon} · {partners}' },
};

export function ReportContext({ partnership, partners }: Pick<ReportResponse, 'partnership' | 'partners'>) {
  const { language, t } = useLanguage();
  const sectors = new Intl.ListFormat(localeOf(language)).format(
    partners.map((p) => `${p.name}: ${t(sectorLabels[p.sector]).toLowerCase()}`),
  );
  return (
    <p class="muted report-context">
      {fill(t(text.line), { fn: t(functionLabels[partnership.collaborationFunction]), horizon: partnership.horizon, partners: sectors })}
    </p>
  );
}
