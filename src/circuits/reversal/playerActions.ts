/**
 * What the player may do to the reversal agent: lesion its error unit (a toggle that reads its state
 * back). The switch's threshold and leak are live fields (definition.ts liveParameters), so a
 * level offers them as player parameters, with its own ranges, rather than as a second control here.
 */
import type { CircuitAction } from '../plugin/playerAction';
import type { CircuitLevelView } from '../plugin/contexts';
import { LIVE } from './agentLayout';
import { reversalAgentsOf } from './reversalCircuit';
import type { ReversalCircuitConfig } from './configSchema';

export function reversalPlayerActions(config: ReversalCircuitConfig, _level: CircuitLevelView): CircuitAction[] {
  return [
    {
      kind: 'toggle', id: 'lesionErrorUnit', label: 'Lesion the error unit (anterior cingulate)', on: config.errorUnitLesioned,
      command: (on) => ({ type: 'lesionErrorUnit', enabled: on }),
      isOn: (world) => {
        const agent = reversalAgentsOf(world).find((a) => a.config.id === config.id);
        return agent ? agent.state.live[LIVE.lesioned] === 1 : null;
      },
    },
  ];
}
