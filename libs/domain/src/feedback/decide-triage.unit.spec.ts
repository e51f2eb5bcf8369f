import type { Status } from './feedback-vocabulary';
import { NOW, PATHS, SAMPLES, command, given, history, reach, receive } from '../testing/given-when-then';

const classified = (data: {
  category: 'function_issue' | 'suggestion' | 'complaint';
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  topics?: string[];
  severity?: 'minor' | 'general' | 'serious';
  by?: string;
  reason?: string;
}) => ({
  type: 'FeedbackClassified' as const,
  data: { topics: [], by: 'agent-wang', classifiedAt: NOW, ...data },
});

describe('Classify', () => {
  it('triages the APP sample as a P1 function issue, topics deduplicated, by auto with its reason', () => {
    const ticket = given(...history(receive(SAMPLES.app)))
      .when(
        command(
          'Classify',
          {
            category: 'function_issue',
            topics: ['performance', 'account_login', 'performance'],
            priority: 'P1',
            reason: 'keywords: 登錄, 卡頓',
          },
          { by: 'auto' },
        ),
      )
      .then(
        classified({
          category: 'function_issue',
          topics: ['performance', 'account_login'],
          priority: 'P1',
          by: 'auto',
          reason: 'keywords: 登錄, 卡頓',
        }),
      );
    expect(ticket.status).toBe('triaged');
    expect(ticket.classification).toEqual({
      category: 'function_issue',
      topics: ['performance', 'account_login'],
      priority: 'P1',
      by: 'auto',
      reason: 'keywords: 登錄, 卡頓',
      classifiedAt: NOW,
    });
    expect(ticket.updatedAt).toBe(NOW);
  });

  it('triages the web sample as a P4 suggestion without topics', () => {
    const ticket = given(...history(receive(SAMPLES.web)))
      .when(command('Classify', { category: 'suggestion', priority: 'P4' }))
      .then(classified({ category: 'suggestion', priority: 'P4' }));
    expect(ticket).toMatchObject({
      status: 'triaged',
      classification: { category: 'suggestion', topics: [] },
    });
  });

  it('triages the phone sample as a P2 complaint of general severity', () => {
    const ticket = given(...history(receive(SAMPLES.phone)))
      .when(
        command('Classify', {
          category: 'complaint',
          topics: ['service'],
          priority: 'P2',
          severity: 'general',
        }),
      )
      .then(classified({ category: 'complaint', topics: ['service'], priority: 'P2', severity: 'general' }));
    expect(ticket.classification?.severity).toBe('general');
  });

  it.each<Status>(['triaged', 'assigned', 'in_progress', 'pending_test', 'pending_customer', 'reopened'])(
    'reclassifies a %s ticket without moving it',
    (status) => {
      const reclassify = command(
        'Classify',
        { category: 'complaint', priority: 'P2', reason: 'customer complained twice' },
        { by: 'supervisor-chen' },
      );
      const ticket = given(...reach(status))
        .when(reclassify)
        .then(
          classified({
            category: 'complaint',
            priority: 'P2',
            by: 'supervisor-chen',
            reason: 'customer complained twice',
          }),
        );
      expect(ticket.status).toBe(status);
      expect(ticket.classification).toMatchObject({
        category: 'complaint',
        priority: 'P2',
        by: 'supervisor-chen',
      });
    },
  );

  it('while a received ticket waits for information, makes it resume in triaged', () => {
    const waiting = history(
      receive({ ...SAMPLES.app, needsInfo: { question: '哪個頁面？' } }),
      command('Classify', { category: 'function_issue', priority: 'P1' }, { by: 'triage-li' }),
    );
    const ticket = given(...waiting)
      .when(command('ProvideInformation', { information: '首頁' }))
      .then({
        type: 'InformationProvided',
        data: { information: '首頁', by: 'agent-wang', providedAt: NOW },
      });
    expect(ticket.status).toBe('triaged');
    expect(ticket.openQuestion).toBeUndefined();
  });

  it('while waiting, keeps the ticket waiting and does not change where a worked ticket resumes', () => {
    const waiting = history(...PATHS.in_progress, command('RequestInformation', { question: 'version?' }));
    const ticket = given(...waiting)
      .when(command('Classify', { category: 'experience', priority: 'P3' }))
      .then(expect.objectContaining({ type: 'FeedbackClassified' }));
    expect(ticket.status).toBe('awaiting_info');
    expect(ticket.openQuestion).toEqual({ question: 'version?', resumeStatus: 'in_progress' });
  });
});

describe('RequestInformation and ProvideInformation', () => {
  it('parks a received ticket in awaiting_info with the question and where to resume', () => {
    const ticket = given(...reach('received'))
      .when(command('RequestInformation', { question: '請提供手機型號' }, { by: 'agent-liu' }))
      .then({
        type: 'InformationRequested',
        data: { question: '請提供手機型號', by: 'agent-liu', requestedAt: NOW },
      });
    expect(ticket).toMatchObject({
      status: 'awaiting_info',
      openQuestion: { question: '請提供手機型號', resumeStatus: 'received' },
      updatedAt: NOW,
    });
  });

  it.each<Status>([
    'received',
    'triaged',
    'assigned',
    'in_progress',
    'pending_test',
    'pending_customer',
    'reopened',
  ])('returns a ticket asked from %s to that status once the customer answers', (status) => {
    const ask = command('RequestInformation', { question: 'screenshot?' });
    const asked = given(...reach(status))
      .when(ask)
      .then({
        type: 'InformationRequested',
        data: { question: 'screenshot?', by: 'agent-wang', requestedAt: NOW },
      });
    expect(asked.status).toBe('awaiting_info');
    expect(asked.openQuestion).toEqual({ question: 'screenshot?', resumeStatus: status });

    const answered = given(...history(...PATHS[status], ask))
      .when(command('ProvideInformation', { information: 'attached' }, { by: 'customer' }))
      .then({
        type: 'InformationProvided',
        data: { information: 'attached', by: 'customer', providedAt: NOW },
      });
    expect(answered).toMatchObject({ status, updatedAt: NOW });
    expect(answered.openQuestion).toBeUndefined();
  });

  it('refuses a second question while one is open', () => {
    given(...history(receive({ ...SAMPLES.app, needsInfo: { question: 'which page?' } })))
      .when(command('RequestInformation', { question: 'which version?' }))
      .thenRefused({
        rule: 'RequestInformationNotAllowedWhenAwaitingInfo',
        kind: 'illegal_transition',
        status: 'awaiting_info',
      });
  });

  it('refuses an answer when no question is open', () => {
    const refusal = given(...reach('in_progress'))
      .when(command('ProvideInformation', { information: 'unasked' }))
      .thenRefused({ rule: 'ProvideInformationNotAllowedWhenInProgress', status: 'in_progress' });
    expect(refusal.message).toContain('awaiting_info');
  });
});
