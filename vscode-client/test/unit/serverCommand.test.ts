import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { archiveName, BASE_VM_ARGS, serverCommand, splitVmArgs, type ServerCommandInput } from '../../src/serverCommand';

const input: ServerCommandInput = {
  java: '/usr/bin/java',
  javaVersion: 17,
  jar: '/ext/server/plumbline.jar',
  jarStamp: '1234-5678',
  storageDir: '/storage',
  archiveExists: () => false,
  userVmArgs: '',
};
const archive = path.join('/storage', 'plumbline-1234-5678-java17.jsa');

describe('serverCommand', () => {
  test('runs the jar on stdio after the base options', () => {
    const command = serverCommand({ ...input, storageDir: undefined });
    assert.equal(command.command, '/usr/bin/java');
    assert.deepEqual(command.args, [...BASE_VM_ARGS, '-jar', '/ext/server/plumbline.jar', '--stdio']);
    assert.equal(command.archive, undefined);
  });

  test('JVM logging goes to stderr, never to stdout where the protocol runs', () => {
    const args = serverCommand(input).args;
    assert.ok(args.indexOf('-Xlog:disable') < args.indexOf('-Xlog:all=warning:stderr'));
    assert.ok(!args.some((arg) => arg.startsWith('-Xlog') && arg.includes('stdout')));
  });

  test('Java 17 dumps the class-data archive on the first run', () => {
    const command = serverCommand(input);
    assert.equal(command.archive, archive);
    assert.ok(command.args.includes(`-XX:ArchiveClassesAtExit=${archive}`));
    assert.ok(!command.args.some((arg) => arg.startsWith('-XX:SharedArchiveFile')));
  });

  test('Java 17 reads the archive once it exists', () => {
    const command = serverCommand({ ...input, archiveExists: (file) => file === archive });
    assert.ok(command.args.includes(`-XX:SharedArchiveFile=${archive}`));
    assert.ok(!command.args.some((arg) => arg.startsWith('-XX:ArchiveClassesAtExit')));
  });

  test('Java 19 and newer create and refresh the archive themselves', () => {
    const command = serverCommand({ ...input, javaVersion: 21 });
    const archive21 = path.join('/storage', 'plumbline-1234-5678-java21.jsa');
    assert.deepEqual(command.args.slice(BASE_VM_ARGS.length, BASE_VM_ARGS.length + 2), [
      '-XX:+AutoCreateSharedArchive',
      `-XX:SharedArchiveFile=${archive21}`,
    ]);
  });

  test('user vmargs come after the built-in ones, just before -jar', () => {
    const args = serverCommand({ ...input, userVmArgs: '-Xmx512m  -Dplumbline.x="a b"' }).args;
    assert.deepEqual(args.slice(-5), ['-Xmx512m', '-Dplumbline.x=a b', '-jar', '/ext/server/plumbline.jar', '--stdio']);
  });

  test('a jar path with spaces stays one argument', () => {
    const args = serverCommand({ ...input, jar: '/My Extensions/server/plumbline.jar' }).args;
    assert.equal(args[args.indexOf('-jar') + 1], '/My Extensions/server/plumbline.jar');
  });
});

describe('splitVmArgs', () => {
  const cases: [string, string[]][] = [
    ['', []],
    ['   ', []],
    ['-Xmx1g', ['-Xmx1g']],
    [' -Xmx1g\t-Xss2m \n', ['-Xmx1g', '-Xss2m']],
    ['"-Dpath=C:\\Program Files\\x"', ['-Dpath=C:\\Program Files\\x']],
    ["-Da='b c' -Dd=\"\"", ['-Da=b c', '-Dd=']],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(splitVmArgs(text), expected));
  }
});

describe('archiveName', () => {
  test('a new jar build or another Java gets another archive, with a file-system-safe name', () => {
    assert.equal(archiveName('10-20', 17), 'plumbline-10-20-java17.jsa');
    assert.notEqual(archiveName('10-21', 17), archiveName('10-20', 17));
    assert.notEqual(archiveName('10-20', 21), archiveName('10-20', 17));
    assert.equal(archiveName('a/b:c', 17), 'plumbline-a_b_c-java17.jsa');
  });
});
