/**
 * Finds the neuron under a pointer: a uniform grid over the neurons' layout positions, so a click
 * checks the few neurons in nearby cells instead of all of them (10,000 neurons: ~a dozen checks).
 */
export class NeuronHitIndex {
  private readonly cellSize: number;
  private readonly minX: number;
  private readonly minY: number;
  private readonly columns: number;
  private readonly rows: number;
  /** CSR: neuron indexes in cell c are ids[start[c] .. start[c + 1]). */
  private readonly start: Int32Array;
  private readonly ids: Int32Array;

  /** x, y: per neuron index, in layout units. radius: per neuron index, the hit radius in layout units. */
  constructor(private readonly x: Float32Array, private readonly y: Float32Array, private readonly radius: Float32Array) {
    const n = x.length;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, maxR = 0;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]); maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]);
      maxR = Math.max(maxR, radius[i]);
    }
    if (n === 0) { minX = minY = 0; maxX = maxY = 1; }
    const area = Math.max(1e-9, (maxX - minX) * (maxY - minY));
    // About two neurons per cell, and never smaller than a hit radius.
    this.cellSize = Math.max(maxR, Math.sqrt((2 * area) / Math.max(1, n)), 1e-6);
    this.minX = minX;
    this.minY = minY;
    this.columns = Math.max(1, Math.floor((maxX - minX) / this.cellSize) + 1);
    this.rows = Math.max(1, Math.floor((maxY - minY) / this.cellSize) + 1);
    const cells = this.columns * this.rows;
    const cellOf = new Int32Array(n);
    this.start = new Int32Array(cells + 1);
    for (let i = 0; i < n; i++) {
      cellOf[i] = this.cellAt(x[i], y[i]);
      this.start[cellOf[i] + 1]++;
    }
    for (let c = 0; c < cells; c++) this.start[c + 1] += this.start[c];
    const fill = this.start.slice(0, cells);
    this.ids = new Int32Array(n);
    for (let i = 0; i < n; i++) this.ids[fill[cellOf[i]]++] = i;
  }

  /**
   * The neuron index nearest (px, py) within its hit radius plus `slack` (layout units), or −1.
   * Ties go to the lower index.
   */
  nearest(px: number, py: number, slack = 0): number {
    let best = -1;
    let bestD2 = Infinity;
    const reach = Math.max(1, Math.ceil(slack / this.cellSize) + 1);
    const cx = Math.floor((px - this.minX) / this.cellSize);
    const cy = Math.floor((py - this.minY) / this.cellSize);
    for (let gy = Math.max(0, cy - reach); gy <= Math.min(this.rows - 1, cy + reach); gy++) {
      for (let gx = Math.max(0, cx - reach); gx <= Math.min(this.columns - 1, cx + reach); gx++) {
        const c = gy * this.columns + gx;
        for (let k = this.start[c]; k < this.start[c + 1]; k++) {
          const i = this.ids[k];
          const dx = this.x[i] - px;
          const dy = this.y[i] - py;
          const d2 = dx * dx + dy * dy;
          const r = this.radius[i] + slack;
          if (d2 <= r * r && (d2 < bestD2 || (d2 === bestD2 && i < best))) {
            best = i;
            bestD2 = d2;
          }
        }
      }
    }
    return best;
  }

  private cellAt(px: number, py: number): number {
    const gx = Math.min(this.columns - 1, Math.max(0, Math.floor((px - this.minX) / this.cellSize)));
    const gy = Math.min(this.rows - 1, Math.max(0, Math.floor((py - this.minY) / this.cellSize)));
    return gy * this.columns + gx;
  }
}
