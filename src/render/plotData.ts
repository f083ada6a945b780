// The small, explicit inputs the plot views read. They are structural types, so the sim's own
// monitor and component objects satisfy them without copying or adapters.

/** A spike monitor's ring buffer: entry k (0-based, counting every spike ever written) lives at k % capacity. */
export interface SpikeRing {
  readonly ticks: Float64Array;
  readonly neurons: Int32Array;
  readonly capacity: number;
  readonly written: number;
}

/** A contiguous range of neuron indexes shown as one band of the raster. */
export interface PopulationBand {
  readonly name: string;
  readonly firstIndex: number;
  readonly count: number;
}

/** A contiguous range of synapse indexes (one projection, or all synapses). */
export interface SynapseRange {
  readonly name: string;
  readonly firstSynapse: number;
  readonly count: number;
}

/** Rectangle in CSS pixels. */
export interface PlotRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
