import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findJava, javaOnPath, parseJavaVersion, type JavaLookupEnv, type VersionOutput } from '../../src/java';

const JDK17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n';
const JDK21 = 'openjdk version "21.0.4" 2024-07-16 LTS\n';
const JAVA8 = 'java version "1.8.0_392"\nJava(TM) SE Runtime Environment (build 1.8.0_392-b08)\n';

/** A fake machine: the files that exist and what each `java -version` prints. */
function machine(files: Record<string, VersionOutput>, env: Record<string, string>, javaHomeSetting = ''): JavaLookupEnv & { ran: string[] } {
  const ran: string[] = [];
  return {
    javaHomeSetting,
    env,
    platform: 'linux',
    isFile: (file) => file in files,
    runVersion: (file) => {
      ran.push(file);
      return Promise.resolve(files[file] ?? { output: '', error: 'ENOENT' });
    },
    ran,
  };
}

describe('parseJavaVersion', () => {
  const cases: [string, number | undefined][] = [
    [JDK17, 17],
    [JDK21, 21],
    [JAVA8, 8],
    ['openjdk version "21-ea" 2023-09-19\n', 21],
    ['openjdk version "25" 2025-09-16\n', 25],
    ['java version "11.0.2" 2019-01-15 LTS\n', 11],
    ['Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "17.0.1" 2021-10-19\n', 17],
    ['Error: could not find libjava.so\n', undefined],
    ['', undefined],
  ];
  for (const [output, expected] of cases) {
    test(`${JSON.stringify(output.split('\n')[0])} is ${expected}`, () => {
      assert.equal(parseJavaVersion(output), expected);
    });
  }
});

describe('findJava', () => {
  test('the setting wins over JAVA_HOME and PATH', async () => {
    const m = machine(
      { '/opt/jdk21/bin/java': { output: JDK21 }, '/usr/lib/jvm/17/bin/java': { output: JDK17 }, '/usr/bin/java': { output: JDK17 } },
      { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' },
      '/opt/jdk21',
    );
    const found = await findJava(m);
    assert.ok(found.ok);
    assert.deepEqual(found.java, { executable: '/opt/jdk21/bin/java', version: 21, source: 'plumbline.java.home' });
    assert.deepEqual(m.ran, ['/opt/jdk21/bin/java']);
  });

  test('a setting without bin/java is an error, not a fallback to the Java on PATH', async () => {
    const m = machine({ '/usr/bin/java': { output: JDK17 } }, { PATH: '/usr/bin' }, '/nowhere');
    const found = await findJava(m);
    assert.equal(found.ok, false);
    assert.ok(!found.ok);
    assert.match(found.message, /plumbline\.java\.home \("\/nowhere"\) is not a usable Java 17\+: \/nowhere\/bin\/java does not exist/);
    assert.deepEqual(found.tried, ['plumbline.java.home: /nowhere/bin/java does not exist']);
    assert.deepEqual(m.ran, []);
  });

  test('a setting pointing at Java 8 is an error naming the version', async () => {
    const m = machine({ '/opt/jdk8/bin/java': { output: JAVA8 }, '/usr/bin/java': { output: JDK17 } }, { PATH: '/usr/bin' }, '/opt/jdk8');
    const found = await findJava(m);
    assert.ok(!found.ok);
    assert.match(found.message, /is Java 8; Plumbline needs 17 or newer/);
  });

  test('JAVA_HOME comes before PATH', async () => {
    const m = machine(
      { '/usr/lib/jvm/21/bin/java': { output: JDK21 }, '/usr/bin/java': { output: JDK17 } },
      { JAVA_HOME: '/usr/lib/jvm/21', PATH: '/usr/bin' },
    );
    const found = await findJava(m);
    assert.ok(found.ok);
    assert.equal(found.java.source, 'JAVA_HOME');
    assert.equal(found.java.executable, '/usr/lib/jvm/21/bin/java');
  });

  test('an old JAVA_HOME falls through to a good java on PATH, and the log says why', async () => {
    const m = machine(
      { '/usr/lib/jvm/8/bin/java': { output: JAVA8 }, '/usr/bin/java': { output: JDK17 } },
      { JAVA_HOME: '/usr/lib/jvm/8', PATH: '/home/me/bin:/usr/bin' },
    );
    const found = await findJava(m);
    assert.ok(found.ok);
    assert.deepEqual(found.java, { executable: '/usr/bin/java', version: 17, source: 'PATH' });
    assert.deepEqual(found.tried, [
      'JAVA_HOME: /usr/lib/jvm/8/bin/java is Java 8; Plumbline needs 17 or newer',
      'PATH: /usr/bin/java is Java 17',
    ]);
  });

  test('PATH entries are tried in order until one is new enough', async () => {
    const m = machine({ '/a/java': { output: JAVA8 }, '/b/java': { output: '', error: 'exit code 1' }, '/c/java': { output: JDK21 } }, { PATH: '/a:/b::/c' });
    const found = await findJava(m);
    assert.ok(found.ok);
    assert.equal(found.java.executable, '/c/java');
    assert.deepEqual(m.ran, ['/a/java', '/b/java', '/c/java']);
  });

  test('nothing anywhere: the message says what to do and the log lists every place tried', async () => {
    const found = await findJava(machine({}, { PATH: '/usr/bin:/bin' }));
    assert.ok(!found.ok);
    assert.match(found.message, /needs Java 17 or newer and found none.*plumbline\.java\.home/);
    assert.deepEqual(found.tried, ['JAVA_HOME: not set', 'PATH: no java found']);
  });

  test('output without a version is reported, not taken for Java 17', async () => {
    const found = await findJava(machine({ '/usr/bin/java': { output: 'Segmentation fault\n' } }, { PATH: '/usr/bin' }));
    assert.ok(!found.ok);
    assert.deepEqual(found.tried, ['JAVA_HOME: not set', 'PATH: /usr/bin/java -version printed no version: Segmentation fault']);
  });

  test('on Windows the executable is java.exe and PATH is split on semicolons', () => {
    const env: JavaLookupEnv = {
      javaHomeSetting: '',
      env: { Path: 'C:\\Windows;C:\\jdk\\bin' },
      platform: 'win32',
      isFile: (file) => file === 'C:\\jdk\\bin\\java.exe',
      runVersion: () => Promise.resolve({ output: JDK17 }),
    };
    assert.deepEqual(javaOnPath(env), ['C:\\jdk\\bin\\java.exe']);
  });
});
