/**
 * The inspector panel (DOM). Wiring (src/app):
 *
 *   const inspector = new Inspector(panelElement);            // builds its own markup inside
 *   circuitView.onSelect((sel) => inspector.show(world, sel)); // a click in the circuit view
 *   inspector.onSelect((sel) => circuitView.setSelection(sel)); // keyboard picks and list clicks here
 *   inspector.show(world, null);                                // on level load: browser only
 *   inspector.update(world);                                    // every frame; refreshes 4× a second
 *
 * Keyboard: Tab to the population list and the neuron number, arrow keys to change them, Enter
 * (or the Inspect button) selects; the incoming / outgoing synapse lists are buttons that select a
 * synapse, and a synapse's pre / post buttons go back to a neuron. Live values are plain text in a
 * description list, refreshed in place, so screen readers read them on demand; only a change of
 * selection is announced (one polite status line), never the ticking values.
 */
import './inspector.css';
import type { SimWorld } from '../../sim/world/world';
import { describeNeuron, fmt, listSynapses, receptorWord, type InspectorSelection, type LiveValue } from './inspectorModel';
import { describeSynapse } from './synapseDescription';
import type { Level } from '../../levels/schema/level';
import { populationLabel } from '../../levels/labels/populationLabels';
import { t } from '../../i18n/messages';

/** How many synapses each list shows (the total is stated). */
export const listedSynapses = 40;
const refreshEveryMs = 250;

export class Inspector {
  private readonly root: HTMLElement;
  private readonly populationSelect: HTMLSelectElement;
  /** The chosen population's id, muted beside its name (level files and exports use it). */
  private readonly populationId: HTMLElement;
  private readonly neuronInput: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private readonly listeners: Array<(selection: InspectorSelection | null) => void> = [];
  private world: SimWorld | null = null;
  private selection: InspectorSelection | null = null;
  private valueCells: HTMLElement[] = [];
  private equationList: HTMLElement | null = null;
  private weightCells: Array<{ cell: HTMLElement; synapseId: number }> = [];
  private lastRefresh = -Infinity;

  constructor(container: HTMLElement) {
    // Not a region of its own: the page's #inspector-panel section is the one region, named by this heading.
    this.root = el('div', 'inspector');
    const heading = el('h2', 'inspector-heading', t('game.inspector.title'));
    heading.id = 'inspector-title';
    const browse = el('div', 'inspector-browse');
    const popLabel = el('label', '', t('game.inspector.population'));
    this.populationSelect = document.createElement('select');
    popLabel.appendChild(this.populationSelect);
    this.populationId = el('span', 'inspector-id', '');
    popLabel.appendChild(this.populationId);
    const neuronLabel = el('label', '', t('game.inspector.neuronNumber'));
    this.neuronInput = document.createElement('input');
    this.neuronInput.type = 'number';
    this.neuronInput.min = '0';
    this.neuronInput.step = '1';
    this.neuronInput.value = '0';
    this.neuronInput.inputMode = 'numeric';
    neuronLabel.appendChild(this.neuronInput);
    const inspect = el('button', 'inspector-inspect', t('game.inspector.inspect')) as HTMLButtonElement;
    inspect.type = 'button';
    browse.append(popLabel, neuronLabel, inspect);
    this.status = el('p', 'inspector-status');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.body = el('div', 'inspector-body');
    this.root.append(heading, browse, this.status, this.body);
    container.appendChild(this.root);

    const pickFromBrowser = (): void => {
      const world = this.world;
      if (!world) return;
      const population = world.populations[Number(this.populationSelect.value)];
      if (!population) return;
      const index = Math.min(population.count - 1, Math.max(0, Math.round(Number(this.neuronInput.value) || 0)));
      this.neuronInput.value = String(index);
      this.pick({ kind: 'neuron', eid: population.firstEid + index });
    };
    inspect.addEventListener('click', pickFromBrowser);
    this.neuronInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        pickFromBrowser();
      }
    });
    this.populationSelect.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        pickFromBrowser();
      }
    });
    this.populationSelect.addEventListener('change', () => {
      this.showPopulationId();
      const population = this.world?.populations[Number(this.populationSelect.value)];
      if (population) this.neuronInput.max = String(population.count - 1);
      this.neuronInput.value = '0';
    });
    this.renderEmpty();
  }

  /** Calls `listener` when the player picks a neuron or synapse in this panel. */
  onSelect(listener: (selection: InspectorSelection | null) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** Shows a selection (null: only the browser). Call on level load and whenever the view selects. */
  show(world: SimWorld, selection: InspectorSelection | null, level?: Level | null): void {
    if (world !== this.world) {
      this.world = world;
      this.fillPopulations(world, level ?? null);
    }
    this.selection = validate(world, selection);
    this.render();
    this.lastRefresh = now();
  }

  /** Refreshes live values (at most 4 times a second; cheap to call every frame). */
  update(world: SimWorld): void {
    if (world !== this.world || !this.selection) return;
    const t = now();
    if (t - this.lastRefresh < refreshEveryMs) return;
    this.lastRefresh = t;
    this.refreshValues();
  }

  get currentSelection(): InspectorSelection | null {
    return this.selection;
  }

  destroy(): void {
    this.root.remove();
    this.listeners.length = 0;
  }

  private pick(selection: InspectorSelection): void {
    if (!this.world) return;
    this.show(this.world, selection);
    for (const listener of this.listeners) listener(this.selection);
  }

  private fillPopulations(world: SimWorld, level: Level | null): void {
    // The player's name for each population; the id (what level files and exports use) beside the list, muted.
    this.populationSelect.replaceChildren(...world.populations.map((p, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = t('game.inspector.populationOption', { name: populationLabel(level, p.name), count: p.count });
      option.dataset.populationId = p.name;
      return option;
    }));
    this.showPopulationId();
    this.neuronInput.max = String((world.populations[0]?.count ?? 1) - 1);
    this.neuronInput.value = '0';
  }

  private showPopulationId(): void {
    const id = this.populationSelect.selectedOptions[0]?.dataset.populationId;
    this.populationId.textContent = id ? t('game.inspector.populationId', { id }) : '';
  }

  private renderEmpty(): void {
    this.body.replaceChildren(el('p', 'inspector-hint', t('game.inspector.hint')));
    this.valueCells = [];
    this.weightCells = [];
    this.equationList = null;
  }

  private render(): void {
    const world = this.world;
    const sel = this.selection;
    if (!world || !sel) {
      this.status.textContent = t('game.inspector.nothingSelected');
      this.renderEmpty();
      return;
    }
    this.weightCells = [];
    if (sel.kind === 'neuron') {
      const d = describeNeuron(world, sel.eid);
      this.populationSelect.value = String(world.neurons.populationId[sel.eid]);
      this.showPopulationId();
      this.neuronInput.max = String(world.populations[world.neurons.populationId[sel.eid]].count - 1);
      this.neuronInput.value = String(d.indexInPopulation);
      this.status.textContent = t('game.inspector.selectedNeuron', { title: d.title });
      const parts: HTMLElement[] = [
        el('h3', 'inspector-title', d.title),
        el('p', 'inspector-role', d.role),
        this.valuesList(d.values),
        el('h4', '', t('game.inspector.equations')),
        this.equations(d.equations),
        el('h4', '', t('game.inspector.incoming', { count: d.incomingCount }), 'inspector-in-heading'),
        this.synapseList(world, sel.eid, 'in'),
        el('h4', '', t('game.inspector.outgoing', { count: d.outgoingCount }), 'inspector-out-heading'),
        this.synapseList(world, sel.eid, 'out'),
      ];
      this.body.replaceChildren(...parts);
    } else {
      const d = describeSynapse(world, sel.synapseId);
      this.status.textContent = t('game.inspector.selectedSynapse', { title: d.title });
      const nav = el('div', 'inspector-nav');
      const toPre = el('button', '', t('game.inspector.toPre')) as HTMLButtonElement;
      const toPost = el('button', '', t('game.inspector.toPost')) as HTMLButtonElement;
      toPre.type = 'button';
      toPost.type = 'button';
      toPre.addEventListener('click', () => this.pick({ kind: 'neuron', eid: d.preEid }));
      toPost.addEventListener('click', () => this.pick({ kind: 'neuron', eid: d.postEid }));
      nav.append(toPre, toPost);
      this.body.replaceChildren(
        el('h3', 'inspector-title', t('game.inspector.synapseTitle', { title: d.title })),
        el('p', 'inspector-role', d.role),
        this.valuesList(d.values),
        el('h4', '', t('game.inspector.equations')),
        this.equations(d.equations),
        nav,
      );
    }
  }

  private valuesList(values: readonly LiveValue[]): HTMLElement {
    const dl = el('dl', 'inspector-values');
    this.valueCells = values.map((v) => {
      const dt = el('dt', '', v.label);
      const dd = el('dd', '', withUnit(v));
      dl.append(dt, dd);
      return dd;
    });
    return dl;
  }

  private equations(lines: readonly string[]): HTMLElement {
    const list = el('ul', 'inspector-equations');
    for (const line of lines) list.appendChild(el('li', '', line));
    this.equationList = list;
    return list;
  }

  private synapseList(world: SimWorld, eid: number, direction: 'in' | 'out'): HTMLElement {
    const { rows, total } = listSynapses(world, eid, direction, listedSynapses);
    const list = el('ul', `inspector-synapses inspector-${direction}`);
    if (rows.length === 0) list.appendChild(el('li', 'inspector-none', t('game.inspector.none')));
    for (const row of rows) {
      const item = document.createElement('li');
      const button = el('button', `inspector-syn inspector-${row.receptor}`) as HTMLButtonElement;
      button.type = 'button';
      const weight = el('span', 'inspector-weight', row.weight);
      const rowParams = { other: row.other, receptor: receptorWord(row.receptor), projection: row.projection };
      const text = direction === 'in'
        ? (row.active ? t('game.inspector.synapseFrom', rowParams) : t('game.inspector.synapseFromInactive', rowParams))
        : (row.active ? t('game.inspector.synapseTo', rowParams) : t('game.inspector.synapseToInactive', rowParams));
      button.append(text, weight);
      button.addEventListener('click', () => this.pick({ kind: 'synapse', synapseId: row.synapseId }));
      this.weightCells.push({ cell: weight, synapseId: row.synapseId });
      item.appendChild(button);
      list.appendChild(item);
    }
    if (total > rows.length) list.appendChild(el('li', 'inspector-more', t('game.inspector.more', { count: total - rows.length })));
    return list;
  }

  /** Live values, equation numbers and listed weights, updated in place (focus and scroll stay put). */
  private refreshValues(): void {
    const world = this.world;
    const sel = this.selection;
    if (!world || !sel) return;
    const d = sel.kind === 'neuron' ? describeNeuron(world, sel.eid) : describeSynapse(world, sel.synapseId);
    // A lesion adds a row: rebuild then (rare), otherwise update the text of each cell.
    if (d.values.length !== this.valueCells.length) {
      this.render();
      return;
    }
    d.values.forEach((v, i) => setText(this.valueCells[i], withUnit(v)));
    if (this.equationList) {
      const items = this.equationList.children;
      d.equations.forEach((line, i) => { if (items[i]) setText(items[i] as HTMLElement, line); });
    }
    for (const { cell, synapseId } of this.weightCells) setText(cell, fmt(world.synapses.weight[synapseId], 4));
  }
}

function validate(world: SimWorld, selection: InspectorSelection | null): InspectorSelection | null {
  if (!selection) return null;
  if (selection.kind === 'neuron') return selection.eid >= 1 && selection.eid <= world.neurons.count ? selection : null;
  return selection.synapseId >= 0 && selection.synapseId < world.synapses.count ? selection : null;
}

function withUnit(v: LiveValue): string {
  return v.unit ? `${v.value} ${v.unit}` : v.value;
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function el(tag: string, className: string, text?: string, id?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (id) node.classList.add(id);
  return node;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : 0;
}
