import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentSelector } from '../../src/selector';

describe('documentSelector', () => {
  test('takes the three language ids, file documents only', () => {
    const languages = documentSelector().filter((f) => f.language !== undefined);
    assert.deepEqual(languages.map((f) => f.language), ['dockerfile', 'yaml', 'github-actions-workflow']);
    assert.ok(documentSelector().every((f) => f.scheme === 'file'));
  });

  test('also takes by name the files the server recognises that VS Code may open as plain text', () => {
    const patterns = documentSelector().flatMap((f) => (f.pattern === undefined ? [] : [f.pattern]));
    for (const expected of ['**/Containerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/Kustomization']) {
      assert.ok(patterns.includes(expected), `${expected} in ${patterns.join(', ')}`);
    }
    assert.ok(patterns.every((p) => !p.endsWith('.yaml') && !p.endsWith('.yml')), 'YAML is taken by language');
  });
});
