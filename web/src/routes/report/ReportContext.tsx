/**
 * The context the report is read against, in one line under its title: what the partnership is
 * for, the point on its horizon, and the sectors its partners come from (by sector, not by name:
 * a partner's name appears only where the report may say something about it).
 */

import { fill, useLanguage } from '../../lib/i18n';
import { functionLabels, sectorLabels } from '../../lib/labels';
import { locales } from '../../lib/words';
import type { ReportResponse } from './types';

const text = {
  line: {
    nl: '{fn} · stip op de horizon: {horizon} · partners uit de sectoren {sectors}',
    en: '{fn} · point on the horizon: {horizon} · partners from the sectors {sectors}',
  },
};

export function ReportContext({ partnership }: Pick<ReportResponse, 'partnership'>) {
  const { language, t } = useLanguage();
  const sectors = new Intl.ListFormat(locales[language]).format(partnership.sectors.map((sector) => t(sectorLabels[sector]).toLowerCase()));
  return (
    <p class="muted report-context">
      {fill(t(text.line), { fn: t(functionLabels[partnership.collaborationFunction]), horizon: partnership.horizon, sectors })}
    </p>
  );
}
