// FEBRL ground truth: records sharing N in rec-N-org / rec-N-dup-K are one entity.
export function febrlEntity(recordId: string): string {
  const m = /^rec-(\d+)-/.exec(recordId);
  return m ? (m[1] ?? recordId) : recordId;
}
