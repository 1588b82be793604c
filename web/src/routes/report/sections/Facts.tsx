/**
 * The facts partners stated themselves through their contact person (the facts form of version 2):
 * who may commit, what is committed and for how long, to whom the organisation accounts. These are
 * not respondents' answers and not anonymous: the organisation said them, and the table says so.
 */
import type { Answers } from '../../../../../core/instrument/types';
import type { ReportView } from '../view';
import { ContentTable, Note } from './parts';

/** A stated answer in words: an option's label, several labels, "none of these", or a dash. */
export function factWords(view: ReportView, itemId: string, answers: Answers): string {
  const item = view.factsForm?.items.find((i) => i.id === itemId);
  const value = answers[itemId];
  if (!item || value === undefined) return '–';
  const label = (id: string) => view.t(item.options.find((o) => o.id === id)?.label ?? { nl: id, en: id });
  if (Array.isArray(value)) return value.length === 0 ? view.t({ nl: 'niets hiervan', en: 'none of these' }) : view.list(value.map(label));
  return typeof value === 'string' ? label(value) : '–';
}

export function StatedFacts({ view }: { view: ReportView }) {
  const { t } = view;
  const form = view.factsForm;
  if (!form) return null;
  const facts = view.report.facts;
  const name = (id: string) => view.report.partners.find((p) => p.id === id)?.name ?? id;
  return (
    <>
      <h3>{t({ nl: 'Feiten die de organisaties zelf opgaven', en: 'Facts the organisations stated themselves' })}</h3>
      <p>
        {t({
          nl: 'De contactpersoon van elke partner kan deze feiten namens de organisatie opgeven. Ze zijn niet anoniem en geen mening van medewerkers: het is wat de organisatie zelf zegt.',
          en: 'Each partner’s contact person can state these facts for the organisation. They are not anonymous and not staff opinions: it is what the organisation itself says.',
        })}
      </p>
      {facts.length === 0 ? (
        <Note>{t({ nl: 'Nog geen partner heeft feiten opgegeven.', en: 'No partner has stated its facts yet.' })}</Note>
      ) : (
        <ContentTable caption={t(form.title)} class="sticky-first">
          <thead>
            <tr>
              <th scope="col">{t({ nl: 'Partner', en: 'Partner' })}</th>
              {form.items.map((item) => (
                <th key={item.id} scope="col">
                  {t(item.text)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((stated) => (
              <tr key={stated.partnerId}>
                <th scope="row">
                  {name(stated.partnerId)}
                  <br />
                  <span class="band-word">
                    {view.fill(t({ nl: 'opgegeven op {day}', en: 'stated on {day}' }), { day: view.date(stated.updatedOn) })}
                  </span>
                </th>
                {form.items.map((item) => (
                  <td key={item.id}>{factWords(view, item.id, stated.answers)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </ContentTable>
      )}
    </>
  );
}
