/**
 * Comments in the respondents' own words: a sample per shown partner that has enough respondents for
 * comments; shown partners below that threshold are named, partners under k are not mentioned.
 */
import { text } from '../text';
import { Empty, Note, type SectionProps } from './parts';

export function Comments({ view, detail }: SectionProps) {
  const { t, fill } = view;
  const { comments } = detail;
  // Read before this appendix is drawn (SECTIONS: needs), unless the survey asked no open question.
  if (!comments) return <Empty view={view} asked={false} />;
  const eligible = new Set(comments.byPartner.map((p) => p.partnerId));
  // Shown partners below the comment threshold are named; partners under k are not mentioned here.
  const skipped = view.partners.filter((p) => !eligible.has(p.id));
  return (
    <>
      <p>{fill(t(text.commentsLead), { min: comments.minRespondents })}</p>
      {comments.byPartner.length === 0 ? <Note>{t(text.commentsNone)}</Note> : null}
      {skipped.length > 0 && comments.byPartner.length > 0 ? (
        <Note>{fill(t(text.commentsSkipped), { names: view.list(skipped.map((p) => p.name)), min: comments.minRespondents })}</Note>
      ) : null}
      {comments.byPartner.map((entry) => (
        <div key={entry.partnerId}>
          <h3>{view.partnerName(entry.partnerId)}</h3>
          {entry.items.map((item) => (
            <div key={item.itemId} class="keep-together">
              <h4>{view.itemText(item.itemId)}</h4>
              {item.comments.length === 0 ? (
                <Note>{t(text.noComments)}</Note>
              ) : (
                <ul class="comments">
                  {item.comments.map((comment, i) => (
                    <li key={i}>{comment}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      ))}
    </>
  );
}
