/** Collects what the script cannot express, each with its level path, in the order found. */
import type { UnsupportedPart } from './pynnNetwork';

export class UnsupportedList {
  readonly parts: UnsupportedPart[] = [];

  add(path: string, what: string): void {
    this.parts.push({ path, what });
  }
}
