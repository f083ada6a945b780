/**
 * Mouse, pen and touch on the network canvas: dragging a population moves it (one edit on drop),
 * dragging from a box's + port to another population draws a projection, a press without a drag
 * selects. While dragging, the box and its arrows follow the pointer without touching the draft;
 * Escape puts them back.
 */
import type { Point } from '../../../editor/views/layoutUnits';

/** What the pointer handler asks of the canvas. */
export interface PointerHost {
  readonly svg: SVGSVGElement;
  /** The key of a box, its centre, and whether it can move. */
  nodeAt(key: string): { x: number; y: number; movable: boolean; connectable: boolean } | undefined;
  select(key: string): void;
  /** Draws the graph with this box shown at `center` (during a drag). */
  preview(key: string, center: Point | null): void;
  moveNode(key: string, center: Point): void;
  connect(fromKey: string, toKey: string): void;
  /** Draws (or with null, removes) the rubber-band line of a projection being drawn. */
  rubberBand(from: Point | null, to?: Point): void;
}

const DRAG_THRESHOLD_PX = 4;

type Gesture =
  | { kind: 'move'; key: string; pointerId: number; start: Point; origin: Point; moved: boolean }
  | { kind: 'connect'; key: string; pointerId: number; origin: Point };

export function svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): Point {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: clientX, y: clientY };
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

/** Wires the pointer gestures; returns a function that cancels a gesture in progress (Escape) and reports whether there was one. */
export function attachCanvasPointer(host: PointerHost, signal: AbortSignal): () => boolean {
  let gesture: Gesture | null = null;
  const { svg } = host;
  const keyOf = (target: EventTarget | null, attribute: 'data-key' | 'data-port'): string | null =>
    target instanceof Element ? target.closest(`[${attribute}]`)?.getAttribute(attribute) ?? null : null;

  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    const portKey = keyOf(event.target, 'data-port');
    const key = portKey ?? keyOf(event.target, 'data-key');
    if (!key) return;
    const node = host.nodeAt(key);
    const point = svgPoint(svg, event.clientX, event.clientY);
    if (portKey && node?.connectable) {
      gesture = { kind: 'connect', key, pointerId: event.pointerId, origin: { x: node.x + 0, y: node.y } };
      host.rubberBand(gesture.origin, point);
    } else if (node?.movable) {
      gesture = { kind: 'move', key, pointerId: event.pointerId, start: point, origin: { x: node.x, y: node.y }, moved: false };
    } else {
      host.select(key);
      return;
    }
    svg.setPointerCapture(event.pointerId);
    event.preventDefault();
  }, { signal });

  svg.addEventListener('pointermove', (event) => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const point = svgPoint(svg, event.clientX, event.clientY);
    if (gesture.kind === 'connect') {
      host.rubberBand(gesture.origin, point);
      return;
    }
    const dx = point.x - gesture.start.x;
    const dy = point.y - gesture.start.y;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    gesture.moved = true;
    host.preview(gesture.key, { x: gesture.origin.x + dx, y: gesture.origin.y + dy });
  }, { signal });

  const finish = (event: PointerEvent): void => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const done = gesture;
    gesture = null;
    if (svg.hasPointerCapture(event.pointerId)) svg.releasePointerCapture(event.pointerId);
    const point = svgPoint(svg, event.clientX, event.clientY);
    if (done.kind === 'connect') {
      host.rubberBand(null);
      const targetKey = keyOf(document.elementFromPoint(event.clientX, event.clientY), 'data-key');
      if (event.type === 'pointerup' && targetKey && host.nodeAt(targetKey)?.connectable) host.connect(done.key, targetKey);
      return;
    }
    if (!done.moved) {
      host.select(done.key);
      return;
    }
    host.preview(done.key, null);
    if (event.type === 'pointerup') host.moveNode(done.key, { x: done.origin.x + point.x - done.start.x, y: done.origin.y + point.y - done.start.y });
  };
  svg.addEventListener('pointerup', finish, { signal });
  svg.addEventListener('pointercancel', finish, { signal });

  return () => {
    if (!gesture) return false;
    if (gesture.kind === 'connect') host.rubberBand(null); else host.preview(gesture.key, null);
    if (svg.hasPointerCapture(gesture.pointerId)) svg.releasePointerCapture(gesture.pointerId);
    gesture = null;
    return true;
  };
}
