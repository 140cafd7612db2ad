/** Settings are validated once at start; every bad value is named with what is allowed (SPEC C1). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTINGS } from '../../server/config';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.logLevel).toBe('info');
    expect(config.maxMessageBytes).toBe(16 * 1024 * 1024);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/dcp',
      LOG_LEVEL: 'debug',
      MAX_MESSAGE_BYTES: '2048',
      MAX_CONNECTIONS: '10',
      MAX_CONNECTIONS_PER_DOCUMENT: '5',
      ROOM_GRACE_MS: '0',
      COMPACT_AFTER_UPDATES: '50',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/tmp/dcp',
      logLevel: 'debug',
      maxMessageBytes: 2048,
      maxConnections: 10,
      maxConnectionsPerDocument: 5,
      roomGraceMs: 0,
      compactAfterUpdates: 50,
    });
  });

  it.each([
    ['PORT', 'eighty', 'PORT="eighty" must be a whole number from 0 to 65535'],
    ['PORT', '70000', 'PORT="70000" must be a whole number from 0 to 65535'],
    ['PORT', '80.5', 'PORT="80.5" must be a whole number'],
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    ['MAX_MESSAGE_BYTES', '10', 'MAX_MESSAGE_BYTES="10" must be a whole number from 1024'],
    ['MAX_CONNECTIONS', '0', 'MAX_CONNECTIONS="0" must be a whole number from 1'],
    ['ROOM_GRACE_MS', '-1', 'ROOM_GRACE_MS="-1" must be a whole number from 0'],
    ['HOST', '   ', 'HOST="   " must not be empty'],
  ])('refuses %s=%s and names it', (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('lists every bad setting at once', () => {
    const problems = problemsOf({ PORT: 'x', LOG_LEVEL: 'y', COMPACT_AFTER_UPDATES: 'z' });
    expect(problems.map((p) => p.split('=')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
      'COMPACT_AFTER_UPDATES',
    ]);
  });

  it('every setting is documented in the README with its default', async () => {
    const fs = await import('node:fs');
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    for (const setting of SETTINGS) {
      const escaped = setting.default.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(readme, setting.env).toMatch(
        new RegExp(`\\| \`${setting.env}\`\\s+\\| \`${escaped}\`\\s+\\|`),
      );
    }
  });
});
