/**
 * What the player may do in a level, as DOM controls: the level's playerParameters (slider + number,
 * clamped to the level's range), the controls its circuits offer (each circuit definition's
 * playerActions, with ranges from its command schemas), the level's own playerCommands (experiment
 * buttons; a switch when it has an undo) and plasticity on/off per learning projection.
 * A circuit may also have a side panel of its own (src/render/scenes/sceneRegistry.ts). The page
 * decides where a command goes (its world, or the fast-forward worker); this module only builds
 * commands.
 *
 * Wiring: `const panel = new PlayerActionsPanel(container, statusEl, handlers); panel.show(level)`.
 */
import { circuitPlayerActions } from '../levels/circuitPlayerActions';
import type { Command } from '../levels/schema/commands';
import type { Level } from '../levels/schema/level';
import { lookupNumber } from '../levels/paths';
import { populationLabel } from '../levels/labels/populationLabels';
import type { SimWorld } from '../sim/world/world';
import { manipulationInEffect } from '../sim/manipulations/manipulationInEffect';
import { liveParameter } from '../levels/liveParameters';
import { unitWord } from '../levels/labels/metricLabels';
import { formatNumber, t } from '../i18n/messages';
import { commandInEffect } from './commandInEffect';

/** A typed value said back as typed (no rounding, no thousands separator), with the locale's decimal mark. */
const VALUE_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 6, useGrouping: false };

export type PlayerAction =
  /**
   * min, max, step and value in the unit the control shows: the field's value ÷ perShownUnit (1 unless
   * the level shows the field in another unit, e.g. an age in model ms as years). appliesAtStart: the
   * running world cannot take it (src/levels/liveParameters.ts); the control says so.
   */
  | { kind: 'parameter'; id: string; label: string; path: string; min: number; max: number; step: number; unit: string; value: number; perShownUnit: number; appliesAtStart: boolean; help: string }
  | { kind: 'number'; id: string; label: string; min: number; max: number; step: number; unit: string; value: number; command: (value: number) => Command }
  | { kind: 'toggle'; id: string; label: string; on: boolean; command: (on: boolean) => Command; isOn?: (world: SimWorld) => boolean | null }
  /** inEffect: whether the button's lasting effect is in place (commandInEffect), shown next to it. */
  | { kind: 'button'; id: string; label: string; command: () => Command; inEffect?: (world: SimWorld) => boolean | null };

export function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** The actions a level allows, in panel order. */
export function playerActionsFor(level: Level): PlayerAction[] {
  const actions: PlayerAction[] = [];
  for (const parameter of level.playerParameters) {
    const found = lookupNumber(level, parameter.path);
    const per = parameter.perShownUnit ?? 1;
    const value = found.ok ? clamp(found.value, parameter.min, parameter.max) : parameter.min;
    actions.push({
      kind: 'parameter', id: `param:${parameter.path}`, label: parameter.label, path: parameter.path,
      min: parameter.min / per, max: parameter.max / per, step: (parameter.step ?? (parameter.max - parameter.min) / 100) / per,
      unit: unitWord(parameter.unit ?? ''), value: value / per, perShownUnit: per,
      appliesAtStart: liveParameter(level, parameter.path) === undefined, help: parameter.help ?? '',
    });
  }
  // A circuit's commands are members of the level's Command union (their schemas are joined into it).
  for (const action of circuitPlayerActions(level)) actions.push(action as unknown as PlayerAction);
  for (const control of level.playerCommands) {
    const { command, undo } = control;
    if (undo === undefined) actions.push({ kind: 'button', id: `command:${control.id}`, label: control.label, command: () => command, inEffect: commandInEffect(command) });
    // The switch reads its state from the world (the subset's lesion or clamp state), so it is right
    // after a step back or fast-forward and its next press sends the command it shows.
    else actions.push({ kind: 'toggle', id: `command:${control.id}`, label: control.label, on: false, command: (on) => (on ? command : undo), isOn: manipulationInEffect(command) });
  }
  for (const projection of level.projections) {
    // Loading fills in { rule: 'none' } for projections that do not learn.
    if (!projection.plasticity || (projection.plasticity as { rule?: string }).rule === 'none') continue;
    // Named by the populations it joins, by their human labels (ids like "inputsToPost" or "post" are
    // for level files, not players).
    actions.push({ kind: 'toggle', id: `plasticity:${projection.id}`, label: t('game.actions.learning', { from: populationLabel(level, projection.from), to: populationLabel(level, projection.to) }), on: true, command: (on) => ({ type: 'setPlasticity', projection: projection.id, enabled: on }), isOn: (world) => {
      const p = world.projections.find((q) => q.name === projection.id);
      return p ? p.plasticityEnabled[0] === 1 : null;
    } });
  }
  return actions;
}

export interface PlayerActionHandlers {
  /** A command for the running world (or the fast-forward worker). */
  sendCommand(command: Command): void;
  /** A player parameter changed (already clamped to its range). */
  setParameter(path: string, value: number): void;
}

function formatValue(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(8, Math.ceil(-Math.log10(step)));
  return value.toFixed(decimals);
}

export class PlayerActionsPanel {
  private synced: Array<{ isOn: (world: SimWorld) => boolean | null; set: (on: boolean) => void }> = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly status: HTMLElement,
    private readonly handlers: PlayerActionHandlers,
  ) {}

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** The status line with a Reset button after it: for a setting that waits for the level to start again. */
  offerReset(text: string, reset: () => void): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button action-reset';
    button.textContent = t('game.actions.resetNow');
    button.addEventListener('click', () => reset());
    this.status.replaceChildren(text, ' ', button);
  }

  /** otherControls: the page adds more controls here (a circuit's side panel), so say nothing when there are no actions. */
  show(level: Level, otherControls = false): void {
    const actions = playerActionsFor(level);
    this.synced = [];
    this.setStatus('');
    if (actions.length === 0 && otherControls) {
      this.container.replaceChildren();
      return;
    }
    if (actions.length === 0) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = t('game.actions.nothingToChange');
      this.container.replaceChildren(p);
      return;
    }
    this.container.replaceChildren(...actions.map((action, i) => this.row(action, `action-${i}`)));
  }

  /** Shows the world's state on the toggles that can read it (after a step back, reset or fast-forward). */
  sync(world: SimWorld): void {
    if (world.commands.pendingCount > 0) return;
    for (const toggle of this.synced) {
      const on = toggle.isOn(world);
      if (on !== null) toggle.set(on);
    }
  }

  private row(action: PlayerAction, domId: string): HTMLElement {
    const row = document.createElement('div');
    row.className = 'action-row';
    row.dataset.action = action.id;
    if (action.kind === 'button') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = action.label;
      button.addEventListener('click', () => {
        this.handlers.sendCommand(action.command());
        this.setStatus(t('game.actions.sent', { label: action.label }));
      });
      row.append(button);
      if (action.inEffect) {
        // Its state, from the world at each sync: on after the press reaches the world, off again
        // when the level's timeline (the next age) or a step back sets the parameter otherwise.
        const state = document.createElement('span');
        state.className = 'action-state';
        state.id = `${domId}-state`;
        state.setAttribute('aria-live', 'polite');
        button.setAttribute('aria-describedby', state.id);
        row.append(state);
        this.synced.push({ isOn: action.inEffect, set: (on) => {
          const text = on ? t('game.actions.commandOn') : t('game.actions.commandOff');
          if (state.textContent === text) return;
          state.textContent = text;
          state.dataset.on = String(on);
        } });
      }
      return row;
    }
    if (action.kind === 'toggle') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.id = domId;
      let on = action.on;
      const draw = (): void => {
        button.textContent = on ? t('game.actions.toggleOn', { label: action.label }) : t('game.actions.toggleOff', { label: action.label });
        button.setAttribute('aria-pressed', String(on));
      };
      draw();
      if (action.isOn) {
        const isOn = action.isOn;
        this.synced.push({ isOn, set: (next) => {
          // A click's command takes effect on the world's next tick (or the worker's next chunk).
          if (next !== on && performance.now() - clickedAt > 1000) { on = next; draw(); }
        } });
      }
      let clickedAt = -Infinity;
      button.addEventListener('click', () => {
        clickedAt = performance.now();
        on = !on;
        draw();
        // The button says the state ("Cortex lesion: on", aria-pressed); the status line does not repeat it,
        // and is cleared first so that what the command sets there (a restart notice) stays.
        this.setStatus('');
        this.handlers.sendCommand(action.command(on));
      });
      row.append(button);
      return row;
    }
    const label = document.createElement('label');
    label.htmlFor = domId;
    label.textContent = action.unit ? t('game.actions.labelWithUnit', { label: action.label, unit: action.unit }) : action.label;
    const range = document.createElement('input');
    range.type = 'range';
    range.id = domId;
    range.min = String(action.min);
    range.max = String(action.max);
    range.step = String(action.step);
    range.value = String(action.value);
    const number = document.createElement('input');
    number.type = 'number';
    number.min = range.min;
    number.max = range.max;
    number.step = range.step;
    number.value = formatValue(action.value, action.step);
    number.setAttribute('aria-label', t('game.actions.valueLabel', { label: action.label }));
    // No Apply button: the slider applies when released (or per arrow key), the number box when
    // committed (Enter, Tab away, its spin arrows). Nothing here needs a confirm: a value the running
    // world cannot take live is kept for Reset and the status line says so.
    range.addEventListener('input', () => { number.value = formatValue(Number(range.value), action.step); });
    let sent = action.value;
    const send = (raw: number): void => {
      const value = clamp(raw, action.min, action.max);
      number.value = formatValue(value, action.step);
      range.value = String(value);
      if (value === sent) return;
      sent = value;
      // Said first, so that what the page says next about the setting (a restart, a Reset offer) stays.
      this.setStatus(action.unit ? t('game.actions.setToWithUnit', { label: action.label, value: formatNumber(Number(number.value), VALUE_FORMAT), unit: action.unit }) : t('game.actions.setTo', { label: action.label, value: formatNumber(Number(number.value), VALUE_FORMAT) }));
      if (action.kind === 'parameter') this.handlers.setParameter(action.path, value * action.perShownUnit);
      else this.handlers.sendCommand(action.command(value));
    };
    range.addEventListener('change', () => send(Number(range.value)));
    number.addEventListener('change', () => send(Number(number.value)));
    number.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); send(Number(number.value)); } });
    row.append(label, range, number);
    // What the value means (the level's help), and when a setting the running world cannot take applies.
    const notes = [action.kind === 'parameter' ? action.help : '', action.kind === 'parameter' && action.appliesAtStart ? t('game.actions.appliesAtStart') : ''].filter((n) => n !== '');
    if (notes.length > 0) {
      const note = document.createElement('p');
      note.className = 'action-note muted';
      note.id = `${domId}-note`;
      note.textContent = notes.join(' ');
      range.setAttribute('aria-describedby', note.id);
      number.setAttribute('aria-describedby', note.id);
      row.append(note);
    }
    return row;
  }
}
