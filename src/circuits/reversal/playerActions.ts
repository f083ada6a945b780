/**
 * What the player may do to the reversal agent: lesion its error unit (a toggle that reads its state
 * back), and set the switch integrator's threshold and leak.
 */
import { commandValueRange, type CircuitAction } from '../plugin/playerAction';
import type { CircuitLevelView } from '../plugin/contexts';
import { LIVE } from './reversalAgent';
import { reversalAgentsOf } from './reversalCircuit';
import { setSwitchLeakCommand, setSwitchThresholdCommand } from './commandSchemas';
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
    { kind: 'number', id: 'setSwitchThreshold', label: 'Switch threshold (about 1 per error)', ...commandValueRange(setSwitchThresholdCommand), max: 3, step: 0.1, unit: '', value: config.switchThreshold, command: (value) => ({ type: 'setSwitchThreshold', value }) },
    { kind: 'number', id: 'setSwitchLeakMs', label: 'Switch integrator memory (leak time)', min: 100, max: 10_000, step: 100, unit: 'ms', value: config.integratorLeakMs, command: (value) => ({ type: 'setSwitchLeakMs', value }) },
  ];
}
