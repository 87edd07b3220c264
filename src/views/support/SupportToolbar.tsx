// The support network view's toolbar: whose network (the centre), who gives a chosen kind of care,
// people linked only through others, names or initials, Print…, and the two panels beside the
// drawing (where support is thin; guided mapping, which says "Resume" when one was stopped).
import { useMemo } from 'react';

import { giversOf, supportSceneOf } from '../../look';
import { type CareMap, displayName, type NodeId, openGuidedSession } from '../../model';
import { useAppStore, useAppStoreApi } from '../../store';
import { LabelModeSwitch } from '../workshop/LabelModeSwitch';
import { SupportPrint } from './SupportPrint';

export type Side = 'findings' | 'guided' | null;

interface ToolbarProps {
  readonly doc: CareMap;
  readonly centre: NodeId | null;
  readonly side: Side;
  readonly onSide: (side: Side) => void;
}

export function SupportToolbar({ doc, centre, side, onSide }: ToolbarProps) {
  const store = useAppStoreApi();
  const highlight = useAppStore((s) => s.highlight);
  const indirect = useAppStore((s) => s.supportIndirect);
  const labelMode = useAppStore((s) => s.labelMode);
  const people = useMemo(
    () => doc.nodes.filter((n) => n.kind === 'person').sort((a, b) => a.label.localeCompare(b.label)),
    [doc.nodes],
  );
  const guidedOpen = centre !== null && openGuidedSession(doc, centre) !== undefined;
  const careType = highlight?.insightId?.startsWith('gives:') === true ? highlight.insightId.slice(6) : '';
  const chooseCare = (id: string) => {
    if (id === '' || centre === null) return store.getState().setHighlight(null);
    const scene = supportSceneOf(doc, centre);
    if (scene !== null) store.getState().setHighlight({ ...giversOf(scene, id), insightId: `gives:${id}` });
  };
  return (
    <div className="support-toolbar" role="toolbar" aria-label="Support network">
      <label>
        Centre{' '}
        <select
          value={centre ?? ''}
          data-testid="support-centre"
          onChange={(e) =>
            e.target.value !== '' && store.getState().showSupportNetwork(e.target.value as NodeId)
          }
        >
          {centre === null && <option value="">Choose a person…</option>}
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {displayName(p, labelMode)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Who gives{' '}
        <select
          value={careType}
          data-testid="support-care-type"
          onChange={(e) => chooseCare(e.target.value)}
          disabled={centre === null}
        >
          <option value="">any kind of care</option>
          {doc.careTypes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <LabelModeSwitch />
      <label className="support-check">
        <input
          type="checkbox"
          checked={indirect}
          data-testid="support-indirect"
          onChange={(e) => store.getState().setSupportIndirect(e.target.checked)}
        />
        Linked through others
      </label>
      {centre !== null && <SupportPrint centre={centre} />}
      {centre !== null && (
        <>
          <button
            type="button"
            aria-pressed={side === 'findings'}
            data-testid="support-show-findings"
            onClick={() => onSide(side === 'findings' ? null : 'findings')}
          >
            Where support is thin
          </button>
          <button
            type="button"
            aria-pressed={side === 'guided'}
            data-testid="support-show-guided"
            onClick={() => onSide(side === 'guided' ? null : 'guided')}
          >
            {guidedOpen ? 'Resume mapping' : 'Map while you talk'}
          </button>
        </>
      )}
    </div>
  );
}
