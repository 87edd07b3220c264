// The support network view: one person at the centre, everyone around them on rings by closeness
// and in sectors by relationship (issue #12; domain §1.3, §8). Drawn through the look (colours,
// shapes, names or initials, tie lines by frequency) at the places src/model/support works out;
// dragging someone to another ring sets the closeness of their tie with the centre (one undo
// step), and places are remembered between visits. Beside it: where support is thin, or guided
// mapping ("map while you talk"). A personal map shows its centre; any person can be chosen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { giversOf, type Point, supportSceneOf } from '../../look';
import {
  type CareMap,
  displayName,
  dropAt,
  type LabelMode,
  type NodeId,
  openGuidedSession,
  personalCentre,
  type SupportRing,
} from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { GuidedMapping } from './GuidedMapping';
import { DRAWING_MARGIN, SupportDrawing } from './SupportDrawing';
import { SupportFindings } from './SupportFindings';
import { SupportPrint } from './SupportPrint';

import './support.css';

/** Smallest size of one pitch on screen: people a pitch apart stay at least 44 px to tap. */
const MIN_PITCH_PX = 48;
const RING_STEPS: readonly SupportRing[] = ['inner', 'middle', 'outer', 'none'];
const LABEL_MODES = [
  { value: 'names', label: 'Names', testId: 'label-names' },
  {
    value: 'initials',
    label: 'Initials',
    title: 'For a screen others can see: people by initials, paid staff by role',
    testId: 'label-initials',
  },
] as const satisfies readonly { value: LabelMode; label: string }[];

/** Whose network to show: the one chosen, else the personal map's centre, else nobody yet. */
function centreOf(doc: CareMap, chosen: string | null): NodeId | null {
  const person = (id: string | null) =>
    id !== null && doc.nodes.some((n) => n.id === id && n.kind === 'person');
  if (person(chosen)) return chosen as NodeId;
  return personalCentre(doc);
}

export default function SupportView() {
  const doc = useAppStore(selectDocument);
  const chosen = useAppStore((s) => s.supportCentre);
  const [side, setSide] = useState<Side>(() => (window.innerWidth >= 1280 ? 'findings' : null));
  if (doc === null) return null;
  const centre = centreOf(doc, chosen);
  return (
    <div className="support-view" data-testid="support-view">
      <SupportToolbar doc={doc} centre={centre} side={side} onSide={setSide} />
      {centre === null ? (
        <p className="empty" data-testid="support-no-centre">
          Choose the person at the centre above, or select a person and press S (or “Show support network” in
          the inspector).
        </p>
      ) : (
        <SupportBody key={centre} centre={centre} side={side} onSide={setSide} />
      )}
    </div>
  );
}

type Side = 'findings' | 'guided' | null;

interface ToolbarProps {
  readonly doc: CareMap;
  readonly centre: NodeId | null;
  readonly side: Side;
  readonly onSide: (side: Side) => void;
}

function SupportToolbar({ doc, centre, side, onSide }: ToolbarProps) {
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
      <label className="support-check">
        <input
          type="checkbox"
          checked={indirect}
          data-testid="support-indirect"
          onChange={(e) => store.getState().setSupportIndirect(e.target.checked)}
        />
        Linked through others
      </label>
      <ButtonGroup
        className="support-label-mode"
        label="Show people by"
        options={LABEL_MODES}
        value={labelMode}
        onChange={(mode) => store.getState().setLabelMode(mode)}
      />
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

function useBoxSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const update = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function SupportBody({
  centre,
  side,
  onSide,
}: {
  readonly centre: NodeId;
  readonly side: Side;
  readonly onSide: (side: Side) => void;
}) {
  const doc = useAppStore(selectDocument)!;
  const store = useAppStoreApi();
  const labelMode = useAppStore((s) => s.labelMode);
  const highlight = useAppStore((s) => s.highlight);
  const selection = useAppStore((s) => s.selection);
  const filter = useAppStore((s) => s.mapFilter);
  const showIndirect = useAppStore((s) => s.supportIndirect);
  const boxRef = useRef<HTMLDivElement>(null);
  const box = useBoxSize(boxRef);
  const selectedIds = useMemo(
    () => new Set<string>([...selection.nodeIds, ...selection.tieIds]),
    [selection],
  );
  const scene = useMemo(
    () => supportSceneOf(doc, centre, { labelMode, highlight, selectedIds, filter, showIndirect }),
    [doc, centre, labelMode, highlight, selectedIds, filter, showIndirect],
  );
  const careLabels = useMemo(() => new Map(doc.careTypes.map((c) => [c.id, c.label])), [doc.careTypes]);

  const onSelect = useCallback((id: string) => store.getState().select({ nodeIds: [id as NodeId] }), [store]);
  const onDrop = useCallback(
    (id: string, at: Point) => {
      const member = scene?.members.get(id);
      if (scene === null || member === undefined) return;
      store.getState().placeInSupportNetwork(centre, id as NodeId, dropAt(scene.layout, member.sector, at));
    },
    [scene, store, centre],
  );
  const onStep = useCallback(
    (id: string, step: -1 | 1) => {
      const member = scene?.members.get(id);
      const placed = scene?.layout.placed.find((p) => p.id === id);
      if (member === undefined || placed === undefined) return;
      const at = member.ring === 'beyond' ? RING_STEPS.length : RING_STEPS.indexOf(member.ring);
      const ring = RING_STEPS[Math.min(RING_STEPS.length - 1, Math.max(0, at + step))] as SupportRing;
      store.getState().placeInSupportNetwork(centre, id as NodeId, { ring, along: placed.along });
    },
    [scene, store, centre],
  );
  if (scene === null) return null;
  const extent = scene.radius + DRAWING_MARGIN;
  const fit = Math.min(box.width, box.height) / (2 * extent);
  const scale = Math.max(fit, MIN_PITCH_PX / scene.layout.pitch);

  return (
    <div className="support-body">
      <div className="support-canvas" ref={boxRef} data-testid="support-canvas">
        {box.width > 0 && (
          <SupportDrawing
            scene={scene}
            careLabels={careLabels}
            scale={scale}
            onSelect={onSelect}
            onDrop={onDrop}
            onStep={onStep}
          />
        )}
      </div>
      <p className="support-hint">
        Drag someone to another ring (or ↑ / ↓) to set how close they are; the number: kinds of care they
        give.
      </p>
      {side !== null && (
        <aside
          className="support-side"
          aria-label={side === 'findings' ? 'Where support is thin' : 'Guided mapping'}
        >
          <button
            type="button"
            className="support-side-close"
            aria-label="Close"
            onClick={() => onSide(null)}
          >
            ×
          </button>
          {side === 'findings' ? (
            <SupportFindings centre={centre} />
          ) : (
            <GuidedMapping centre={centre} onClose={() => onSide(null)} />
          )}
        </aside>
      )}
    </div>
  );
}
