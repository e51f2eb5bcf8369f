export interface FeedbackOptions {
  /** IANA time zone of the company's calendar: the receipt day in tracking numbers. */
  readonly timeZone: string;
}

export const FEEDBACK_OPTIONS = Symbol('FEEDBACK_OPTIONS');
