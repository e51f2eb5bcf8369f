export * from './taxonomy';
export * from './default-taxonomy';
export * from './feedback-classifier';
export * from './normalise-text';
export * from './taxonomy-problems';
export * from './taxonomy-events';
export * from './knowledge/search-terms';
export * from './knowledge/knowledge-index';
