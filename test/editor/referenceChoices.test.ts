import { describe, expect, it } from 'vitest';
import { referenceChoices, withReferencesFilled } from '../../src/editor/referenceChoices';
import { formAt } from '../../src/editor/formAt';
import type { ListNode } from '../../src/editor/formFields';
import { templateByKey } from '../../src/editor/templates';
import { loadLevel } from '../../src/levels/loadLevel';

describe('reference choices', () => {
  it('offer the draft\'s neuron types with their model in words', () => {
    const draft = templateByKey('reward')!.create();
    const choices = referenceChoices(draft, 'neuronTypes');
    expect(choices.map((c) => c.id)).toEqual(['sensory', 'timeCell', 'msn', 'dopaminergic']);
    expect(choices[0].label).toBe('sensory: Leaky integrate-and-fire');
    const izhikevich = { ...draft, neuronTypes: [{ id: 'rs', model: 'izhikevich', a: 0.02, b: 0.2, c: -65, d: 8 }] };
    expect(referenceChoices(izhikevich, 'neuronTypes')[0].label).toBe('rs: Izhikevich');
  });

  it('a population added from the form gets the draft\'s first neuron type, and the level loads', () => {
    const draft = templateByKey('free-network')!.create();
    const list = formAt(draft, ['populations']) as ListNode;
    const starter = list.newItem() as Record<string, unknown>;
    expect(starter.type).toBe('');
    const filled = withReferencesFilled(draft, ['populations'], 2, starter) as Record<string, unknown>;
    expect(filled.type).toBe('cell');
    const grown = { ...draft, populations: [...(draft.populations as unknown[]), { ...filled, id: 'third' }] };
    const result = loadLevel(grown);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
