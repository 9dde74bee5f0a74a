// The integration suite: runs inside a real VS Code (code-server) extension host against the
// installed .vsix, through the public `vscode` API. Loaded as `extensionTestsPath`; VS Code calls
// run() and ends the session with its outcome. Each result line also goes to PLUMBLINE_IT_RESULTS.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PlumblineApi } from '../../../src/extension';

const EXTENSION_ID = 'plumbline.plumbline';
const WAIT_MS = 60_000;

type Case = { name: string; body: () => Promise<void> };
const cases: Case[] = [];
function test(name: string, body: () => Promise<void>): void {
  cases.push({ name, body });
}

function report(line: string): void {
  console.log(line);
  const file = process.env.PLUMBLINE_IT_RESULTS;
  if (file) {
    fs.appendFileSync(file, `${line}\n`);
  }
}

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function plumblineDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'plumbline');
}

/** Polls until `probe` returns a value (not undefined) or the wait runs out. */
async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, waitMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${waitMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function open(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

async function diagnostic(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  return eventually(`a ${rule} diagnostic on ${path.basename(uri.path)}`, () =>
    plumblineDiagnostics(uri).find((d) => codeOf(d) === rule),
  );
}

async function api(): Promise<PlumblineApi> {
  const extension = vscode.extensions.getExtension<PlumblineApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const exports = await extension.activate();
  await exports.ready();
  return exports;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('the installed extension comes from the .vsix, not from the sources', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  assert.ok(fs.existsSync(path.join(extension.extensionPath, 'server', 'plumbline.jar')), 'the server jar ships inside');
  assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'src')), 'no sources in the package');
  assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'node_modules')), 'dependencies are bundled');
});

test('a Dockerfile gets diagnostics with the rule id as code', async () => {
  const document = await open('Dockerfile');
  assert.equal(document.languageId, 'dockerfile');
  const latest = await diagnostic(document.uri, 'dockerfile/latest-tag');
  assert.equal(latest.severity, vscode.DiagnosticSeverity.Warning);
  assert.equal(document.getText(latest.range), 'latest');
  assert.match(latest.message, /nginx:latest/);
});

test('a Kubernetes Deployment gets diagnostics', async () => {
  const document = await open('deploy/web.yaml');
  assert.equal(document.languageId, 'yaml');
  const latest = await diagnostic(document.uri, 'k8s/latest-tag');
  assert.match(latest.message, /Container "web"/);
  await diagnostic(document.uri, 'k8s/privilege-escalation');
});

test('a GitHub Actions workflow gets diagnostics', async () => {
  const document = await open('.github/workflows/ci.yml');
  const unpinned = await diagnostic(document.uri, 'gha/unpinned-action');
  assert.equal(document.getText(unpinned.range), 'v4');
});

test('a YAML file that is neither gets no diagnostics', async () => {
  const document = await open('notes.yaml');
  // the Deployment above proves the server answers; give this file the same time to get any
  await new Promise((resolve) => setTimeout(resolve, 2000));
  assert.deepEqual(plumblineDiagnostics(document.uri), []);
});

test('hover over a finding shows the rule documentation', async () => {
  const document = await open('Dockerfile');
  const latest = await diagnostic(document.uri, 'dockerfile/latest-tag');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, latest.range.start);
  const text = hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
  assert.match(text, /dockerfile\/latest-tag/);
  assert.match(text, /Why it matters/);
});

test('a quick fix applied with workspace.applyEdit makes its diagnostic disappear', async () => {
  const document = await open('.github/workflows/ci.yml');
  const npm = await diagnostic(document.uri, 'gha/npm-install');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    npm.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((action) => action.edit && action.title === 'Replace with npm ci');
  assert.ok(fix?.edit, `a quick fix for gha/npm-install among ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(document.getText(), /run: npm ci/);
  await eventually('gha/npm-install to disappear', () =>
    plumblineDiagnostics(document.uri).some((d) => codeOf(d) === 'gha/npm-install') ? undefined : true,
  );
  await diagnostic(document.uri, 'gha/unpinned-action'); // the others stay
});

test('"Fix All Problems in This File" applies the fixes the server offers in one edit', async () => {
  const document = await open('deploy/web.yaml');
  await diagnostic(document.uri, 'k8s/privilege-escalation');
  const before = new Set(plumblineDiagnostics(document.uri).map(codeOf));
  const textBefore = document.getText();
  await vscode.commands.executeCommand('plumbline.fixAll');
  assert.notEqual(document.getText(), textBefore, 'the file changed');
  const gone = await eventually('a fixed rule to disappear', () => {
    const now = new Set(plumblineDiagnostics(document.uri).map(codeOf));
    const fixed = [...before].filter((rule) => !now.has(rule));
    return fixed.length > 0 ? fixed : undefined;
  });
  assert.ok(gone.length > 0);
  await diagnostic(document.uri, 'k8s/latest-tag'); // no fix for it, so it stays
});

test('restart gives a new server process and diagnostics come back', async () => {
  const plumbline = await api();
  const before = plumbline.serverPid();
  assert.ok(before !== undefined, 'a server runs');
  await vscode.commands.executeCommand('plumbline.restartServer');
  await plumbline.ready();
  const after = plumbline.serverPid();
  assert.ok(after !== undefined, 'a server runs after the restart');
  assert.notEqual(after, before);
  await eventually(`old server ${before} to exit`, () => (processAlive(before) ? undefined : true));
  const document = await open('Dockerfile');
  await diagnostic(document.uri, 'dockerfile/latest-tag');
});

test('the class-data sharing archive exists once a server has exited', async () => {
  const plumbline = await api();
  const args = plumbline.serverCommandLine();
  assert.ok(args, 'a server runs');
  const option = args.find((arg) => /^-XX:(SharedArchiveFile|ArchiveClassesAtExit)=/.test(arg));
  assert.ok(option, `a CDS option in ${args.join(' ')}`);
  const archive = option.slice(option.indexOf('=') + 1);
  assert.ok(fs.existsSync(archive), `${archive} was written when the previous server exited`);
  assert.ok(args.includes(`-XX:SharedArchiveFile=${archive}`), 'and this server reads it');
});

test('plumbline.rules changes reach the running server', async () => {
  const document = await open('Dockerfile');
  const config = vscode.workspace.getConfiguration('plumbline');
  await config.update('rules', { 'dockerfile/latest-tag': 'error', 'missing-user': 'off' }, vscode.ConfigurationTarget.Global);
  try {
    await eventually('dockerfile/latest-tag as an error and missing-user gone', () => {
      const now = plumblineDiagnostics(document.uri);
      const latest = now.find((d) => codeOf(d) === 'dockerfile/latest-tag');
      return latest?.severity === vscode.DiagnosticSeverity.Error && !now.some((d) => codeOf(d) === 'dockerfile/missing-user')
        ? true
        : undefined;
    });
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
  }
  await eventually('the defaults to come back', () =>
    plumblineDiagnostics(document.uri).find((d) => codeOf(d) === 'dockerfile/latest-tag')?.severity === vscode.DiagnosticSeverity.Warning
      ? true
      : undefined,
  );
});

test('a wrong plumbline.java.home is an error, and fixing it brings the server back', async () => {
  const plumbline = await api();
  const config = vscode.workspace.getConfiguration('plumbline');
  await config.update('java.home', path.join(path.sep, 'no', 'such', 'jdk'), vscode.ConfigurationTarget.Global);
  try {
    const error = await eventually('the java.home error', async () => {
      await plumbline.ready();
      return plumbline.lastError();
    });
    assert.match(error, /plumbline\.java\.home \(".*no.such.jdk"\) is not a usable Java 17\+/);
    assert.equal(plumbline.serverPid(), undefined, 'no server runs on another Java');
  } finally {
    await config.update('java.home', undefined, vscode.ConfigurationTarget.Global);
  }
  await eventually('the server to come back', async () => {
    await plumbline.ready();
    return plumbline.serverPid();
  });
  assert.equal(plumbline.lastError(), undefined);
});

test('the .plumbline.yaml schema is contributed for the YAML extension', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const contributed = (extension.packageJSON as { contributes: { yamlValidation: { fileMatch: string; url: string }[] } }).contributes
    .yamlValidation;
  const entry = contributed.find((e) => e.fileMatch === '.plumbline.yaml');
  assert.ok(entry);
  const schema = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, entry.url), 'utf8')) as { properties: object };
  assert.deepEqual(Object.keys(schema.properties).sort(), ['dockerfile', 'gha', 'ignore', 'k8s', 'kubernetes', 'rules', 'suppressions']);
});

export async function run(): Promise<void> {
  let failed = 0;
  for (const { name, body } of cases) {
    const started = Date.now();
    try {
      await body();
      report(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      report(`not ok - ${name}\n  ${(error instanceof Error ? error.stack ?? error.message : String(error)).replace(/\n/g, '\n  ')}`);
    }
  }
  report(`${cases.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    throw new Error(`${failed} of ${cases.length} integration tests failed`);
  }
}
