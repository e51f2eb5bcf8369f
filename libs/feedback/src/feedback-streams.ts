/** One stream per ticket, `feedback-<uuid>`, so EventStoreDB's `$ce-feedback` category works. */
export const FEEDBACK_STREAM_PREFIX = 'feedback-';

export const feedbackStreamId = (feedbackId: string): string => `${FEEDBACK_STREAM_PREFIX}${feedbackId}`;

/** One stream per receipt day holds the day's tracking-number reservations, in sequence order. */
export const trackingNumberStreamId = (day: string): string => `trackingno-${day}`;
