import { describe, expect, it } from 'vitest';
import { buildNetworkGraph, columnsFor, unitsAtPixel } from '../../../src/editor/views/networkGraph';
import { layoutCenter, layoutWithCenter, pixelsPerUnitFor, DEFAULT_PIXELS_PER_UNIT } from '../../../src/editor/views/layoutUnits';
import { boxesCrowd } from '../../../src/editor/views/nodeBox';
import { levelDraft } from './helpers';

describe('the network graph of a draft', () => {
  it('draws the pairing level: two placed populations, their projection with its rule, human labels', () => {
    const draft = levelDraft('stdp-pairing');
    const graph = buildNetworkGraph(draft, pixelsPerUnitFor([{ x: 0.5, y: 0.5 }, { x: 4.5, y: 0.5 }]));
    const pre = graph.nodes.find((n) => n.id === 'pre')!;
    const post = graph.nodes.find((n) => n.id === 'post')!;
    expect(pre.label).toBe('Presynaptic');
    expect(post.label).toBe('Postsynaptic');
    expect(post.x).toBeGreaterThan(pre.x + pre.width);
    expect(pre.y).toBe(post.y);
    const edge = graph.edges.find((e) => e.kind === 'projection')!;
    expect(edge.fromKey).toBe(pre.key);
    expect(edge.toKey).toBe(post.key);
    expect(edge.tag).toBe('STDP');
    expect(edge.description).toBe('Excitatory projection from Presynaptic to Postsynaptic, STDP');
  });

  it("shows a circuit's populations read-only, with the circuit's names for them", () => {
    const graph = buildNetworkGraph(levelDraft('eyeblink-acquisition'), DEFAULT_PIXELS_PER_UNIT);
    const circuitNodes = graph.nodes.filter((n) => n.kind === 'circuitPopulation');
    expect(circuitNodes.length).toBeGreaterThanOrEqual(5);
    expect(circuitNodes.every((n) => !n.editable && n.path[0] === 'circuits')).toBe(true);
    expect(circuitNodes.map((n) => n.label)).toContain('Granule cells');
  });

  it('gives stimuli and modulator pools their own nodes and joins them to their targets', () => {
    const draft = levelDraft('dopamine-acquisition');
    const graph = buildNetworkGraph(draft, 20);
    expect(graph.nodes.filter((n) => n.kind === 'stimulus').map((n) => n.label)).toContain('Tone cue');
    const input = graph.edges.find((e) => e.kind === 'stimulus' && e.path[1] === 0)!;
    expect(input.toKey).toBe('population:tone');
    expect(graph.nodes.some((n) => n.kind === 'modulator') || graph.nodes.some((n) => n.kind === 'circuitPopulation')).toBe(true);
  });

  it('keeps every node apart, even two populations placed on the same spot', () => {
    const draft = {
      neuronTypes: [{ id: 'rs', model: 'izhikevich' }],
      populations: [
        { id: 'a', type: 'rs', count: 1, layout: { kind: 'grid', x: 0, y: 0, width: 1, height: 1 } },
        { id: 'b', type: 'rs', count: 1, layout: { kind: 'grid', x: 0, y: 0, width: 1, height: 1 } },
        { id: 'c', type: 'rs', count: 1 },
      ],
      stimuli: [{ id: 'drive', kind: 'constantCurrent', target: 'c', amplitudePa: 5 }],
    };
    const graph = buildNetworkGraph(draft, 40);
    for (let i = 0; i < graph.nodes.length; i++) {
      for (let j = i + 1; j < graph.nodes.length; j++) expect(boxesCrowd(graph.nodes[i], graph.nodes[j], 0), `${graph.nodes[i].id}/${graph.nodes[j].id}`).toBe(false);
    }
    expect(graph.nodes.find((n) => n.id === 'c')!.detail).toBe('Izhikevich · 1 neuron');
  });

  it('maps a canvas point back to layout units (the inverse of placing)', () => {
    const draft = { populations: [{ id: 'a', type: 't', count: 3, layout: { kind: 'grid', x: -4, y: 2, width: 2, height: 2 } }] };
    const graph = buildNetworkGraph(draft, 25);
    const node = graph.nodes[0];
    expect(unitsAtPixel(graph, node)).toEqual({ x: -3, y: 3 });
  });

  it('scales placed boxes so that no two overlap and keeps a moved box its size', () => {
    expect(pixelsPerUnitFor([])).toBe(DEFAULT_PIXELS_PER_UNIT);
    // Side by side 4 units apart: a node's width and a gap (176 + 56 px) over 4 units.
    expect(pixelsPerUnitFor([{ x: 0, y: 0 }, { x: 4, y: 0 }])).toBe(58);
    // One above the other 14.5 units apart (the 2003 network): a height and a gap (60 + 80 px).
    expect(pixelsPerUnitFor([{ x: 20, y: 10 }, { x: 20, y: 24.5 }])).toBeCloseTo(140 / 14.5, 10);
    expect(layoutCenter({ layout: { x: 1, y: 2, width: 4, height: 2 } })).toEqual({ x: 3, y: 3 });
    expect(layoutCenter({ id: 'x' })).toBeUndefined();
    expect(layoutWithCenter({ kind: 'line', x: 0, y: 0, width: 4, height: 1 }, { x: 10.04, y: 3 })).toEqual({ kind: 'line', x: 8, y: 2.5, width: 4, height: 1 });
  });
});

describe('automatic rows', () => {
  it('fit as many boxes as the width allows, at least one', () => {
    expect(columnsFor(1240)).toBe(5);
    expect(columnsFor(358)).toBe(1);
    expect(columnsFor(0)).toBe(1);
    const graph = buildNetworkGraph(levelDraft('eyeblink-acquisition'), DEFAULT_PIXELS_PER_UNIT, 1);
    expect(new Set(graph.nodes.map((n) => n.x)).size).toBe(1);
  });
});
