// Reads settings the way a workspace's trust allows. No `vscode` import: the caller passes what
// WorkspaceConfiguration.inspect() returned.

export interface Inspected<T> {
  readonly defaultValue?: T;
  readonly globalValue?: T;
  readonly workspaceValue?: T;
  readonly workspaceFolderValue?: T;
}

/** Settings that name a program to run; a workspace must be trusted to set them. */
export const EXECUTABLE_SETTINGS = ['java.home', 'java.vmargs', 'server.path', 'shellcheck.path'] as const;

/**
 * The effective value: folder, then workspace, then user, then default; in an untrusted workspace the
 * workspace and folder levels are skipped, so a cloned repository cannot choose what runs.
 */
export function effectiveValue<T>(inspected: Inspected<T> | undefined, trusted: boolean): T | undefined {
  if (inspected === undefined) {
    return undefined;
  }
  if (trusted) {
    return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue ?? inspected.defaultValue;
  }
  return inspected.globalValue ?? inspected.defaultValue;
}
