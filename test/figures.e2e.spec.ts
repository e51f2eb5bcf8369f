import { chinaCalendarConfig, createBusinessCalendar } from '@ledger/domain';
import {
  binOf,
  finalTickets,
  percentileOf,
  shanghaiDay,
  ticketFacts,
  timelinessByPriority,
} from './support/independent-figures';
import { seedTickets } from './support/seed-tickets';
import { TestApp } from './support/test-app';

interface Stats {
  handled: number;
  timely: number;
  rate: number | null;
  averageMinutes: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

describe('analyst figures over 10,000 generated tickets', () => {
  let app: TestApp;
  let head: string;

  beforeAll(async () => {
    app = await TestApp.start();
    await seedTickets(app.store, { count: 10_000, seed: 11, start: new Date('2023-09-01T00:00:00Z') });
    const all = await app.allEvents();
    head = all[all.length - 1].position.toString();
    await app.waitForViews();
  }, 180_000);
  afterAll(async () => {
    await app.stop();
  });

  it('reports timeliness per priority exactly as a plain fold over the events does', async () => {
    const [from, to] = ['2023-09-01', '2023-12-31'];
    const res = await app
      .http()
      .get('/kpis/timeliness')
      .query({ from, to, by: 'priority', period: 'month', minPosition: head })
      .expect(200);
    // Which days are worked is calendar data; the working-time arithmetic is the fold's own.
    const { isWorkingDay } = createBusinessCalendar(chinaCalendarConfig([2023, 2024]));
    const expected = timelinessByPriority(ticketFacts(await app.allEvents()), from, to, isWorkingDay);

    const totals = Object.fromEntries(
      res.body.totals.map((row: { value: string; response: Stats; resolution: Stats }) => [row.value, row]),
    );
    expect(Object.keys(totals).sort()).toEqual(Object.keys(expected).sort());
    for (const [priority, kinds] of Object.entries(expected)) {
      for (const kind of ['response', 'resolution'] as const) {
        const plain = kinds[kind];
        const sum = plain.minutes.reduce((a, b) => a + b, 0);
        expect({ priority, kind, ...totals[priority][kind] }).toEqual({
          priority,
          kind,
          handled: plain.handled,
          timely: plain.timely,
          rate: plain.handled ? round(plain.timely / plain.handled, 4) : null,
          averageMinutes: plain.minutes.length ? round(sum / plain.minutes.length, 1) : null,
          medianMinutes: percentileOf(plain.minutes.map(binOf), 0.5),
          p90Minutes: percentileOf(plain.minutes.map(binOf), 0.9),
        });
      }
    }
    const monthly = res.body.rows.filter((r: { value: string }) => r.value === 'P1');
    const months = monthly.map((r: { period: string }) => r.period);
    expect(months.length).toBeGreaterThan(1);
    expect(months).toEqual([...months].sort());
    for (const month of months) expect(month).toMatch(/^2023-(09|10|11|12)$/);
    const handledByMonth = monthly.reduce((n: number, r: { response: Stats }) => n + r.response.handled, 0);
    expect(handledByMonth).toBe(totals.P1.response.handled);
  });

  it('reports repeat complaints, satisfaction and the overview exactly as a plain fold does', async () => {
    const [from, to] = ['2023-09-01', '2023-12-31'];
    const query = { from, to, period: 'month', minPosition: head };
    const facts = finalTickets(await app.allEvents()).map((ticket) => ({ ticket }));
    const inRange = facts.filter((f) => {
      const day = shanghaiDay(f.ticket.receivedAt);
      return day >= from && day <= to;
    });

    const complaints = inRange.filter((f) => f.ticket.classification?.category === 'complaint');
    const repeats = complaints.filter((f) => f.ticket.repeatOf);
    const repeat = await app.http().get('/kpis/repeat-complaints').query(query).expect(200);
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeat.body.total).toEqual({
      period: 'total',
      complaints: complaints.length,
      repeats: repeats.length,
      rate: round(repeats.length / complaints.length, 4),
    });

    const rated = facts.filter(
      (f) => f.ticket.satisfaction && shanghaiDay(f.ticket.satisfaction.recordedAt) <= to,
    );
    const count = (rating: string) => rated.filter((f) => f.ticket.satisfaction?.rating === rating).length;
    const satisfaction = await app.http().get('/kpis/satisfaction').query(query).expect(200);
    expect(satisfaction.body.totals).toEqual([
      expect.objectContaining({
        value: 'all',
        rated: rated.length,
        satisfied: count('satisfied'),
        basically_satisfied: count('basically_satisfied'),
        dissatisfied: count('dissatisfied'),
        rate: round((count('satisfied') + count('basically_satisfied')) / rated.length, 4),
      }),
    ]);

    const overview = await app
      .http()
      .get('/kpis/overview')
      .query({ from, to, minPosition: head })
      .expect(200);
    const resolved = inRange.filter((f) => f.ticket.resolution);
    expect(overview.body.received).toBe(inRange.length);
    expect(overview.body.reopenRate).toBe(
      round(resolved.filter((f) => f.ticket.reopenCount > 0).length / resolved.length, 4),
    );
    const complaintShare = overview.body.categoryShare.find(
      (c: { category: string }) => c.category === 'complaint',
    );
    expect(complaintShare.count).toBe(complaints.length);
    const tech = inRange.filter((f) => f.ticket.assignment?.department === 'Technology');
    expect(overview.body.departments).toContainEqual(
      expect.objectContaining({
        department: 'Technology',
        received: tech.length,
        closed: tech.filter((f) => ['closed', 'archived'].includes(f.ticket.status)).length,
      }),
    );
    expect(overview.body.topTopics).toHaveLength(5);
  });

  it('serves the tables as CSV when asked', async () => {
    const res = await app
      .http()
      .get('/kpis/repeat-complaints')
      .query({ from: '2023-09-01', to: '2023-12-31', period: 'month', format: 'csv', minPosition: head })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...lines] = res.text.trim().split('\r\n');
    expect(header).toBe('period,complaints,repeats,rate');
    expect(lines.length).toBeGreaterThan(0);
  });

  it('puts a week’s figures into the weekly report, as JSON, CSV and Markdown', async () => {
    const week = { week: '2023-W37', minPosition: head };
    const report = await app.http().get('/reports/weekly').query(week).expect(200);
    expect(report.body.period).toEqual({
      kind: 'weekly',
      label: '2023-W37',
      from: '2023-09-11',
      to: '2023-09-17',
    });
    const range = { from: '2023-09-11', to: '2023-09-17', period: 'week', minPosition: head };
    const repeats = await app.http().get('/kpis/repeat-complaints').query(range).expect(200);
    expect(report.body.repeatComplaints).toEqual(repeats.body.total);
    const timeliness = await app
      .http()
      .get('/kpis/timeliness')
      .query({ ...range, by: 'priority' })
      .expect(200);
    expect(report.body.timelinessByPriority).toEqual(timeliness.body.totals);
    expect(report.body.overview.received).toBeGreaterThan(0);

    const csv = await app
      .http()
      .get('/reports/weekly')
      .query({ ...week, format: 'csv' })
      .expect(200);
    expect(csv.text.split('\r\n')[0]).toBe('section,row,column,value');
    expect(csv.text).toContain(`Summary,1,received,${report.body.overview.received}`);
    const md = await app
      .http()
      .get('/reports/monthly')
      .query({ month: '2023-09', format: 'md', minPosition: head })
      .expect(200);
    expect(md.text).toMatch(/^# Monthly feedback report 2023-09 \(2023-09-01 to 2023-09-30\)/);
    expect(md.text).toContain('## Timeliness by priority');

    await app.http().get('/reports/weekly').query({ week: '2023-W53' }).expect(400);
    await app.http().get('/reports/monthly').query({ month: '2023-13' }).expect(400);
  });

  it('follows satisfaction through a report, day by day in a week and ISO week by ISO week in a month', async () => {
    const ratedOn = new Map<string, number>();
    for (const ticket of finalTickets(await app.allEvents())) {
      if (!ticket.satisfaction) continue;
      const day = shanghaiDay(ticket.satisfaction.recordedAt);
      ratedOn.set(day, (ratedOn.get(day) ?? 0) + 1);
    }
    const ratedFrom = (from: string, to: string) =>
      [...ratedOn].filter(([day]) => day >= from && day <= to).reduce((n, [, count]) => n + count, 0);

    const weekly = await app.http().get('/reports/weekly').query({ week: '2023-W37', minPosition: head });
    expect(weekly.status).toBe(200);
    const days = weekly.body.satisfactionTrend.map((p: { period: string; rated: number }) => [
      p.period,
      p.rated,
    ]);
    expect(days).toEqual(
      ['11', '12', '13', '14', '15', '16', '17'].map((d) => [
        `2023-09-${d}`,
        ratedOn.get(`2023-09-${d}`) ?? 0,
      ]),
    );
    expect(ratedFrom('2023-09-11', '2023-09-17')).toBeGreaterThan(0);

    const monthly = await app.http().get('/reports/monthly').query({ month: '2023-09', minPosition: head });
    expect(monthly.status).toBe(200);
    const trend: { period: string; from: string; to: string; rated: number; satisfied: number }[] =
      monthly.body.satisfactionTrend;
    expect(trend.map(({ period, from, to }) => [period, from, to])).toEqual([
      ['2023-W35', '2023-09-01', '2023-09-03'],
      ['2023-W36', '2023-09-04', '2023-09-10'],
      ['2023-W37', '2023-09-11', '2023-09-17'],
      ['2023-W38', '2023-09-18', '2023-09-24'],
      ['2023-W39', '2023-09-25', '2023-09-30'],
    ]);
    for (const point of trend) expect(point.rated).toBe(ratedFrom(point.from, point.to));
    const [total] = monthly.body.satisfaction;
    expect(trend.reduce((n, p) => n + p.satisfied, 0)).toBe(total.satisfied);

    const md = await app
      .http()
      .get('/reports/monthly')
      .query({ month: '2023-09', format: 'md', minPosition: head });
    expect(md.text).toContain('## Satisfaction trend (by ISO week)\n\n| period | from | to | rated |');
  });

  it('serves a report as one HTML page of charts and tables that may load nothing', async () => {
    const res = await app
      .http()
      .get('/reports/weekly')
      .query({ week: '2023-W37', format: 'html', minPosition: head });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
    const charts = [
      ...res.text.matchAll(/<svg id="([a-z-]+)" class="chart" role="img"[^>]*data-state="(\w+)"/g),
    ];
    expect(charts.map(([, id, state]) => [id, state])).toEqual([
      ['satisfaction-trend', 'data'],
      ['category-share', 'data'],
      ['timeliness-by-priority', 'data'],
      ['backlog-by-age', 'data'],
    ]);
    expect(res.text).toContain('<h3>Timeliness by priority</h3>');
  });

  it('rebuilds every view from zero to identical documents', async () => {
    const snapshot = async () => {
      const timeliness = await app
        .http()
        .get('/kpis/timeliness')
        .query({ from: '2023-09-01', to: '2023-12-31', by: 'department', minPosition: head });
      const queue = await app.http().get('/tickets/open').query({ limit: 500, minPosition: head });
      return JSON.stringify([timeliness.body, queue.body]);
    };
    const before = await snapshot();
    const started = await app.http().post('/admin/projections/rebuild').expect(202);
    expect(BigInt(started.body.position ?? '0')).toBeLessThan(BigInt(head));
    await app.waitForViews();
    expect(await snapshot()).toBe(before);
  }, 120_000);

  it('refuses a bad range or dimension with 400', async () => {
    await app.http().get('/kpis/timeliness').query({ from: '2023-10-31', to: '2023-10-01' }).expect(400);
    await app
      .http()
      .get('/kpis/timeliness')
      .query({ from: '2023-10-01', to: '2023-10-31', by: 'colour' })
      .expect(400);
    await app.http().get('/kpis/timeliness').query({ from: '2023-13-01', to: '2023-10-31' }).expect(400);
  });
});
