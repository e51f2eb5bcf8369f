import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import type { RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import {
  fromClientCurrentRevision,
  isSystemEvent,
  toClientEvent,
  toClientExpectedRevision,
  toClientPosition,
  toRecordedEvent,
} from './eventstoredb-mapping';

const created = new Date('2025-03-04T05:06:07.089Z');

const recorded = (overrides: Partial<ClientRecordedEvent> = {}): ClientRecordedEvent =>
  ({
    streamId: 'feedback-7',
    id: '3f0f6a52-4a4e-4c55-9a4b-0d1c7e1b2a10',
    isJson: true,
    revision: 4n,
    type: 'FeedbackReceived',
    created,
    data: { text: '登录卡顿', rating: 2 },
    metadata: { $correlationId: 'c-1', $causationId: 'c-0', actor: 'agent-9' },
    position: { commit: 9_007_199_254_740_993n, prepare: 9_007_199_254_740_993n },
    ...overrides,
  }) as ClientRecordedEvent;

describe('toClientExpectedRevision', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
  ] as const)('maps %s to the client constant', (ours, theirs) => {
    expect(toClientExpectedRevision(ours)).toBe(theirs);
  });

  it('maps an exact revision to a bigint', () => {
    expect(toClientExpectedRevision(0)).toBe(0n);
    expect(toClientExpectedRevision(41)).toBe(41n);
  });

  it('reads revision -1 (an empty stream) as no_stream', () => {
    expect(toClientExpectedRevision(-1)).toBe(NO_STREAM);
  });

  it('refuses a revision that is not an integer >= -1', () => {
    expect(() => toClientExpectedRevision(-2)).toThrow(RangeError);
    expect(() => toClientExpectedRevision(1.5)).toThrow(RangeError);
    expect(() => toClientExpectedRevision(Number.NaN)).toThrow(RangeError);
  });
});

describe('fromClientCurrentRevision', () => {
  it('reports a missing stream as -1 and a revision as a number', () => {
    expect(fromClientCurrentRevision(NO_STREAM)).toBe(-1);
    expect(fromClientCurrentRevision(0n)).toBe(0);
    expect(fromClientCurrentRevision(17n)).toBe(17);
  });
});

describe('toClientPosition', () => {
  it('uses the commit position as the prepare position too', () => {
    expect(toClientPosition(123_456n)).toEqual({ commit: 123_456n, prepare: 123_456n });
  });
});

describe('isSystemEvent', () => {
  it.each([
    ['$>', '$ce-feedback'],
    ['$metadata', '$$feedback-1'],
    ['$statsCollected', '$stats-127.0.0.1:2113'],
    ['FeedbackReceived', '$projections-my-projection'],
    ['$UserCreated', 'feedback-1'],
  ])('treats type %s in stream %s as a system event', (type, streamId) => {
    expect(isSystemEvent({ type, streamId })).toBe(true);
  });

  it('keeps an ordinary event whose names merely contain a $', () => {
    expect(isSystemEvent({ type: 'Feedback$Received', streamId: 'feedback-$1' })).toBe(false);
  });
});

describe('toClientEvent', () => {
  it('sends a JSON event under our id, with data and metadata unchanged', () => {
    const metadata = {
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
      actor: 'customer-3',
      commandId: 'cmd-1',
    };
    const sent = toClientEvent({
      id: 'b7f0b6c1-0c7d-4a55-8f5e-5d1a2c3b4e5f',
      type: 'FeedbackResolved',
      data: { resolution: 'fixed', tags: ['login'] },
      metadata,
    });
    expect(sent).toEqual({
      id: 'b7f0b6c1-0c7d-4a55-8f5e-5d1a2c3b4e5f',
      contentType: 'application/json',
      type: 'FeedbackResolved',
      data: { resolution: 'fixed', tags: ['login'] },
      metadata: {
        $correlationId: 'corr-1',
        $causationId: 'cause-1',
        actor: 'customer-3',
        commandId: 'cmd-1',
      },
    });
  });
});

describe('toRecordedEvent', () => {
  it('maps a recorded event, keeping a commit position beyond 2^53 exact', () => {
    expect(toRecordedEvent(recorded())).toEqual({
      streamId: 'feedback-7',
      revision: 4,
      position: 9_007_199_254_740_993n,
      id: '3f0f6a52-4a4e-4c55-9a4b-0d1c7e1b2a10',
      type: 'FeedbackReceived',
      data: { text: '登录卡顿', rating: 2 },
      metadata: { $correlationId: 'c-1', $causationId: 'c-0', actor: 'agent-9' },
      createdAt: created,
    });
  });

  it('takes the commit position when it differs from the prepare position', () => {
    const event = recorded({ position: { commit: 2000n, prepare: 1500n } });
    expect(toRecordedEvent(event).position).toBe(2000n);
  });

  it('reads missing, binary or non-object bodies as empty objects', () => {
    expect(toRecordedEvent(recorded({ metadata: undefined })).metadata).toEqual({});
    expect(toRecordedEvent(recorded({ data: new Uint8Array([1, 2]), isJson: false })).data).toEqual({});
    expect(toRecordedEvent(recorded({ data: ['a', 'b'] })).data).toEqual({});
    expect(toRecordedEvent(recorded({ data: 'not json' })).data).toEqual({});
  });

  it('refuses an event without a log position', () => {
    expect(() => toRecordedEvent(recorded({ position: undefined }))).toThrow(/without its log position/);
  });
});
