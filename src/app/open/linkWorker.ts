/// <reference lib="webworker" />
/**
 * Makes a level's link in a Web Worker: packing a level with a long recording takes seconds of
 * DEFLATE, which on the page's thread froze it (Share → Copy link, the editor's Copy link). One
 * message in (the level and its files), one result out.
 */
import { encodeLevelLink, shareFailure, type ShareResult } from '../../levels/share';

declare const self: DedicatedWorkerGlobalScope;

export interface LinkRequest {
  readonly level: unknown;
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

export type LinkResult = ShareResult<{ fragment: string }>;

self.onmessage = (event: MessageEvent<LinkRequest>) => {
  let result: LinkResult;
  try {
    result = encodeLevelLink(event.data.level, event.data.assets);
  } catch (error) {
    result = shareFailure(`the link could not be made: ${error instanceof Error ? error.message : String(error)}`);
  }
  self.postMessage(result);
};
