import type { OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_MATRIX, PUBLIC, routeKey } from '../access/access-matrix';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const errorRef = { $ref: '#/components/schemas/Error' };
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorRef } },
});

/** The access matrix in the document: each operation's roles, its bearer key, its 401 and 403. */
export function withAccess(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    securitySchemes: {
      ...document.components?.securitySchemes,
      bearer: { type: 'http', scheme: 'bearer', description: 'An API key: Authorization: Bearer <key>' },
    },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    const pattern = path.replace(/\{([^}]+)\}/g, ':$1');
    for (const method of METHODS) {
      const operation = item[method];
      const roles = ACCESS_MATRIX[routeKey(method.toUpperCase(), pattern)];
      if (!operation || roles === PUBLIC) continue;
      const who = roles ? roles.join(', ') : 'nobody';
      operation.security = [{ bearer: [] }];
      operation.description = [operation.description, `Roles: ${who}.`].filter(Boolean).join('\n\n');
      operation.responses = {
        ...operation.responses,
        '401': error('No API key, or one that is not valid (WWW-Authenticate: Bearer)'),
        '403': error(`The key's roles may not call this route (allowed: ${who})`),
      };
    }
  }
  return document;
}
