/** The roles of SPEC §12; what each may do is the access matrix of the api. */
export const ROLES = ['service', 'agent', 'supervisor', 'analyst', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
