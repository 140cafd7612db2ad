/**
 * `npm run admin -- <command>`: account administration from the shell, on the same data folder
 * as the server (it may be running: the stores are in WAL mode). Secrets are printed once.
 *
 *   create-user --name N --email E --role R [--dc ID ...]   create a person; prints an invitation link
 *   invite      --name N --email E --role R [--dc ID ...]   same as create-user
 *   reset-password --email E                                 prints a new one-time password link
 *   issue-token --email E [--label L]                        prints a new API token
 *   revoke --email E                                         ends every session and token of a person
 *   list-users                                               one line per person
 */
import { parseArgs } from 'node:util';
import { AccountService } from './accounts/AccountService';
import { SqliteAccountStore } from './accounts/SqliteAccountStore';
import { ConfigError, loadConfig } from './config';
import { ApiError } from './http/ApiError';
import { createLogger } from './logger';

const USAGE = `Usage: npm run admin -- <command> [options]
  create-user --name N --email E --role secretariat|facilitator|dcMember|observer [--dc ID ...]
  invite      (same options as create-user)
  reset-password --email E
  issue-token --email E [--label L]
  revoke --email E
  list-users
Settings: DATA_DIR (default ./data), PUBLIC_URL (base of printed links, default http://HOST:PORT).`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      dc: { type: 'string', multiple: true },
      label: { type: 'string' },
    },
    strict: true,
  });
  const config = loadConfig(process.env);
  const base = config.publicUrl || `http://${config.host}:${config.port}`;
  const store = new SqliteAccountStore(config.dataDir);
  const accounts = new AccountService(store, { log: createLogger('silent') });
  const actor = { system: 'admin command' };
  const byEmail = async () => {
    const user = values.email ? await store.findUserByEmail(values.email) : null;
    if (!user)
      throw new ApiError(
        404,
        'user_unknown',
        `No person with e-mail ${values.email ?? '(missing --email)'}.`,
      );
    return user;
  };
  try {
    switch (command) {
      case 'create-user':
      case 'invite': {
        const { user, link } = await accounts.invite(actor, {
          name: values.name,
          email: values.email,
          role: values.role,
          dcs: values.dc ?? [],
        });
        process.stdout.write(
          `Created ${user.name} <${user.email}> (${user.role}).\nInvitation link (shown once): ${base}${link}\n`,
        );
        return 0;
      }
      case 'reset-password': {
        const link = await accounts.createResetLink(actor, (await byEmail()).id);
        process.stdout.write(`One-time link (shown once): ${base}${link}\n`);
        return 0;
      }
      case 'issue-token': {
        const token = await accounts.issueApiToken(
          actor,
          (await byEmail()).id,
          values.label ?? 'admin command',
        );
        process.stdout.write(`${token}\n`);
        return 0;
      }
      case 'revoke': {
        await accounts.revokeAll(actor, (await byEmail()).id);
        process.stdout.write('Every session and token of that person is revoked.\n');
        return 0;
      }
      case 'list-users': {
        for (const user of await store.listUsers()) {
          process.stdout.write(
            `${user.email}\t${user.name}\t${user.role}\t${user.dcs.join(',')}\t${user.status}\n`,
          );
        }
        return 0;
      }
      default:
        process.stderr.write(`${command ? `Unknown command "${command}".\n` : ''}${USAGE}\n`);
        return 2;
    }
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ApiError) {
      const fields = error.fields
        ? Object.values(error.fields)
            .map((f) => `\n  - ${f}`)
            .join('')
        : '';
      process.stderr.write(`${error.message}${fields}\n`);
    } else if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    }
    process.exit(1);
  },
);
