// The support network view: one person at the centre, everyone around them on rings by closeness
// and in sectors by relationship (issue #12; domain §1.3, §8). Drawn through the look (colours,
// shapes, names or initials, tie lines by frequency) at the places src/model/support works out;
// dragging someone to another ring sets the closeness of their tie with the centre (one undo
// step), and places are remembered between visits. Beside it: where support is thin, or guided
// mapping ("map while you talk"). A personal map shows its centre; any person can be chosen.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { type Point, supportSceneOf } from '../../look';
import { type CareMap, dropAt, type NodeId, personalCentre, type SupportRing } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { GuidedMapping } from './GuidedMapping';
import { DRAWING_MARGIN, SupportDrawing } from './SupportDrawing';
import { SupportFindings } from './SupportFindings';
import { type Side, SupportToolbar } from './SupportToolbar';

import './support.css';

/** Smallest size of one pitch on screen: people a pitch apart stay at least 44 px to tap. */
const MIN_PITCH_PX = 48;
const RING_STEPS: readonly SupportRing[] = ['inner', 'middle', 'outer', 'none'];
/** From this width (px) the panel beside the drawing takes its own column (support.css agrees). */
const WIDE_PX = 896;
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
  const [side, setSide] = useState<Side>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  // Where support is thin starts open when it fits beside the drawing without covering it.
  useLayoutEffect(() => {
    if ((viewRef.current?.clientWidth ?? 0) >= WIDE_PX) setSide('findings');
  }, []);
  if (doc === null) return null;
  const centre = centreOf(doc, chosen);
  return (
    <div className="support-view" ref={viewRef} data-testid="support-view">
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
  const centred = useRef(false);
  // A network bigger than the screen scrolls; it opens with the centre person in the middle.
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (centred.current || el === null || box.width === 0) return;
    el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
    el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    centred.current = true;
  }, [box.width]);
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
      <div className="support-main">
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
      </div>
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
