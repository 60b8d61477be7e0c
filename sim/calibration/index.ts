export { Quantity, type QuantityInput, type QuantitySpec } from './quantitySchema.ts';
export { TargetsSchema, targetsJsonSchema, type CalibrationTarget, type Targets, type TargetsInput } from './targetsSchema.ts';
export { targetsJsonSchemaText } from './targetsJsonSchemaText.ts';
export { parseTargets } from './parseTargets.ts';
export { metricProblems } from './metricProblems.ts';
export { observationSd } from './observationSd.ts';
export { quantityValue, type SeriesRow } from './quantityValue.ts';
export { errorScale } from './errorScale.ts';
