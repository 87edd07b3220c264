// The hats worn in one team or circle: each assignment with its holders (vacant / shared),
// rotation, dates and review date, editable in place; essential hats nobody wears; a form to give
// out a hat and one to define a custom hat.
import { useMemo } from 'react';

import { type CareMap, type CareNode, findHat, getRecords, vacantEssentialHats } from '../../model';
import { CustomHatForm } from './CustomHatForm';
import { HatForm } from './HatForm';
import { HatRow } from './HatRow';
import { membersOf } from './members';

export function HatsPanel({ doc, context }: { doc: CareMap; context: CareNode }) {
  const assignments = useMemo(() => getRecords(doc, 'hatAssignment').filter((a) => a.context === context.id), [doc, context.id]);
  const members = useMemo(() => membersOf(doc, context.id).map((m) => m.node), [doc, context.id]);
  const vacant = useMemo(
    () => vacantEssentialHats(doc).find((v) => v.context === context.id)?.hats ?? [],
    [doc, context.id],
  );
  return (
    <section aria-label="Hats" data-testid="hats-panel">
      <h3>Hats</h3>
      {assignments.length === 0 ? (
        <p className="muted">No hats recorded here yet.</p>
      ) : (
        <table className="record-table">
          <thead>
            <tr>
              <th scope="col">Hat</th>
              <th scope="col">Worn by</th>
              <th scope="col">Review</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((a) => (
              <HatRow key={a.id} doc={doc} assignment={a} hat={findHat(doc, a.hat)} members={members} />
            ))}
          </tbody>
        </table>
      )}
      {vacant.length > 0 && (
        <p className="notice" data-testid="vacant-hats">
          Essential hats nobody wears here: {vacant.map((h) => h.name).join(', ')}.
        </p>
      )}
      <HatForm doc={doc} context={context} members={members} />
      <CustomHatForm scope={context.kind === 'team' ? 'team' : 'circle'} />
    </section>
  );
}
