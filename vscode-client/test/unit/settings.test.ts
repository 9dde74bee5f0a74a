import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveValue } from '../../src/settings';

describe('effectiveValue', () => {
  const all = { defaultValue: '', globalValue: '/user/jdk', workspaceValue: '/repo/jdk', workspaceFolderValue: '/folder/jdk' };

  test('a trusted workspace uses the most specific level', () => {
    assert.equal(effectiveValue(all, true), '/folder/jdk');
    assert.equal(effectiveValue({ ...all, workspaceFolderValue: undefined }, true), '/repo/jdk');
  });

  test('an untrusted workspace cannot choose what runs: workspace and folder values are ignored', () => {
    assert.equal(effectiveValue(all, false), '/user/jdk');
    assert.equal(effectiveValue({ defaultValue: '', workspaceValue: '/repo/evil' }, false), '');
  });

  test('nothing set gives the default, nothing known gives undefined', () => {
    assert.equal(effectiveValue({ defaultValue: 250 }, true), 250);
    assert.equal(effectiveValue(undefined, true), undefined);
  });
});
