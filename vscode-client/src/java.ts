// Finds a Java 17+ to run the server: the plumbline.java.home setting, then JAVA_HOME, then `java` on
// the PATH. No `vscode` import, so node:test covers it directly.
import * as path from 'node:path';

export const MIN_JAVA_VERSION = 17;

export type JavaSource = 'plumbline.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaFound {
  readonly executable: string;
  readonly version: number;
  readonly source: JavaSource;
}

export type JavaLookup =
  | { readonly ok: true; readonly java: JavaFound; readonly tried: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly tried: readonly string[] };

/** What `java -version` printed (it writes to stderr), or the reason it could not run. */
export interface VersionOutput {
  readonly output: string;
  readonly error?: string;
}

export interface JavaLookupEnv {
  /** The setting, trimmed by the caller; empty when unset. */
  readonly javaHomeSetting: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly isFile: (file: string) => boolean;
  readonly runVersion: (executable: string) => Promise<VersionOutput>;
}

/**
 * The major version in `java -version` output: `openjdk version "17.0.15"`, `java version "1.8.0_392"`,
 * `openjdk version "21-ea"`, `openjdk version "25" 2025-09-16`. Undefined when there is none.
 */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export function javaExecutableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

function pathModule(platform: NodeJS.Platform): typeof path.posix {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** Every `java` on PATH in order (the first is what a shell would run). */
export function javaOnPath(env: JavaLookupEnv): string[] {
  const p = pathModule(env.platform);
  const pathVar = env.env.PATH ?? env.env.Path ?? '';
  const name = javaExecutableName(env.platform);
  return pathVar
    .split(p.delimiter)
    .filter((dir) => dir.length > 0)
    .map((dir) => p.join(dir, name))
    .filter((file) => env.isFile(file));
}

type Check = { ok: true; java: JavaFound } | { ok: false; reason: string };

async function check(executable: string, source: JavaSource, env: JavaLookupEnv): Promise<Check> {
  if (!env.isFile(executable)) {
    return { ok: false, reason: `${executable} does not exist` };
  }
  const result = await env.runVersion(executable);
  if (result.error !== undefined) {
    return { ok: false, reason: `${executable} -version failed: ${result.error}` };
  }
  const version = parseJavaVersion(result.output);
  if (version === undefined) {
    return { ok: false, reason: `${executable} -version printed no version: ${result.output.trim().split('\n')[0] ?? ''}` };
  }
  if (version < MIN_JAVA_VERSION) {
    return { ok: false, reason: `${executable} is Java ${version}; Plumbline needs ${MIN_JAVA_VERSION} or newer` };
  }
  return { ok: true, java: { executable, version, source } };
}

export async function findJava(env: JavaLookupEnv): Promise<JavaLookup> {
  const p = pathModule(env.platform);
  const name = javaExecutableName(env.platform);
  const tried: string[] = [];

  if (env.javaHomeSetting.length > 0) {
    // an explicit setting is what the user wants: if it is wrong, say so instead of running another Java
    const result = await check(p.join(env.javaHomeSetting, 'bin', name), 'plumbline.java.home', env);
    tried.push(`plumbline.java.home: ${result.ok ? `Java ${result.java.version}` : result.reason}`);
    return result.ok
      ? { ok: true, java: result.java, tried }
      : {
          ok: false,
          tried,
          message: `The setting plumbline.java.home ("${env.javaHomeSetting}") is not a usable Java ${MIN_JAVA_VERSION}+: ${result.reason}.`,
        };
  }

  const javaHome = env.env.JAVA_HOME?.trim();
  if (javaHome) {
    const result = await check(p.join(javaHome, 'bin', name), 'JAVA_HOME', env);
    tried.push(`JAVA_HOME: ${result.ok ? `Java ${result.java.version}` : result.reason}`);
    if (result.ok) {
      return { ok: true, java: result.java, tried };
    }
  } else {
    tried.push('JAVA_HOME: not set');
  }

  const onPath = javaOnPath(env);
  if (onPath.length === 0) {
    tried.push(`PATH: no ${name} found`);
  }
  for (const executable of onPath) {
    const result = await check(executable, 'PATH', env);
    tried.push(`PATH: ${result.ok ? `${executable} is Java ${result.java.version}` : result.reason}`);
    if (result.ok) {
      return { ok: true, java: result.java, tried };
    }
  }
  return {
    ok: false,
    tried,
    message: `Plumbline needs Java ${MIN_JAVA_VERSION} or newer and found none. Install one, or set plumbline.java.home to its folder.`,
  };
}
