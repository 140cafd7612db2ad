/**
 * Settings, read once at start from the environment, validated, and frozen. A bad value
 * stops start-up with one line per problem naming the setting and what is allowed, so an
 * operator never runs a server that silently ignored a typo.
 */
import path from 'node:path';

/** The validated settings the server runs with. */
export interface Config {
  /** TCP port to listen on; 0 picks a free one (tests). */
  readonly port: number;
  /** Interface to listen on. */
  readonly host: string;
  /** Folder of the embedded SQLite store. */
  readonly dataDir: string;
  /** Folder of the built browser client served at /. */
  readonly clientDir: string;
  /** Log level: fatal, error, warn, info, debug, trace or silent. */
  readonly logLevel: LogLevel;
  /** Largest websocket frame accepted, in bytes; larger frames close the connection with 1009. */
  readonly maxMessageBytes: number;
  /** Most open websocket connections on the whole server. */
  readonly maxConnections: number;
  /** Most open websocket connections on one document. */
  readonly maxConnectionsPerDocument: number;
  /** How long a document with nobody connected stays in memory, in milliseconds. */
  readonly roomGraceMs: number;
  /** Stored updates of a document after which its log is compacted into one state. */
  readonly compactAfterUpdates: number;
  /** How long awareness changes (carets) are collected before they are relayed, in ms. */
  readonly awarenessBatchMs: number;
  /** Browser origins allowed to use the API and websockets; empty: the server's own origin. */
  readonly origins: readonly string[];
  /** Most open websocket connections of one person. */
  readonly maxConnectionsPerUser: number;
  /** Websocket messages one person may send per second on average (bursts of twice that). */
  readonly maxMessagesPerSecond: number;
  /** Public base URL used in invitation links; empty: the address the request came to. */
  readonly publicUrl: string;
  /** SMTP server for e-mailing invitation links (smtp://user:pass@host:port); empty: links are only shown. */
  readonly smtpUrl: string;
  /** Sender of those e-mails. */
  readonly mailFrom: string;
}

/** Accepted log levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

interface Setting {
  /** Environment variable name. */
  readonly env: string;
  /** Config key it sets. */
  readonly key: keyof Config;
  /** Default, as it would be written in the environment. */
  readonly default: string;
  /** One line for the README and error messages. */
  readonly description: string;
  /** Parses the raw value; returns an error text naming what is allowed. */
  readonly parse: (raw: string) => { value: Config[keyof Config] } | { error: string };
}

const integer =
  (min: number, max: number) =>
  (raw: string): { value: number } | { error: string } => {
    const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      return { error: `must be a whole number from ${min} to ${max}` };
    }
    return { value };
  };

const originList = (raw: string): { value: string[] } | { error: string } => {
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    try {
      if (new URL(origin).origin !== origin) throw new Error(origin);
    } catch {
      return {
        error: `must be a comma-separated list of origins like https://planner.example.org (not ${JSON.stringify(origin)})`,
      };
    }
  }
  return { value: origins };
};

const optionalUrl = (raw: string): { value: string } | { error: string } => {
  if (raw.trim() === '') return { value: '' };
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return { value: url.origin + url.pathname.replace(/\/$/, '') };
  } catch {
    return { error: 'must be an http(s) URL like https://planner.example.org' };
  }
};

const nonEmpty = (raw: string): { value: string } | { error: string } =>
  raw.trim() === '' ? { error: 'must not be empty' } : { value: raw.trim() };

/** Every setting with its default; the README's settings table lists the same. */
export const SETTINGS: readonly Setting[] = [
  {
    env: 'PORT',
    key: 'port',
    default: '8080',
    description: 'TCP port to listen on',
    parse: integer(0, 65535),
  },
  {
    env: 'HOST',
    key: 'host',
    default: '127.0.0.1',
    description: 'interface to listen on (0.0.0.0 for all)',
    parse: nonEmpty,
  },
  {
    env: 'DATA_DIR',
    key: 'dataDir',
    default: './data',
    description: 'folder of the embedded SQLite store',
    parse: nonEmpty,
  },
  {
    env: 'CLIENT_DIR',
    key: 'clientDir',
    default: './dist/client',
    description: 'folder of the built browser client',
    parse: nonEmpty,
  },
  {
    env: 'LOG_LEVEL',
    key: 'logLevel',
    default: 'info',
    description: `one of ${LOG_LEVELS.join(', ')}`,
    parse: (raw) =>
      (LOG_LEVELS as readonly string[]).includes(raw.trim())
        ? { value: raw.trim() as LogLevel }
        : { error: `must be one of ${LOG_LEVELS.join(', ')}` },
  },
  {
    env: 'MAX_MESSAGE_BYTES',
    key: 'maxMessageBytes',
    default: String(16 * 1024 * 1024),
    description: 'largest websocket message accepted, in bytes',
    parse: integer(1024, 256 * 1024 * 1024),
  },
  {
    env: 'MAX_CONNECTIONS',
    key: 'maxConnections',
    default: '10000',
    description: 'most open websocket connections on the server',
    parse: integer(1, 1_000_000),
  },
  {
    env: 'MAX_CONNECTIONS_PER_DOCUMENT',
    key: 'maxConnectionsPerDocument',
    default: '5000',
    description: 'most open websocket connections on one document',
    parse: integer(1, 1_000_000),
  },
  {
    env: 'ROOM_GRACE_MS',
    key: 'roomGraceMs',
    default: '30000',
    description: 'how long a document nobody has open stays in memory, in ms',
    parse: integer(0, 24 * 60 * 60 * 1000),
  },
  {
    env: 'COMPACT_AFTER_UPDATES',
    key: 'compactAfterUpdates',
    default: '1000',
    description: 'stored updates of a document after which its log is compacted',
    parse: integer(1, 10_000_000),
  },
  {
    env: 'AWARENESS_BATCH_MS',
    key: 'awarenessBatchMs',
    default: '30',
    description:
      'how long caret and presence changes are collected and relayed as one message, in ms (0: at the end of each event-loop turn)',
    parse: integer(0, 1000),
  },
  {
    env: 'ORIGINS',
    key: 'origins',
    default: '',
    description: 'browser origins allowed to connect, comma-separated (empty: the server’s own)',
    parse: originList,
  },
  {
    env: 'MAX_CONNECTIONS_PER_USER',
    key: 'maxConnectionsPerUser',
    default: '50',
    description: 'most open websocket connections of one person',
    parse: integer(1, 100_000),
  },
  {
    env: 'MAX_MESSAGES_PER_SECOND',
    key: 'maxMessagesPerSecond',
    default: '200',
    description: 'websocket messages one person may send per second (bursts of twice that)',
    parse: integer(1, 1_000_000),
  },
  {
    env: 'PUBLIC_URL',
    key: 'publicUrl',
    default: '',
    description: 'public base URL for invitation links (empty: the address the request came to)',
    parse: optionalUrl,
  },
  {
    env: 'SMTP_URL',
    key: 'smtpUrl',
    default: '',
    description:
      'SMTP server for e-mailing invitation links, e.g. smtp://user:pass@host:587 (empty: links are only shown)',
    parse: (raw) => {
      if (raw.trim() === '') return { value: '' };
      try {
        const url = new URL(raw.trim());
        if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('scheme');
        return { value: raw.trim() };
      } catch {
        return { error: 'must be an smtp:// or smtps:// URL' };
      }
    },
  },
  {
    env: 'MAIL_FROM',
    key: 'mailFrom',
    default: 'DC Planner <no-reply@localhost>',
    description: 'sender of invitation e-mails',
    parse: nonEmpty,
  },
];

/** Thrown when settings are invalid; `problems` has one line per bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Builds the config from environment variables (unset or empty ones take their default)
 * and programmatic overrides (tests). Throws ConfigError listing every invalid setting.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<Config> = {},
): Config {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const raw = env[setting.env];
    const given = raw !== undefined && (raw !== '' || setting.default === '');
    const parsed = setting.parse(given ? raw : setting.default);
    if ('error' in parsed) {
      problems.push(`${setting.env}=${JSON.stringify(raw)} ${parsed.error}`);
    } else {
      values[setting.key] = parsed.value;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = { ...values, ...overrides } as Config;
  return Object.freeze({
    ...config,
    dataDir: path.resolve(config.dataDir),
    clientDir: path.resolve(config.clientDir),
  });
}
