/**
 * Finds a Chromium for the browser tests: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`, else
 * the binary shipped inside the npm package `@sparticuz/chromium` (a devDependency, so `npm ci` alone gives a
 * fresh machine a browser; nothing is downloaded at run time).
 * @module
 */
import { existsSync } from 'node:fs';

/** Launch settings for playwright-core. */
export interface BrowserBinary {
  executablePath: string;
  /** Where it came from, for messages. */
  source: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium';
}

/** Flags for a headless run on a machine without network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Resolves the Chromium binary, unpacking the npm-shipped one on first use. */
export async function findChromium(): Promise<BrowserBinary> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: 'debian' };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
}
