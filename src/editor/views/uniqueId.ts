/** Fresh ids for new draft items: the base itself when free, else base2, base3, ... */
import { ID_PATTERN } from '../../levels/schema/common';

/** An id matching the level format's id rule, made from `base` and not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const cleaned = base.replace(/[^A-Za-z0-9_-]+/g, '').replace(/^[^A-Za-z]+/, '').slice(0, 56);
  const stem = ID_PATTERN.test(cleaned) ? cleaned : `item${cleaned}`;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A human label from `base` not in `taken` ("Population", "Population 2", ...). */
export function uniqueLabel(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
