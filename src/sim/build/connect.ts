import type { RandomStream } from '../rng/stream';
import type { ConnectRule } from './networkSpec';

/**
 * Connection rules. Each returns parallel arrays of (pre, post) eids sorted by pre, then post, so
 * that a projection's synapse ids are in presynaptic order. `sameNeuronAllowed` is false when the
 * rule forbids self-connections and the projection connects a population to itself.
 */
export interface ConnectionPairs {
  pre: Int32Array;
  post: Int32Array;
}

interface Side { firstEid: number; count: number }

export function connect(rule: ConnectRule, from: Side, to: Side, recurrent: boolean, stream: RandomStream): ConnectionPairs {
  const noSelf = recurrent && rule.rule !== 'oneToOne' && rule.rule !== 'pairs' && !rule.allowSelf;
  switch (rule.rule) {
    case 'allToAll':
      return allToAll(from, to, noSelf);
    case 'fixedProbability':
      return fixedProbability(from, to, rule.p, noSelf, stream);
    case 'fixedOutDegree':
      return fixedOutDegree(from, to, rule.k, noSelf, stream);
    case 'fixedInDegree': {
      const reversed = fixedOutDegree(to, from, rule.k, noSelf, stream);
      return sortByPre(reversed.post, reversed.pre);
    }
    case 'oneToOne':
      if (from.count !== to.count) throw new Error(`oneToOne needs equal sizes, got ${from.count} and ${to.count}`);
      return {
        pre: Int32Array.from({ length: from.count }, (_, i) => from.firstEid + i),
        post: Int32Array.from({ length: to.count }, (_, i) => to.firstEid + i),
      };
    case 'pairs':
      return sortByPre(
        Int32Array.from(rule.pairs, ([pre]) => from.firstEid + pre),
        Int32Array.from(rule.pairs, ([, post]) => to.firstEid + post),
      );
  }
}

function allToAll(from: Side, to: Side, noSelf: boolean): ConnectionPairs {
  const perPre = noSelf ? to.count - 1 : to.count;
  const pre = new Int32Array(from.count * perPre);
  const post = new Int32Array(from.count * perPre);
  let n = 0;
  for (let i = 0; i < from.count; i++) {
    const preEid = from.firstEid + i;
    for (let j = 0; j < to.count; j++) {
      const postEid = to.firstEid + j;
      if (noSelf && postEid === preEid) continue;
      pre[n] = preEid;
      post[n++] = postEid;
    }
  }
  return { pre, post };
}

/** Bernoulli(p) per pair, walked with geometric skips so the cost is O(synapses), not O(pairs). */
function fixedProbability(from: Side, to: Side, p: number, noSelf: boolean, stream: RandomStream): ConnectionPairs {
  const pre: number[] = [];
  const post: number[] = [];
  if (p <= 0) return { pre: new Int32Array(0), post: new Int32Array(0) };
  const logQ = p < 1 ? Math.log(1 - p) : 0;
  for (let i = 0; i < from.count; i++) {
    const preEid = from.firstEid + i;
    let j = p < 1 ? Math.floor(Math.log(stream.uniformOpenZero()) / logQ) : 0;
    while (j < to.count) {
      const postEid = to.firstEid + j;
      if (!(noSelf && postEid === preEid)) {
        pre.push(preEid);
        post.push(postEid);
      }
      j += p < 1 ? 1 + Math.floor(Math.log(stream.uniformOpenZero()) / logQ) : 1;
    }
  }
  return { pre: Int32Array.from(pre), post: Int32Array.from(post) };
}

/** k distinct targets per source by a partial Fisher–Yates shuffle that is undone after each source. */
function fixedOutDegree(from: Side, to: Side, k: number, noSelf: boolean, stream: RandomStream): ConnectionPairs {
  const candidates = Int32Array.from({ length: to.count }, (_, j) => to.firstEid + j);
  const available = noSelf ? to.count - 1 : to.count;
  if (k > available) throw new Error(`fixed degree ${k} exceeds the ${available} possible partners`);
  const pre = new Int32Array(from.count * k);
  const post = new Int32Array(from.count * k);
  const swappedWith = new Int32Array(k + 1);
  let n = 0;
  for (let i = 0; i < from.count; i++) {
    const preEid = from.firstEid + i;
    let limit = to.count;
    // Move the source itself out of the candidate range so it cannot be drawn.
    let selfSlot = -1;
    if (noSelf && preEid >= to.firstEid && preEid < to.firstEid + to.count) {
      selfSlot = candidates.indexOf(preEid);
      limit -= 1;
      swap(candidates, selfSlot, limit);
    }
    for (let m = 0; m < k; m++) {
      const pick = m + stream.int(limit - m);
      swappedWith[m] = pick;
      swap(candidates, m, pick);
    }
    const start = n;
    for (let m = 0; m < k; m++) { pre[n] = preEid; post[n++] = candidates[m]; }
    post.subarray(start, n).sort();
    for (let m = k - 1; m >= 0; m--) swap(candidates, m, swappedWith[m]);
    if (selfSlot >= 0) swap(candidates, selfSlot, limit);
  }
  return { pre, post };
}

function swap(array: Int32Array, i: number, j: number): void {
  const held = array[i];
  array[i] = array[j];
  array[j] = held;
}

function sortByPre(pre: Int32Array, post: Int32Array): ConnectionPairs {
  const order = Array.from({ length: pre.length }, (_, i) => i);
  order.sort((x, y) => pre[x] - pre[y] || post[x] - post[y]);
  return { pre: Int32Array.from(order, (i) => pre[i]), post: Int32Array.from(order, (i) => post[i]) };
}
