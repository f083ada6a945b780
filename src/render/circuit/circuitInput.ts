/**
 * Pointer input of the circuit view: drag pans, the wheel zooms about the pointer, and a click (a press
 * that did not move) picks the neuron under it. The + / − keys are page shortcuts
 * (src/ui/keyboardShortcuts.ts: not in text fields, not behind a dialog) that call the view's zoomBy.
 */
import type { Container, FederatedPointerEvent, FederatedWheelEvent } from 'pixi.js';
import { zoomAt, type ViewTransform } from './viewTransform';

/** What the input drives: the view's transform, its zoom, and picking. */
export interface PanZoomTarget {
  readonly root: Container;
  readonly transform: ViewTransform;
  /** The scale that fits the whole circuit (zoom limits are relative to it). */
  readonly fitScale: number;
  /** Sets a transform the player chose (the view stops fitting itself). */
  setTransform(transform: ViewTransform): void;
  zoomBy(factor: number): void;
  /** A click at a screen point (CSS px, relative to root). */
  pickAt(x: number, y: number): void;
}

export class CircuitInput {
  private drag: { x: number; y: number; offsetX: number; offsetY: number; moved: boolean } | null = null;
  private hovering = false;
  private guardedCanvas: HTMLCanvasElement | null = null;
  constructor(private readonly target: PanZoomTarget) {
    const root = target.root;
    root.eventMode = 'static';
    root.cursor = 'grab';
    root.on('pointerdown', this.onPointerDown);
    root.on('globalpointermove', this.onPointerMove);
    root.on('pointerup', this.onPointerUp);
    root.on('pointerupoutside', this.onPointerCancel);
    root.on('wheel', this.onWheel);
    root.on('pointerover', this.onPointerOver);
    root.on('pointerout', this.onPointerOut);
  }

  destroy(): void {
    this.guardedCanvas?.removeEventListener('wheel', this.wheelGuard);
  }

  private readonly onPointerDown = (event: FederatedPointerEvent): void => {
    const p = this.target.root.toLocal(event.global);
    const t = this.target.transform;
    this.drag = { x: p.x, y: p.y, offsetX: t.offsetX, offsetY: t.offsetY, moved: false };
    this.target.root.cursor = 'grabbing';
  };

  private readonly onPointerMove = (event: FederatedPointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    const p = this.target.root.toLocal(event.global);
    if (!drag.moved && Math.hypot(p.x - drag.x, p.y - drag.y) < 4) return;
    drag.moved = true;
    this.target.setTransform({ scale: this.target.transform.scale, offsetX: drag.offsetX + p.x - drag.x, offsetY: drag.offsetY + p.y - drag.y });
  };

  private readonly onPointerUp = (event: FederatedPointerEvent): void => {
    const drag = this.drag;
    this.drag = null;
    this.target.root.cursor = 'grab';
    if (!drag || drag.moved) return;
    const p = this.target.root.toLocal(event.global);
    this.target.pickAt(p.x, p.y);
  };

  private readonly onPointerCancel = (): void => {
    this.drag = null;
    this.target.root.cursor = 'grab';
  };

  /**
   * Pixi listens for wheel events passively, so the page would scroll while the wheel zooms. The
   * first time the pointer enters the view, add a non-passive listener on its canvas that stops
   * the page scrolling while the pointer is over this view.
   */
  private readonly onPointerOver = (event: FederatedPointerEvent): void => {
    this.hovering = true;
    const target = event.nativeEvent?.target;
    if (!this.guardedCanvas && typeof HTMLCanvasElement !== 'undefined' && target instanceof HTMLCanvasElement) {
      this.guardedCanvas = target;
      target.addEventListener('wheel', this.wheelGuard, { passive: false });
    }
  };

  private readonly onPointerOut = (): void => {
    this.hovering = false;
  };

  private readonly wheelGuard = (event: WheelEvent): void => {
    const root = this.target.root;
    if (this.hovering && root.visible && root.parent) event.preventDefault();
  };

  private readonly onWheel = (event: FederatedWheelEvent): void => {
    const p = this.target.root.toLocal(event.global);
    // deltaMode 1 is lines (Firefox); about 16 px per line.
    const deltaPx = event.deltaY * (event.deltaMode === 1 ? 16 : 1);
    this.target.setTransform(zoomAt(this.target.transform, Math.exp(-deltaPx * 0.0015), p.x, p.y, this.target.fitScale));
  };
}
