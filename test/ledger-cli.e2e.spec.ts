import { rmSync } from 'node:fs';
import { runLedgerCommand } from '../apps/api/src/cli/ledger-cli';
import { TestApp, TestClock } from './support/test-app';

describe('npm run ledger -- replay <ticket>', () => {
  let app: TestApp;
  let ticket: { id: string; ticketNo: string };

  beforeAll(async () => {
    app = await TestApp.start(new TestClock(new Date('2024-09-02T01:00:00Z')));
    const post = async (path: string, body: object, actor: string) => {
      const res = await app.http().post(path).set('X-Actor', actor).send(body);
      expect(res.status).toBeLessThan(300);
      return res;
    };
    ticket = (
      await post('/feedback', { channel: 'app', content: '登录后页面加载卡顿，请尽快处理' }, 'service-app')
    ).body;
    app.clock.set('2024-09-02T01:20:00Z');
    await post(
      `/feedback/${ticket.id}/classify`,
      { category: 'function_issue', priority: 'P1', topics: ['performance'] },
      'triage-chen',
    );
    await post(
      `/feedback/${ticket.id}/assign`,
      { department: 'Technology', assignee: 'dev-li' },
      'triage-chen',
    );
    await app.close();
  });
  afterAll(() => rmSync(app.dataDir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runLedgerCommand(args, { DATA_DIR: app.dataDir }, (line) => lines.push(line));
    return { code, lines };
  };

  it('prints the history as a timeline in the company time zone, by tracking number or id', async () => {
    const byNumber = await run('replay', ticket.ticketNo);
    expect(byNumber.code).toBe(0);
    expect(byNumber.lines).toEqual([
      `${ticket.ticketNo} (${ticket.id}), 3 events, times in Asia/Shanghai`,
      '2024-09-02 09:00  service-app  received via app: "登录后页面加载卡顿，请尽快处理"',
      '2024-09-02 09:20  triage-chen  classified function_issue P1 on performance',
      '2024-09-02 09:20  triage-chen  assigned to dev-li in Technology',
    ]);
    expect((await run('replay', ticket.id)).lines).toEqual(byNumber.lines);
  });

  it('answers 1 for an unknown ticket and 2 with the usage for a wrong command', async () => {
    expect(await run('replay', 'CRM209901010001')).toEqual({ code: 1, lines: ['no ticket CRM209901010001'] });
    const wrong = await run('replay');
    expect(wrong.code).toBe(2);
    expect(wrong.lines[0]).toMatch(/^usage: npm run ledger/);
  });
});
