/**
 * How the generated JSON Schema describes a parameter, read in one place for everything that walks
 * it (the documentation, the playground's panel, `--set`). A parameter is the node `param()` makes
 * (sim/scenario/param.ts): it carries a unit, and its `anyOf` starts with the bare number and its
 * range; its default, when it has one, is `{ value, source | assumption }`.
 */

/** The parts of a JSON Schema node that capflow's readers use. */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode | false;
  prefixItems?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: (string | number | boolean)[];
  const?: unknown;
  default?: unknown;
  description?: string;
  unit?: string;
  source?: string;
  assumption?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
}

export interface ParameterInfo {
  description: string;
  unit: string;
  min: number;
  max: number;
  integer: boolean;
  /** The schema's default, absent when every scenario must give the value. */
  default?: number;
  /** Where the default comes from. */
  source?: string;
  assumption?: string;
}

/** What a node says about its parameter, or undefined when the node is not a parameter. */
export function parameterInfo(node: SchemaNode): ParameterInfo | undefined {
  const bare = node.anyOf?.[0];
  if (typeof node.unit !== 'string' || !bare || typeof bare.minimum !== 'number' || typeof bare.maximum !== 'number') return undefined;
  const info: ParameterInfo = {
    description: node.description ?? '',
    unit: node.unit,
    min: bare.minimum,
    max: bare.maximum,
    integer: bare.type === 'integer',
  };
  const d = node.default as { value?: unknown; source?: string; assumption?: string } | number | undefined;
  const value = typeof d === 'number' ? d : typeof d?.value === 'number' ? d.value : undefined;
  if (value !== undefined) info.default = value;
  const source = node.source ?? (typeof d === 'object' ? d?.source : undefined);
  const assumption = node.assumption ?? (typeof d === 'object' ? d?.assumption : undefined);
  if (source) info.source = source;
  if (assumption) info.assumption = assumption;
  return info;
}
