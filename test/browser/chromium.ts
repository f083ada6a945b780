// Makes sure Debian's Chromium is installed at /usr/bin/chromium (a fresh machine lacks it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = '/usr/bin/chromium';

/** Flags measured to work headless here (docs: /work/shared/STACK.md). Never add --use-gl=swiftshader. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

const lockPattern = /could not get lock|unable to acquire the dpkg frontend lock|is another process using it|dpkg was interrupted/i;

function apt(args: string[]): { ok: boolean; locked: boolean; output: string } {
  const result = spawnSync('apt-get', args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, locked: lockPattern.test(output), output };
}

function aptWithRetry(args: string[], attempts = 20, waitMs = 3000): void {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = apt(args);
    if (result.ok) return;
    if (!result.locked || attempt === attempts) {
      throw new Error(`apt-get ${args.join(' ')} failed:\n${result.output.trim().split('\n').slice(-15).join('\n')}`);
    }
    console.log(`apt is locked by another process; retrying in ${waitMs / 1000} s (${attempt}/${attempts})`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs);
  }
}

/** Installs chromium with apt when missing; throws with a clear message when that is impossible. */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  console.log(`${chromiumPath} is missing: installing Debian's chromium with apt-get (this takes a minute)…`);
  try {
    aptWithRetry(['update']);
    aptWithRetry(['install', '-y', 'chromium']);
  } catch (error) {
    throw new Error(
      `Chromium is required for the browser tests and could not be installed.\n` +
        `Install it yourself with: apt-get update && apt-get install -y chromium\n${String(error)}`,
    );
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium, but ${chromiumPath} still does not exist.`);
}
