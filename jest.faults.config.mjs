/**
 * The long fault tests (`npm run test:faults`, run by CI after `npm test`): killing the built
 * service under load five times over, catching a projector up on a long log. Together about a
 * minute, build included, and heavy on the cores, so apart from `npm test` and one at a time: the
 * service they start has the machine to itself.
 */
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/test/faults'],
  testRegex: '\\.faults\\.spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
};
