// The command line that starts the server. No `vscode` import, so node:test covers it directly.
import * as path from 'node:path';

export interface ServerCommandInput {
  readonly java: string;
  readonly javaVersion: number;
  readonly jar: string;
  /** Identifies the jar's build (size and modification time) so a new jar gets a new CDS archive. */
  readonly jarStamp: string;
  /** Folder for the class-data sharing archive (the extension's global storage); undefined: no CDS. */
  readonly storageDir: string | undefined;
  /** Whether the archive file already exists (Java 17 to 18 must be told to dump or to use it). */
  readonly archiveExists: (file: string) => boolean;
  /** The plumbline.java.vmargs setting, appended last so it can override anything before it. */
  readonly userVmArgs: string;
}

export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
  /** The CDS archive the JVM reads or writes, if any. */
  readonly archive: string | undefined;
}

/** Options every start gets: small fast collector, JVM logging kept off stdout (which carries LSP). */
export const BASE_VM_ARGS: readonly string[] = [
  '-XX:+UseSerialGC',
  '-Xshare:auto',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
  '-Dfile.encoding=UTF-8',
];

/** Splits the vmargs setting on whitespace; double or single quotes keep spaces inside one argument. */
export function splitVmArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote !== undefined) {
      if (ch === quote) {
        quote = undefined;
      } else {
        current += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inArg = true;
    } else if (/\s/.test(ch)) {
      if (inArg) {
        args.push(current);
        current = '';
        inArg = false;
      }
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (inArg) {
    args.push(current);
  }
  return args;
}

/** Archive file name: one per server build and Java major version, since either change invalidates it. */
export function archiveName(jarStamp: string, javaVersion: number): string {
  const safe = jarStamp.replace(/[^A-Za-z0-9.-]/g, '_');
  return `plumbline-${safe}-java${javaVersion}.jsa`;
}

/**
 * Java 19+ creates and refreshes the archive itself (-XX:+AutoCreateSharedArchive); Java 17 and 18
 * dump it at the first exit (-XX:ArchiveClassesAtExit) and read it afterwards (-XX:SharedArchiveFile).
 */
export function cdsArgs(javaVersion: number, archive: string, exists: boolean): string[] {
  if (javaVersion >= 19) {
    return ['-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${archive}`];
  }
  return exists ? [`-XX:SharedArchiveFile=${archive}`] : [`-XX:ArchiveClassesAtExit=${archive}`];
}

export function serverCommand(input: ServerCommandInput): ServerCommand {
  const args = [...BASE_VM_ARGS];
  let archive: string | undefined;
  if (input.storageDir !== undefined) {
    archive = path.join(input.storageDir, archiveName(input.jarStamp, input.javaVersion));
    args.push(...cdsArgs(input.javaVersion, archive, input.archiveExists(archive)));
  }
  args.push(...splitVmArgs(input.userVmArgs));
  args.push('-jar', input.jar, '--stdio');
  return { command: input.java, args, archive };
}
