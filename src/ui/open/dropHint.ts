/**
 * The hint that covers the page while a file is dragged over it ("Drop a level file to open it"),
 * so a drop is never a guess. Shown only for drags that carry files (not text or links dragged
 * within the page); hidden again when the drag leaves the window, ends or drops. It is a popover, so
 * it shows in the top layer, above the welcome or any dialog already open.
 */
import { el } from '../campaign/modalDialog';
import './open.css';
import { t } from '../../i18n/messages';

export class DropHint {
  readonly element: HTMLDivElement;

  constructor() {
    this.element = el('div', undefined, 'drop-hint');
    this.element.id = 'drop-hint';
    this.element.popover = 'manual';
    this.element.setAttribute('aria-hidden', 'true');
    const box = el('div', undefined, 'drop-hint-box');
    box.append(el('p', t('game.open.dropTitle'), 'drop-hint-title'), el('p', t('game.open.dropDetail'), 'drop-hint-detail'));
    this.element.append(box);
    document.body.append(this.element);
  }

  show(): void {
    if (!this.visible) this.element.showPopover();
  }

  hide(): void {
    if (this.visible) this.element.hidePopover();
  }

  get visible(): boolean {
    return this.element.matches(':popover-open');
  }
}
