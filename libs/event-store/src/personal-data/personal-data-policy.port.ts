/**
 * What sealing needs to know of the domain's events, given by the domain: which fields are
 * personal, whose they are, and which events erase keys.
 */
export interface PersonalDataPolicy {
  /** Dotted paths of the event type's personal fields; none for most types. */
  personalPaths(type: string): readonly string[];
  /**
   * Every identifier of the customer an event introduces (none for an anonymous one), or
   * undefined when its personal fields belong to the customer its stream already has.
   */
  identifiersOf(type: string, data: object): readonly string[] | undefined;
  /** The keys an event records as deleted. */
  erasedKeyIds(type: string, data: object): readonly string[];
  /** What a personal field reads as once its key is deleted. */
  readonly erased: string;
  /** What a personal field reads as when its box does not open. */
  readonly unreadable: string;
}
