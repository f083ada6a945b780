/**
 * What the songbird panel (songbirdPanel.ts, DOM only) shows for a level
 * and world: which experiment buttons the level allows, and the world's current state for them.
 * Lesion and deafening are the songbird circuit's own commands and allowed in every songbird level;
 * the white-noise switch only where the level has a white-noise setting.
 */
import { REGION } from '../../../circuits/songbird/songbirdNetwork';
import { Rendition, songbirdStateOf } from '../../../circuits/songbird/songbirdState';
import { KEPT_FIELDS, Kept } from '../../../circuits/songbird/songRecord';
import type { Level } from '../../../levels/schema/level';
import type { SimWorld } from '../../../sim/world/world';

export interface PanelOptions { lesionRegion: string | null; canDeafen: boolean; canWhiteNoise: boolean }
export interface PanelStatus { lmanSilenced: boolean; deafened: boolean; whiteNoiseOn: boolean; hasLast: boolean; hasBest: boolean }

export function songbirdPanelOptions(level: Level, world: SimWorld): PanelOptions | null {
  if (!level.circuits.some((c) => c.kind === 'songbird')) return null;
  const state = songbirdStateOf(world);
  if (!state) return null;
  return { lesionRegion: REGION.lman, canDeafen: true, canWhiteNoise: state.whiteNoise !== null };
}

export function songbirdPanelStatus(world: SimWorld): PanelStatus | null {
  const state = songbirdStateOf(world);
  if (!state) return null;
  const { first, end } = state.lman;
  let silenced = end > first;
  for (let e = first; e < end && silenced; e++) if (world.neurons.lesioned[e] !== 1) silenced = false;
  const r = state.rendition;
  return {
    lmanSilenced: silenced,
    deafened: r[Rendition.deafened] === 1,
    whiteNoiseOn: state.whiteNoise !== null && r[Rendition.whiteNoiseOn] === 1,
    hasLast: state.record.kept[Kept.last * KEPT_FIELDS] >= 0,
    hasBest: state.record.kept[Kept.best * KEPT_FIELDS] >= 0,
  };
}
