/** Files under assets/ that levels may refer to (a songbird's WAV tutor), fetched when a level needs them. */
const assetUrls = import.meta.glob<string>('../../assets/**/*.wav', { query: '?url', import: 'default' });

export async function fetchLevelAsset(path: string): Promise<Uint8Array> {
  const load = assetUrls[`../../assets/${path}`];
  if (!load) throw new Error('no such file is built into this page');
  const response = await fetch(await load());
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
