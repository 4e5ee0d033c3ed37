import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/env.js';
import { runCommand } from './commands.js';

const HELP = `kxhub — KX Hub command line

Usage: kxhub <command> [options]     (or: npm run kxhub -- <command>)

  start                 build the web app if needed, migrate, seed demo data on first run, serve
  serve                 migrate and serve (no demo data)
  migrate               apply pending migrations and load reference data
  seed --demo           load the demo data set (only into an empty database)
  user create --email E --name N [--password P] [--admin] [--broker] [--coordinator CC]
                        create an account (a password is generated and printed if omitted)
  doctor                show engine, data folder, migration state, mail mode, web build
  mail flush            deliver queued mail now
  experiences remind    e-mail the owners of experiences not verified for a year (once each)
  market remind         e-mail the keepers of needs and offers expiring within 14 days (once each)
  match --all | --need ID
                        store every live need's best matches (the nightly run), with progress;
                        or print one need's best matches with their reasons
  introductions expire  mark proposals unanswered for 30 days expired and tell both sides
  notifications digest  e-mail the weekly digest of new strong matches to those due one
  openapi [--check]     write openapi/openapi.json, or fail if it differs from the code

Settings come from environment variables (PORT, DATA_DIR, DATABASE_URL, …): see README.md.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      admin: { type: 'boolean' },
      broker: { type: 'boolean' },
      coordinator: { type: 'string', multiple: true },
      check: { type: 'boolean' },
      all: { type: 'boolean' },
      need: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub] = positionals;
  if (!command || values.help || command === 'help') {
    console.log(HELP);
    return 0;
  }
  try {
    const config = loadConfig();
    return await runCommand(command, sub, values, config);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    console.error(`kxhub ${command}: ${(err as Error).message}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
// Long-running commands (serve/start) keep the process alive themselves.
if (code !== -1) process.exit(code);
