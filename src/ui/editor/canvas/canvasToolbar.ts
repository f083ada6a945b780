/** The network canvas's buttons: add a population, connect from the selected one, add an input to it, add a dopamine pool, delete the selection. */
import { t } from '../../../i18n/messages';

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
  element.setAttribute('aria-label', t('editor.canvas.tools'));
  const add = button(t('editor.canvas.addPopulation'), t('editor.canvas.addPopulationTitle'));
  const connect = button(t('editor.canvas.connect'), t('editor.canvas.connectTitle'));
  const input = button(t('editor.canvas.addInput'), t('editor.canvas.addInputTitle'));
  const pool = button(t('editor.canvas.addPool'), t('editor.canvas.addPoolTitle'));
  const remove = button(t('editor.canvas.delete'), t('editor.canvas.deleteTitle'));
  element.append(add, connect, input, pool, remove);
  return {
    element,
    update({ canConnect, connecting, canDelete }) {
      connect.textContent = connecting ? t('editor.canvas.cancelConnect') : t('editor.canvas.connect');
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
