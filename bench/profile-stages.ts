import type { Stage } from './cpu-profile';

const GARBAGE_COLLECTION: Stage = { name: 'garbage collection', frames: ['(garbage collector)'] };

/**
 * The stages of an intake in the served process, our own work first: a sample counts for the
 * first stage whose code is on its stack.
 */
export const INTAKE_STAGES: readonly Stage[] = [
  {
    name: 'projector (the views, kept in the same process)',
    frames: ['libs/projections/src/apply-batch', 'libs/projections/src/projector'],
  },
  { name: 'event store: appends (SQLite, group commit)', frames: ['libs/event-store/src/sqlite/'] },
  { name: 'customer keys (SQLite)', frames: ['personal-data/sqlite-customer-key-store'] },
  { name: 'sealing personal fields (AES-256-GCM)', frames: ['libs/event-store/src/personal-data'] },
  { name: 'hash chain (SHA-256 of canonical JSON)', frames: ['libs/event-store/src/tamper-evidence'] },
  { name: 'tracking numbers', frames: ['tracking-number-allocator'] },
  { name: 'automatic triage (classifier)', frames: ['libs/classifier', 'triage/intake-triage'] },
  { name: 'command handler and domain', frames: ['libs/feedback', 'libs/domain', 'apps/api'] },
  { name: 'request logs (pino)', frames: ['node_modules/pino'] },
  { name: 'rate limit (throttler)', frames: ['@nestjs/throttler'] },
  {
    name: 'HTTP, Nest and validation (the baseline does this too)',
    frames: [
      'node_modules/fastify',
      'node_modules/@fastify',
      'node_modules/find-my-way',
      'node_modules/@nestjs',
      'node_modules/class-validator',
      'node_modules/class-transformer',
      'node_modules/rxjs',
      'node:_http',
      'node:net',
      'node:internal/http',
      'node:internal/stream_base_commons',
    ],
  },
  GARBAGE_COLLECTION,
];

/** The stages of a rebuild: reading the log, projecting, and writing the views. */
export const REBUILD_STAGES: readonly Stage[] = [
  { name: 'reading the log (SQLite, JSON.parse)', frames: ['libs/event-store/src/sqlite/'] },
  {
    name: 'writing the views (SQLite, JSON.stringify)',
    frames: ['better-sqlite3/lib/methods/transaction'],
  },
  { name: 'reading the views (SQLite, JSON.parse)', frames: ['libs/read-store/src/sqlite/'] },
  { name: 'ticket rows and their SLA schedules', frames: ['libs/projections/src/views/ticket-row'] },
  { name: 'figures (per-day counters)', frames: ['libs/projections/src/views/figures/'] },
  {
    name: 'folding ticket state (domain)',
    frames: ['libs/domain/src/feedback/evolve', 'libs/domain/src/feedback/sla-track'],
  },
  { name: 'projections, the rest', frames: ['libs/projections/'] },
  GARBAGE_COLLECTION,
];
