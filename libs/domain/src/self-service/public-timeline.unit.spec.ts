import { PATHS, SAMPLES, at, command, history, reach } from '../testing/given-when-then';
import { publicTracking } from './public-timeline';

const stepsOf = (events: ReturnType<typeof history>) =>
  publicTracking(SAMPLES.app.ticketNo, events).timeline.map((entry) => entry.step);

describe('the public timeline', () => {
  it('shows a new ticket as received, at its receipt time', () => {
    expect(publicTracking('CRM202310010001', reach('received'))).toEqual({
      ticketNo: 'CRM202310010001',
      status: 'received',
      timeline: [{ step: 'received', at: at(-120) }],
    });
  });

  it('keeps classification internal: a triaged ticket is still just received', () => {
    expect(stepsOf(reach('triaged'))).toEqual(['received']);
  });

  it('shows assignment and acknowledgement as one "being handled" step', () => {
    expect(stepsOf(reach('in_progress'))).toEqual(['received', 'being_handled']);
  });

  it('shows a fix under test or waiting for the customer as "solution planned"', () => {
    expect(stepsOf(reach('pending_test'))).toEqual(['received', 'being_handled', 'solution_planned']);
    expect(stepsOf(reach('pending_customer'))).toEqual(['received', 'being_handled', 'solution_planned']);
  });

  it('tells the customer when the team waits for them, and when they answered', () => {
    const events = history(
      ...PATHS.awaiting_info,
      command('ProvideInformation', { information: 'iPhone 15' }, { at: at(10) }),
    );
    expect(stepsOf(events)).toEqual(['received', 'waiting_for_customer', 'being_handled']);
  });

  it('follows a reopened ticket through its second resolution and its closing', () => {
    const events = history(
      ...PATHS.reopened,
      command('UpdateProgress', { status: 'in_progress', note: 'looking again' }, { at: at(15) }),
      command('Resolve', { solution: 'index rebuilt', kind: 'fix' }, { at: at(20) }),
      command('Close', {}, { at: at(30) }),
    );
    const tracking = publicTracking(SAMPLES.app.ticketNo, events);
    expect(tracking.timeline.map((entry) => entry.step)).toEqual([
      'received',
      'being_handled',
      'resolved',
      'reopened',
      'being_handled',
      'resolved',
      'closed',
    ]);
    expect(tracking.status).toBe('closed');
    expect(tracking.timeline[5]).toEqual({ step: 'resolved', at: at(20) });
  });

  it('carries no note, person, department, solution or rating', () => {
    const events = history(
      ...PATHS.resolved,
      command('RecordSatisfaction', { rating: 'dissatisfied', comment: 'slow' }, { at: at(40) }),
    );
    const shown = JSON.stringify(publicTracking(SAMPLES.app.ticketNo, events));
    for (const internal of ['technology', 'dev-li', 'agent-wang', 'slow login query', 'dissatisfied', 'P1']) {
      expect(shown).not.toContain(internal);
    }
  });
});
