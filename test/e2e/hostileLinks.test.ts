// A share link carries whole scenario files and edits, so anyone can send an analyst a crafted one.
// Each hostile link below is opened in Chromium under the page's Content-Security-Policy; the page
// must stay responsive (no main-thread task over a second), say what it refused, open the defaults
// in its place, and leave the next plain visit unharmed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPlayground, screenshot, waitForRun, type Playground } from './harness.ts';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

let playground: Playground | undefined;
let page: Playground['page'];
let url: string;
let sidesThatRan: { a: unknown; b: unknown };

const DEFAULTS = { a: { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} }, b: { source: { kind: 'shipped', id: 'japan-regional' }, sets: {} } };
const base64url = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fileData = (text: string) => base64url(deflateRawSync(Buffer.from(text, 'utf8')));
const session = () => page.evaluate(() => (window as any).capflow.session);
const problemsText = () => page.locator('#load-problems').textContent();

beforeAll(async () => {
  playground = await openPlayground('#reps=2');
  ({ page } = playground);
  url = playground.server.url;
  // Every later page load records its main-thread long tasks (Long Tasks API: tasks over 50 ms).
  await playground.context.addInitScript(() => {
    const w = window as unknown as { longTasks: { at: number; ms: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
});

afterAll(() => playground?.close());

/** A full page load of `hash` (a hash-only change to the open page would not reload it), its run drawn. */
async function visit(hash: string): Promise<void> {
  await page.goto('about:blank');
  page.errors.length = 0;
  await page.goto(`${url}${hash}`);
  await waitForRun(page);
}

/**
 * The longest main-thread task, in ms, from the page load until the first replicate's result
 * arrives: reading the link, validating, refusing and listing problems, building the panel and
 * the menus, all that a link can make slow. Drawing the charts comes after, and is the same for
 * every link since a refused part opens the defaults; it is logged, not asserted, here (it can
 * pass a second on two busy cores: the playground's own rendering budget is a separate matter).
 */
async function longestTask(name: string): Promise<number> {
  const { tasks, firstResult } = await page.evaluate(() => ({
    tasks: (window as unknown as { longTasks: { at: number; ms: number }[] }).longTasks,
    firstResult: (window as any).capflow.timeline.find((e: { event: string }) => e.event.startsWith('result')).at as number,
  }));
  const before = tasks.filter((t) => t.at < firstResult);
  console.log(`${name}: long tasks before the first result ${JSON.stringify(before.map((t) => t.ms))} ms; after, drawing: ${JSON.stringify(tasks.filter((t) => t.at >= firstResult).map((t) => t.ms))} ms`);
  return Math.max(0, ...before.map((t) => t.ms));
}

/** A plain visit (no hash) after a hostile link: opens the last session that ran, normally. */
async function plainVisitOpensNormally(name: string, sides: unknown = DEFAULTS): Promise<void> {
  await visit('');
  const s = await session();
  expect({ a: s.a, b: s.b }).toEqual(sides);
  expect(await page.locator('#load-problems').isHidden()).toBe(true);
  expect(await page.locator('figure[data-chart=capability] svg').count()).toBe(1);
  expect(await page.textContent('#status')).toMatch(/^Done: \d+ runs/);
  expect(page.errors).toEqual([]);
  await screenshot(page, `hostile-${name}-then-plain-visit`);
}

describe('the page under its Content-Security-Policy', () => {
  it('is served with the policy, no source maps, and refuses eval', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" />`);
    const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(await (await fetch(new URL(s, url))).text()).not.toContain('sourceMappingURL');
      expect(await (await fetch(new URL(`${s}.map`, url))).text()).not.toContain('"mappings"');
    }
    // The page ran its whole first run (zod validating every scenario) with no violation ...
    expect(page.errors).toEqual([]);
    // ... and a violation is seen when there is one: a string given to setTimeout is eval'd code
    // (the tests' own page.evaluate is exempt from the policy, the page's timers are not).
    await page.evaluate(() => (setTimeout as (code: string) => number)('document.title = "evaluated"'));
    await expect.poll(() => page.errors.join('\n')).toMatch(/Content-Security-Policy violation: script-src blocked eval/);
    expect(await page.title()).not.toBe('evaluated');
    page.errors.length = 0;
  });
});

describe('Copy CLI command, for a link whose file name and title would inject commands', () => {
  it('copies text whose lines run exactly the capflow commands shown (each side, then the paired compare), and nothing else', async () => {
    const name = '-rf\ntouch pwned\u2028#\u202e.json';
    const benign = JSON.stringify({ name: 'benign', extends: 'uk-2026-regional.json', title: 'Benign title' });
    const hostileTitle = JSON.stringify({ name: 'hostile', extends: 'japan-regional.json', title: 'England\ntouch ~/pwned\n#\r\u2028\u2066x' });
    const q = new URLSearchParams({ 'a.file': name, 'a.data': fileData(benign), 'b.file': 'title.json', 'b.data': fileData(hostileTitle), reps: '2' });
    await visit(`#${q}`);
    await playground!.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await page.click('#copy-cli');
    await expect.poll(() => page.textContent('#share-status')).toBe('CLI command copied.');
    const copied: string = await page.evaluate(() => navigator.clipboard.readText());
    // The schema refuses the control characters in B's title, so B opens the default and says so
    // (viz/cliCommand.ts would keep such a title on its comment line; test/viz/cliCommand.test.ts).
    expect((await session()).b).toEqual(DEFAULTS.b);
    expect(await problemsText()).toMatch(/“title\.json” from the link was not loaded as scenario B: 1 problem\. The default scenario, japan-regional, was opened instead\.\$\.title control characters, line or paragraph separators and bidi controls are not allowed/);
    const bCommand = ['run', 'scenarios/japan-regional.json', '--seed', '1', '--reps', '2'];
    const lines = copied.split('\n');
    // The uploaded side is written as its merged input, one ASCII line in a quoted here-document,
    // and run from there: its hostile file name appears in no command.
    expect(lines[0]).toBe('# A: Benign title');
    expect(lines[1]).toBe('mkdir -p runs/playground');
    expect(lines[2]).toMatch(/^cat > runs\/playground\/a-benign-file-[0-9a-f]{8}\.json <<'CAPFLOW_JSON'$/);
    expect(lines[3]).toMatch(/^[\x20-\x7e]+$/);
    expect(lines[4]).toBe('CAPFLOW_JSON');
    const fileA = lines[2].split(' ')[2];
    const runA = ['run', fileA, '--seed', '1', '--reps', '2', '--out', `runs/playground-${fileA.slice('runs/playground/'.length, -'.json'.length)}-seed1-2reps`];
    expect(lines[5]).toBe(`npx capflow ${runA.join(' ')}`);
    expect(lines.slice(6, 8)).toEqual(['# B: Japan: orchestrated two-way staff transfers with safeguards (Kumamoto)', `npx capflow ${bCommand.join(' ')}`]);
    // The paired view stands alone, so it writes the same file again.
    expect(lines[8]).toBe('# The paired B − A view (capflow compare), from the repository root:');
    expect(lines.slice(9, 13)).toEqual(lines.slice(1, 5));
    expect(lines).toHaveLength(14);
    expect(copied).not.toContain('pwned');
    // The page shows the name without the controls too: U+202E would show ".json" as "nosj.".
    expect(await page.locator('#pick-a option[data-file]').textContent()).toBe('File: -rf touch pwned # .json');
    await screenshot(page, 'hostile-cli-command');

    // Paste it into a shell whose `capflow` records its arguments, in an empty home directory.
    const root = mkdtempSync(join(tmpdir(), 'capflow-paste-'));
    try {
      const bin = join(root, 'bin');
      const home = join(root, 'home');
      const log = join(root, 'calls');
      mkdirSync(bin);
      mkdirSync(home);
      // `npx capflow …` is what is copied: a fake npx records the arguments after "capflow".
      writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = capflow ] || exit 9\nshift\n{ printf 'CALL\\0'; printf '%s\\0' "$@"; } >> "$CAPFLOW_CALLS"\n`);
      chmodSync(join(bin, 'npx'), 0o755);
      const shell = spawnSync('/bin/bash', ['--noprofile', '--norc', '-s'], {
        input: `${copied}\n`,
        cwd: home,
        env: { PATH: `${bin}:/usr/bin:/bin`, HOME: home, CAPFLOW_CALLS: log },
        encoding: 'utf8',
      });
      expect(shell.stderr).toBe('');
      expect(shell.status).toBe(0);
      const calls = readFileSync(log, 'utf8').split('CALL\0').slice(1).map((c) => c.split('\0').slice(0, -1));
      expect(calls.slice(0, 2)).toEqual([runA, bCommand]);
      expect(calls).toHaveLength(3);
      const [verb, comparedA, fileB, ...rest] = calls[2];
      expect([verb, comparedA, fileB, ...rest.slice(0, 4)]).toEqual(['compare', fileA, 'scenarios/japan-regional.json', '--seed', '1', '--reps', '2']);
      expect(JSON.parse(readFileSync(join(home, fileA), 'utf8')).title).toBe('Benign title');
      expect(readdirSync(home)).toEqual(['runs']);
      expect(readdirSync(join(home, 'runs', 'playground'))).toHaveLength(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(await longestTask('cli-command')).toBeLessThan(1000);
    expect(page.errors).toEqual([]);
    sidesThatRan = await session();
  });

  // The link's files loaded and ran, so they are the saved session: the copied text stays safe.
  it('and the next plain visit opens that session normally, its copied text as safe', async () => {
    await plainVisitOpensNormally('cli-command', { a: sidesThatRan.a, b: sidesThatRan.b });
    expect((await page.textContent('#cli'))!.split('\n')[5]).toMatch(/^npx capflow run runs\/playground\/a-benign-file-[0-9a-f]{8}\.json --seed 1 --reps 2 --out /);
  });
});

/** A hostile link: what the page must say it refused (in the load-problems box). */
const links: { name: string; hash: () => string; says: RegExp[] }[] = [
  {
    name: 'decompression-bomb',
    // 200 MB of zeros in a link of about 200 kB.
    hash: () => `#a.file=bomb.json&a.data=${base64url(deflateRawSync(Buffer.alloc(200_000_000), { level: 9 }))}&reps=2`,
    says: [/Part of the link was not used, and the defaults were opened in its place:/, /a\.data the data of “bomb\.json” inflates to more than 600,000 bytes, the largest scenario file the playground takes/],
  },
  {
    name: 'oversized-link',
    hash: () => `#reps=2&a.file=x.json&a.data=${'A'.repeat(2_000_000)}`,
    says: [/link is 2,000,0\d\d characters long; the playground reads links of up to 1,620,148/],
  },
  {
    name: 'corrupt-data',
    hash: () => '#a.file=mine.json&a.data=bm90LWRlZmxhdGU&reps=2',
    says: [/the data of “mine\.json” is not deflate-compressed data \(the link may have been cut short or altered\)/],
  },
  {
    name: 'nested-10000-deep',
    hash: () => `#b.file=deep.json&b.data=${fileData(`{"name":"deep","extends":"japan-regional.json","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)}&reps=2`,
    says: [/“deep\.json” from the link was not loaded as scenario B: 1 problem\. The default scenario, japan-regional, was opened instead\./, /nests arrays and objects deeper than 64 levels/],
  },
  {
    name: 'regions-length-million',
    hash: () => '#a=uk-2026-regional&a.set=regions.length%3D1000000&reps=2',
    says: [/The edits to scenario A in the link were not applied: 1 problem\. It was opened without them\./, /\$\.regions\.length \$\.regions is a list of 2; address an item by its index, 0 to 1/],
  },
  {
    name: 'regions-length-hundred-million',
    hash: () => '#a=uk-2026-regional&a.set=regions.length%3D100000000&reps=2',
    says: [/The edits to scenario A in the link were not applied: 1 problem/, /\$\.regions is a list of 2; address an item by its index, 0 to 1/],
  },
  {
    name: 'ten-thousand-unknown-keys',
    hash: () => `#b.file=many.json&b.data=${fileData(JSON.stringify({ name: 'many', extends: 'japan-regional.json', funding: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown${i}`, 1])) }))}&reps=2`,
    says: [/“many\.json” from the link was not loaded as scenario B: [\d,]{6,} problems/, /and [\d,]{5,} more, not listed\./],
  },
];

describe('hostile links', () => {
  for (const link of links) {
    it(`${link.name}: the page stays responsive, says what it refused, opens the defaults, and the next plain visit opens normally`, async () => {
      await visit(link.hash());
      const s = await session();
      expect({ a: s.a, b: s.b }).toEqual(DEFAULTS);
      const text = (await problemsText())!;
      for (const said of link.says) expect(text).toMatch(said);
      expect(await page.locator('#load-problems li').count()).toBeLessThanOrEqual(21);
      expect(await longestTask(link.name)).toBeLessThan(1000);
      expect(page.errors).toEqual([]);
      await screenshot(page, `hostile-${link.name}`);
      await plainVisitOpensNormally(link.name);
    });
  }

  it('an uploaded file of 50 MB is refused for its size, read no further than the cap, and the session kept', async () => {
    await visit('#reps=2');
    const before = await session();
    // From disk, as a user picks it (a buffer would be built inside the page by the test driver).
    const dir = mkdtempSync(join(tmpdir(), 'capflow-upload-'));
    try {
      const huge = join(dir, 'huge.json');
      writeFileSync(huge, Buffer.alloc(50_000_000, 0x20));
      const since = await page.evaluate(() => performance.now());
      await page.setInputFiles('#file-b', huge);
      await expect.poll(() => problemsText()).toMatch(/“huge\.json” was not loaded as scenario B: 1 problem\. The current scenarios are kept\..*is more than 600,000 bytes, the largest scenario file the playground takes/s);
      const tasks: { at: number; ms: number }[] = await page.evaluate(() => (window as any).longTasks);
      const during = tasks.filter((t) => t.at >= since).map((t) => t.ms);
      console.log(`huge-upload: long tasks from the upload on ${JSON.stringify(during)} ms`);
      expect(Math.max(0, ...during)).toBeLessThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await session()).toEqual(before);
    expect(page.errors).toEqual([]);
  });

  it('a saved session that no longer opens is shown as such once, then forgotten', async () => {
    await page.evaluate(() => localStorage.setItem('capflow.playground.session', 'a.file=x.json&a.data=AAAA&reps=2'));
    await visit('');
    expect(await problemsText()).toMatch(/Part of the saved session was not used, and the defaults were opened in its place:.*is not deflate-compressed data/s);
    expect(await longestTask('saved-session')).toBeLessThan(1000);
    await plainVisitOpensNormally('saved-session');
  });
});
