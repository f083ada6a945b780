/**
 * One arrow per projection between population boxes, drawn in screen space: width by synapse count,
 * colour by sign and the mean strength of its drawn synapses; a loop for a recurrent projection.
 */
import type { Graphics } from 'pixi.js';
import type { SimWorld } from '../../sim/world/world';
import type { CircuitLayout } from './circuitLayout';
import { synapseColor } from './synapseStyle';
import { toScreen, type ViewTransform } from './viewTransform';

export function drawProjectionBundles(
  g: Graphics,
  world: SimWorld,
  layout: CircuitLayout,
  t: ViewTransform,
  meanStrength: (projection: number) => number,
): void {
  g.clear();
  for (const pr of world.projections) {
    if (pr.count === 0) continue;
    const from = layout.boxes[pr.from];
    const to = layout.boxes[pr.to];
    const inhibitory = pr.receptor === 1;
    const color = synapseColor(inhibitory, Math.max(0.5, meanStrength(pr.index)));
    const width = 1.5 + Math.min(6, Math.log10(1 + pr.count));
    const a = toScreen(t, from.x + from.width / 2, from.y + from.height / 2);
    const b = toScreen(t, to.x + to.width / 2, to.y + to.height / 2);
    if (pr.from === pr.to) {
      // A recurrent projection: a loop over the box's top-right corner.
      const corner = toScreen(t, from.x + from.width, from.y);
      const r = 14 + 3 * pr.index;
      g.moveTo(corner.x - r, corner.y).bezierCurveTo(corner.x - r, corner.y - 2 * r, corner.x + 2 * r, corner.y + r, corner.x, corner.y + r);
      g.stroke({ width, color, alpha: 0.55 });
      continue;
    }
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.max(1, Math.hypot(dx, dy));
    // Bend to the right of the direction of travel, so A→B and B→A do not overlap.
    const cx = mx - (dy / len) * 0.15 * len;
    const cy = my + (dx / len) * 0.15 * len;
    g.moveTo(a.x, a.y).quadraticCurveTo(cx, cy, b.x, b.y).stroke({ width, color, alpha: 0.45 });
    // Arrowhead at the middle of the curve, pointing along it.
    const hx = 0.25 * a.x + 0.5 * cx + 0.25 * b.x;
    const hy = 0.25 * a.y + 0.5 * cy + 0.25 * b.y;
    const ux = dx / len;
    const uy = dy / len;
    const s = 5 + width;
    g.poly([hx + ux * s, hy + uy * s, hx - ux * s - uy * s * 0.7, hy - uy * s + ux * s * 0.7, hx - ux * s + uy * s * 0.7, hy - uy * s - ux * s * 0.7])
      .fill({ color, alpha: 0.8 });
  }
}
