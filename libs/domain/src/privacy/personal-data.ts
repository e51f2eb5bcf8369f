/** What a personal field reads as once its customer's key is deleted (SPEC §12). */
export const ERASED = '[erased]';

/** What a personal field reads as when its sealed box fails to open: altered, as `verify` will name. */
export const UNREADABLE = '[unreadable]';

/** A personal field's value, or undefined where there is none left to use. */
export function personalValue(value: string | undefined): string | undefined {
  return value === ERASED || value === UNREADABLE ? undefined : value;
}

/**
 * The fields of each event that hold personal data: the customer's contact details, and the free
 * text that is the customer's own words or quotes them. They are stored sealed with the
 * customer's key, so deleting the key erases them. Staff-written text (notes, questions,
 * solutions) and the company's own customer id are not personal data of this kind.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  FeedbackReceived: ['customer.name', 'customer.phone', 'customer.email', 'content', 'summary'],
  InformationProvided: ['information'],
  SatisfactionRecorded: ['comment'],
  // A dissatisfied rating reopens the ticket with the customer's comment as the reason.
  FeedbackReopened: ['reason'],
};
