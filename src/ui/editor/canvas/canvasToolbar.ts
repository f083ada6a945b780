/** The network canvas's buttons: add a population, connect from the selected one, add an input to it, add a dopamine pool, delete the selection. */

export interface CanvasToolbar {
  readonly element: HTMLElement;
  update(state: { canConnect: boolean; connecting: boolean; canDelete: boolean }): void;
  wire(handlers: { add(): void; connect(): void; input(): void; pool(): void; remove(): void }, signal: AbortSignal): void;
  focusAdd(): void;
}

function button(text: string, title: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button';
  element.textContent = text;
  element.title = title;
  return element;
}

export function canvasToolbar(): CanvasToolbar {
  const element = document.createElement('div');
  element.className = 'nc-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', 'Network tools');
  const add = button('Add population', 'Add a population of the first neuron type (then drag it, or move it with the arrow keys)');
  const connect = button('Connect from…', 'Draw a projection from the selected population: then choose the target (click it, or Tab to it and press Enter). Shortcut: C');
  const input = button('Add input', 'Add a constant current into the selected population (its form sets the current and when it is on)');
  const pool = button('Add dopamine pool', 'Add a dopamine pool (rewards raise it; dopamine-gated plasticity reads it)');
  const remove = button('Delete', 'Delete the selected population (with its projections), projection, stimulus or modulator pool. Shortcut: Delete');
  element.append(add, connect, input, pool, remove);
  return {
    element,
    update({ canConnect, connecting, canDelete }) {
      connect.textContent = connecting ? 'Cancel connecting' : 'Connect from…';
      connect.disabled = !connecting && !canConnect;
      input.disabled = !canConnect;
      connect.setAttribute('aria-pressed', String(connecting));
      remove.disabled = !canDelete;
    },
    wire(handlers, signal) {
      add.addEventListener('click', handlers.add, { signal });
      connect.addEventListener('click', handlers.connect, { signal });
      input.addEventListener('click', handlers.input, { signal });
      pool.addEventListener('click', handlers.pool, { signal });
      remove.addEventListener('click', handlers.remove, { signal });
    },
    focusAdd: () => add.focus(),
  };
}
