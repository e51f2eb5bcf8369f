/**
 * Test support for any decider of this domain, imported by specs only:
 * `given(...events).when(command).then(...events)` or `.thenRefused(rule | partial refusal)`.
 * The state is the fold of `evolve` over the given events from `undefined`.
 * Note: an outcome has a `then` method, so never `return` or `await` one from a test.
 */
import type { Refusal } from '../feedback/feedback-refusal';

export type DeciderDecision<Event> =
  | { readonly ok: true; readonly events: readonly Event[] }
  | { readonly ok: false; readonly refusal: Refusal };

export interface Outcome<Event, State> {
  readonly state: State | undefined;
  readonly decision: DeciderDecision<Event>;
  /** Expects exactly these events; returns the state they lead to. */
  then(...expected: Event[]): State;
  /** Expects a refusal matching the rule (or the given fields); returns the full refusal. */
  thenRefused(expected: string | Partial<Refusal>): Refusal;
  /** The accepted events, for a spec that checks them piecemeal or builds on them; throws on a refusal. */
  decisionEvents(): Event[];
}

export interface Given<Command, Event, State> {
  readonly state: State | undefined;
  when(command: Command): Outcome<Event, State>;
}

export interface DeciderSpec<Command, Event, State> {
  fold(events: readonly Event[], from?: State): State | undefined;
  given(...events: Event[]): Given<Command, Event, State>;
}

export function deciderSpec<Command, Event, State>(
  decide: (command: Command, state: State | undefined) => DeciderDecision<Event>,
  evolve: (state: State | undefined, event: Event) => State | undefined,
): DeciderSpec<Command, Event, State> {
  const fold = (events: readonly Event[], from?: State): State | undefined =>
    events.reduce<State | undefined>(evolve, from);
  return {
    fold,
    given(...events) {
      const state = fold(events);
      return {
        state,
        when(command) {
          const decision = decide(command, state);
          return {
            state,
            decision,
            then(...expected) {
              expect(decision).toEqual({ ok: true, events: expected });
              const next = decision.ok ? fold(decision.events, state) : undefined;
              if (next === undefined) throw new Error('accepted events left no state');
              return next;
            },
            decisionEvents() {
              if (!decision.ok) throw new Error(`refused: ${decision.refusal.message}`);
              return [...decision.events];
            },
            thenRefused(expected) {
              expect(decision).toMatchObject({
                ok: false,
                refusal: typeof expected === 'string' ? { rule: expected } : expected,
              });
              if (decision.ok) throw new Error('expected a refusal');
              expect(decision).not.toHaveProperty('events');
              return decision.refusal;
            },
          };
        },
      };
    },
  };
}
