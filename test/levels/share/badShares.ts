/**
 * The bad bundles and links of the corpus (badCorpus.ts has the bad level files): zip bombs, lying
 * directories, names that climb out or are not a level's files, missing or damaged parts, and links
 * cut off, retyped, wrongly compressed or too long.
 */
import { zlibSync } from 'fflate';
import { encodeLevelLink } from '../../../src/levels/share';
import { b64, BASE_TEXT, GOOD_WAV, makeZip, WAV_LEVEL_TEXT, wrongCompressions, type BadCase } from './badCorpus';
import { editEnd, editEntry, renameEverywhere } from './zipCraft';

const zipFile = (bytes: Uint8Array, name = 'level.zip'): { name: string; bytes: Uint8Array } => ({ name, bytes });
const good = (): Uint8Array => makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': GOOD_WAV });

function badNames(): BadCase[] {
  const names: Array<[string, RegExp]> = [
    ['../evil.wav', /climbs out of its folder/], ['../../etc/passwd.wav', /climbs out of its folder/], ['songs/../../x.wav', /climbs out of its folder/],
    ['./tutor.wav', /climbs out of its folder/], ['/abs.wav', /is an absolute path/], ['/etc/passwd', /is an absolute path/],
    ['C:/windows/x.wav', /is an absolute path/], ['c:evil.wav', /is an absolute path/], ['a\\b.wav', /uses "\\"/], ['..\\..\\evil.wav', /uses "\\"/],
    ['Tutor.wav', /is not a name a level can use/], ['my tutor.wav', /is not a name a level can use/], ['.wav', /is not a kind of file|is not a name/],
    ['tutor.exe', /is not a kind of file a level can use/], ['tutor.mp3', /is not a kind of file a level can use/], ['index.html', /is not a kind of file/],
    ['script.js', /is not a kind of file/], ['songs/level.json', /is not a kind of file/], ['notes', /is not a kind of file/], ['Songs/', /is not a folder name/],
  ];
  return names.map(([name, expect]) => ({ name: `bundle entry named ${JSON.stringify(name)}`, file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': GOOD_WAV, [name]: GOOD_WAV })), expect }));
}

function bombsAndLies(): BadCase[] {
  const zeros = makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': new Uint8Array(2_000_000) });
  const lying = makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': new Uint8Array(900_000) });
  const many: Record<string, Uint8Array> = { 'level.json': new TextEncoder().encode(WAV_LEVEL_TEXT) };
  for (let i = 0; i < 65; i++) many[`extra-${i}.wav`] = GOOD_WAV;
  const three = makeZip({ 'level.json': WAV_LEVEL_TEXT, 'a.wav': GOOD_WAV, 'b.wav': GOOD_WAV, 'c.wav': GOOD_WAV }, 0);
  const cases: BadCase[] = [
    { name: 'entry declaring 1 GB', file: zipFile(editEntry(good(), 1, { uncompressedBytes: 1_000_000_000 })), expect: /unpacks to 1000\.0 MB; a file in a level bundle may be at most 16\.0 MB/ },
    { name: 'entry declaring 4 GB', file: zipFile(editEntry(good(), 0, { uncompressedBytes: 0xfffffffe })), expect: /unpacks to 4295\.0 MB/ },
    { name: 'compression ratio of a zip bomb', file: zipFile(zeros), expect: /would unpack \d+ times larger than it is packed \(at most 200\); it looks like a zip bomb/ },
    { name: 'entry lying about its size', file: zipFile(editEntry(lying, 1, { uncompressedBytes: 1000 })), expect: /unpacks to more than the 1000 bytes its directory declares/ },
    { name: 'entry claiming more than it holds', file: zipFile(editEntry(good(), 1, { uncompressedBytes: GOOD_WAV.length + 10 })), expect: /unpacks to \d+ bytes, not the \d+ its directory declares/ },
    { name: 'stored entry with two sizes', file: zipFile(editEntry(three, 1, { uncompressedBytes: 15_000_000 })), expect: /stored uncompressed but its two sizes differ/ },
    { name: 'declared total over the limit', file: zipFile(editEntry(editEntry(editEntry(three, 1, { uncompressedBytes: 15_000_000, compressedBytes: 15_000_000 }), 2, { uncompressedBytes: 15_000_000, compressedBytes: 15_000_000 }), 3, { uncompressedBytes: 15_000_000, compressedBytes: 15_000_000 })), expect: /unpacks to more than 32\.0 MB|data lies outside/ },
    { name: '66 entries', file: zipFile(makeZip(many)), expect: /has 66 entries; a level bundle has at most 64/ },
    { name: 'directory claiming 60000 entries', file: zipFile(editEnd(good(), { entries: 60000, entriesHere: 60000 })), expect: /has 60000 entries/ },
    { name: 'zip64 marker', file: zipFile(editEnd(good(), { entries: 0xffff, entriesHere: 0xffff })), expect: /zip64/ },
    { name: 'split over disks', file: zipFile(editEnd(good(), { disk: 1 })), expect: /split over several parts/ },
    { name: 'entry counts disagree', file: zipFile(editEnd(good(), { entriesHere: 1 })), expect: /split over several parts/ },
    { name: 'directory outside the file', file: zipFile(editEnd(good(), { directoryOffset: 10_000_000 })), expect: /directory lies outside the file/ },
    { name: 'directory count too high', file: zipFile(editEnd(good(), { entries: 5, entriesHere: 5 })), expect: /directory is damaged at entry 3/ },
    { name: 'encrypted entry', file: zipFile(editEntry(good(), 1, { flags: 1 })), expect: /is encrypted/ },
    { name: 'bzip2 entry', file: zipFile(editEntry(good(), 1, { method: 12 })), expect: /compressed with method 12/ },
    { name: 'wrong CRC', file: zipFile(editEntry(good(), 1, { crc: 12345 })), expect: /fails its checksum/ },
    { name: 'wrong CRC on level.json', file: zipFile(editEntry(good(), 0, { crc: 0 })), expect: /"level\.json" fails its checksum/ },
    { name: 'local header moved', file: zipFile(editEntry(good(), 1, { localOffset: 3 })), expect: /its data lies outside the zip file/ },
    { name: 'compressed size past the directory', file: zipFile(editEntry(good(), 1, { compressedBytes: 10_000_000 })), expect: /its data lies outside the zip file/ },
    { name: 'zip cut in half', file: zipFile(good().subarray(0, Math.floor(good().length / 2))), expect: /no directory at its end/ },
    { name: 'zip missing its last bytes', file: zipFile(good().subarray(0, good().length - 5)), expect: /no directory at its end/ },
    { name: 'zip of 10 bytes', file: zipFile(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0])), expect: /too short to be a zip file/ },
    { name: 'bundle over the size limit', file: zipFile(Uint8Array.from({ length: 24_000_001 }, (_, i) => (i < 4 ? [0x50, 0x4b, 3, 4][i] : 0))), expect: /the file is 24\.0 MB; a level bundle may be at most 24\.0 MB/ },
    { name: 'text named .zip', file: { name: 'level.zip', bytes: new TextEncoder().encode(BASE_TEXT) }, expect: /named \.zip but is not a zip file/ },
  ];
  return cases;
}

function missingAndDamaged(): BadCase[] {
  const noRecording = JSON.parse(WAV_LEVEL_TEXT) as Record<string, unknown>;
  const wavErrors = /^circuits\[0\]\.tutor\.wav: "tutor\.wav" is not a recording Synaptica can read: WAV: /;
  return [
    { name: 'no level.json', file: zipFile(makeZip({ 'tutor.wav': GOOD_WAV })), expect: /has no level\.json at its top/ },
    { name: 'empty zip', file: zipFile(makeZip({})), expect: /too short|has no level\.json/ },
    { name: 'only a folder', file: zipFile(makeZip({ 'songs/': new Uint8Array(0) })), expect: /has no level\.json/ },
    { name: 'level.json twice', file: zipFile(renameEverywhere(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'levelxjson': BASE_TEXT }), 'levelxjson', 'level.json')), expect: /"level\.json" is in the bundle twice/ },
    { name: 'level.json not UTF-8', file: zipFile(makeZip({ 'level.json': new Uint8Array([0x7b, 0xff, 0x7d]) })), expect: /level\.json is not UTF-8 text/ },
    { name: 'level.json malformed', file: zipFile(makeZip({ 'level.json': '{"schemaVersion": 3,' })), expect: /invalid JSON at line 1/ },
    { name: 'level.json with a prototype key', file: zipFile(makeZip({ 'level.json': BASE_TEXT.replace('"seed"', '"__proto__": {"x": 1}, "seed"') })), expect: /the key "__proto__" is not allowed/ },
    { name: 'level.json from the future', file: zipFile(makeZip({ 'level.json': BASE_TEXT.replace(/"schemaVersion": \d+/, '"schemaVersion": 7') })), expect: /made for format 7; this build reads up to 3/ },
    { name: 'recording missing from the bundle', file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT })), expect: /^circuits\[0\]\.tutor\.wav: names the file "tutor\.wav", which did not come with the level/ },
    { name: 'recording missing from a plain file', file: { name: 'w.json', bytes: new TextEncoder().encode(JSON.stringify(noRecording)) }, expect: /^circuits\[0\]\.tutor\.wav: names the file "tutor\.wav", which did not come with the level \(open the level's \.zip bundle/ },
    { name: 'recording of garbage', file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': new Uint8Array(5000).fill(7) })), expect: wavErrors },
    { name: 'recording is text', file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': 'this is not a sound' })), expect: wavErrors },
    { name: 'recording is empty', file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': new Uint8Array(0) })), expect: wavErrors },
    { name: 'recording cut short', file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': GOOD_WAV.subarray(0, 30) })), expect: wavErrors },
    { name: 'recording is a png', file: zipFile(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100)]) })), expect: wavErrors },
  ];
}

export function badBundles(): BadCase[] {
  return [...badNames(), ...bombsAndLies(), ...missingAndDamaged()];
}

function goodFragment(): string {
  const link = encodeLevelLink(JSON.parse(BASE_TEXT));
  if (!link.ok) throw new Error('no link');
  return link.fragment.slice('level='.length);
}

export function badLinks(): BadCase[] {
  const encoded = goodFragment();
  const cases: BadCase[] = [];
  const unreadable = /cannot be read|a length no encoder makes|invalid JSON/;
  for (let i = 1; i <= 30; i++) {
    const cut = Math.floor((encoded.length * i) / 31);
    cases.push({ name: `link cut at ${cut}`, link: `#level=${encoded.slice(0, cut)}`, expect: unreadable });
  }
  for (let i = 0; i < 20; i++) {
    const at = 8 + Math.floor(((encoded.length - 9) * i) / 20);
    const swapped = encoded[at] === 'A' ? 'B' : 'A';
    cases.push({ name: `link with character ${at + 1} changed`, link: `#level=${encoded.slice(0, at)}${swapped}${encoded.slice(at + 1)}`, expect: /cannot be read|invalid JSON|must be|is required|unknown field/ });
  }
  for (const bad of ['+', '/', ' ', '%20', 'é', '!', '.', '~', '<', '"']) {
    cases.push({ name: `link with ${JSON.stringify(bad)} in it`, link: `#level=${encoded.slice(0, 40)}${bad}${encoded.slice(40)}`, expect: /which a link's level data never contains|a length no encoder makes/ });
  }
  cases.push({ name: 'link with nothing after level=', link: 'https://x.org/#level=', expect: /holds no level/ });
  cases.push({ name: 'link too long', link: `#level=${'A'.repeat(48_001)}`, expect: /48001 characters long; a level link holds at most 48000/ });
  for (const [name, bytes, expect] of wrongCompressions(BASE_TEXT)) cases.push({ name: `link: ${name}`, link: `#level=${b64(bytes)}`, expect });
  const hostile: Array<[string, string, RegExp]> = [
    ['newer format', BASE_TEXT.replace(/"schemaVersion": \d+/, '"schemaVersion": 4'), /made for format 4; this build reads up to 3/],
    ['prototype key', BASE_TEXT.replace('"seed"', '"constructor": {"prototype": {}}, "seed"'), /the key "constructor" is not allowed/],
    ['huge population', BASE_TEXT.replace('"count": 1', '"count": 1000000000'), /^populations\[0\]\.count: must be ≤ 100000/],
    ['script in an id', BASE_TEXT.replace('"id": "stdp-pairing"', '"id": "<script>alert(1)</script>"'), /^id: must be a letter/],
    ['deep nesting', BASE_TEXT.replace('"seed"', `"x": ${'['.repeat(5000)}${']'.repeat(5000)}, "seed"`), /is nested deeper than 32 levels/],
    ['malformed JSON', BASE_TEXT.slice(0, 300), /invalid JSON at line/],
    ['a number', '42', /a level must be a JSON object/],
  ];
  for (const [name, text, expect] of hostile) cases.push({ name: `link of a level with ${name}`, link: `#level=${b64(zlibSync(new TextEncoder().encode(text)))}`, expect });
  const bundleLinks: Array<[string, Uint8Array, RegExp]> = [
    ['traversal', makeZip({ 'level.json': WAV_LEVEL_TEXT, '../x.wav': GOOD_WAV }), /climbs out of its folder/],
    ['no level.json', makeZip({ 'tutor.wav': GOOD_WAV }), /has no level\.json/],
    ['bomb', editEntry(makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': GOOD_WAV }), 1, { uncompressedBytes: 2_000_000_000 }), /may be at most 16\.0 MB/],
    ['bad recording', makeZip({ 'level.json': WAV_LEVEL_TEXT, 'tutor.wav': 'nope' }), /is not a recording Synaptica can read/],
  ];
  for (const [name, bytes, expect] of bundleLinks) cases.push({ name: `link of a bundle with ${name}`, link: `#level=${b64(bytes)}`, expect });
  return cases;
}
