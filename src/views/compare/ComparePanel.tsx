// Comparing two states of a map: pick them, confirm doubtful matches, then see the difference
// drawn on one layout or on the map (before, after, or both with added, lost and changed marked), what changed
// in sentences (click one to highlight it), the change table and the indicators, and write the
// evaluation report.
import { useMemo, useState } from 'react';

import type { Core } from 'cytoscape';

import { type ChangeFinding, changeRows, type ConfirmedMatch, diffPicture, pictureIds } from '../../analysis';
import type { HighlightInput, Point } from '../../look';
import type { CareMap } from '../../model';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { fileBaseName } from '../../ui/download';
import { ChangeTable } from './ChangeTable';
import { IndicatorsPanel } from './IndicatorsPanel';
import type { MapProbe } from '../map/mapProbe';
import { ComparePicture } from './ComparePicture';
import { ReportButton } from './ReportButton';
import { type SavedMaps, type StateChoice, StatePicker } from './StatePicker';
import { UncertainMatches } from './UncertainMatches';
import { type ComparisonStatus, useComparison } from './useComparison';

const TABS = [
  { value: 'findings' as const, label: 'What changed', testId: 'compare-tab-findings' },
  { value: 'table' as const, label: 'Change table', testId: 'compare-tab-table' },
  { value: 'indicators' as const, label: 'Indicators', testId: 'compare-tab-indicators' },
];

export interface ComparePanelProps {
  readonly doc: CareMap;
  readonly a: StateChoice;
  readonly b: StateChoice;
  readonly onChange: (a: StateChoice, b: StateChoice) => void;
  readonly savedMaps: SavedMaps;
  /** Test builds: the graph picture's instance, and the map's probe. */
  readonly onGraphReady?: ((cy: Core) => void) | undefined;
  readonly onMapProbe?: ((probe: MapProbe | null) => void) | undefined;
}

export function ComparePanel({ doc, a, b, onChange, savedMaps, onGraphReady, onMapProbe }: ComparePanelProps) {
  const [confirmed, setConfirmed] = useState<readonly ConfirmedMatch[]>([]);
  const status = useComparison(doc, a, b, confirmed, savedMaps);
  const snapshots = useMemo(() => [...doc.snapshots].sort((x, y) => (x.takenAt < y.takenAt ? -1 : 1)), [doc.snapshots]);
  const pick = (side: 'a' | 'b') => (choice: StateChoice) => {
    setConfirmed([]);
    onChange(side === 'a' ? choice : a, side === 'b' ? choice : b);
  };
  return (
    <div className="compare-panel" data-testid="compare-panel">
      <div className="compare-pickers">
        <StatePicker label="Before" value={a} snapshots={snapshots} savedMaps={savedMaps} currentMapId={doc.id} onChange={pick('a')} testId="compare-a" />
        <StatePicker label="After" value={b} snapshots={snapshots} savedMaps={savedMaps} currentMapId={doc.id} onChange={pick('b')} testId="compare-b" />
      </div>
      {status.state === 'working' && <p className="empty">Comparing…</p>}
      {status.state === 'failed' && (
        <p className="field-error" role="alert">
          {status.message}
        </p>
      )}
      {status.state === 'done' && (
        <ComparisonResult
          status={status}
          doc={doc}
          confirmed={confirmed}
          onConfirm={(pairs) => setConfirmed([...confirmed, ...pairs])}
          picture={{ onGraphReady, onMapProbe }}
        />
      )}
    </div>
  );
}

function ComparisonResult({
  status,
  doc,
  confirmed,
  onConfirm,
  picture: hooks,
}: {
  readonly status: Extract<ComparisonStatus, { state: 'done' }>;
  readonly doc: CareMap;
  readonly confirmed: readonly ConfirmedMatch[];
  readonly onConfirm: (pairs: ConfirmedMatch[]) => void;
  readonly picture: Pick<ComparePanelProps, 'onGraphReady' | 'onMapProbe'>;
}) {
  const { a, b, result } = status;
  const { core, positions: placed } = status.picture;
  const [tab, setTab] = useState<'findings' | 'table' | 'indicators'>('findings');
  const [chosen, setChosen] = useState<ChangeFinding | null>(null);
  const picture = useMemo(() => diffPicture(a.doc, b.doc, core), [a, b, core]);
  const positions = useMemo(() => new Map<string, Point>(placed.map(([id, x, y]) => [id, { x, y }])), [placed]);
  const rows = useMemo(() => changeRows(core, a.doc, b.doc), [core, a, b]);
  const highlight = useMemo<HighlightInput | null>(
    () => (chosen === null ? null : { nodeIds: pictureIds(picture, chosen.nodes), tieIds: pictureIds(picture, chosen.ties) }),
    [chosen, picture],
  );
  const c = core.changes;
  const stillWorking = (
    <p className="empty" role="status">
      Working out what changed…
    </p>
  );
  return (
    <div className="comparison-result">
      <p className="compare-summary" data-testid="compare-summary">
        {core.a.label} → {core.b.label}: {c.nodes.added.length} elements added, {c.nodes.removed.length} lost, {c.nodes.changed.length} changed; {c.ties.added.length} ties added,{' '}
        {c.ties.removed.length} lost, {c.ties.changed.length} changed.
      </p>
      <UncertainMatches matching={core.matching} onConfirm={onConfirm} />
      <div className="compare-body">
        <ComparePicture
          picture={picture}
          positions={positions}
          highlight={highlight}
          onGraphReady={hooks.onGraphReady}
          onMapProbe={hooks.onMapProbe}
          onDrawn={status.pictureDrawn}
        />
        <div className="compare-side">
          <ButtonGroup kind="tab" label="Details" options={TABS} value={tab} onChange={setTab} />
          {tab !== 'table' && result === null && stillWorking}
          {tab === 'findings' && result !== null && (
            <ul className="findings" data-testid="compare-findings">
              {result.findings.map((f) => (
                <li key={f.id}>
                  <button type="button" className={chosen?.id === f.id ? 'chosen' : undefined} onClick={() => setChosen(chosen?.id === f.id ? null : f)}>
                    {f.sentence}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {tab === 'table' && <ChangeTable rows={rows} fileBase={fileBaseName(doc.meta.title)} />}
          {tab === 'indicators' && result !== null && <IndicatorsPanel result={result} />}
          <ReportButton a={a} b={b} records={doc} confirmed={confirmed} />
        </div>
      </div>
    </div>
  );
}
