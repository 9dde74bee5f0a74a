// Runs the integration suite inside a real VS Code: code-server with the built .vsix installed, its
// workbench opened by headless Chromium through playwright-core, the suite loaded through the
// workbench `payload` (extensionDevelopmentPath / extensionTestsPath), and the exit code collected
// through window.codeAutomationExit. With PLUMBLINE_SCREENSHOTS=<folder> it instead opens the sample
// files and saves screenshots of a squiggle, a hover and the Problems panel.
//
// Environment: PLUMBLINE_NODE24 (a Node 24 binary), PLUMBLINE_CODE_SERVER (code-server's
// out/node/entry.js), PLUMBLINE_CHROMIUM (default /usr/bin/chromium), PLUMBLINE_VSIX (default
// dist/plumbline.vsix), PLUMBLINE_IT_TIMEOUT_S (default 480).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { takeScreenshots } from './screenshots';

const root = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function log(line: string): void {
  console.log(`[integration] ${line}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

async function waitUntil(what: string, probe: () => Promise<boolean>, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (!(await probe())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${waitMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Sandbox {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly userData: string;
  readonly extensions: string;
  readonly workspace: string;
  readonly harness: string;
  readonly results: string;
}

/** Fresh folders for one run: HOME, XDG, user data, extensions, and a copy of the fixture workspace. */
function sandbox(node24: string): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plumbline-it-'));
  const sub = (name: string): string => {
    const folder = path.join(dir, name);
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  };
  const home = sub('home');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: sub('xdg/config'),
    XDG_DATA_HOME: sub('xdg/data'),
    XDG_CACHE_HOME: sub('xdg/cache'),
    XDG_RUNTIME_DIR: sub('xdg/runtime'),
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH ?? ''}`,
    // the marketplace is unreachable here anyway; pointing it at a closed local port keeps every lookup on this machine
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
      resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
    }),
  };
  const userData = sub('user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        'workbench.colorTheme': 'Default Light Modern',
        'editor.fontSize': 15,
        'window.zoomLevel': 0,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.layoutControl.enabled': false,
      },
      null,
      2,
    ),
  );
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(root, 'test', 'integration', 'fixtures', 'workspace'), workspace, { recursive: true });
  // a repository root, so cross-file checks see the workspace the way they see a clone
  fs.mkdirSync(path.join(workspace, '.git'));
  const harness = sub('harness');
  fs.writeFileSync(
    path.join(harness, 'package.json'),
    JSON.stringify({ name: 'plumbline-integration-tests', publisher: 'plumbline', version: '0.0.0', engines: { vscode: '^1.91.0' } }),
  );
  fs.cpSync(path.join(root, 'out', 'harness', 'suite'), path.join(harness, 'suite'), { recursive: true });
  return { dir, env, userData, extensions: sub('extensions'), workspace, harness, results: path.join(dir, 'results.txt') };
}

function installVsix(node24: string, codeServer: string, box: Sandbox, vsix: string): void {
  const result = spawnSync(
    node24,
    [codeServer, '--user-data-dir', box.userData, '--extensions-dir', box.extensions, '--install-extension', vsix],
    { env: box.env, encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  log(`install ${path.basename(vsix)}: ${output.split('\n').slice(-1)[0] ?? ''}`);
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`Installing ${vsix} failed (exit ${result.status}): ${output}`);
  }
}

function startCodeServer(node24: string, codeServer: string, box: Sandbox, port: number): ChildProcess {
  const logFile = fs.openSync(path.join(box.dir, 'code-server.log'), 'w');
  return spawn(
    node24,
    [
      codeServer,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--reconnection-grace-time', '5',
      '--vscode-option', 'enable-smoke-test-driver',
      '--user-data-dir', box.userData,
      '--extensions-dir', box.extensions,
      box.workspace,
    ],
    { env: box.env, stdio: ['ignore', logFile, logFile], detached: true },
  );
}

function stopCodeServer(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // its own process group: the extension host and Plumbline go too
    } catch {
      child.kill('SIGTERM');
    }
  }
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(none)';
  }
}

async function runSuite(page: Page, base: string, authority: string, box: Sandbox, timeoutMs: number): Promise<number> {
  const exit = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
  });
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    // the results file carries the test lines; the console adds what went wrong in the workbench
    if (/error|exception/i.test(text) && !/^(ok|not ok) - /.test(text)) {
      log(`workbench: ${text}`);
    }
  });
  const remote = (file: string): string => `vscode-remote://${authority}${file}`;
  const payload = [
    ['extensionDevelopmentPath', remote(box.harness)],
    ['extensionTestsPath', remote(path.join(box.harness, 'suite', 'index.js'))],
    ['extensionEnvironment', JSON.stringify({ PLUMBLINE_IT_RESULTS: box.results })],
  ];
  await page.goto(`${base}/?folder=${encodeURIComponent(box.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((resolve) => {
    timer = setTimeout(() => resolve(-1), timeoutMs);
  });
  const code = await Promise.race([exit, timeout]);
  clearTimeout(timer);
  if (code === -1) {
    await page.screenshot({ path: path.join(box.dir, 'timeout.png') });
    log(`no exit code within ${timeoutMs / 1000} s; workbench screenshot: ${path.join(box.dir, 'timeout.png')}`);
    return 1;
  }
  return code;
}

async function main(): Promise<number> {
  const started = Date.now();
  const node24 = required('PLUMBLINE_NODE24');
  const codeServer = required('PLUMBLINE_CODE_SERVER');
  const browser = process.env.PLUMBLINE_CHROMIUM || '/usr/bin/chromium';
  const vsix = path.resolve(process.env.PLUMBLINE_VSIX || path.join(root, 'dist', 'plumbline.vsix'));
  const screenshots = process.env.PLUMBLINE_SCREENSHOTS;
  const timeoutMs = Number(process.env.PLUMBLINE_IT_TIMEOUT_S || '480') * 1000;

  const box = sandbox(node24);
  let keep = true;
  log(`sandbox ${box.dir}`);
  installVsix(node24, codeServer, box, vsix);
  const port = await freePort();
  const server = startCodeServer(node24, codeServer, box, port);
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromium.launch({ executablePath: browser, headless: true, args: CHROMIUM_ARGS });
  try {
    await waitUntil('code-server to answer /healthz', () => healthy(port), 60_000);
    log(`code-server up on port ${port} after ${Math.round((Date.now() - started) / 1000)} s`);
    const page = await chrome.newPage({ viewport: { width: 1200, height: 640 } });
    if (screenshots) {
      await takeScreenshots(page, base, box.workspace, path.resolve(screenshots), log);
      keep = false;
      return 0;
    }
    const code = await runSuite(page, base, `127.0.0.1:${port}`, box, timeoutMs);
    const results = tail(box.results, 200).trim();
    console.log(results.length > 0 ? results : '[integration] the suite wrote no results');
    if (code !== 0 || results.length === 0) {
      log(`code-server log (last lines):\n${tail(path.join(box.dir, 'code-server.log'), 40)}`);
      const exthost = findFile(box.userData, 'exthost.log') ?? findFile(box.dir, 'remoteexthost.log');
      if (exthost) {
        log(`extension host log (last lines):\n${tail(exthost, 60)}`);
      }
    }
    log(`exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
    const outcome = results.length === 0 ? 1 : code;
    keep = outcome !== 0;
    return outcome;
  } finally {
    await chrome.close();
    stopCodeServer(server);
    if (keep) {
      log(`sandbox kept for a look: ${box.dir}`);
    } else {
      fs.rmSync(box.dir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}

function findFile(dir: string, name: string): string | undefined {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === name) {
      return path.join(entry.parentPath, entry.name);
    }
  }
  return undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[integration] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
