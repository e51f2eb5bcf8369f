import { parseSlaPolicy, SlaPolicyError } from './parse-sla-policy';
import { DEFAULT_SLA_POLICY } from './sla-policy';

describe('reading an SLA policy document', () => {
  it('falls back to the defaults for every field not given', () => {
    const policy = parseSlaPolicy({ resolution: { P2: '2wd' } });
    expect(policy.resolution.P2).toEqual({ amount: 2, unit: 'working_days' });
    expect(policy.resolution.P1).toEqual(DEFAULT_SLA_POLICY.resolution.P1);
    expect(policy.response).toEqual(DEFAULT_SLA_POLICY.response);
  });

  it('falls back to a given base instead: a change to the policy in force', () => {
    const inForce = parseSlaPolicy({ response: { P1: '1h' }, supervisors: { Logistics: 'zhao.min' } });
    const changed = parseSlaPolicy({ resolution: { P3: null } }, inForce);
    expect(changed.response.P1).toEqual({ amount: 1, unit: 'calendar_hours' });
    expect(changed.resolution.P3).toBeNull();
    expect(changed.supervisors).toEqual({ Logistics: 'zhao.min' });
  });

  it('names the field and what it allows when a value is wrong', () => {
    expect(() => parseSlaPolicy({ response: { P1: '2 hours' } })).toThrow(SlaPolicyError);
    expect(() => parseSlaPolicy({ response: { P1: '2 hours' } })).toThrow(/response\.P1 must be a duration/);
    expect(() => parseSlaPolicy({ responses: {} })).toThrow(/unknown fields responses/);
  });
});
