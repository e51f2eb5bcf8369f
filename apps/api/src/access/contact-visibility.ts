import type { Principal } from '@ledger/access';
import type { Role } from '@ledger/domain';

/** The roles that talk to customers (SPEC §12); every other role sees contact data masked. */
const SEE_CONTACT_DATA: readonly Role[] = ['service', 'agent', 'supervisor'];

/** Whether the caller sees contact data as given; a public route carries none. */
export const seesContactData = (principal: Principal | undefined): boolean =>
  principal === undefined || principal.roles.some((role) => SEE_CONTACT_DATA.includes(role));
