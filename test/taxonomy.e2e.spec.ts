import { TestApp } from './support/test-app';

describe('the taxonomy as runtime data', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start(undefined, { LEDGER_AUTO_TRIAGE: 'on' });
  });
  afterAll(async () => {
    await app.stop();
  });

  const taxonomyEvents = async () => (await app.allEvents()).filter((e) => e.streamId === 'taxonomy');

  it('adds a topic while running: recorded as a change, and the next feedback is classified with it', async () => {
    const shipped = await app.http().get('/taxonomy').expect(200);
    expect(shipped.headers.etag).toBe('"0"');
    expect(shipped.body.revision).toBe(0);
    expect(shipped.body.taxonomy.topics.membership).toBeUndefined();

    const taxonomy = {
      ...shipped.body.taxonomy,
      topics: {
        ...shipped.body.taxonomy.topics,
        membership: { label: '会员 / membership', phrases: { 會員卡: 3, 'membership card': 3 } },
      },
    };
    const addMembership = () =>
      app
        .http()
        .put('/taxonomy')
        .set('If-Match', '"0"')
        .set('X-Actor', 'ops-chen')
        .set('Idempotency-Key', 'taxonomy-membership')
        .send({ taxonomy, reason: 'membership cards launched' });
    const changed = await addMembership();
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).toBe('"1"');
    expect(changed.body).toMatchObject({ revision: 1, by: 'ops-chen', reason: 'membership cards launched' });

    const history = await app.http().get('/taxonomy/history').expect(200);
    expect(history.body).toEqual([
      {
        revision: 1,
        reason: 'membership cards launched',
        by: 'ops-chen',
        changedAt: '2023-10-01T01:00:00.000Z',
        topicsAdded: ['membership'],
        topicsRemoved: [],
      },
    ]);

    const received = await app
      .http()
      .post('/feedback')
      .send({ channel: 'app', content: '会员卡的积分一直无法兑换，点了兑换就报错' })
      .expect(201);
    const events = await app.http().get(`/feedback/${received.body.id}/history`).expect(200);
    const classified = events.body.find((e: { type: string }) => e.type === 'FeedbackClassified');
    expect(classified.data.topics).toContain('membership');
    expect(classified.data.taxonomyRevision).toBe(1);
    // The phrase was written in Traditional Chinese; it matches the Simplified text all the same.
    expect(classified.data.evidence).toContainEqual(
      expect.objectContaining({ field: 'topic', value: 'membership', phrase: '會員卡' }),
    );

    // The same request again answers as the first did and records nothing new.
    const retried = await addMembership();
    expect(retried.status).toBe(200);
    expect(retried.body.revision).toBe(1);
    expect(await taxonomyEvents()).toHaveLength(1);
  });

  it('refuses a change against a revision no longer in force with 409, appending nothing', async () => {
    const current = (await app.http().get('/taxonomy').expect(200)).body;
    const stale = await app
      .http()
      .put('/taxonomy')
      .set('If-Match', '"0"')
      .send({ taxonomy: current.taxonomy, reason: 'stale edit' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ rule: 'RevisionConflict', currentRevision: current.revision });
    expect(await taxonomyEvents()).toHaveLength(1);
  });

  it('refuses a broken taxonomy with 400 naming each field, appending nothing', async () => {
    const { taxonomy } = (await app.http().get('/taxonomy').expect(200)).body;
    const { sentiments: _sentiments, ...withoutSentiments } = taxonomy;
    const broken = {
      ...withoutSentiments,
      topics: {
        ...taxonomy.topics,
        'Bad Key': { label: 'x', phrases: {} },
        refunds: { label: '', phrases: { 退款: 99 } },
      },
    };
    const res = await app.http().put('/taxonomy').send({ taxonomy: broken, reason: 'oops' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'taxonomy.sentiments', reason: 'must be an object with positive, negative' },
        { field: 'taxonomy.topics.Bad Key', reason: expect.stringContaining('topic key') },
        { field: 'taxonomy.topics.refunds.label', reason: 'must be 1 to 80 characters' },
        {
          field: 'taxonomy.topics.refunds.phrases.退款',
          reason: 'weight must be a number above 0, up to 10',
        },
      ]),
    );
    const missingReason = await app.http().put('/taxonomy').send({ taxonomy });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.errors[0].field).toBe('reason');
    expect(await taxonomyEvents()).toHaveLength(1);
  });
});
