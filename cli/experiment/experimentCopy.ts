/** The copy of the experiment file an output folder holds, as it was read (`capflow experiment`, and `merge` of its shards). */
export const EXPERIMENT_COPY = 'experiment-file.json';
