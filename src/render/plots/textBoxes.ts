import { Text, type Container } from 'pixi.js';
import type { PlotRect } from '../plotData';

/** Boxes (canvas pixels) of every visible, non-empty Text under `root` (those whose text passes `keep`): where a view's labels are, for layout tests. */
export function visibleTextBoxes(root: Container, keep: (text: string) => boolean = () => true): PlotRect[] {
  const out: PlotRect[] = [];
  const visit = (node: Container): void => {
    if (!node.visible) return;
    if (node instanceof Text) {
      if (node.text === '' || !keep(node.text)) return;
      const b = node.getBounds();
      out.push({ x: b.x, y: b.y, width: b.width, height: b.height });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

/** The strings of every visible, non-empty Text under `root` (what a player can read on the canvas), for tests. */
export function visibleTexts(root: Container): string[] {
  const out: string[] = [];
  const visit = (node: Container): void => {
    if (!node.visible) return;
    if (node instanceof Text) {
      if (node.text !== '') out.push(node.text);
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
