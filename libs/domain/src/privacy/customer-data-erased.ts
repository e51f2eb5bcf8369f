import type { Actor, DomainEvent } from '../feedback/feedback-events';

/** The stream where erasures are recorded, one event per erasure, for the audit trail. */
export const ERASURE_STREAM = 'customer-erasures';

/**
 * A customer's personal data was erased (SPEC §12): the keys their personal fields were sealed
 * with are deleted, so every event sealed with them now reads as erased. Names the keys only,
 * never who the customer was.
 */
export type CustomerDataErased = DomainEvent<
  'CustomerDataErased',
  { keyIds: readonly string[]; by: Actor; reason?: string; erasedAt: string }
>;

export const CUSTOMER_DATA_ERASED = 'CustomerDataErased';

/** The key ids a recorded event erases: those of a CustomerDataErased, none for anything else. */
export function erasedKeyIds(type: string, data: object): readonly string[] {
  if (type !== CUSTOMER_DATA_ERASED) return [];
  const { keyIds } = data as Partial<CustomerDataErased['data']>;
  return Array.isArray(keyIds) ? keyIds.filter((id): id is string => typeof id === 'string') : [];
}
