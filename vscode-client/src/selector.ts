/**
 * Which documents the extension hands to the server. By language for the ids editors already give
 * these files; by name for files VS Code knows no language for (a `Containerfile`, `Dockerfile.dev`, a
 * `Kustomization` without extension), since the server decides from the name what such a file is.
 * Only `file:` documents: the server reads the workspace around them.
 */
export interface DocumentFilter {
  scheme: 'file';
  language?: string;
  pattern?: string;
}

export const LANGUAGES = ['dockerfile', 'yaml', 'github-actions-workflow'];

/** File names the server recognises that may open as plain text. */
export const NAME_PATTERNS = [
  '**/Containerfile',
  '**/Containerfile.*',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/*.Containerfile',
  '**/Kustomization',
];

export function documentSelector(): DocumentFilter[] {
  return [
    ...LANGUAGES.map((language): DocumentFilter => ({ scheme: 'file', language })),
    ...NAME_PATTERNS.map((pattern): DocumentFilter => ({ scheme: 'file', pattern })),
  ];
}
