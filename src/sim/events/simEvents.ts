/**
 * Discrete moments, past tense. Systems push them into world.events; the app forwards them to the
 * mitt bus after each tick. Spikes and voltages never travel as events: views read monitors.
 */
import type { RejectionCode, RejectionParams } from '../commands/commandRejection';

export type SimEvent =
  | { type: 'commandApplied'; tick: number; command: { type: string } }
  /** reason: the English (CLI, logs); code + params: what the page words in the player's language. */
  | { type: 'commandRejected'; tick: number; command: { type: string }; reason: string; code: RejectionCode; params: RejectionParams }
  | { type: 'trialStarted'; tick: number; phase: string; trial: number; trialType: string }
  | { type: 'trialEnded'; tick: number; phase: string; trial: number }
  | { type: 'phaseStarted'; tick: number; phase: string }
  | { type: 'stimulusChanged'; tick: number; stimulus: string; on: boolean }
  /** modulator: the pool the reward was delivered to (timeline rewards and deliverReward; reward circuits read it as r). */
  | { type: 'rewardDelivered'; tick: number; amount: number; modulator?: string }
  | { type: 'rewardOmitted'; tick: number }
  | { type: 'modulatorReleased'; tick: number; modulator: string; amount: number }
  | { type: 'synapsePruned'; tick: number; synapse: number }
  | { type: 'synapseGrown'; tick: number; synapse: number }
  | { type: 'objectiveMet'; tick: number; objective: string };

export type SimEventType = SimEvent['type'];
