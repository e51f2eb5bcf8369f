import { customerIdentifiers } from '../feedback/customer-key';
import type { Customer } from '../feedback/feedback-events';
import { erasedKeyIds } from './customer-data-erased';
import { ERASED, PERSONAL_FIELDS, UNREADABLE } from './personal-data';

/**
 * What the event store's sealing needs to know of the domain: which fields of an event are
 * personal, whose they are, and which events erase keys.
 */
export const personalDataPolicy = {
  personalPaths: (type: string): readonly string[] => PERSONAL_FIELDS[type] ?? [],
  /**
   * The customer a feedback names, by every identifier they gave; for the other events of a
   * ticket, undefined: their personal fields belong to the customer of the ticket.
   */
  identifiersOf(type: string, data: object): readonly string[] | undefined {
    if (type !== 'FeedbackReceived') return undefined;
    return customerIdentifiers((data as { customer?: Customer }).customer ?? {});
  },
  erasedKeyIds,
  erased: ERASED,
  unreadable: UNREADABLE,
};
