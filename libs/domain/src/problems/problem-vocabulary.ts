/** The words of SPEC §9 for problems, as closed sets: each list is the single source for validation and types. */

/** How the root cause was found: from the data, with a cause-and-effect (fishbone) diagram, or by comparison. */
export const ANALYSIS_METHODS = ['data', 'cause_and_effect', 'comparison'] as const;
export type AnalysisMethod = (typeof ANALYSIS_METHODS)[number];

/** The improvement cycle in order: analyse, act, check the effect, close. */
export const PROBLEM_STATUSES = ['open', 'analysed', 'acting', 'evaluating', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const EFFECT_VERDICTS = ['effective', 'partly_effective', 'not_effective'] as const;
export type EffectVerdict = (typeof EFFECT_VERDICTS)[number];

/** Who noticed the problem: a person, the repeat-complaint grouping, or a spike alert. */
export const PROBLEM_ORIGINS = ['manual', 'repeat_cluster', 'spike'] as const;
export type ProblemOrigin = (typeof PROBLEM_ORIGINS)[number];
