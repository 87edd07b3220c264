// The support network drawn as SVG: ring guides with their names, sector lines and names, ties in
// the look's line style (by frequency), width and colour with arrowheads from giver to receiver,
// and everyone as the look draws them with a badge for the kinds of care they give the centre.
// SVG rather than a canvas: the rings and names are crisp on a projector, each person is a
// focusable element with a name a screen reader reads, and pointer events work alike for mouse
// and touch. People can be dragged to another ring (or moved with the arrow keys); the drop is
// handed up, the view turns it into one store action.
import { memo, useRef, useState } from 'react';

import {
  arrowHead,
  HIGHLIGHT_COLOUR,
  type NodeLook,
  type Point,
  polygonAt,
  type SupportScene,
  type TieLook,
} from '../../look';
import { labelOf, type SupportMember, SUPPORT_RINGS, SUPPORT_SECTORS } from '../../model';
import { type DragHandlers, useRingDrag } from './useRingDrag';

export interface SupportDrawingProps {
  readonly scene: SupportScene;
  /** Care type labels by id, for each person's accessible name. */
  readonly careLabels: ReadonlyMap<string, string>;
  /** Pixels per drawing unit (the view fits the drawing, never so small that a person is under 44 px to tap). */
  readonly scale: number;
  readonly onSelect: (id: string) => void;
  readonly onDrop: (id: string, at: Point) => void;
  /** Move one ring in (-1) or out (+1), from the keyboard. */
  readonly onStep: (id: string, step: -1 | 1) => void;
}

const DASH = { solid: undefined, dashed: '9 6', dotted: '1.5 5' } as const;
const NODE_SCALE = 1.25;
const FONT = 13;

/** How much room the sector names need beyond the outermost ring, in drawing units. */
export const DRAWING_MARGIN = 110;

/** A sector name in two lines of about equal length, so it fits in the drawing's corner. */
function twoLines(label: string): [string, string] {
  const words = label.split(' ');
  let best: [string, string] = [label, ''];
  let gap = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    if (Math.abs(a.length - b.length) < gap) {
      gap = Math.abs(a.length - b.length);
      best = [a, b];
    }
  }
  return best;
}

/** Touch or drag on the drawing's background scrolls the view (the drawing itself takes every touch). */
function panScroller(event: React.PointerEvent<SVGSVGElement>): void {
  const scroller = event.currentTarget.parentElement;
  if (
    scroller === null ||
    event.button !== 0 ||
    (event.target as Element).closest('.support-person') !== null
  )
    return;
  const svg = event.currentTarget;
  const start = { x: event.clientX, y: event.clientY, left: scroller.scrollLeft, top: scroller.scrollTop };
  svg.setPointerCapture(event.pointerId);
  const move = (e: PointerEvent) => {
    scroller.scrollLeft = start.left - (e.clientX - start.x);
    scroller.scrollTop = start.top - (e.clientY - start.y);
  };
  const end = () => {
    svg.removeEventListener('pointermove', move);
    svg.removeEventListener('pointerup', end);
    svg.removeEventListener('pointercancel', end);
  };
  svg.addEventListener('pointermove', move);
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
}

function points(ps: readonly Point[]): string {
  return ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

export const SupportDrawing = memo(function SupportDrawing(props: SupportDrawingProps) {
  const { scene, scale } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragged, setDragged] = useState<{ id: string; at: Point } | null>(null);
  const drag = useRingDrag(svgRef, {
    onMove: (id, at) => setDragged({ id, at }),
    onEnd: () => setDragged(null),
    onDrop: props.onDrop,
    onTap: props.onSelect,
  });
  const extent = scene.radius + DRAWING_MARGIN;
  const size = 2 * extent * scale;
  const where = (id: string): Point | undefined =>
    dragged?.id === id ? dragged.at : scene.positions.get(id);
  return (
    <svg
      ref={svgRef}
      className="support-drawing"
      data-testid="support-drawing"
      width={size}
      height={size}
      viewBox={`${-extent} ${-extent} ${2 * extent} ${2 * extent}`}
      role="group"
      onPointerDown={panScroller}
      aria-label={`Support network of ${scene.look.nodes.get(scene.centre.id)?.label ?? ''}`}
    >
      <Guides scene={scene} />
      <g className="support-ties">
        {[...scene.tieIds].map((id) => {
          const tie = scene.look.ties.get(id);
          return tie === undefined ? null : (
            <TieShape key={id} tie={tie} scene={scene} from={where(tie.source)} to={where(tie.target)} />
          );
        })}
      </g>
      <g className="support-people">
        {[...scene.positions.keys()].map((id) => {
          const look = scene.look.nodes.get(id);
          const at = where(id);
          if (look === undefined || at === undefined) return null;
          const member = scene.members.get(id);
          return (
            <Person
              key={id}
              look={look}
              at={at}
              member={member}
              gives={scene.gives.get(id) ?? []}
              careLabels={props.careLabels}
              hit={scene.layout.pitch / 2 - 1}
              dragging={dragged?.id === id}
              drag={member === undefined ? null : drag}
              onSelect={props.onSelect}
              onStep={props.onStep}
            />
          );
        })}
      </g>
    </svg>
  );
});

function Guides({ scene }: { readonly scene: SupportScene }) {
  const bands = scene.layout.bands.filter((b) => b.lanes.length > 0);
  const inner = bands[0]?.inner ?? 0;
  const outer = scene.radius;
  return (
    <g className="support-guides" aria-hidden="true">
      {bands.map((b) => (
        <g key={b.ring} data-testid={`ring-${b.ring}`}>
          <circle r={b.outer} className={`ring-guide ring-${b.ring}`} />
          <text x={6} y={-b.outer + 18} className="ring-name">
            {SUPPORT_RINGS.find((r) => r.id === b.ring)?.label ?? b.ring}
          </text>
        </g>
      ))}
      {scene.layout.sectors.map((arc) => {
        const mid = (arc.start + arc.end) / 2;
        const r = outer + 24;
        const right = Math.sin(mid) > 0;
        return (
          <g key={arc.sector}>
            <line
              x1={Math.sin(arc.start) * inner}
              y1={-Math.cos(arc.start) * inner}
              x2={Math.sin(arc.start) * outer}
              y2={-Math.cos(arc.start) * outer}
              className="sector-line"
            />
            <text
              x={Math.sin(mid) * r}
              y={-Math.cos(mid) * r + (Math.cos(mid) < 0 ? 20 : -22)}
              textAnchor={right ? 'start' : 'end'}
              className="sector-name"
            >
              {twoLines(SUPPORT_SECTORS.find((s) => s.id === arc.sector)?.label ?? arc.sector).map(
                (line, i) => (
                  <tspan key={i} x={Math.sin(mid) * r} dy={i === 0 ? 0 : 20}>
                    {line}
                  </tspan>
                ),
              )}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function TieShape({ tie, scene, from, to }: { tie: TieLook; scene: SupportScene; from?: Point; to?: Point }) {
  if (from === undefined || to === undefined) return null;
  const rs = ((scene.look.nodes.get(tie.source)?.size ?? 30) * NODE_SCALE) / 2;
  const rt = ((scene.look.nodes.get(tie.target)?.size ?? 30) * NODE_SCALE) / 2;
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const a = { x: from.x + ux * rs, y: from.y + uy * rs };
  const b = { x: to.x - ux * rt, y: to.y - uy * rt };
  const opacity = tie.state === 'dimmed' ? 0.2 : tie.faded ? 0.45 : 1;
  return (
    <g opacity={opacity} data-testid="support-tie" data-tie-id={tie.id} data-line={tie.line}>
      {tie.state === 'highlighted' && (
        <line
          x1={a.x}
          y1={a.y}
          x2={b.x}
          y2={b.y}
          stroke={HIGHLIGHT_COLOUR}
          strokeOpacity={0.5}
          strokeWidth={tie.width + 10}
        />
      )}
      <line
        x1={a.x}
        y1={a.y}
        x2={b.x}
        y2={b.y}
        stroke={tie.colour}
        strokeWidth={tie.width}
        strokeDasharray={DASH[tie.line]}
        strokeLinecap={tie.line === 'dotted' ? 'round' : 'butt'}
      />
      {tie.arrowTarget !== 'none' && (
        <polygon points={points(arrowHead(a, b, tie.width))} fill={tie.colour} />
      )}
      {tie.arrowSource !== 'none' && (
        <polygon points={points(arrowHead(b, a, tie.width))} fill={tie.colour} />
      )}
    </g>
  );
}

function NodeShape({ look, at, size }: { look: NodeLook; at: Point; size: number }) {
  const corners = polygonAt(look.shape, at, size);
  const stroke = { stroke: '#1F1F1F', strokeWidth: 1.2 };
  if (corners !== null) return <polygon points={points(corners)} fill={look.colour} {...stroke} />;
  if (look.shape === 'round-rectangle')
    return (
      <rect
        x={at.x - size / 2}
        y={at.y - size / 2}
        width={size}
        height={size}
        rx={size / 6}
        fill={look.colour}
        {...stroke}
      />
    );
  return (
    <>
      <circle cx={at.x} cy={at.y} r={size / 2} fill={look.colour} {...stroke} />
      {look.shape === 'ring' && <circle cx={at.x} cy={at.y} r={size * 0.39} fill="none" {...stroke} />}
    </>
  );
}

interface PersonProps {
  readonly look: NodeLook;
  readonly at: Point;
  readonly member: SupportMember | undefined;
  readonly gives: readonly string[];
  readonly careLabels: ReadonlyMap<string, string>;
  readonly hit: number;
  readonly dragging: boolean;
  readonly drag: DragHandlers | null;
  readonly onSelect: (id: string) => void;
  readonly onStep: (id: string, step: -1 | 1) => void;
}

function describe(props: PersonProps): string {
  const { look, member, gives, careLabels } = props;
  if (member === undefined) return `${look.label}, at the centre`;
  const ring =
    member.ring === 'beyond'
      ? 'linked through someone else'
      : labelOf(SUPPORT_RINGS, member.ring).toLowerCase();
  const care = gives.length === 0 ? '' : `; gives ${gives.map((c) => careLabels.get(c) ?? c).join(', ')}`;
  return `${look.label}: ${ring}, ${labelOf(SUPPORT_SECTORS, member.sector).toLowerCase()}${care}`;
}

function Person(props: PersonProps) {
  const { look, at, member, gives, hit, drag } = props;
  const size = look.size * NODE_SCALE;
  const r = size / 2;
  const lines = look.caption.split('\n');
  return (
    <g
      className={`support-person${look.selected ? ' selected' : ''}${props.dragging ? ' dragging' : ''}`}
      data-testid="support-person"
      data-node-id={look.id}
      data-ring={member?.ring ?? 'centre'}
      data-state={look.state}
      opacity={look.state === 'dimmed' ? 0.25 : 1}
      tabIndex={0}
      role="button"
      aria-pressed={look.selected}
      aria-label={describe(props)}
      onPointerDown={drag === null ? undefined : (e) => drag.onPointerDown(e, look.id, at)}
      onClick={drag === null ? () => props.onSelect(look.id) : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          props.onSelect(look.id);
        } else if (member !== undefined && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          props.onStep(look.id, e.key === 'ArrowUp' ? -1 : 1);
        }
      }}
    >
      <circle cx={at.x} cy={at.y} r={Math.max(hit, r + 4)} className="hit" />
      {look.state === 'highlighted' && (
        <circle cx={at.x} cy={at.y} r={r + 9} fill={HIGHLIGHT_COLOUR} fillOpacity={0.5} />
      )}
      {look.selected && <circle cx={at.x} cy={at.y} r={r + 6} className="selection-ring" />}
      <NodeShape look={look} at={at} size={size} />
      <text
        x={at.x}
        y={at.y + size * 0.17}
        textAnchor="middle"
        className="letter"
        fill={look.ink}
        fontSize={size * 0.45}
      >
        {look.letter}
      </text>
      {gives.length > 0 && (
        <g className="care-badge" data-testid="care-badge">
          <circle cx={at.x + r * 0.85} cy={at.y - r * 0.85} r={10} />
          <text x={at.x + r * 0.85} y={at.y - r * 0.85 + 4.5} textAnchor="middle">
            {gives.length}
          </text>
        </g>
      )}
      <text x={at.x} y={at.y + r + FONT + 2} textAnchor="middle" className="caption">
        {lines.map((line, i) => (
          <tspan key={i} x={at.x} dy={i === 0 ? 0 : FONT * 1.15} className={i === 0 ? 'name' : 'roles'}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
