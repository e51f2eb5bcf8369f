import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SLA_POLICY } from '@ledger/domain';
import { ConfigError } from './config-error';
import { loadSlaConfig, slaRulesOf } from './sla-config';

describe('loadSlaConfig', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ledger-sla-config-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const policyFile = (content: string): string => {
    const file = join(dir, `policy-${Math.random()}.json`);
    writeFileSync(file, content);
    return file;
  };

  it('defaults to the SPEC policy, the mainland China calendar and a one-minute clock', () => {
    const sla = loadSlaConfig({}, 'Asia/Shanghai', { now: new Date('2026-11-23T00:00:00Z') });
    expect(sla.policy).toBe(DEFAULT_SLA_POLICY);
    expect(sla.clock).toEqual({ run: true, intervalMs: 60_000 });
    const calendar = slaRulesOf(sla).calendar;
    expect(calendar.isWorkingDay('2024-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2024-10-12')).toBe(true);
    // Holiday data reaches two years ahead.
    expect(sla.calendar.holidays).toContain('2028-10-01');
  });

  it('reads extra holidays and make-up days, working hours, the clock and a policy file', () => {
    const sla = loadSlaConfig(
      {
        LEDGER_EXTRA_HOLIDAYS: '2024-09-02, 2024-09-03',
        LEDGER_EXTRA_WORKING_DAYS: '2024-09-08',
        LEDGER_WORKING_HOURS: '08:30-12:00,13:30-17:30',
        LEDGER_SLA_CLOCK: 'off',
        SLA_CLOCK_INTERVAL_MS: '5000',
        LEDGER_SLA_POLICY_FILE: policyFile(
          JSON.stringify({
            resolution: { P2: '2wd' },
            collaboratorOpinion: '4wh',
            supervisors: { technology: 'sup-zhou' },
          }),
        ),
      },
      'Asia/Shanghai',
    );
    const calendar = slaRulesOf(sla).calendar;
    expect(calendar.isWorkingDay('2024-09-02')).toBe(false);
    expect(calendar.isWorkingDay('2024-09-08')).toBe(true);
    expect(calendar.workingDayLength()).toBe(7.5 * 3_600_000);
    expect(sla.clock).toEqual({ run: false, intervalMs: 5000 });
    expect(sla.policy.resolution.P2).toEqual({ amount: 2, unit: 'working_days' });
    expect(sla.policy.resolution.P1).toEqual(DEFAULT_SLA_POLICY.resolution.P1);
    expect(sla.policy.collaboratorOpinion).toEqual({ amount: 4, unit: 'working_hours' });
    expect(sla.policy.supervisors).toEqual({ technology: 'sup-zhou' });
  });

  it.each([
    ['LEDGER_EXTRA_HOLIDAYS', '2024-13-45'],
    ['LEDGER_EXTRA_WORKING_DAYS', 'next monday'],
    ['LEDGER_WORKING_HOURS', '9-18'],
    ['LEDGER_WORKING_HOURS', '13:00-18:00,09:00-12:00'],
    ['LEDGER_SLA_CLOCK', 'sometimes'],
    ['SLA_CLOCK_INTERVAL_MS', '10'],
  ])('stops with a message naming %s when it is %s', (variable, value) => {
    expect(() => loadSlaConfig({ [variable]: value }, 'Asia/Shanghai')).toThrow(ConfigError);
    expect(() => loadSlaConfig({ [variable]: value }, 'Asia/Shanghai')).toThrow(
      new RegExp(`^${variable} must`),
    );
  });

  it.each([
    ['not JSON', '{', /must name a readable JSON file/],
    ['an unknown field', '{"resolve": {}}', /has unknown fields resolve/],
    ['a wrong duration', '{"response": {"P1": "2 hours"}}', /response\.P1 must be a duration such as "2h"/],
    ['a wrong warning point', '{"warningFraction": 1.5}', /warningFraction must be a number between 0 and 1/],
    ['an unknown priority', '{"response": {"P5": "2h"}}', /response has unknown fields P5/],
  ])('refuses a policy file with %s, naming the field', (_, content, message) => {
    const load = () => loadSlaConfig({ LEDGER_SLA_POLICY_FILE: policyFile(content) }, 'Asia/Shanghai');
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('refuses a policy file that does not exist', () => {
    expect(() =>
      loadSlaConfig({ LEDGER_SLA_POLICY_FILE: join(dir, 'missing.json') }, 'Asia/Shanghai'),
    ).toThrow(/^LEDGER_SLA_POLICY_FILE must name a readable JSON file/);
  });
});
