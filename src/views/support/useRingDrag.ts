// Dragging a person in the support drawing, alike by mouse, pen and touch (pointer events with
// the pointer captured, so the drag follows a finger off the person). A press that moves less
// than a few pixels is a tap (select); a longer move follows the pointer and, on release, hands
// up where the person was dropped, in drawing units.
import { type PointerEvent as ReactPointerEvent, type RefObject, useMemo, useRef } from 'react';

import type { Point } from '../../look';

/** How far (px) a press must move to be a drag rather than a tap. */
const DRAG_SLOP = 6;

export interface DragHandlers {
  onPointerDown(event: ReactPointerEvent<SVGGElement>, id: string, at: Point): void;
}

export interface DragCallbacks {
  /** The pointer moved the person to `at` (drawing units). */
  readonly onMove: (id: string, at: Point) => void;
  /** The drag is over, dropped or not. */
  readonly onEnd: () => void;
  readonly onDrop: (id: string, at: Point) => void;
  readonly onTap: (id: string) => void;
}

/** A point on screen in the drawing's units. */
function toDrawing(svg: SVGSVGElement, clientX: number, clientY: number): Point {
  const matrix = svg.getScreenCTM();
  if (matrix === null) return { x: clientX, y: clientY };
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

export function useRingDrag(svgRef: RefObject<SVGSVGElement | null>, callbacks: DragCallbacks): DragHandlers {
  const latest = useRef(callbacks);
  latest.current = callbacks;
  return useMemo(
    () => ({
      onPointerDown(event, id) {
        if (event.button !== 0) return;
        const target = event.currentTarget;
        const svg = svgRef.current;
        if (svg === null) return;
        event.preventDefault();
        target.setPointerCapture(event.pointerId);
        const start = { x: event.clientX, y: event.clientY };
        let moved = false;
        const move = (e: PointerEvent) => {
          if (e.pointerId !== event.pointerId) return;
          if (!moved && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_SLOP) return;
          moved = true;
          latest.current.onMove(id, toDrawing(svg, e.clientX, e.clientY));
        };
        const finish = (e: PointerEvent, dropped: boolean) => {
          if (e.pointerId !== event.pointerId) return;
          target.removeEventListener('pointermove', move);
          target.removeEventListener('pointerup', up);
          target.removeEventListener('pointercancel', cancel);
          latest.current.onEnd();
          if (!dropped) return;
          if (moved) latest.current.onDrop(id, toDrawing(svg, e.clientX, e.clientY));
          else latest.current.onTap(id);
        };
        const up = (e: PointerEvent) => finish(e, true);
        const cancel = (e: PointerEvent) => finish(e, false);
        target.addEventListener('pointermove', move);
        target.addEventListener('pointerup', up);
        target.addEventListener('pointercancel', cancel);
      },
    }),
    [svgRef],
  );
}
