/**
 * Which metrics the playground charts, in which sections. Titles, descriptions and units come
 * from the kernel's METRICS; this list only chooses and orders them (issue 5).
 */
export interface ChartSection {
  id: string;
  heading: string;
  metrics: string[];
  /** Draw the chord diagram of flows between tiers in this section. */
  chord?: boolean;
}

export const CHART_SECTIONS: ChartSection[] = [
  { id: 'capability', heading: 'Capability and capacity gap by tier', metrics: ['capability', 'capacityGap'] },
  { id: 'coordination', heading: 'Coordination', metrics: ['coordination'] },
  { id: 'placements', heading: 'Placements by instrument and direction', metrics: ['placementsLive', 'placementsStarted'] },
  { id: 'flows', heading: 'Flows between tiers', metrics: [], chord: true },
  { id: 'reciprocity', heading: 'Reciprocity', metrics: ['reciprocity'] },
  { id: 'knowledge', heading: 'Knowledge retained', metrics: ['knowledgeRetained'] },
  { id: 'returners', heading: 'Attrition of returners', metrics: ['returnersLeaving'] },
  { id: 'autonomy', heading: 'Local autonomy', metrics: ['localAutonomy'] },
  { id: 'outcomes', heading: 'Outcomes', metrics: ['outcomes', 'decisionSpeed', 'deliveryPace'] },
  { id: 'cost', heading: 'Cost', metrics: ['cost', 'cumulativeCost'] },
];
