import type { Role } from '@ledger/domain';

/** Anyone, without a key: the customer's own lookup (rate limited) and the probes. */
export const PUBLIC = 'public';

const WORK: readonly Role[] = ['service', 'agent', 'supervisor'];
const READ_TICKETS: readonly Role[] = ['service', 'agent', 'supervisor', 'analyst', 'auditor'];
const FIGURES: readonly Role[] = ['supervisor', 'analyst', 'auditor'];
/** Problems are led by supervisors; agents complete the actions they own; analysts and auditors follow. */
const PROBLEM_READERS: readonly Role[] = ['agent', 'supervisor', 'analyst', 'auditor'];
/** Everyone who answers customers or studies their feedback reads the knowledge base; agents and supervisors write it. */
const READ_KNOWLEDGE: readonly Role[] = ['service', 'agent', 'supervisor', 'analyst'];
const WRITE_KNOWLEDGE: readonly Role[] = ['agent', 'supervisor'];

/**
 * Who may call each route, in one place (SPEC §12), by method and route pattern. `service` sends
 * what front-line tools send; agents and supervisors work tickets; analysts read views and
 * figures; auditors read histories, figures and the chain; `admin` runs the system (keys,
 * taxonomy, projections, metrics, erasure) and does not work tickets. A route missing here is refused to
 * everyone, and a test checks that every route of the app is here.
 */
export const ACCESS_MATRIX: Readonly<Record<string, readonly Role[] | typeof PUBLIC>> = {
  'POST /feedback': WORK,
  'POST /feedback/:id/classify': WORK,
  'POST /feedback/:id/assign': WORK,
  'POST /feedback/:id/acknowledge': WORK,
  'POST /feedback/:id/opinion': WORK,
  'POST /feedback/:id/return': WORK,
  'POST /feedback/:id/progress': WORK,
  'POST /feedback/:id/request-info': WORK,
  'POST /feedback/:id/provide-info': WORK,
  'POST /feedback/:id/resolve': WORK,
  'POST /feedback/:id/satisfaction': WORK,
  'POST /feedback/:id/reopen': WORK,
  'POST /feedback/:id/close': WORK,
  'POST /feedback/:id/archive': ['service', 'supervisor'],
  'GET /feedback': READ_TICKETS,
  'GET /feedback/:id': READ_TICKETS,
  'GET /feedback/:id/history': READ_TICKETS,
  'GET /feedback/:id/state': READ_TICKETS,
  'GET /feedback/:id/verify': ['supervisor', 'auditor', 'admin'],
  'GET /feedback/:id/suggested-cases': READ_KNOWLEDGE,
  'POST /knowledge': WRITE_KNOWLEDGE,
  'GET /knowledge': READ_KNOWLEDGE,
  'GET /knowledge/:caseId': READ_KNOWLEDGE,
  'POST /knowledge/:caseId/revise': WRITE_KNOWLEDGE,
  'POST /knowledge/:caseId/withdraw': WRITE_KNOWLEDGE,
  'GET /tickets/open': ['service', 'agent', 'supervisor', 'analyst'],
  'GET /kpis/timeliness': FIGURES,
  'GET /kpis/repeat-complaints': FIGURES,
  'GET /kpis/satisfaction': FIGURES,
  'GET /kpis/overview': FIGURES,
  'POST /kpis/what-if': FIGURES,
  'GET /reports/weekly': FIGURES,
  'GET /reports/monthly': FIGURES,
  'GET /alerts': ['agent', 'supervisor', 'analyst'],
  'GET /taxonomy': ['service', 'agent', 'supervisor', 'analyst', 'auditor', 'admin'],
  'GET /taxonomy/history': ['supervisor', 'analyst', 'auditor', 'admin'],
  'PUT /taxonomy': ['admin'],
  'GET /admin/projections': ['admin'],
  'POST /admin/projections/rebuild': ['admin'],
  'GET /admin/keys': ['admin'],
  'POST /admin/keys': ['admin'],
  'POST /admin/keys/:keyId/revoke': ['admin'],
  'POST /customers/:customer/erase': ['admin'],
  'POST /problems': ['supervisor'],
  'GET /problems': PROBLEM_READERS,
  'GET /problems/suggestions': PROBLEM_READERS,
  'GET /problems/:id': PROBLEM_READERS,
  'POST /problems/:id/tickets': ['supervisor'],
  'POST /problems/:id/root-cause': ['supervisor'],
  'POST /problems/:id/actions': ['supervisor'],
  'POST /problems/:id/actions/:actionId/complete': ['agent', 'supervisor'],
  'POST /problems/:id/evaluate': ['supervisor'],
  'POST /problems/:id/close': ['supervisor'],
  'GET /audit/events': ['auditor'],
  'GET /audit/export': ['auditor'],
  'GET /metrics': ['admin', 'service'],
  'GET /track/:ticketNo': PUBLIC,
  'GET /health/live': PUBLIC,
  'GET /health/ready': PUBLIC,
};

export const routeKey = (method: string, url: string): string => `${method} ${url}`;
