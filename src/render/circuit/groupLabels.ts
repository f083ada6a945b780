/**
 * Labels for named runs of a population's neurons (a level's populations[].groups, e.g. the relay
 * cells of the left eye and of the right eye), in screen space: each just below its group's
 * neurons, right-aligned with the rightmost, so it sits in the gap under a row and clear of the
 * population labels, which stand at the boxes' top-left corners (the next population's label, too,
 * when the boxes are close on a phone). In the population's colour, outlined in the background
 * colour like the population labels, so it stays legible over synapse lines.
 */
import { Text, type Container } from 'pixi.js';
import type { Level } from '../../levels/schema/level';
import type { SimWorld } from '../../sim/world/world';
import { plotColors, plotFont, populationColor } from '../palette';
import type { CircuitLayout } from './circuitLayout';
import { toScreen, type ViewTransform } from './viewTransform';

interface GroupLabel {
  readonly text: Text;
  /** The group's box in layout units: right edge and bottom edge of its dots. */
  readonly right: number;
  readonly bottom: number;
}

/** Gap between a group's dots and its label, in CSS px. */
const gapPx = 2;

export class GroupLabels {
  private readonly labels: GroupLabel[] = [];

  constructor(level: Level | null, world: SimWorld, layout: CircuitLayout, overlay: Container) {
    world.populations.forEach((population, i) => {
      const groups = level?.populations.find((p) => p.id === population.name)?.groups ?? [];
      const radius = layout.boxes[i].dotSize / 2;
      for (const group of groups) {
        // The loader rejects a group past the population's end; a world of another level has none.
        if (group.first + group.count > population.count) continue;
        let right = -Infinity, bottom = -Infinity;
        for (let k = group.first; k < group.first + group.count; k++) {
          const index = population.firstIndex + k;
          right = Math.max(right, layout.x[index] + radius);
          bottom = Math.max(bottom, layout.y[index] + radius);
        }
        const text = new Text({
          text: group.label,
          style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: populationColor(i), stroke: { color: plotColors.background, width: 3 } },
        });
        text.resolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));
        text.anchor.set(1, 0);
        overlay.addChild(text);
        this.labels.push({ text, right, bottom });
      }
    });
  }

  /** Moves the labels with the view (pan and zoom). */
  place(transform: ViewTransform): void {
    for (const label of this.labels) {
      const p = toScreen(transform, label.right, label.bottom);
      label.text.position.set(Math.round(p.x), Math.round(p.y + gapPx));
    }
  }
}
