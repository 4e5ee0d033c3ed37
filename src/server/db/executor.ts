import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** What every repository function takes: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
export type Db = Kysely<Database>;
