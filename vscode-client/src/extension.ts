import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { findJava, type VersionOutput } from './java';
import { serverCommand } from './serverCommand';
import { effectiveValue } from './settings';
import { documentSelector } from './selector';

const SECTION = 'plumbline';
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('plumbline');
/** Settings whose change needs a new server process rather than a didChangeConfiguration. */
const RESTART_SETTINGS = ['java.home', 'java.vmargs', 'server.path'];

/** What the extension exposes to its integration tests (and to anyone scripting it). */
export interface PlumblineApi {
  /** The running server's process id, undefined while none runs. */
  serverPid(): number | undefined;
  /** The last start-up error shown to the user, undefined after a successful start. */
  lastError(): string | undefined;
  /** Resolves once the current start attempt finished (successfully or not). */
  ready(): Promise<void>;
  /** The command line of the running server (java first), undefined while none runs. */
  serverCommandLine(): string[] | undefined;
}

let log: vscode.LogOutputChannel;
let trace: vscode.LogOutputChannel;
let client: LanguageClient | undefined;
let serverProcess: ChildProcess | undefined;
let serverCommandLine: string[] | undefined;
let lastError: string | undefined;
let starting: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): PlumblineApi {
  log = vscode.window.createOutputChannel('Plumbline', { log: true });
  trace = vscode.window.createOutputChannel('Plumbline Trace', { log: true });
  context.subscriptions.push(
    log,
    trace,
    vscode.commands.registerCommand('plumbline.restartServer', () => restart(context)),
    vscode.commands.registerCommand('plumbline.showOutput', () => log.show()),
    vscode.commands.registerCommand('plumbline.fixAll', fixAllInActiveEditor),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(`${SECTION}.${key}`))) {
        log.info('Java or server settings changed; restarting the server.');
        void restart(context);
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(context)),
  );
  starting = start(context);
  return {
    serverPid: () => serverProcess?.pid,
    lastError: () => lastError,
    ready: () => starting,
    serverCommandLine: () => (serverProcess ? serverCommandLine : undefined),
  };
}

export async function deactivate(): Promise<void> {
  await stop();
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  starting = starting.then(async () => {
    await stop();
    await start(context);
  });
  return starting;
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop(5000);
    } catch (error) {
      log.warn(`The server did not stop cleanly: ${String(error)}`);
    }
  }
  const child = serverProcess;
  serverProcess = undefined;
  // after `exit` the JVM may still be writing its class-data archive: give it a moment before killing it
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
    const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000).unref());
    if (!(await Promise.race([exited, timedOut]))) {
      log.warn(`Server process ${child.pid} did not exit; killing it.`);
      child.kill();
    }
  }
}

/** A setting as the workspace's trust allows it (executable paths only from user settings when untrusted). */
function setting<T>(key: string): T | undefined {
  return effectiveValue(vscode.workspace.getConfiguration(SECTION).inspect<T>(key), vscode.workspace.isTrusted);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  lastError = undefined;
  const javaHome = (setting<string>('java.home') ?? '').trim();
  const lookup = await findJava({
    javaHomeSetting: javaHome,
    env: process.env,
    platform: process.platform,
    isFile,
    runVersion,
  });
  for (const line of lookup.tried) {
    log.info(`Java lookup: ${line}`);
  }
  if (!lookup.ok) {
    return showError(lookup.message, 'java.home');
  }

  const jar = (setting<string>('server.path') ?? '').trim() || context.asAbsolutePath(path.join('server', 'plumbline.jar'));
  let jarStat: fs.Stats;
  try {
    jarStat = fs.statSync(jar);
  } catch {
    return showError(`The Plumbline server jar ${jar} does not exist. Check plumbline.server.path.`, 'server.path');
  }
  const storageDir = await storageFolder(context);
  const command = serverCommand({
    java: lookup.java.executable,
    javaVersion: lookup.java.version,
    jar,
    jarStamp: `${jarStat.size}-${Math.floor(jarStat.mtimeMs)}`,
    storageDir,
    archiveExists: isFile,
    userVmArgs: setting<string>('java.vmargs') ?? '',
  });
  log.info(`Starting the server with Java ${lookup.java.version} (${lookup.java.source}): ${command.command} ${command.args.join(' ')}`);

  const serverOptions: ServerOptions = () => {
    const child = spawn(command.command, command.args, { stdio: 'pipe' });
    serverProcess = child;
    serverCommandLine = [command.command, ...command.args];
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      for (const line of text.split(/\r?\n/)) {
        if (line.length > 0) {
          log.info(`[server] ${line}`);
        }
      }
    });
    child.on('exit', (code, signal) => log.info(`Server process ${child.pid} exited (${signal ?? code}).`));
    return Promise.resolve(child);
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: log,
    traceOutputChannel: trace,
    initializationOptions: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION))) as unknown,
    synchronize: { configurationSection: SECTION },
  };
  const languageClient = new LanguageClient(SECTION, 'Plumbline', serverOptions, clientOptions);
  client = languageClient;
  try {
    await languageClient.start();
    log.info(`Server running (process ${serverProcess?.pid}).`);
  } catch (error) {
    client = undefined;
    return showError(`The Plumbline server failed to start: ${String(error)}`, undefined);
  }
}

async function showError(message: string, settingKey: string | undefined): Promise<void> {
  lastError = message;
  log.error(message);
  // not awaited: the notification stays until dismissed, start-up must not wait for it
  void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
    if (choice === 'Open Settings') {
      void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.${settingKey ?? ''}`);
    } else if (choice === 'Show Output') {
      log.show();
    }
  });
}

async function storageFolder(context: vscode.ExtensionContext): Promise<string | undefined> {
  try {
    await vscode.workspace.fs.createDirectory(context.globalStorageUri);
    return context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined;
  } catch (error) {
    log.warn(`No class-data sharing archive: cannot create ${context.globalStorageUri.toString()}: ${String(error)}`);
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function runVersion(executable: string): Promise<VersionOutput> {
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const done = (result: VersionOutput): void => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const child = spawn(executable, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ output, error: error.message }));
    child.on('close', (code) => done(code === 0 ? { output } : { output, error: `exit code ${code}: ${output.trim()}` }));
    setTimeout(() => {
      child.kill();
      done({ output, error: 'no answer within 15 seconds' });
    }, 15000).unref();
  });
}

async function fixAllInActiveEditor(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND.value,
    )) ?? [];
  let applied = 0;
  for (const action of actions) {
    if (action.kind && FIX_ALL_KIND.contains(action.kind) && action.edit) {
      if (await vscode.workspace.applyEdit(action.edit)) {
        applied++;
      }
    }
  }
  if (applied === 0) {
    void vscode.window.showInformationMessage('Plumbline: nothing to fix automatically in this file.');
  }
}
