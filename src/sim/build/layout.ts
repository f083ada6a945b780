import type { RandomStream } from '../rng/stream';
import type { LayoutSpec } from './networkSpec';

/** Writes drawing positions for `count` neurons starting at eid `firstEid`. */
export function layOut(spec: LayoutSpec, count: number, firstEid: number, x: Float32Array, y: Float32Array, stream: RandomStream): void {
  const columns = Math.max(1, Math.ceil(Math.sqrt((count * spec.width) / Math.max(spec.height, 1e-9))));
  const rows = Math.max(1, Math.ceil(count / columns));
  for (let i = 0; i < count; i++) {
    const eid = firstEid + i;
    switch (spec.kind) {
      case 'grid':
        x[eid] = spec.x + (columns > 1 ? ((i % columns) / (columns - 1)) * spec.width : spec.width / 2);
        y[eid] = spec.y + (rows > 1 ? (Math.floor(i / columns) / (rows - 1)) * spec.height : spec.height / 2);
        break;
      case 'line':
        x[eid] = spec.x + (count > 1 ? (i / (count - 1)) * spec.width : spec.width / 2);
        y[eid] = spec.y + spec.height / 2;
        break;
      case 'ring': {
        const angle = (2 * Math.PI * i) / count;
        x[eid] = spec.x + spec.width / 2 + (spec.width / 2) * Math.cos(angle);
        y[eid] = spec.y + spec.height / 2 + (spec.height / 2) * Math.sin(angle);
        break;
      }
      case 'random':
        x[eid] = spec.x + stream.uniform() * spec.width;
        y[eid] = spec.y + stream.uniform() * spec.height;
        break;
    }
  }
}
