import Database from 'better-sqlite3';
import { join } from 'node:path';
import { runLedgerCommand } from '../apps/api/src/cli/ledger-cli';
import { TestApp, TestClock } from './support/test-app';

interface Ticket {
  id: string;
  ticketNo: string;
}

describe('tamper evidence: GET /feedback/{id}/verify and npm run ledger -- verify', () => {
  let app: TestApp;
  const tickets: Ticket[] = [];

  beforeAll(async () => {
    app = await TestApp.start(new TestClock(new Date('2024-09-02T01:00:00Z')));
    for (const content of ['退款两周还没到账', 'The export button does nothing']) {
      const res = await app.http().post('/feedback').send({ channel: 'app', content });
      expect(res.status).toBe(201);
      tickets.push(res.body as Ticket);
      const classify = { category: 'complaint', priority: 'P2' };
      expect((await app.http().post(`/feedback/${res.body.id}/classify`).send(classify)).status).toBe(200);
      const assign = { department: 'Customer Service', assignee: 'agent-wang' };
      expect((await app.http().post(`/feedback/${res.body.id}/assign`).send(assign)).status).toBe(200);
    }
  });
  afterAll(() => app.stop());

  const cli = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runLedgerCommand(args, { DATA_DIR: app.dataDir }, (line) => lines.push(line));
    return { code, lines };
  };

  it('verifies an untouched ticket and log, and answers 404 for an unknown ticket', async () => {
    const res = await app.http().get(`/feedback/${tickets[0].id}/verify`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ verified: true, streams: 1, events: 3, unchained: 0 });
    const unknown = await app.http().get('/feedback/00000000-0000-4000-8000-000000000000/verify');
    expect(unknown.status).toBe(404);

    await app.close();
    const log = await cli('verify');
    expect(log.code).toBe(0);
    // Each ticket's 3 events, and its tracking-number reservation (both on one day's stream).
    expect(log.lines).toEqual(['the log verified: 8 events in 3 streams']);
    expect(await cli('verify', tickets[1].ticketNo)).toEqual({
      code: 0,
      lines: [`ticket ${tickets[1].ticketNo} verified: 3 events in 1 stream`],
    });
    await app.restart();
  });

  it('names exactly the event edited in the SQLite file, by API and by CLI, and leaves the other ticket verified', async () => {
    await app.close();
    const db = new Database(join(app.dataDir, 'events.sqlite'));
    const stream = `feedback-${tickets[0].id}`;
    const edited = db
      .prepare(`SELECT position, event_id AS id FROM events WHERE stream_id = ? AND revision = 1`)
      .get(stream) as { position: number; id: string };
    const change = db
      .prepare(
        `UPDATE events SET data = json_set(data, '$.priority', 'P4') WHERE stream_id = ? AND revision = 1`,
      )
      .run(stream);
    db.close();
    expect(change.changes).toBe(1);

    const log = await cli('verify');
    expect(log.code).toBe(3);
    expect(log.lines).toEqual([
      expect.stringMatching(/^the log NOT verified after \d+ events in \d+ streams/),
      `  stream ${stream} revision 1 (position ${edited.position})`,
      `  event ${edited.id} FeedbackClassified: altered`,
    ]);
    expect((await cli('verify', tickets[0].ticketNo)).code).toBe(3);
    expect((await cli('verify', tickets[1].id)).code).toBe(0);
    expect((await cli('verify', 'CRM209901010001')).code).toBe(1);

    await app.restart();
    const res = await app.http().get(`/feedback/${tickets[0].id}/verify`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      verified: false,
      streams: 1,
      events: 1,
      unchained: 0,
      firstMismatch: {
        streamId: stream,
        revision: 1,
        position: String(edited.position),
        id: edited.id,
        type: 'FeedbackClassified',
        problem: 'altered',
      },
    });
  });
});
