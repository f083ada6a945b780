/**
 * Where the circuit view draws each neuron, in layout units (the view scales them to the screen).
 *
 * A level that places every population in its own box (populations[].layout) is drawn as it says:
 * the engine already wrote those positions into world.neurons.x/y at spawn. Circuits that build
 * their populations in code give no layout, and a level file that omits it
 * gets the same default box for every population; then the populations are laid out automatically
 * in columns by their depth along the projections (inputs on the left, outputs on the right).
 */

/** A population as the layout needs it (world.populations satisfies this). */
export interface LayoutPopulation {
  readonly name: string;
  readonly firstIndex: number;
  readonly count: number;
}

/** A projection as the layout needs it: source and target population indexes. */
export interface LayoutProjection {
  readonly from: number;
  readonly to: number;
}

/** A population's box from the level file (populations[].layout). */
export interface LevelBox {
  readonly kind: 'grid' | 'line' | 'ring' | 'random';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PopulationBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Diameter of one neuron's dot, in layout units. */
  dotSize: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface CircuitLayout {
  /** 'level' when the level's boxes were used, 'auto' otherwise. */
  readonly source: 'level' | 'auto';
  /** Per neuron index (eid − 1). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly boxes: PopulationBox[];
  readonly bounds: Bounds;
}

export interface LayoutInput {
  readonly populations: readonly LayoutPopulation[];
  readonly projections: readonly LayoutProjection[];
  /** Per population: its box from the level file, or null when the level does not place it. */
  readonly levelBoxes: readonly (LevelBox | null)[];
  /** world.neurons.x / y (eid-indexed, slot 0 unused): positions the engine wrote from the level boxes. */
  readonly neuronX: ArrayLike<number>;
  readonly neuronY: ArrayLike<number>;
}

/** Gap between automatic columns and between populations stacked in one column, in layout units. */
const columnGap = 8;
const rowGap = 5;

export function layoutCircuit(input: LayoutInput): CircuitLayout {
  const useLevel = levelBoxesUsable(input.levelBoxes);
  const total = input.populations.reduce((m, p) => Math.max(m, p.firstIndex + p.count), 0);
  const x = new Float32Array(total);
  const y = new Float32Array(total);
  const boxes = useLevel
    ? placeFromLevel(input, x, y)
    : placeAutomatically(input, x, y);
  capDotSizes(boxes);
  return { source: useLevel ? 'level' : 'auto', x, y, boxes, bounds: boundsOf(boxes) };
}

/**
 * The level's boxes are used only when every population has one and no two are the same box (the
 * schema's default box is the same for every population that omits it, which would pile them up).
 */
export function levelBoxesUsable(levelBoxes: readonly (LevelBox | null)[]): boolean {
  if (levelBoxes.length === 0 || levelBoxes.some((b) => b === null)) return false;
  const seen = new Set<string>();
  for (const b of levelBoxes as LevelBox[]) {
    const key = `${b.x},${b.y},${b.width},${b.height}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

function placeFromLevel(input: LayoutInput, x: Float32Array, y: Float32Array): PopulationBox[] {
  return input.populations.map((p, i) => {
    const box = input.levelBoxes[i] as LevelBox;
    for (let k = 0; k < p.count; k++) {
      const index = p.firstIndex + k;
      x[index] = input.neuronX[index + 1];
      y[index] = input.neuronY[index + 1];
    }
    return { x: box.x, y: box.y, width: box.width, height: box.height, dotSize: 0.5 * spacingOf(box, p.count) };
  });
}

/** Typical distance between neighbouring neurons in a level box. */
export function spacingOf(box: LevelBox, count: number): number {
  const n = Math.max(1, count);
  switch (box.kind) {
    case 'line':
      return n > 1 ? box.width / (n - 1) : Math.max(box.width, box.height, 1);
    case 'ring':
      return n > 1 ? (Math.PI * Math.max(box.width, box.height)) / n : Math.max(box.width, box.height, 1);
    default: {
      const area = box.width * box.height;
      return area > 0 ? Math.sqrt(area / n) : Math.max(box.width, box.height, 1) / Math.sqrt(n);
    }
  }
}

/** Side of an automatic population's square box: grows slower than √count so big ones do not swamp. */
export function autoBoxSide(count: number): number {
  return 2 + 2 * Math.pow(Math.max(1, count), 0.42);
}

function placeAutomatically(input: LayoutInput, x: Float32Array, y: Float32Array): PopulationBox[] {
  const { populations } = input;
  const depth = populationDepths(populations.length, input.projections);
  const columnCount = depth.reduce((m, d) => Math.max(m, d + 1), 0);
  const columns: number[][] = Array.from({ length: columnCount }, () => []);
  depth.forEach((d, p) => columns[d].push(p));
  const sides = populations.map((p) => autoBoxSide(p.count));
  const columnHeights = columns.map((members) => members.reduce((h, p) => h + sides[p], 0) + rowGap * Math.max(0, members.length - 1));
  const tallest = columnHeights.reduce((m, h) => Math.max(m, h), 0);
  const boxes: PopulationBox[] = new Array(populations.length);
  let left = 0;
  columns.forEach((members, c) => {
    const width = members.reduce((m, p) => Math.max(m, sides[p]), 0);
    let top = (tallest - columnHeights[c]) / 2;
    for (const p of members) {
      const side = sides[p];
      const boxX = left + (width - side) / 2;
      boxes[p] = placeGrid(populations[p], boxX, top, side, x, y);
      top += side + rowGap;
    }
    left += width + columnGap;
  });
  return boxes;
}

/** Fills a square box with a grid of the population's neurons, a half spacing in from each edge. */
function placeGrid(p: LayoutPopulation, boxX: number, boxY: number, side: number, x: Float32Array, y: Float32Array): PopulationBox {
  const columns = Math.max(1, Math.ceil(Math.sqrt(p.count)));
  const rows = Math.max(1, Math.ceil(p.count / columns));
  const step = side / Math.max(columns, rows);
  const offsetX = boxX + (side - step * columns) / 2 + step / 2;
  const offsetY = boxY + (side - step * rows) / 2 + step / 2;
  for (let k = 0; k < p.count; k++) {
    x[p.firstIndex + k] = offsetX + (k % columns) * step;
    y[p.firstIndex + k] = offsetY + Math.floor(k / columns) * step;
  }
  return { x: boxX, y: boxY, width: side, height: side, dotSize: Math.min(0.55 * step, side / 2) };
}

/**
 * Column of each population: the longest path to it from a population with no input, after
 * dropping the edges that close a loop (found by a depth-first walk in population order), so
 * recurrent circuits still read left to right. Self-projections never move a population.
 */
export function populationDepths(count: number, projections: readonly LayoutProjection[]): number[] {
  const out: number[][] = Array.from({ length: count }, () => []);
  const hasInput = new Uint8Array(count);
  for (const pr of projections) {
    if (pr.from === pr.to || pr.from < 0 || pr.to < 0 || pr.from >= count || pr.to >= count) continue;
    if (!out[pr.from].includes(pr.to)) out[pr.from].push(pr.to);
    hasInput[pr.to] = 1;
  }
  // Depth-first walk from the inputs (then from anything unvisited) marks forward edges only.
  const state = new Uint8Array(count); // 0 new, 1 on the stack, 2 done
  const forward: number[][] = Array.from({ length: count }, () => []);
  const visit = (start: number): void => {
    const stack: Array<[number, number]> = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next < out[node].length) {
        top[1]++;
        const to = out[node][next];
        if (state[to] === 1) continue; // back edge: closes a loop
        forward[node].push(to);
        if (state[to] === 0) {
          state[to] = 1;
          stack.push([to, 0]);
        }
      } else {
        state[node] = 2;
        stack.pop();
      }
    }
  };
  for (let p = 0; p < count; p++) if (!hasInput[p] && state[p] === 0) visit(p);
  for (let p = 0; p < count; p++) if (state[p] === 0) visit(p);
  // Longest path over the forward edges (a DAG): relax in topological order.
  const indegree = new Int32Array(count);
  forward.forEach((targets) => targets.forEach((t) => indegree[t]++));
  const depth = new Array<number>(count).fill(0);
  const queue: number[] = [];
  for (let p = 0; p < count; p++) if (indegree[p] === 0) queue.push(p);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    for (const t of forward[node]) {
      depth[t] = Math.max(depth[t], depth[node] + 1);
      if (--indegree[t] === 0) queue.push(t);
    }
  }
  return depth;
}

/** A population of one neuron in a big box would get a huge dot: cap every dot at 2.5× the median. */
function capDotSizes(boxes: PopulationBox[]): void {
  if (boxes.length === 0) return;
  const sorted = boxes.map((b) => b.dotSize).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  for (const b of boxes) b.dotSize = Math.max(1e-3, Math.min(b.dotSize, 2.5 * median));
}

function boundsOf(boxes: readonly PopulationBox[]): Bounds {
  if (boxes.length === 0) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const box of boxes) {
    const pad = box.dotSize;
    b.minX = Math.min(b.minX, box.x - pad);
    b.minY = Math.min(b.minY, box.y - pad);
    b.maxX = Math.max(b.maxX, box.x + box.width + pad);
    b.maxY = Math.max(b.maxY, box.y + box.height + pad);
  }
  return b;
}
