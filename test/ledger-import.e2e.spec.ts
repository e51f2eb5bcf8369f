import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { SqliteEventStore } from '@ledger/event-store';
import { buildApp, builtCli } from './support/built-app';
import { TestApp, TestClock } from './support/test-app';

const fixtures = join(__dirname, 'fixtures', 'import');
const csvFile = join(fixtures, 'history.csv');
const ndjsonFile = join(fixtures, 'history.ndjson');

/** The rows of history.csv that can be imported: number, the status it reaches, receipt, resolution. */
const IMPORTED: readonly (readonly [string, string, string, string?])[] = [
  ['CRM202310090001', 'archived', '2023-10-09T01:15:00.000Z', '2023-10-10T03:15:00.000Z'],
  ['CRM202310090002', 'closed', '2023-10-09T02:00:00.000Z', '2023-10-12T02:00:00.000Z'],
  ['CRM202310090005', 'reopened', '2023-10-09T06:30:00.000Z', '2023-10-09T11:30:00.000Z'],
  ['CRM202310100001', 'triaged', '2023-10-10T00:00:00.000Z'],
  ['CRM202310100002', 'in_progress', '2023-10-10T01:00:00.000Z'],
  ['CRM202310110003', 'archived', '2023-10-11T03:00:00.000Z', '2023-10-11T05:00:00.000Z'],
];

/** What the CSV's refused rows are reported as; NDJSON lines have no header, so each is a row earlier. */
const refusals = (liveTicketId: string, offset = 0) =>
  [
    { row: 8, field: 'ticketNo', reason: 'ticketNo is required' },
    {
      row: 9,
      ticketNo: 'CRM202310110004',
      field: 'submittedAt',
      reason: '"2023-10-11 25:00" is not a time such as 2023-10-09 14:30',
    },
    {
      row: 10,
      ticketNo: 'CRM202310110005',
      field: 'category',
      reason:
        'unknown category "积分问题", expected one of function_issue, experience, suggestion, complaint, praise, inquiry',
    },
    {
      row: 11,
      ticketNo: 'CRM202310110006',
      field: 'satisfaction',
      reason: 'satisfaction without a solution: only a resolved ticket is rated',
    },
    {
      row: 12,
      ticketNo: 'CRM202310110007',
      field: 'handler',
      reason: 'handler must be at most 100 characters, it has 101',
    },
    {
      row: 13,
      ticketNo: 'CRM202310120001',
      field: 'ticketNo',
      reason: 'CRM202310120001 is numbered for 2023-10-12 but was submitted on 2023-10-13 (Asia/Shanghai)',
    },
    {
      row: 14,
      ticketNo: 'CRM202310080001',
      field: 'ticketNo',
      reason: `CRM202310080001 already belongs to ticket ${liveTicketId}`,
    },
  ]
    .filter((error) => liveTicketId || error.row !== 14)
    .map((error) => ({ ...error, row: error.row - offset }));

// Each test runs the built CLI a few times, a couple of seconds each on a busy machine.
jest.setTimeout(120_000);

const jsonLines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);

interface ExportedLine {
  stream: string;
  revision: number;
  position: string;
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

describe('npm run ledger -- import and export', () => {
  let dir: string;
  let liveTicket: { id: string; ticketNo: string };
  const scratch: string[] = [];

  const ledger = (dataDir: string, ...args: string[]) => {
    const run = spawnSync(process.execPath, [builtCli, ...args], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const eventCount = async (dataDir: string) => {
    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    const count = (await store.readAll()).length;
    await store.close();
    return count;
  };
  const freshDir = () => {
    const made = mkdtempSync(join(tmpdir(), 'ledger-import-'));
    scratch.push(made);
    return made;
  };

  beforeAll(async () => {
    buildApp();
    dir = freshDir();
    // A ticket received live on 8 October takes that day's first number before the import.
    const app = await TestApp.start(new TestClock(new Date('2023-10-08T03:00:00Z')), {}, dir);
    const res = await app.http().post('/feedback').send({ channel: 'app', content: '物流信息一直不更新' });
    expect(res.status).toBe(201);
    liveTicket = res.body;
    expect(liveTicket.ticketNo).toBe('CRM202310080001');
    await app.close();
  }, 180_000);
  afterAll(() => scratch.forEach((made) => rmSync(made, { recursive: true, force: true })));

  it('imports the valid rows and reports every other one with its row, field and reason', () => {
    const errors = join(dir, 'errors.ndjson');
    const run = ledger(dir, 'import', csvFile, '--errors', errors);
    expect(run).toEqual({
      status: 3,
      stdout: `history.csv: 13 rows, 6 imported, 0 already present, 7 failed (see ${errors})\n`,
      stderr: '',
    });
    expect(jsonLines(readFileSync(errors, 'utf8'))).toEqual(refusals(liveTicket.id));
  });

  it('adds nothing when run again, reporting every row as already imported, whatever the format', async () => {
    const before = await eventCount(dir);
    const again = ledger(dir, 'import', csvFile);
    expect(again.status).toBe(3);
    expect(again.stdout).toBe('history.csv: 13 rows, 0 imported, 6 already present, 7 failed\n');
    expect(jsonLines(again.stderr)).toEqual(refusals(liveTicket.id));
    const asNdjson = ledger(dir, 'import', ndjsonFile);
    expect(asNdjson.stdout).toBe('history.ndjson: 13 rows, 0 imported, 6 already present, 7 failed\n');
    expect(await eventCount(dir)).toBe(before);
  });

  it('imports the same data as NDJSON into the same events', () => {
    const other = freshDir();
    const errors = join(other, 'errors.ndjson');
    const run = ledger(other, 'import', ndjsonFile, '--errors', errors);
    expect(run.stdout).toBe(
      `history.ndjson: 13 rows, 7 imported, 0 already present, 6 failed (see ${errors})\n`,
    );
    expect(run.status).toBe(3);
    expect(jsonLines(readFileSync(errors, 'utf8'))).toEqual(refusals('', 1));
    const facts = (dataDir: string, ticketNo: string) =>
      (jsonLines(ledger(dataDir, 'export', '--ticket', ticketNo).stdout) as ExportedLine[]).map(
        ({ stream, eventId, type, data }) => ({ stream, eventId, type, data }),
      );
    for (const ticketNo of ['CRM202310090001', 'CRM202310100002']) {
      const fromCsv = facts(dir, ticketNo);
      expect(fromCsv.length).toBeGreaterThan(3);
      expect(facts(other, ticketNo)).toEqual(fromCsv);
    }
  });

  it('shows the imported tickets in the views with their historical times, counted in the figures', async () => {
    const app = await TestApp.start(new TestClock(new Date('2024-01-02T02:00:00Z')), {}, dir);
    try {
      await app.waitForViews();
      for (const [ticketNo, ...expected] of IMPORTED) {
        const { body } = await app.http().get('/feedback').query({ ticketNo }).expect(200);
        expect([ticketNo, body.status, body.receivedAt, body.resolution?.resolvedAt]).toEqual([
          ticketNo,
          ...expected,
          ...(expected.length < 3 ? [undefined] : []),
        ]);
      }
      const queue = await app.http().get('/tickets/open').query({ limit: 50 }).expect(200);
      const open = queue.body.items.map((t: { ticketNo: string; status: string; receivedAt: string }) => [
        t.ticketNo,
        t.status,
        t.receivedAt,
      ]);
      const stillOpen = IMPORTED.filter(([, status]) =>
        ['reopened', 'triaged', 'in_progress'].includes(status),
      );
      expect(open.sort()).toEqual(
        [
          ['CRM202310080001', 'received', '2023-10-08T03:00:00.000Z'],
          ...stillOpen.map(([no, status, receivedAt]) => [no, status, receivedAt]),
        ].sort(),
      );

      const expected = await figuresOfFixture();
      const range = { from: '2023-10-01', to: '2023-10-31', period: 'month' };
      const satisfaction = await app.http().get('/kpis/satisfaction').query(range).expect(200);
      expect(satisfaction.body.totals).toEqual([
        expect.objectContaining({ value: 'all', rated: expected.rated, rate: expected.satisfactionRate }),
      ]);
      const timeliness = await app.http().get('/kpis/timeliness').query(range).expect(200);
      expect(timeliness.body.totals[0].resolution).toMatchObject({
        handled: expected.resolved,
        averageMinutes: expected.averageResolutionMinutes,
      });

      // Live intake on a day of imported numbers carries on after the highest of them.
      const live = await app
        .http()
        .post('/feedback')
        .send({ channel: 'web', content: '发票抬头填错了', receivedAt: '2023-10-09T08:00:00Z' })
        .expect(201);
      expect(live.body.ticketNo).toBe('CRM202310090006');
    } finally {
      await app.close();
    }
  });

  it("exports a ticket's events as JSON lines", () => {
    const run = ledger(dir, 'export', '--ticket', 'CRM202310090001');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('exported 8 events\n');
    const lines = jsonLines(run.stdout) as ExportedLine[];
    expect(lines.map((line) => [line.revision, line.type, line.occurredAt])).toEqual([
      [0, 'FeedbackReceived', '2023-10-09T01:15:00.000Z'],
      [1, 'FeedbackClassified', '2023-10-09T01:15:00.000Z'],
      [2, 'FeedbackAssigned', '2023-10-09T01:15:00.000Z'],
      [3, 'AssignmentAcknowledged', '2023-10-10T03:15:00.000Z'],
      [4, 'FeedbackResolved', '2023-10-10T03:15:00.000Z'],
      [5, 'SatisfactionRecorded', '2023-10-10T03:15:00.000Z'],
      [6, 'FeedbackClosed', '2023-10-10T03:15:00.000Z'],
      [7, 'FeedbackArchived', '2023-10-11T16:00:00.000Z'],
    ]);
    const [received] = lines;
    expect(received).toMatchObject({
      stream: `feedback-${received.data.feedbackId}`,
      data: { ticketNo: 'CRM202310090001', channel: 'app', customer: { name: '张三' } },
      metadata: {
        actor: 'import',
        commandType: 'ReceiveFeedback',
        source: { file: 'history.csv', row: 2 },
      },
    });
    expect(BigInt(lines[7].position)).toBeGreaterThan(BigInt(received.position));
    expect(Date.parse(received.recordedAt)).toBeGreaterThan(Date.parse('2024-01-01'));
  });

  it('exports the events that happened in a period, to a file', () => {
    const out = join(dir, 'october-11.ndjson');
    const run = ledger(dir, 'export', '--from', '2023-10-11', '--to', '2023-10-11', '--out', out);
    expect(run).toMatchObject({ status: 0, stdout: `exported 8 events to ${out}\n` });
    const lines = jsonLines(readFileSync(out, 'utf8')) as ExportedLine[];
    expect(lines[0].data.ticketNo).toBe('CRM202310110003');
    expect(lines.every((line) => line.stream === lines[0].stream)).toBe(true);
    expect(lines.map((line) => line.occurredAt)).toEqual([
      ...Array(3).fill('2023-10-11T03:00:00.000Z'),
      ...Array(5).fill('2023-10-11T05:00:00.000Z'),
    ]);
  });

  it('replays a ticket, verifies the whole chained log and issues a key, as separate processes', () => {
    const replay = ledger(dir, 'replay', liveTicket.ticketNo);
    expect(replay.status).toBe(0);
    expect(replay.stdout).toContain(`${liveTicket.ticketNo} (${liveTicket.id})`);
    const verify = ledger(dir, 'verify');
    expect([verify.status, verify.stderr]).toEqual([0, '']);
    expect(verify.stdout).toMatch(/^the log verified: \d+ events in \d+ streams\n$/);
    const created = ledger(dir, 'keys', 'create', 'ops-bot', 'service', 'analyst');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(
      /ops-bot {2}service,analyst {2}created .+ by cli:.+ {2}live\nkey \(shown this once\): flk_\S{43}\n$/,
    );
    const listed = ledger(dir, 'keys', 'list');
    expect(listed.stdout).toContain('ops-bot');
    expect(listed.stdout).not.toContain('flk_');
    expect(ledger(dir, 'keys', 'create', 'nobody', 'janitor').status).toBe(2);
  });

  it('answers a wrong command line with its usage and 2, and a file it cannot read with 1', () => {
    for (const args of [
      ['import'],
      ['import', join(fixtures, 'history.txt')],
      ['import', csvFile, '--colour', 'red'],
      ['export', '--from', 'yesterday'],
      ['export', '--from', '2023-10-12', '--to', '2023-10-11'],
    ]) {
      const run = ledger(dir, ...args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stdout).toContain('usage: npm run ledger');
    }
    const missing = ledger(dir, 'import', join(dir, 'missing.csv'));
    expect(missing).toMatchObject({
      status: 1,
      stdout: 'missing.csv was not imported: it cannot be read (ENOENT)\n',
    });
  });
});

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Satisfaction and resolution figures of history.csv, read with the CSV parser alone. */
async function figuresOfFixture() {
  const rows = await new Promise<Record<string, string>[]>((resolve, reject) =>
    parse(readFileSync(csvFile), { bom: true, columns: true }, (error, records: Record<string, string>[]) =>
      error ? reject(error) : resolve(records),
    ),
  );
  const imported = rows.filter((row) => IMPORTED.some(([ticketNo]) => ticketNo === row['编号']));
  const ratings = imported.map((row) => row['满意度']).filter(Boolean);
  const hours = imported
    .map((row) => row['处理时长'])
    .filter(Boolean)
    .map((text) => Number.parseFloat(text) * (text.endsWith('天') ? 24 : 1));
  return {
    rated: ratings.length,
    satisfactionRate: round(
      ratings.filter((r) => r === '满意' || r === '基本满意').length / ratings.length,
      4,
    ),
    resolved: hours.length,
    averageResolutionMinutes: round((hours.reduce((a, b) => a + b, 0) * 60) / hours.length, 1),
  };
}
