import fc from 'fast-check';
import { decideFeedback } from './decide-feedback';
import type { FeedbackCommand, FeedbackCommandType } from './feedback-commands';
import type { FeedbackEvent } from './feedback-events';
import type { Decision, RefusalKind } from './feedback-refusal';
import type { FeedbackState } from './feedback-state';
import { ALLOWED_FROM } from './feedback-transitions';
import {
  CATEGORIES,
  CHANNELS,
  PRIORITIES,
  RATINGS,
  SEVERITIES,
  SOLUTION_KINDS,
  STATUSES,
  WORK_STATUSES,
  type Status,
} from './feedback-vocabulary';
import { NOW, SAMPLES, at, command, stateOf } from '../testing/given-when-then';

/** `undefined` or a value, the value `present` percent of the time. */
const opt = <T>(arb: fc.Arbitrary<T>, present = 50): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 100 - present, arbitrary: fc.constant(undefined) }, { weight: present, arbitrary: arb });
/** Plain objects, as commands decoded from JSON are (fast-check may otherwise drop the prototype). */
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { noNullPrototype: true });
const weighted = (weight: number, arbitrary: fc.Arbitrary<FeedbackCommand>) => ({ weight, arbitrary });
const actor = fc.constantFrom('auto', 'agent-wang', 'dev-li', 'supervisor-chen', 'customer');
const text = fc.constantFrom('', '  ', 'x', '登錄後頁面卡頓', '希望增加批量導出功能', '客服未在24小時內回復');
const department = fc.constantFrom('technology', 'product', 'customer_service');
const departments = fc.subarray(['technology', 'product', 'customer_service', 'technology']);

const receiveArb: fc.Arbitrary<FeedbackCommand> = rec({
  channel: fc.constantFrom(...CHANNELS),
  content: fc.oneof(text, fc.constantFrom(SAMPLES.app.content, SAMPLES.web.content, SAMPLES.phone.content)),
  summary: opt(text),
  receivedAt: opt(fc.integer({ min: -600, max: 120 }).map(at)),
  needsInfo: opt(rec({ question: text }), 20),
  tags: opt(fc.subarray(['vip', 'export', 'login'])),
}).map((data) => command('ReceiveFeedback', { ...SAMPLES.app, ...data }));

/**
 * Commands of all 13 types with valid-ish data (blank texts, future receipts, bad scores, missing
 * compensation, the lead as collaborator...), weighted so that sequences often get far into the
 * workflow. `at` is set per step when the sequence runs.
 */
const commandArb: fc.Arbitrary<FeedbackCommand> = fc.oneof(
  weighted(1, receiveArb),
  weighted(
    2,
    rec({
      category: fc.constantFrom(...CATEGORIES),
      priority: fc.constantFrom(...PRIORITIES),
      severity: opt(fc.constantFrom(...SEVERITIES)),
      topics: opt(fc.array(fc.constantFrom('performance', 'service', 'payment'), { maxLength: 4 })),
      reason: opt(text),
    }).map((data) => command('Classify', data)),
  ),
  weighted(
    3,
    rec({
      department,
      assignee: opt(fc.constantFrom('dev-li', 'pm-zhao')),
      collaborators: opt(departments, 30),
    }).map((data) => command('Assign', data)),
  ),
  weighted(
    3,
    rec({ note: opt(text) }).map((data) => command('Acknowledge', data)),
  ),
  weighted(
    1,
    rec({ reason: text }).map((data) => command('ReturnAssignment', data)),
  ),
  weighted(
    4,
    rec({ status: opt(fc.constantFrom(...WORK_STATUSES), 75), note: text }).map((data) =>
      command('UpdateProgress', data),
    ),
  ),
  weighted(
    1,
    rec({ question: text }).map((data) => command('RequestInformation', data)),
  ),
  weighted(
    3,
    rec({ information: text }).map((data) => command('ProvideInformation', data)),
  ),
  weighted(
    3,
    rec({
      solution: text,
      kind: fc.oneof(fc.constant('compensation' as const), fc.constantFrom(...SOLUTION_KINDS)),
      compensation: opt(rec({ type: fc.constantFrom('coupon', 'refund'), amount: fc.nat(500) })),
      rootCause: opt(text),
    }).map((data) => command('Resolve', data)),
  ),
  weighted(
    4,
    rec({
      rating: fc.constantFrom(...RATINGS),
      score: opt(fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constantFrom(2.5, Number.NaN)), 70),
      comment: opt(text),
    }).map((data) => command('RecordSatisfaction', data)),
  ),
  weighted(
    1,
    rec({ reason: text }).map((data) => command('Reopen', data)),
  ),
  weighted(
    1,
    rec({ reason: opt(text) }).map((data) => command('Close', data)),
  ),
  weighted(
    2,
    rec({ reason: opt(text) }).map((data) => command('Archive', data)),
  ),
);
const withActor = (arb: fc.Arbitrary<FeedbackCommand>) =>
  fc.tuple(arb, actor).map(([generated, by]): FeedbackCommand => ({ ...generated, by }));
/** A receipt (which may itself be refused) followed by any commands, receipts included. */
const sequenceArb = fc
  .tuple(withActor(receiveArb), fc.array(withActor(commandArb), { maxLength: 100, size: 'max' }))
  .map(([first, rest]) => [first, ...rest]);

interface Step {
  readonly command: FeedbackCommand;
  readonly before: FeedbackState;
  readonly decision: Decision;
  readonly after: FeedbackState;
}
interface Run {
  readonly steps: readonly Step[];
  readonly events: readonly FeedbackEvent[];
  readonly state: FeedbackState;
}

/** Frozen input cannot be changed unnoticed: a decider or fold that mutated it would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

/** Decides each command in turn on the incremental state, with a clock one minute per step. */
function run(commands: readonly FeedbackCommand[]): Run {
  let state: FeedbackState = undefined;
  const events: FeedbackEvent[] = [];
  const steps: Step[] = [];
  commands.forEach((generated, index) => {
    const next = deepFreeze<FeedbackCommand>({ ...generated, at: at(index) });
    const before = deepFreeze(state);
    const decision = decideFeedback(next, before);
    if (decision.ok) {
      events.push(...decision.events);
      state = stateOf(decision.events, before);
    }
    steps.push({ command: next, before, decision, after: state });
  });
  return { steps, events, state };
}

const pascal = (status: Status) =>
  status
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

const KINDS: readonly RefusalKind[] = ['not_found', 'already_exists', 'illegal_transition', 'rule_violated'];

/** The refusal a command must get whatever its data, if any. */
function forcedRule(type: FeedbackCommandType, before: FeedbackState): string | undefined {
  if (type === 'ReceiveFeedback') return before ? 'FeedbackAlreadyReceived' : undefined;
  if (!before) return 'FeedbackNotFound';
  return ALLOWED_FROM[type].includes(before.status)
    ? undefined
    : `${type}NotAllowedWhen${pascal(before.status)}`;
}

/**
 * Every broken promise of (c) and (d) in a run, as readable lines (none expected). That a refusal
 * leaves the state unchanged is enforced by `run`, which deep-freezes the state it decides on.
 */
function violations(steps: readonly Step[]): string[] {
  const found: string[] = [];
  steps.forEach(({ command: { type }, before, decision, after }, index) => {
    const where = `step ${index}: ${type} on ${before?.status ?? 'no ticket'}`;
    const forced = forcedRule(type, before);
    if (!decision.ok) {
      const { rule, kind } = decision.refusal;
      if ('events' in decision) found.push(`${where} was refused with events`);
      if (!KINDS.includes(kind)) found.push(`${where} was refused with the unknown kind ${kind}`);
      if (forced && rule !== forced) found.push(`${where} was refused as ${rule}, expected ${forced}`);
      if (!forced && kind !== 'rule_violated' && rule !== 'NotAssigned') {
        found.push(`${where} was refused as ${rule} (${kind}) from a status that allows it`);
      }
      return;
    }
    if (forced) found.push(`${where} was accepted, expected ${forced}`);
    if (decision.events.length === 0) found.push(`${where} was accepted without events`);
    if (!after || !STATUSES.includes(after.status)) found.push(`${where} left the status ${after?.status}`);
  });
  return found;
}

describe('replaying decided events (property)', () => {
  const visited = new Set<Status>();
  const accepted = new Set<FeedbackCommandType>();
  const refusedRules = new Set<string>();

  it('rebuilds the incremental state, deterministically, through allowed transitions only', () => {
    fc.assert(
      fc.property(sequenceArb, (commands) => {
        const first = run(commands);
        // (c) and (d): statuses known, transitions allowed, refusals without events or changes
        expect(violations(first.steps)).toEqual([]);
        // (a) folding every produced event from undefined gives the incremental state
        expect(stateOf(first.events)).toStrictEqual(first.state);
        // (b) replaying twice gives deep-equal states, and deciding again gives the same events
        expect(stateOf(first.events)).toStrictEqual(stateOf(structuredClone(first.events)));
        const second = run(commands);
        expect(second.events).toStrictEqual(first.events);
        expect(second.state).toStrictEqual(first.state);

        for (const { command: cmd, decision, after } of first.steps) {
          if (decision.ok) accepted.add(cmd.type);
          else refusedRules.add(decision.refusal.rule);
          if (after) visited.add(after.status);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('explored every status, accepted every command type and met the content rules', () => {
    expect([...visited].sort()).toEqual([...STATUSES].sort());
    expect(accepted.size).toBe(13);
    expect([...refusedRules]).toEqual(
      expect.arrayContaining([
        'FeedbackNotFound',
        'FeedbackAlreadyReceived',
        'ContentRequired',
        'ReceivedInFuture',
        'ScoreOutOfRange',
        'CompensationRequired',
        'LeadDepartmentAsCollaborator',
        'AlreadyAssigned',
      ]),
    );
  });
});

it('uses a clock that starts at NOW and moves one minute per step', () => {
  expect(
    run([command('ReceiveFeedback', SAMPLES.app), command('Close', {})]).steps.map((s) => s.command.at),
  ).toEqual([NOW, '2023-10-01T08:01:00.000Z']);
});
