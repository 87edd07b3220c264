// The graph view's toolbar, one row: the kind palette (add a node of that kind), the pointer
// tools (select, draw ties, box select), zoom to fit, the layout menu, focus mode, search,
// filters, the legend, picture export and names or initials. Labels give way to icons when the
// toolbar is narrow; in workshop mode the rarer tools (layouts, focus depth, pictures) step aside
// so the rest keep 44 px targets. Every control has a visible or accessible name and a data-testid.
import { NODE_KINDS } from '../../model';
import { type CanvasTool, type FocusSteps, type LayoutId, useAppStore } from '../../store';
import { ButtonGroup, type ButtonGroupOption } from '../../ui/ButtonGroup';
import { Icon, type IconName } from '../../ui/Icon';
import { IconToggle } from '../../ui/IconToggle';
import { ExportPictureMenu } from '../export/ExportPictureMenu';
import { FilterButton } from '../filters/FilterButton';
import { KindIcon } from '../legend/KindIcon';
import { SearchControl } from '../search/SearchControl';
import { LabelModeSwitch } from '../workshop/LabelModeSwitch';
import { graphCommands } from './graphCommands';
import { LayoutMenu } from './LayoutMenu';

/** A tool's icon, with its name beside it when the toolbar has room. */
function tool(id: CanvasTool, label: string, icon: IconName, hint: string): ButtonGroupOption<CanvasTool> {
  return {
    value: id,
    label: (
      <>
        <Icon name={icon} />
        <span className="button-text optional">{label}</span>
      </>
    ),
    ariaLabel: label,
    title: hint,
    testId: `tool-${id}`,
  };
}

const TOOLS: readonly ButtonGroupOption<CanvasTool>[] = [
  tool('select', 'Select', 'pointer', 'Tap to select, drag to move; Shift-drag selects a box'),
  tool('draw', 'Draw ties', 'tie', 'Drag from one node to another to add a tie (T)'),
  tool('box', 'Box select', 'box', 'Drag a box to select what is inside it (B)'),
];

export interface GraphToolbarProps {
  readonly shown: number;
  readonly total: number;
}

export function GraphToolbar({ shown, total }: GraphToolbarProps) {
  const current = useAppStore((s) => s.tool);
  const setTool = useAppStore((s) => s.setTool);
  const setLayout = useAppStore((s) => s.setLayout);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const focusSteps = useAppStore((s) => s.focusSteps);
  const setFocusSteps = useAppStore((s) => s.setFocusSteps);
  const single = useAppStore((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0]! : null));
  const legendOpen = useAppStore((s) => s.legendOpen);
  const setLegendOpen = useAppStore((s) => s.setLegendOpen);

  return (
    <div className="view-toolbar graph-toolbar" role="toolbar" aria-label="Graph tools" data-testid="graph-toolbar">
      <div className="tool-group kind-palette" role="group" aria-label="Add a node">
        {NODE_KINDS.map((k) => (
          <button
            key={k.id}
            type="button"
            className="kind-button"
            aria-label={`Add a ${k.label.toLowerCase()}`}
            title={`Add a ${k.label.toLowerCase()}`}
            data-testid={`palette-${k.id}`}
            onClick={() => graphCommands()?.addNode(k.id)}
          >
            <KindIcon kind={k.id} size={24} />
          </button>
        ))}
      </div>
      <ButtonGroup className="tool-group" label="Pointer tool" options={TOOLS} value={current} onChange={setTool} />
      <div className="tool-group" role="group" aria-label="View">
        <button type="button" aria-label="Zoom to fit" data-testid="zoom-fit" title="Zoom to fit (F)" onClick={() => graphCommands()?.fit()}>
          <Icon name="fit" />
          <span className="button-text optional">Fit</span>
        </button>
        <LayoutMenu
          onRun={(id: LayoutId) => {
            setLayout(id);
            graphCommands()?.runLayout();
          }}
        />
      </div>
      <div className="tool-group" role="group" aria-label="Focus">
        <IconToggle
          pressed={focus !== null}
          label="Focus"
          icon="focus"
          disabled={focus === null && single === null}
          title="Show only the selected node and its neighbours (.)"
          testId="focus-toggle"
          onToggle={(on) => setFocus(on ? single : null)}
        />
        <select
          className="workshop-hidden"
          aria-label="Focus steps"
          title="How many steps from the focused node to show"
          value={focusSteps}
          data-testid="focus-steps"
          onChange={(e) => setFocusSteps(Number(e.target.value) as FocusSteps)}
        >
          <option value={1}>1 step</option>
          <option value={2}>2 steps</option>
          <option value={3}>3 steps</option>
        </select>
      </div>
      <SearchControl onFound={(id) => graphCommands()?.centreOn(id)} />
      <div className="tool-group" role="group" aria-label="Show">
        <FilterButton shown={shown} total={total} />
        <IconToggle
          pressed={legendOpen}
          label="Legend"
          icon="legend"
          testId="legend-toggle"
          title="Legend (L)"
          onToggle={setLegendOpen}
        />
        <ExportPictureMenu onSave={(format) => graphCommands()?.exportPicture(format) ?? Promise.resolve()} />
      </div>
      <div className="tool-group toolbar-end">
        <LabelModeSwitch />
      </div>
    </div>
  );
}
