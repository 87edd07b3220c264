// The graph view's toolbar: the kind palette (add a node of that kind), the pointer tools
// (select, draw ties, box select), the layout menu, zoom to fit, focus mode, search, filters, the
// legend, workshop mode, picture export and the shortcuts help. Every control has a visible or
// accessible name and a data-testid.
import { useState } from 'react';

import { NODE_KINDS } from '../../model';
import { type CanvasTool, type FocusSteps, type LayoutId, useAppStore } from '../../store';
import { ButtonGroup, type ButtonGroupOption } from '../../ui/ButtonGroup';
import { ExportPictureMenu } from '../export/ExportPictureMenu';
import { FilterPanel } from '../filters/FilterPanel';
import { KindIcon } from '../legend/KindIcon';
import { SearchBox } from '../search/SearchBox';
import { WorkshopToggle } from '../workshop/WorkshopToggle';
import { graphCommands } from './graphCommands';
import { LAYOUT_LABELS } from './runLayout';

const TOOLS: readonly ButtonGroupOption<CanvasTool>[] = [
  { value: 'select', label: 'Select', title: 'Click to select, drag to move; Shift-drag selects a box', testId: 'tool-select' },
  { value: 'draw', label: 'Draw ties', title: 'Drag from one node to another to add a tie', testId: 'tool-draw' },
  { value: 'box', label: 'Box select', title: 'Drag a box to select what is inside it', testId: 'tool-box' },
];

export interface GraphToolbarProps {
  readonly shown: number;
  readonly total: number;
}

export function GraphToolbar({ shown, total }: GraphToolbarProps) {
  const tool = useAppStore((s) => s.tool);
  const setTool = useAppStore((s) => s.setTool);
  const layout = useAppStore((s) => s.layout);
  const setLayout = useAppStore((s) => s.setLayout);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const focusSteps = useAppStore((s) => s.focusSteps);
  const setFocusSteps = useAppStore((s) => s.setFocusSteps);
  const single = useAppStore((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0]! : null));
  const legendOpen = useAppStore((s) => s.legendOpen);
  const setLegendOpen = useAppStore((s) => s.setLegendOpen);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  const filtered = shown !== total;
  const [filtersOpen, setFiltersOpen] = useState(false);

  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph tools" data-testid="graph-toolbar">
      <div className="tool-group kind-palette" role="group" aria-label="Add a node">
        {NODE_KINDS.map((k) => (
          <button
            key={k.id}
            type="button"
            className="icon-button"
            aria-label={`Add a ${k.label.toLowerCase()}`}
            title={`Add a ${k.label.toLowerCase()}`}
            data-testid={`palette-${k.id}`}
            onClick={() => graphCommands()?.addNode(k.id)}
          >
            <KindIcon kind={k.id} />
          </button>
        ))}
      </div>
      <ButtonGroup className="tool-group" label="Pointer tool" options={TOOLS} value={tool} onChange={setTool} />
      <div className="tool-group" role="group" aria-label="Layout">
        <select
          aria-label="Layout"
          value={layout}
          data-testid="layout-select"
          onChange={(e) => setLayout(e.target.value as LayoutId)}
        >
          {(Object.keys(LAYOUT_LABELS) as LayoutId[]).map((id) => (
            <option key={id} value={id}>
              {LAYOUT_LABELS[id]}
            </option>
          ))}
        </select>
        <button type="button" data-testid="layout-run" onClick={() => graphCommands()?.runLayout()}>
          Lay out
        </button>
        <button type="button" data-testid="zoom-fit" title="Zoom to fit (F)" onClick={() => graphCommands()?.fit()}>
          Fit
        </button>
      </div>
      <div className="tool-group" role="group" aria-label="Focus">
        <button
          type="button"
          aria-pressed={focus !== null}
          disabled={focus === null && single === null}
          title="Show only the selected node and its neighbours (.)"
          data-testid="focus-toggle"
          onClick={() => setFocus(focus !== null ? null : single)}
        >
          Focus
        </button>
        <select
          aria-label="Focus steps"
          value={focusSteps}
          data-testid="focus-steps"
          onChange={(e) => setFocusSteps(Number(e.target.value) as FocusSteps)}
        >
          <option value={1}>1 step</option>
          <option value={2}>2 steps</option>
          <option value={3}>3 steps</option>
        </select>
      </div>
      <SearchBox onFound={(id) => graphCommands()?.centreOn(id)} />
      <div className="tool-group" role="group" aria-label="Show">
        <button
          type="button"
          aria-expanded={filtersOpen}
          aria-controls="filter-panel"
          data-testid="filters-toggle"
          onClick={() => setFiltersOpen((o) => !o)}
        >
          Filters{filtered ? ` (${shown} of ${total})` : ''}
        </button>
        <button
          type="button"
          aria-pressed={legendOpen}
          data-testid="legend-toggle"
          title="Legend (L)"
          onClick={() => setLegendOpen(!legendOpen)}
        >
          Legend
        </button>
        <WorkshopToggle />
        <ExportPictureMenu onSave={(format) => graphCommands()?.exportPicture(format) ?? Promise.resolve()} />
        <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" data-testid="help-button" onClick={() => setHelpOpen(true)}>
          ?
        </button>
      </div>
      {filtersOpen && <FilterPanel onClose={() => setFiltersOpen(false)} />}
    </div>
  );
}
